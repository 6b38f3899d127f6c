import Foundation
import TreTestSupport
import XCTest
@testable import TreCore

/// Robustness of the workbook reader: damaged archives and random sheet XML must never crash
/// or hang it, and what it reports must be well-formed. Fixed, seeded budgets, as the CSV
/// reader's fuzzing has.
final class WorkbookFuzzTests: XCTestCase {
    static let sheetTokens = [
        "<row r=\"2\">", "<row>", "</row>", "<c r=\"B2\" t=\"s\">", "<c t=\"inlineStr\">", "<c r=\"XFD9\" s=\"1\">", "<c r=\"A0\">",
        "<c t=\"b\">", "<c t=\"e\">", "<c t=\"d\">", "</c>", "<c/>", "<v>", "</v>", "<v>0</v>", "<v>60</v>", "<v>-1</v>",
        "<v>1e400</v>", "<v>#N/A</v>", "<v>99999999999</v>", "<f>A1</f>", "<f/>", "<is><t>", "</t></is>", "<t>", "</t>",
        "<r><t>a</t></r>", "<rPh><t>p</t></rPh>", "&amp;", "&#0;", "&#x110000;", "&#xD800;", "&lt", "<![CDATA[", "]]>",
        "<!--", "-->", "<!DOCTYPE", "<?pi?>", "\"", "'", "=", "x:", "Hợp tác", "\u{0301}", "<mergeCell ref=\"A1:B2\"/>",
        "<mergeCell ref=\"$Z$99\"/>", " ", "\n",
    ]

    private func check(_ data: Data, _ input: @autoclosure () -> String, file: StaticString = #filePath, line: UInt = #line) {
        let table = WorkbookReader.parse(data, file: "f.xlsx")
        let rows = WorkbookRows(data: data, file: "f.xlsx")
        for item in table.diagnostics.items {
            let location = item.location
            let ok = location.file == "f.xlsx" && (location.line.map { $0 >= 1 } ?? true)
                && (location.column.map { $0 >= 1 && $0 <= WorksheetCells.maxColumn } ?? true)
            if !ok || item.message.vi.isEmpty || item.message.en.isEmpty {
                XCTFail("bad diagnostic \(location) \(item.message.en) for \(input().prefix(300))", file: file, line: line)
                return
            }
            if let excerpt = rows.excerpt(location), let caret = excerpt.caret {
                XCTAssertLessThanOrEqual(caret, excerpt.text.count + 1, file: file, line: line)
            }
        }
        var previous = 0
        for row in table.rows {
            XCTAssertEqual(row.fields.count, table.header.count, file: file, line: line)
            XCTAssertGreaterThan(row.line, previous, file: file, line: line)
            previous = row.line
            for field in row.fields where field.location.line != row.line || field.location.sheet != table.sheet {
                XCTFail("field at \(field.location) in row \(row.line)", file: file, line: line)
            }
        }
        // Whatever was read goes through the same checks as a CSV file's rows.
        let columns = table.columns(required: ["plan", "indicator"], optional: ["target"])
        var diagnostics = Diagnostics()
        for record in columns.records(table) {
            _ = record.requireValue("plan", into: &diagnostics)
            if let target = record.value("target") { _ = FieldValue.number(target, decimal: ",", percent: true, &diagnostics) }
        }
    }

    func testRandomSheetXML() throws {
        var random = SplitMix64(seed: 0x5EED_0301)
        let styles = XLSXParts.styles([14, 9, 164], codes: [164: "dd/mm/yyyy"])
        let strings = "<sst><si><t>plan</t></si><si><r><t>ind</t></r><r><t>icator</t></r></si></sst>"
        for _ in 0..<400 {
            let count = 1 + random.below(60)
            let body = (0..<count).map { _ in random.pick(Self.sheetTokens) }.joined()
            let sheet = XLSXParts.sheet("<row r=\"1\"><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row>" + body)
            let data = try XLSXParts.workbook(sheet: sheet, sharedStrings: strings, styles: styles, date1904: random.below(2) == 0)
            check(data, sheet)
        }
    }

    func testDamagedArchives() throws {
        var random = SplitMix64(seed: 0x5EED_0302)
        let sheet = XLSXParts.sheet(XLSXParts.row(1, [("A", "plan"), ("B", "indicator"), ("C", "target")])
            + XLSXParts.row(2, [("A", "ha-nam"), ("B", "htx"), ("C", 80)]) + XLSXParts.row(3, [("A", "b"), ("C", "1,5")]))
        let valid = [UInt8](try XLSXParts.workbook(sheet: sheet, styles: XLSXParts.styles([14])))
        XCTAssertEqual(WorkbookReader.parse(Data(valid), file: "f.xlsx").rows.count, 2)
        for _ in 0..<400 {
            var bytes = valid
            for _ in 0..<(1 + random.below(6)) {
                let position = random.below(bytes.count + 1)
                switch random.below(4) {
                case 0: bytes = Array(bytes.prefix(position))
                case 1: if position < bytes.count { bytes[position] = UInt8(random.below(256)) }
                case 2: bytes.insert(contentsOf: (0..<random.below(16)).map { _ in UInt8(random.below(256)) }, at: position)
                default: bytes.removeSubrange(position..<min(bytes.count, position + 1 + random.below(32)))
                }
            }
            check(Data(bytes), "\(bytes.count) bytes")
        }
    }
}
