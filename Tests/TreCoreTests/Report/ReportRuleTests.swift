import TreCore
import TreTestSupport
import XCTest

/// One test per rule of `reports/<slug>.md`: each asserts the exact place and message.
final class ReportRuleTests: XCTestCase {
    static let path = "reports/ha-nam-6-thang-2024.md"

    func check(_ report: String) -> [String] {
        let files = ContentFiles.memory(Fixture.with(reportSite, [Self.path: report]).compactMapValues { $0 })
        let checked = SiteBuilder.over(files).prepare()
        return checked.diagnostics.sorted.map { "\($0.location): \($0.severity.rawValue): \($0.message.en)" }
    }

    func replacing(_ old: String, with new: String) -> String {
        let text = reportSite[Self.path] ?? ""
        XCTAssertTrue(text.contains(old), "fixture has no \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    func testFixtureIsClean() {
        XCTAssertEqual(check(reportSite[Self.path]!), [])
    }

    func testMissingTitle() {
        XCTAssertEqual(check(replacing("title: Kết quả thực hiện Kế hoạch số 291/KH-UBND 6 tháng đầu năm 2024\n", with: "")),
                       ["Content/reports/ha-nam-6-thang-2024.md:1:1: error: Missing required key `title`."])
    }

    func testMissingDateAndPlans() {
        let text = replacing("date: 2024-07-05\n", with: "").replacingOccurrences(of: "plans: [ha-nam-291]\n", with: "")
        XCTAssertEqual(check(text), [
            "Content/reports/ha-nam-6-thang-2024.md:1:1: error: Missing required key `date`.",
            "Content/reports/ha-nam-6-thang-2024.md:1:1: error: Missing required key `plans`.",
        ])
    }

    func testEmptyPlanList() {
        XCTAssertEqual(check(replacing("plans: [ha-nam-291]", with: "plans: []")),
                       ["Content/reports/ha-nam-6-thang-2024.md:4:1: error: A report needs at least one plan in `plans`."])
    }

    func testUnknownPlanWithSuggestion() {
        let found = check(replacing("plans: [ha-nam-291]", with: "plans: [ke-hoach-chung, ha-nam-219]"))
        XCTAssertEqual(found, ["Content/reports/ha-nam-6-thang-2024.md:4:25: error: Unknown plan \"ha-nam-219\"."])
        let files = ContentFiles.memory(Fixture.with(reportSite, [Self.path: replacing("plans: [ha-nam-291]", with: "plans: [ha-nam-219]")])
            .compactMapValues { $0 })
        let hint = SiteBuilder.over(files).prepare().diagnostics.errors.first?.hint
        XCTAssertEqual(hint?.vi, "Có phải bạn muốn viết «ha-nam-291»?")
    }

    func testPeriodEndingBeforeItStarts() {
        XCTAssertEqual(check(replacing("to: 2024-06-30", with: "to: 2023-12-31")),
                       ["Content/reports/ha-nam-6-thang-2024.md:5:33: error: The period ends (to: 2023-12-31) before it starts (from: 2024-01-01)."])
    }

    func testPeriodEndingAfterTheData() {
        XCTAssertEqual(check(replacing("to: 2024-06-30", with: "to: 2025-12-31")), [
            "Content/reports/ha-nam-6-thang-2024.md:5:33: error: The period ends on 31 December 2025, after the day the data reaches (30 June 2025): there are no figures yet to judge the targets at the period's end.",
        ])
    }

    func testReportWithoutPeriodIsJudgedAtItsDate() {
        let text = replacing("period: { from: 2024-01-01, to: 2024-06-30 }\n", with: "")
            .replacingOccurrences(of: "date: 2024-07-05", with: "date: 2025-07-05")
        XCTAssertEqual(check(text), [
            "Content/reports/ha-nam-6-thang-2024.md:3:7: error: The report has no period, so it is judged at its date, 5 July 2025, after the day the data reaches (30 June 2025): there are no figures yet to judge the targets at the period's end.",
        ])
    }

    func testUnknownProvince() {
        XCTAssertEqual(check(replacing("province: ha-nam", with: "province: ha-tay")),
                       ["Content/reports/ha-nam-6-thang-2024.md:9:11: error: Unknown province \"ha-tay\"."])
    }

    func testUnknownKeyAndSignerKey() {
        let text = replacing("place: Hà Nam", with: "plase: Hà Nam").replacingOccurrences(of: "name: \"Trần", with: "nam: \"Trần")
        XCTAssertEqual(check(text), [
            "Content/reports/ha-nam-6-thang-2024.md:8:1: warning: Key `plase` is not supported here and will be ignored.",
            "Content/reports/ha-nam-6-thang-2024.md:10:61: warning: Key `nam` is not supported here and will be ignored.",
        ])
    }

    func testDataBlockInTheBodyNamingAMissingPlan() {
        XCTAssertEqual(check(replacing("```targets\nplan: ha-nam-291", with: "```targets\nplan: ha-nam-2910")),
                       ["Content/reports/ha-nam-6-thang-2024.md:24:1: error: Unknown plan \"ha-nam-2910\"."])
    }

    func testFileNameMustBeASlug() {
        let files = ContentFiles.memory(Fixture.with(reportSite, ["reports/Báo cáo.md": reportSite[Self.path]])
            .compactMapValues { $0 })
        let found = SiteBuilder.over(files).prepare().diagnostics.sorted
            .map { "\($0.location): \($0.message.en)" }
        XCTAssertEqual(found, ["Content/reports/Báo cáo.md:1: The file name \"Báo cáo.md\" cannot be used as a page address."])
    }
}
