import Foundation
import XCTest
@testable import TreCore

final class CSVReaderTests: XCTestCase {
    private let file = "Content/data/targets.csv"

    private func position(_ field: CSVField) -> [Int?] { [field.location.line, field.location.column] }
    private func position(_ diagnostic: Diagnostic) -> [Int?] { [diagnostic.location.line, diagnostic.location.column] }

    func testUnterminatedQuoteIsReportedAtTheOpeningQuoteAndReadingGoesOn() {
        let text = """
            plan,indicator,label
            ha-nam-291,htx-moi,"Phát triển"

            Hòa Bình,x,"Kế hoạch 2025
            ninh-binh,tht,ok

            """
        let table = CSVReader.parse(text, file: file)
        XCTAssertEqual(table.diagnostics.items.count, 1)
        let error = table.diagnostics.items[0]
        XCTAssertEqual(error.location.file, file)
        XCTAssertEqual(position(error), [4, 12])
        XCTAssertTrue(error.message.vi.contains("không được đóng lại"))
        XCTAssertTrue(error.message.en.contains("never closed"))
        XCTAssertTrue(error.hint?.vi.contains("\"\"") ?? false)
        // The row after the broken one is still read.
        XCTAssertEqual(table.rows.map(\.line), [2, 5])
        XCTAssertEqual(table.rows[1].fields.map(\.value), ["ninh-binh", "tht", "ok"])
    }

    func testSemicolonFileWithBOMCRLFAndQuotedCommasAndLineBreaks() {
        let text = "\u{FEFF}plan;indicator;label\r\n"
            + "ha-nam;htx;\"Phát triển, nâng cao\r\nchất lượng\"\r\n"
            + "\"ninh-binh\";tht;\"Nói \"\"có\"\"\"\r\n"
        let table = CSVReader.parse(text, file: file)
        XCTAssertTrue(table.diagnostics.isEmpty, "\(table.diagnostics.items)")
        XCTAssertEqual(table.delimiter, ";")
        XCTAssertEqual(table.header.map(\.value), ["plan", "indicator", "label"])
        XCTAssertEqual(table.header.map(position), [[1, 1], [1, 6], [1, 16]])
        XCTAssertEqual(table.rows.map(\.line), [2, 4])
        XCTAssertEqual(table.rows[0].fields.map(\.value), ["ha-nam", "htx", "Phát triển, nâng cao\nchất lượng"])
        XCTAssertEqual(table.rows[0].fields.map(position), [[2, 1], [2, 8], [2, 12]])
        XCTAssertEqual(table.rows[1].fields.map(\.value), ["ninh-binh", "tht", "Nói \"có\""])
        XCTAssertEqual(table.rows[1].fields.map(position), [[4, 1], [4, 13], [4, 17]])
    }

    func testStrayQuoteInUnquotedField() {
        let table = CSVReader.parse("id,name\nx,ab\"c\ny,z\n", file: file)
        XCTAssertEqual(table.diagnostics.items.map(position), [[2, 5]])
        XCTAssertTrue(table.diagnostics.items[0].message.vi.contains("không được đặt trong ngoặc kép"))
        XCTAssertTrue(table.diagnostics.items[0].message.en.contains("not quoted"))
        XCTAssertEqual(table.rows.map(\.line), [3])
    }

    func testTextAfterClosingQuote() {
        let table = CSVReader.parse("id,name\nok,\"Thành Công\"x\n", file: file)
        XCTAssertEqual(table.diagnostics.items.map(position), [[2, 16]])
        XCTAssertTrue(table.diagnostics.items[0].message.vi.contains("sau dấu ngoặc kép đóng"))
        XCTAssertTrue(table.diagnostics.items[0].message.en.contains("closing quote"))
        XCTAssertTrue(table.rows.isEmpty)
    }

    func testTooManyFieldsPointsAtTheFirstExtraField() {
        let table = CSVReader.parse("plan,indicator,target\nhn,htx,80,90\n", file: file)
        XCTAssertEqual(table.diagnostics.items.map(position), [[2, 11]])
        let message = table.diagnostics.items[0].message
        XCTAssertTrue(message.vi.contains("4 ô"), message.vi)
        XCTAssertTrue(message.vi.contains("3 cột (plan, indicator, target)"), message.vi)
        XCTAssertTrue(message.en.contains("has 4 fields but the header has 3 columns"), message.en)
        XCTAssertTrue(table.rows.isEmpty)
    }

    func testTooFewFieldsPointsAtTheEndOfTheRow() {
        let table = CSVReader.parse("plan,indicator,target\nhà-nam,htx\nok,ok,1\n", file: file)
        XCTAssertEqual(table.diagnostics.items.map(position), [[2, 11]])
        let message = table.diagnostics.items[0].message
        XCTAssertTrue(message.vi.contains("thiếu: target"), message.vi)
        XCTAssertTrue(message.en.contains("has 2 fields"), message.en)
        XCTAssertEqual(table.rows.map(\.line), [3])
    }

