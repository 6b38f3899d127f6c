import TreCore
import TreTestSupport
import XCTest

/// One test per content rule checked after reading: each asserts the exact place and message.
final class LoadingRuleTests: XCTestCase {
    /// The diagnostics of checking `files`, as `location: severity: English message`.
    func check(_ changes: [String: String?]) -> [String] {
        let files = ContentFiles.memory(Fixture.with(smallSite, changes).compactMapValues { $0 })
        let checked = SiteBuilder.over(files, themeName: "theme").prepare()
        return checked.diagnostics.sorted.map { "\($0.location): \($0.severity.rawValue): \($0.message.en)" }
    }

    func line(_ path: String, replacing old: String, with new: String) -> [String: String?] {
        let text = smallSite[path] ?? ""
        XCTAssertTrue(text.contains(old), "fixture \(path) has no \(old)")
        return [path: text.replacingOccurrences(of: old, with: new)]
    }

    func testSmallSiteIsClean() {
        XCTAssertEqual(check([:]), [])
    }

    func testUnknownIndicatorInTargets() {
        let found = check(line("data/targets.csv", replacing: "ha-nam-291,htx-thanh-lap,8", with: "ha-nam-291,htx-thanh-lp,8"))
        // The progress of the mistyped target now has no target: said once, as a warning.
        XCTAssertEqual(found, [
            "Content/data/progress.csv:4:1: warning: Plan \"ha-nam-291\" has no target for \"htx-thanh-lap\", so this figure is not shown.",
            "Content/data/targets.csv:3:12: error: Unknown indicator \"htx-thanh-lp\".",
        ])
    }

