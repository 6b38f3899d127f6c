import Foundation
import TreCore
import TreTestSupport
import XCTest

/// A province of many plans: its page shows the first ten with their target tables and the
/// others as cards, so the page stays light (150 KB at the bench's 2×), and every plan is
/// still linked from it.
final class ProvincePlansTests: XCTestCase {
    func testOnlyTheFirstPlansCarryTheirTables() throws {
        var changes: [String: String?] = [:]
        var targets = smallSite["data/targets.csv"] ?? ""
        for number in 1...12 {
            let slug = "ninh-binh-\(number)"
            changes["plans/\(slug).md"] = """
                ---
                title: Kế hoạch số \(number) của tỉnh
                province: ninh-binh
                issued: 2024-01-\(String(format: "%02d", number))
                from: 2024
                to: 2025
                ---
                Nội dung kế hoạch \(number).
                """
            targets += "\(slug),htx-hieu-qua,80,,,,,,ít nhất 80% HTX hoạt động hiệu quả\n"
        }
        changes["data/targets.csv"] = targets
        let (assembled, files) = SiteBuilder.over(.memory(Fixture.with(smallSite, changes))).inMemory()
        XCTAssertFalse(assembled.diagnostics.hasErrors, "\(assembled.diagnostics.items)")
        let page = try XCTUnwrap(files?.text("provinces/ninh-binh/index.html"))
        let plans = page.components(separatedBy: "class=\"plan-block\"").count - 1
        XCTAssertEqual(plans, 13, "every plan of the province (and of the merged Hà Nam) is listed")
        XCTAssertEqual(page.components(separatedBy: "<table class=\"targets\"").count - 1, 10,
                       "ten plans with their target tables, the others as cards")
        for number in 1...12 { XCTAssertTrue(page.contains("plans/ninh-binh-\(number)/"), "plan \(number) is linked") }
    }
}
