import TreCore
import TreTestSupport
import XCTest

/// The decree's fixed words and the statuses at a report's period end.
final class ReportLayoutTests: XCTestCase {
    func site(_ files: [String: String]) throws -> Site {
        let checked = SiteBuilder.over(ContentFiles.memory(files)).prepare()
        XCTAssertFalse(checked.diagnostics.hasErrors, "\(checked.diagnostics.errors)")
        return try XCTUnwrap(checked.site)
    }

    func testVietnameseLines() throws {
        let site = try site(reportSite)
        let layout = ReportLayout(report: try XCTUnwrap(site.report("ha-nam-6-thang-2024")), site: site)
        XCTAssertEqual(layout.issuer, ["ỦY BAN NHÂN DÂN TỈNH HÀ NAM", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"])
        XCTAssertEqual(layout.nationalTitle, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        XCTAssertEqual(layout.motto, "Độc lập - Tự do - Hạnh phúc")
        XCTAssertEqual(layout.numberLine, "Số: 125/BC-UBND")
        // A day below 10 gets its zero; month 7 does not (only 1 and 2 do).
        XCTAssertEqual(layout.placeDate, "Hà Nam, ngày 05 tháng 7 năm 2024")
        XCTAssertEqual(layout.kind, "BÁO CÁO")
        XCTAssertEqual(layout.signerLines.titles, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
        XCTAssertEqual(layout.signerLines.name, "Trần Thị Bình")
        XCTAssertEqual(layout.recipients, ["- UBND tỉnh (để b/c);", "- Liên minh HTX tỉnh;", "- Lưu: VT, KTHT."])
    }

    func testDatesAndBlanks() throws {
        var report = Report(slug: "x", title: "T", date: Day(year: 2025, month: 2, day: 3)!, plans: [],
                            body: MarkdownSource(text: "", start: SourceLocation(file: "x")), location: SourceLocation(file: "x"))
        let site = try site(reportSite)
        XCTAssertEqual(ReportLayout(report: report, site: site).placeDate, "Ngày 03 tháng 02 năm 2025")
        XCTAssertEqual(ReportLayout(report: report, site: site).numberLine, "Số:        /BC")
        report.place = "Ninh Bình"
        report.recipients = ["- Như trên;", "Lưu: VT."]
        XCTAssertEqual(ReportLayout(report: report, site: site).placeDate, "Ninh Bình, ngày 03 tháng 02 năm 2025")
        XCTAssertEqual(ReportLayout(report: report, site: site).recipients, ["- Như trên;", "- Lưu: VT."])
    }

    func testEnglishLines() throws {
        let site = try site(englishReportSite)
        let layout = ReportLayout(report: try XCTUnwrap(site.report("ha-nam-6-thang-2024")), site: site)
        XCTAssertEqual(layout.kind, "REPORT")
        XCTAssertEqual(layout.nationalTitle, "SOCIALIST REPUBLIC OF VIET NAM")
        XCTAssertEqual(layout.numberLine, "No.: 125/BC-UBND")
        XCTAssertEqual(layout.placeDate, "Hà Nam, 5 July 2024")
        XCTAssertEqual(layout.recipientsHeading, "Recipients:")
    }

    /// The same evaluator at another day: the statuses the report shows are not `as_of`'s.
    func testStatusesAtThePeriodEnd() throws {
        let site = try site(reportSite)
        let targets = site.targets(plan: "ha-nam-291")
        let end = try XCTUnwrap(Day(year: 2024, month: 6, day: 30))
        XCTAssertEqual(targets.map { site.progress($0).status }, [.onTrack, .onTrack])
        XCTAssertEqual(targets.map { site.progress($0, at: end).status }, [.offTrack, .noData])
        XCTAssertEqual(site.progress(targets[0], at: end).latest?.value, 61)
        XCTAssertEqual(targets.map { site.progress($0, at: site.asOf).status }, [.onTrack, .onTrack])
    }
}
