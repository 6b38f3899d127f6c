import Foundation
import TreTestSupport
import XCTest
@testable import TreCore

/// The small pieces under the workbook reader: number formats, the XML reader, and the
/// workbook Tre writes for `tre new workbook` read back by Tre's own reader (LibreOffice
/// opens it in `WorkbookSiteTests`).
final class WorkbookPartsTests: XCTestCase {
    func testNumberFormatsThatMakeDatesAndPercentages() {
        for id in [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 36, 45, 46, 47, 50, 58] {
            XCTAssertEqual(NumberFormatCode.kind(id: id, code: nil), .date, "\(id)")
        }
        for id in [0, 1, 2, 3, 4, 11, 12, 37, 49] { XCTAssertEqual(NumberFormatCode.kind(id: id, code: nil), .number, "\(id)") }
        XCTAssertEqual(NumberFormatCode.kind(id: 9, code: nil), .percent)
        XCTAssertEqual(NumberFormatCode.kind(id: 10, code: nil), .percent)
        let dates = ["dd/mm/yyyy", "[$-42A]d mmmm yyyy", "yyyy-mm-dd hh:mm", "mm-dd-yy", "[h]:mm:ss", "DD/MM/YYYY", "m/d/yy;@"]
        for code in dates { XCTAssertEqual(NumberFormatCode.kind(code: code), .date, code) }
        let numbers = ["General", "0.00", "#,##0 \"ngày\"", "#,##0\\ \\d", "[Red]0.0", "0.00E+00", "_(* #,##0_)", "@"]
        for code in numbers { XCTAssertEqual(NumberFormatCode.kind(code: code), .number, code) }
        XCTAssertEqual(NumberFormatCode.kind(code: "0.0%"), .percent)
        XCTAssertEqual(NumberFormatCode.kind(code: "0\"%\""), .number)
        // A built-in id that the file redefines is read by its code.
        XCTAssertEqual(NumberFormatCode.kind(id: 14, code: "0.00"), .number)
    }

    func testScannerReadsTagsAttributesAndText() throws {
        let xml = Array("<?xml version='1.0'?><a:root xmlns:a='u' b = \"x &amp; y\" c='&lt;'><v>1&#x41;&#66;</v><e/></a:root>".utf8)
        try xml.withUnsafeBufferPointer { bytes in
            var scanner = XMLScanner(bytes)
            XCTAssertEqual(try scanner.next(), .open)
            XCTAssertTrue(scanner.isNamed("root"))
            XCTAssertEqual(scanner.attribute("b"), "x & y")
            XCTAssertEqual(scanner.attribute("c"), "<")
            XCTAssertNil(scanner.attribute("d"))
            XCTAssertEqual(try scanner.next(), .open)
            XCTAssertEqual(try scanner.elementText(), "1AB")
            XCTAssertEqual(try scanner.next(), .open)
            XCTAssertTrue(scanner.selfClosing && scanner.isNamed("e"))
            XCTAssertEqual(try scanner.next(), .close)
            XCTAssertEqual(try scanner.next(), .end)
        }
        func fails(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            do {
                try bytes.withUnsafeBufferPointer { buffer in
                    var scanner = XMLScanner(buffer)
                    while try scanner.next() != .end {}
                    var again = XMLScanner(buffer)
                    _ = try again.next()
                    try again.skipElement()
                }
                return false
            } catch {
                return true
            }
        }
        for broken in ["<a", "<a><b>", "<!DOCTYPE a>", "<a><!-- x", "<![CDATA[x", "<a b='1></a>"] {
            XCTAssertTrue(fails(broken), broken)
        }
        XCTAssertFalse(fails("<a><b/>x</a>"))
        let prolog = Array("<?xml version=\"1.0\"?>\n<!-- c --><!DOCTYPE x [<!ENTITY a \"b\">]><x/>".utf8)
        XCTAssertThrowsError(try prolog.withUnsafeBufferPointer { try XMLScanner.checkProlog($0) })
        let short = Array("<?xml version=\"1.0\"?><!-".utf8)
        XCTAssertFalse(try short.withUnsafeBufferPointer { try XMLScanner.checkProlog($0) }, "not decided yet")
    }

    func testStarterWorkbooksReadBackWithTheirHeadersAndExamples() throws {
        let plan = try StarterWorkbooks.plan(for: nil)
        XCTAssertEqual(plan.files.keys.sorted(), ["data/cooperatives.xlsx", "data/indicators.xlsx", "data/progress.xlsx", "data/targets.xlsx"])
        let targets = WorkbookReader.parse(plan.files["data/targets.xlsx"]!, file: "targets.xlsx")
        XCTAssertTrue(targets.diagnostics.isEmpty)
        XCTAssertEqual(targets.sheet, "Chỉ tiêu")
        XCTAssertEqual(targets.columnNames, ["plan", "indicator", "target", "target_max", "target_year", "baseline",
                                             "baseline_year", "comparator", "label"])
        XCTAssertEqual(targets.rows.map { $0.fields.map(\.value) },
                       [["ke-hoach-vi-du", "ty-le-htx-hieu-qua", "80", "", "2025", "60", "2023", "", "Ít nhất 80% HTX hoạt động hiệu quả"]])
        let progress = WorkbookReader.parse(plan.files["data/progress.xlsx"]!, file: "progress.xlsx")
        XCTAssertEqual(progress.rows.first?.fields[2].typed, .date(Day(year: 2024, month: 12, day: 31)!, serial: 45657))
        XCTAssertEqual(try StarterWorkbooks.plan(for: nil).files, plan.files, "the same bytes every time")

        // In a site: its plan and province; a table kept as CSV is left alone; a workbook
        // already there is named and nothing is written.
        var site = smallSite
        site["data/targets.csv"] = nil
        site["data/progress.csv"] = nil
        let inSite = try StarterWorkbooks.plan(for: .memory(site))
        XCTAssertEqual(inSite.keptCSV, ["data/indicators.csv", "data/cooperatives.csv"])
        XCTAssertEqual(inSite.files.keys.sorted(), ["data/progress.xlsx", "data/targets.xlsx"])
        let rows = WorkbookReader.parse(inSite.files["data/targets.xlsx"]!, file: "t").rows
        XCTAssertEqual(rows.first?.fields.prefix(2).map(\.value), ["ha-nam-291", "htx-hieu-qua"])
        var data = site.mapValues { Data($0.utf8) }
        data["data/targets.xlsx"] = Data()
        XCTAssertEqual(try StarterWorkbooks.plan(for: .memory(data: data)).existing, ["data/targets.xlsx"])
    }
}
