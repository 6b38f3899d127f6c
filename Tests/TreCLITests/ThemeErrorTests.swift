import Foundation
import TreTestSupport
import XCTest

/// A theme template with a Mustache mistake: `tre build` names the template's file, line and
/// column (from the designer's own text), says what is wrong in the site's language, exits
/// non-zero and leaves Output/ as it was.
final class ThemeErrorTests: XCTestCase {
    func testBrokenTemplateIsReportedWhereItIs() throws {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write(smallSite, in: folder.appendingPathComponent("Content"))
        XCTAssertEqual(try TreProcess.run(["build"], in: folder).status, 0)
        let index = folder.appendingPathComponent("Output/index.html")
        let before = try Data(contentsOf: index)

        let theme = folder.appendingPathComponent("Theme")
        try FileManager.default.copyItem(at: Fixture.packageRoot.appendingPathComponent("Templates"), to: theme)
        let card = theme.appendingPathComponent("partials/plan-card.mustache")
        try "<p>\n{{#items}}\n<b>{{/item}}\n".write(to: card, atomically: true, encoding: .utf8)

        let vi = try TreProcess.run(["build", "--templates", "Theme"], in: folder)
        XCTAssertEqual(vi.status, 1)
        XCTAssertTrue(vi.stderr.contains("Theme/partials/plan-card.mustache:3:7: lỗi: "), vi.stderr)
        XCTAssertTrue(vi.stderr.contains("thẻ đóng {{/…}} không khớp với thẻ mở"), vi.stderr)
        let en = try TreProcess.run(["build", "--templates", "Theme", "--lang", "en"], in: folder)
        XCTAssertTrue(en.stderr.contains("plan-card.mustache:3:7: error: The template has a Mustache syntax error: "
            + "the closing {{/…}} does not match the open section."), en.stderr)
        XCTAssertEqual(try Data(contentsOf: index), before, "Output/ is left as it was")
    }
}