    func testPercentAbove100InTargets() {
        let found = check(line("data/targets.csv", replacing: "htx-hieu-qua,80", with: "htx-hieu-qua,120"))
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].hasPrefix("Content/data/targets.csv:2:25: error: Value 120 is outside 0–100"), found[0])
    }

    func testDuplicateTargetKey() {
        let text = smallSite["data/targets.csv"]! + "ha-nam-291,htx-thanh-lap,9,,2025,,,,\n"
        XCTAssertEqual(check(["data/targets.csv": text]),
                       ["Content/data/targets.csv:5:1: error: Duplicate target (ha-nam-291, htx-thanh-lap, 2025): already on line 3."])
    }

    func testRangeUpperBoundBelowLowerBound() {
        let found = check(line("data/targets.csv", replacing: "htx-thanh-lap,8,10", with: "htx-thanh-lap,8,6"))
        XCTAssertEqual(found, ["Content/data/targets.csv:3:28: error: `target_max` (6) is less than target (8)."])
    }

    func testRangeWithoutUpperBound() {
        let found = check(line("data/targets.csv", replacing: "tht-moi,80,,,,,,", with: "tht-moi,80,,,,,range,"))
        XCTAssertEqual(found, ["Content/data/targets.csv:4:31: error: `comparator` is range but target_max (the upper bound) is empty."])
    }

    func testDuplicateIndicator() {
        let text = smallSite["data/indicators.csv"]! + "tht-moi,Khác,THT,increase,level,\n"
        XCTAssertEqual(check(["data/indicators.csv": text]),
                       ["Content/data/indicators.csv:5:1: error: Duplicate indicator id \"tht-moi\": already on line 4."])
    }

    func testMergerLoop() {
        let found = check(line("provinces/ninh-binh.md", replacing: "code: \"37\"", with: "code: \"37\"\nmerged_into: ha-nam"))
        XCTAssertEqual(found, ["Content/provinces/ha-nam.md:4:14: error: `merged_into` forms a loop: ha-nam → ninh-binh → ha-nam."])
    }

    func testPlanNamingMissingProvinceIsReportedAtTheKey() {
        let found = check(line("plans/ke-hoach-chung.md", replacing: "from: 2023", with: "province: ha-tay\nfrom: 2023"))
        XCTAssertEqual(found, ["Content/plans/ke-hoach-chung.md:3:11: error: Unknown province \"ha-tay\"."])
    }

    func testUpdateNamingMissingPlan() {
        let found = check(line("updates/tin-dau-tien.md", replacing: "plan: ha-nam-291", with: "plan: ha-nam-292"))
        XCTAssertEqual(found, ["Content/updates/tin-dau-tien.md:5:7: error: Unknown plan \"ha-nam-292\"."])
    }

    func testOneBrokenPlanGivesOneMessage() {
        // The plan itself is wrong; its targets, progress and updates must not each report it again.
        let found = check(line("plans/ha-nam-291.md", replacing: "from: 2024", with: "from: hai nghìn"))
        XCTAssertEqual(found.count, 1, found.joined(separator: "\n"))
        XCTAssertTrue(found[0].hasPrefix("Content/plans/ha-nam-291.md:7:7: error: `from` must be a year"), found[0])
    }

    func testStoryOfUnknownCooperative() {
        XCTAssertEqual(check(["cooperatives/htx-khong-co.md": "Câu chuyện.\n"]),
                       ["Content/cooperatives/htx-khong-co.md:1: error: Unknown cooperative \"htx-khong-co\"."])
    }

    func testChartBlockWithUnknownIndicator() {
        let body = smallSite["plans/ke-hoach-chung.md"]! + "\n```chart\nindicator: khong-co\n```\n"
        XCTAssertEqual(check(["plans/ke-hoach-chung.md": body]),
                       ["Content/plans/ke-hoach-chung.md:8:1: error: Unknown indicator \"khong-co\"."])
    }

    func testLinkToMissingPageIsAWarning() {
        let body = smallSite["plans/ke-hoach-chung.md"]! + "\nXem [kế hoạch](plans/khong-co).\n"
        XCTAssertEqual(check(["plans/ke-hoach-chung.md": body]),
                       ["Content/plans/ke-hoach-chung.md:8:5: warning: Link \"plans/khong-co\" leads to no page or file of the site."])
    }

    func testFileNameThatIsNotASlug() {
        let found = check(["plans/Kế hoạch 2024.md": smallSite["plans/ke-hoach-chung.md"]!])
        XCTAssertEqual(found, ["Content/plans/Kế hoạch 2024.md:1: error: The file name \"Kế hoạch 2024.md\" cannot be used as a page address."])
    }

    func testPhotoWithoutSource() {
        let story = "---\nphotos:\n  - alt: Không có đường dẫn\n---\nCâu chuyện.\n"
        XCTAssertEqual(check(["cooperatives/htx-dong-tien.md": story]),
                       ["Content/cooperatives/htx-dong-tien.md:3:5: error: This photo has no `src`, the path to its file."])
    }

    func testPageWithoutFrontMatter() {
        XCTAssertEqual(check(["provinces/ha-tay.md": "Không có thông tin đầu trang.\n"]),
                       ["Content/provinces/ha-tay.md:1: error: The page has no front matter."])
    }

    func testMissingSiteFile() {
        XCTAssertEqual(check(["site.yml": nil]), ["Content/site.yml: error: There is no site.yml in the content folder."])
    }

    func testFileOutsideTheKnownFolders() {
        XCTAssertEqual(check(["ghi-chu.txt": "nháp"]),
                       ["Content/ghi-chu.txt: warning: This file is outside the folders Tre reads and is ignored."])
    }

    func testProgressWithoutTargetIsAWarning() {
        let text = smallSite["data/progress.csv"]! + "ke-hoach-chung,htx-hieu-qua,2024,50,,\n"
        XCTAssertEqual(check(["data/progress.csv": text]),
                       ["Content/data/progress.csv:7:1: warning: Plan \"ke-hoach-chung\" has no target for \"htx-hieu-qua\", so this figure is not shown."])
    }

    func testMessagesComeInVietnameseToo() {
        let files = ContentFiles.memory(Fixture.with(smallSite, line("plans/ke-hoach-chung.md", replacing: "from: 2023",
                                                                        with: "province: ha-tay\nfrom: 2023")).compactMapValues { $0 })
        let checked = SiteBuilder.over(files, themeName: "theme").prepare()
        XCTAssertEqual(checked.language, .vi)
        let printed = DiagnosticPrinter(language: .vi).report(checked.diagnostics)
        XCTAssertTrue(printed.hasPrefix("Content/plans/ke-hoach-chung.md:3:11: lỗi: Không có tỉnh «ha-tay»."), printed)
    }
}
