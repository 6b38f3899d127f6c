import XCTest
@testable import TreCore

final class CSVColumnsTests: XCTestCase {
    private let file = "Content/data/progress.csv"

    func testMissingRequiredColumnIsReportedAtTheHeaderLine() {
        let table = CSVReader.parse("\n\nplan,indicator,vlaue\nx,y,1\n", file: file)
        let columns = table.columns(required: ["plan", "indicator", "date", "value"], optional: ["note"])
        let errors = columns.diagnostics.errors
        XCTAssertEqual(errors.map(\.location), [
            SourceLocation(file: file, line: 3, column: 1),
            SourceLocation(file: file, line: 3, column: 1),
        ])
        XCTAssertTrue(errors[0].message.vi.contains("Thiếu cột bắt buộc «date»"), errors[0].message.vi)
        XCTAssertTrue(errors[0].message.en.contains("Missing required column \"date\""))
        // The misspelt column is named in the message about the column it should be.
        XCTAssertTrue(errors[1].message.vi.contains("«vlaue»"), errors[1].message.vi)
        XCTAssertTrue(errors[1].message.en.contains("did you mean \"value\""), errors[1].message.en)
    }

    func testUnknownColumnIsAWarningAtItsCellWithASuggestion() {
        let table = CSVReader.parse("plan,indicator,lable,màu\n", file: file)
        let columns = table.columns(required: ["plan", "indicator"], optional: ["label"])
        XCTAssertFalse(columns.diagnostics.hasErrors)
        let warnings = columns.diagnostics.warnings
        XCTAssertEqual(warnings.map(\.location.column), [16, 22])
        XCTAssertTrue(warnings.allSatisfy { $0.location.line == 1 })
        XCTAssertTrue(warnings[0].message.vi.contains("«lable» không được hỗ trợ"))
        XCTAssertTrue(warnings[0].message.en.contains("will be ignored"))
        XCTAssertEqual(warnings[0].hint?.vi, "Có phải bạn định viết «label»?")
        XCTAssertEqual(warnings[0].hint?.en, "Did you mean \"label\"?")
        XCTAssertTrue(warnings[1].hint?.en.contains("plan, indicator, label") ?? false)
    }

    func testEmptyFileNeedsAHeader() {
        let columns = CSVReader.parse("  \n", file: file).columns(required: ["plan", "indicator"])
        XCTAssertEqual(columns.diagnostics.errors.count, 1)
        XCTAssertEqual(columns.diagnostics.errors.first?.location, SourceLocation(file: file, line: 1, column: 1))
        XCTAssertTrue(columns.diagnostics.errors.first?.hint?.vi.contains("plan,indicator") ?? false)
    }

    func testRecordValuesByName() throws {
        let table = CSVReader.parse("plan,indicator,value,note\nha-nam,htx, ,\"\"\n", file: file)
        let columns = table.columns(required: ["plan", "indicator", "value"], optional: ["note", "source"])
        let record = try XCTUnwrap(columns.records(table).first)
        XCTAssertEqual(record.value("plan")?.value, "ha-nam")
        XCTAssertEqual(record.value("plan")?.location, SourceLocation(file: file, line: 2, column: 1))
        XCTAssertNil(record.value("value"), "blank is empty")
        XCTAssertNil(record.value("note"), "quoted empty is empty")
        XCTAssertNil(record.value("source"), "missing column")
        XCTAssertEqual(record.field("note")?.value, "")
        XCTAssertEqual(record.location("source"), SourceLocation(file: file, line: 2, column: 1))

        var diagnostics = Diagnostics()
        XCTAssertNil(record.requireValue("value", into: &diagnostics))
        XCTAssertEqual(diagnostics.items.map(\.location), [SourceLocation(file: file, line: 2, column: 12)])
        XCTAssertTrue(diagnostics.items[0].message.vi.contains("Ô «value» đang trống"))
        XCTAssertTrue(diagnostics.items[0].message.en.contains("Required value \"value\" is empty"))
        XCTAssertTrue(diagnostics.items[0].hint?.vi.contains("dòng 2") ?? false)
        // A column missing from the file was reported once by `columns`, not per row.
        XCTAssertNil(record.requireValue("source", into: &diagnostics))
        XCTAssertEqual(diagnostics.items.count, 1)
    }

    func testRecordParseWithValueParser() throws {
        let table = CSVReader.parse("plan,value\na,\"12,5\"\nb,7.5\n", file: file)
        let records = table.columns(required: ["plan", "value"]).records(table)
        var diagnostics = Diagnostics()
        let values = records.map { record in
            record.parse("value", required: true, into: &diagnostics) {
                ValueParser.number($0, decimal: ".", percent: false)
            }
        }
        XCTAssertEqual(values, [nil, 7.5])
        XCTAssertEqual(diagnostics.items.map(\.location), [SourceLocation(file: file, line: 2, column: 3)])
        XCTAssertTrue(diagnostics.items[0].message.vi.hasPrefix("`value`: «12,5»"), diagnostics.items[0].message.vi)
        XCTAssertTrue(diagnostics.items[0].hint?.vi.contains("csv: { decimal: \",\" }") ?? false)
    }
}