    func testTooFewFieldsInARowSpanningLinesIsReportedWhereTheRowEnds() {
        let table = CSVReader.parse("a,b,c\n\"x\ny\",z\n", file: file)
        XCTAssertEqual(table.diagnostics.items.map(position), [[3, 5]])
    }

    func testEmptyAndDuplicateHeaderNames() {
        let table = CSVReader.parse(" id ,, name ,id\n1,2,3,4\n", file: file)
        XCTAssertEqual(table.header.map(\.value), ["id", "", "name", "id"])
        XCTAssertEqual(table.header.map(position), [[1, 2], [1, 6], [1, 8], [1, 14]])
        XCTAssertEqual(table.diagnostics.items.map(position), [[1, 6], [1, 14]])
        XCTAssertTrue(table.diagnostics.items[0].message.vi.contains("Cột thứ 2"))
        XCTAssertTrue(table.diagnostics.items[0].message.en.contains("Column 2 of the header row has no name"))
        XCTAssertTrue(table.diagnostics.items[1].message.vi.contains("«id» bị lặp lại: cột thứ 1"))
        XCTAssertTrue(table.diagnostics.items[1].message.en.contains("column 1"))
    }

    func testBlankAndWhitespaceOnlyLinesAreSkipped() {
        let table = CSVReader.parse("\n id,name\n\n   \n\t\na,b\n\n", file: file)
        XCTAssertTrue(table.diagnostics.isEmpty)
        XCTAssertEqual(table.header.map(position), [[2, 2], [2, 5]])
        XCTAssertEqual(table.rows.map(\.line), [6])
    }

    func testLoneCarriageReturnsEndLines() {
        let table = CSVReader.parse("id,name\ra,b\rc,d\r", file: file)
        XCTAssertTrue(table.diagnostics.isEmpty)
        XCTAssertEqual(table.rows.map(\.line), [2, 3])
        XCTAssertEqual(table.rows[1].fields.map(position), [[3, 1], [3, 3]])
    }

    func testUnquotedFieldsAreTrimmedQuotedFieldsKept() {
        let table = CSVReader.parse("id,name,note\n  a  ,\" b \", \"c\" \n", file: file)
        XCTAssertTrue(table.diagnostics.isEmpty, "\(table.diagnostics.items)")
        XCTAssertEqual(table.rows[0].fields.map(\.value), ["a", " b ", "c"])
        XCTAssertEqual(table.rows[0].fields.map(position), [[2, 3], [2, 7], [2, 14]])
    }

    func testColumnsCountCharactersNotBytes() {
        let table = CSVReader.parse("tên,tỉnh,số\nHợp tác xã Thành Công,Hà Nam,\n", file: file)
        XCTAssertEqual(table.rows[0].fields.map(position), [[2, 1], [2, 23], [2, 30]])
        XCTAssertEqual(table.rows[0].fields[2].value, "")
    }

    func testDelimiterDetection() {
        XCTAssertEqual(CSVReader.parse("\"a,b\";c\n1;2\n", file: file).delimiter, ";")
        XCTAssertEqual(CSVReader.parse("a;b,c\n", file: file).delimiter, ",")
        XCTAssertEqual(CSVReader.parse("a\n", file: file).delimiter, ",")
        let semicolon = CSVReader.parse("\"a,b\";c\n1,5;2\n", file: file)
        XCTAssertEqual(semicolon.header.map(\.value), ["a,b", "c"])
        XCTAssertEqual(semicolon.rows[0].fields.map(\.value), ["1,5", "2"])
    }

    func testEveryProblemInAFileIsCollected() {
        let text = "id,name\nb\"c,2\nd,e,f\nok,ok\n\"open,1\n"
        let table = CSVReader.parse(text, file: file)
        XCTAssertEqual(table.diagnostics.items.map(position), [[2, 2], [3, 5], [5, 1]])
        XCTAssertEqual(table.rows.map(\.line), [4])
    }

    func testEmptyFile() {
        let table = CSVReader.parse("", file: file)
        XCTAssertTrue(table.header.isEmpty)
        XCTAssertTrue(table.rows.isEmpty)
        XCTAssertTrue(table.diagnostics.isEmpty)
    }

    func testNationalSizedFileIsReadQuickly() {
        var text = "id,name,kind,province,locality,members\n"
        for index in 0..<20_000 {
            text += "htx-\(index),\"Hợp tác xã Nông nghiệp \(index), Thành Công\",HTX,ha-nam,Xã Đồng Hóa,\(index % 97)\n"
        }
        let start = Date()
        let table = CSVReader.parse(text, file: file)
        let seconds = Date().timeIntervalSince(start)
        XCTAssertTrue(table.diagnostics.isEmpty)
        XCTAssertEqual(table.rows.count, 20_000)
        XCTAssertEqual(table.rows.last?.line, 20_001)
        XCTAssertEqual(table.rows.last?.fields[4].value, "Xã Đồng Hóa")
        XCTAssertEqual(table.rows.last.map { position($0.fields[2]) }, [20_001, 54])
        XCTAssertLessThan(seconds, 10, "20,000 rows took \(seconds) s")
    }
}
