import Foundation
import TreCore
import TreTestSupport
import XCTest

/// A report's page on the site: the decree's parts, its tables judged at the period's end,
/// and a theme from an older Tre still showing it.
final class ReportPageTests: XCTestCase {
    func page(theme: Theme = .builtIn) throws -> String {
        let built = SiteBuilder.over(ContentFiles.memory(reportSite), theme: theme).inMemory()
        XCTAssertFalse(built.assembled.diagnostics.hasErrors, "\(built.assembled.diagnostics.errors)")
        return try XCTUnwrap(built.files?.text("reports/ha-nam-6-thang-2024/index.html"))
    }

    func testPageShowsTheReportAtItsPeriodEnd() throws {
        let html = try page()
        for words in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 125/BC-UBND", "Hà Nam, ngày 05 tháng 7 năm 2024",
                      "Số liệu đánh giá đến ngày 30/06/2024", "Chậm tiến độ", "Nơi nhận:", "- Lưu: VT, KTHT.", "KT. GIÁM ĐỐC"] {
            XCTAssertTrue(html.contains(words), "missing: \(words)")
        }
        XCTAssertFalse(html.contains("Đúng tiến độ"), "the statuses at as_of belong to the plan's page, not the report's")
        XCTAssertFalse(html.contains(".docx"), "no Word file was made, so none is linked")
    }

    func testThemeFromAnOlderTreStillShowsReports() throws {
        var files = Theme.builtIn.files
        for path in ["pages/report.mustache", "pages/reports.mustache", "partials/report-card.mustache"] { files[path] = nil }
        for language in ["vi", "en"] {
            let path = "strings/\(language).yml"
            let text = String(decoding: files[path] ?? Data(), as: UTF8.self)
            files[path] = Data(text.split(separator: "\n").filter { !$0.hasPrefix("report") }.joined(separator: "\n").utf8)
        }
        let html = try page(theme: Theme(files: files))
        XCTAssertTrue(html.contains("Chậm tiến độ"))
        XCTAssertTrue(html.contains(">Báo cáo</a>"), "the strings were filled in too")
    }
}
