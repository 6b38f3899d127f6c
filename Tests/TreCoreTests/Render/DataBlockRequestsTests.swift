import TreTestSupport
import XCTest
@testable import TreCore

/// Data blocks are parsed once, while bodies are checked, and their charts drawn once per
/// build; pages must render exactly as if each parsed and drew its blocks itself.
final class DataBlockRequestsTests: XCTestCase {
    func testPagesRenderTheSameWithTheCheckedRequestsAndSharedFigures() throws {
        let files = Fixture.with(smallSite, ["updates/2025-05-01-bieu-do.md": """
            ---
            title: Biểu đồ và danh sách
            date: 2025-05-01
            province: ha-nam
            ---
            ```chart
            plan: ha-nam-291
            indicator: htx-hieu-qua
            ```

            ```cooperatives
            province: ninh-binh
            limit: 2
            ```
            """])
        let checked = SiteBuilder.over(.memory(files)).prepare()
        XCTAssertFalse(checked.diagnostics.hasErrors, "\(checked.diagnostics.errors)")
        let site = try XCTUnwrap(checked.site)
        let templates = try XCTUnwrap(checked.templates)
        XCTAssertEqual(Set(site.dataBlockRequests.values.map { "\($0)" }).count, 3)
        XCTAssertTrue(site.dataBlockRequests.values.contains(.targets(plan: "ha-nam-291")))
        XCTAssertTrue(site.dataBlockRequests.values.contains(.chart(plan: "ha-nam-291", indicator: "htx-hieu-qua")))

        var unchecked = site
        unchecked.dataBlockRequests = [:]
        let bodies = site.plans.map { ($0.body, PagePath.plan($0.slug)) } + site.updates.map { ($0.body, PagePath.update($0.slug)) }
        // One context for the whole build, so later bodies (and the second round) take
        // figures that earlier ones drew.
        let shared = RenderContext(site: site, templates: templates)
        for _ in 0..<2 {
            for (body, path) in bodies {
                let withRequests = BodyRenderer(context: shared).render(body, on: path)
                let parsedAgain = BodyRenderer(context: RenderContext(site: unchecked, templates: templates)).render(body, on: path)
                XCTAssertEqual(withRequests.html, parsedAgain.html, path)
            }
        }
        XCTAssertTrue(bodies.contains { BodyRenderer(context: RenderContext(site: site, templates: templates))
            .render($0.0, on: $0.1).html.contains("data-block-chart") })
    }
}
