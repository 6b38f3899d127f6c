import Foundation
import TreMustache
import XCTest
@testable import TreCore

/// Every `{{name}}` in the default theme is provided by some page context of the sample site
/// (`Content/`): the site and the handbook are rendered with a recording lookup, and a name
/// that no render ever found fails the test. This is how `show_plan` went stale unnoticed.
final class TemplateNameTests: XCTestCase {
    /// Names the sample site does not provide, with the condition that provides them. Each
    /// must still be set somewhere in `Sources/TreCore` (checked below), so a name dropped from
    /// the Swift side fails here too.
    static let providedElsewhere: [String: String] = [
        "website": "a cooperative with a website (none in the sample)",
        "base_url": "site.yml with base_url (the sample has none)",
        "canonical": "site.yml with base_url",
        "spine_title": "a print edition thick enough for its spine to carry the title",
        "downloads": "a report with its Word or PDF file made by tre report",
        "running": "a per_year figure of a year still running",
        "running_note": "a per_year figure of a year still running",
        // A list longer than a page (the sample's lists are short; RegisterTests builds long ones).
        "pagination": "a list longer than a page", "pages": "a list longer than a page",
        "prev": "a list longer than a page", "next": "a list longer than a page",
        "gap": "a list of more than seven pages", "rel_prev": "a list longer than a page",
        "rel_next": "a list longer than a page",
        "more_updates": "a province with more than six updates",
        "kicker_link": "a province's own news list (more than six updates)",
    ]

    func testEveryNameInTheThemeIsProvided() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let content = ContentFiles.disk(at: root.appendingPathComponent("Content"), displayRoot: "Content").files
        let recorder = MustacheRecorder()
        TemplateLibrary.recorder = recorder
        defer { TemplateLibrary.recorder = nil }
        let builder = SiteBuilder.over(content)
        let site = builder.inMemory()
        XCTAssertNotNil(site.files, "the sample site builds")
        let handbook = builder.handbook()
        XCTAssertNotNil(handbook.rendered, "the sample handbook renders")
        let printed = builder.handbook(print: true)
        XCTAssertNotNil(printed.rendered, "the sample print edition renders")

        guard let templates = printed.assembled.context?.templates.templates else { return XCTFail("no templates") }
        XCTAssertGreaterThan(templates.count, 30)
        var missing: [String] = []
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) {
            for spelled in Set(template.names) where !recorder.found.contains(spelled) && Self.providedElsewhere[spelled] == nil {
                missing.append("\(name).mustache: {{\(spelled)}}")
            }
        }
        XCTAssertEqual(missing.sorted(), [], "names no page context provides")

        let sources = try FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent("Sources/TreCore").path)
            .filter { $0.hasSuffix(".swift") }
            .map { try String(contentsOf: root.appendingPathComponent("Sources/TreCore/" + $0), encoding: .utf8) }
            .joined()
        for name in Self.providedElsewhere.keys.sorted() {
            XCTAssertTrue(sources.contains("[\"\(name)\"] = "), "no view model sets \(name) any more")
        }
    }
}
