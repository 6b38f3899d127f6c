import Foundation
import TreCore
@testable import TreServe
import TreTestSupport
import XCTest

/// After an edit the preview serves each page from the new site as soon as it is asked for,
/// before the whole site is rendered; the whole-site render of an older edit is never installed.
final class PendingPagesTests: XCTestCase {
    func site(_ files: [String: String]) throws -> (files: SiteFiles, pages: PageRenderer) {
        let content = ContentFiles.memory(files)
        let checked = SiteBuilder.over(content, themeName: "(built-in theme)").prepare()
        let site = try XCTUnwrap(checked.site), templates = try XCTUnwrap(checked.templates)
        let context = RenderContext(site: site, templates: templates)
        let memory = MemoryWriter()
        _ = try SiteRenderer.render(context, media: content, into: memory)
        return (memory.files, PageRenderer(context))
    }

    func text(_ state: PreviewState, _ path: String) -> String? {
        state.file(path).map { String(decoding: $0.data, as: UTF8.self) }
    }

    func testEditedPagesAreServedBeforeTheWholeSiteIsRendered() throws {
        let plan = "plans/ha-nam-291/index.html", feed = "feed.xml", update = "updates/tin-moi/index.html"
        let first = try site(smallSite)
        var files = smallSite
        files["plans/ha-nam-291.md"] = (files["plans/ha-nam-291.md"] ?? "") + "\nĐoạn vừa sửa.\n"
        files["updates/tin-moi.md"] = "---\ntitle: Tin vừa thêm\ndate: 2025-06-01\n---\nNội dung.\n"
        let second = try site(files)

        let state = PreviewState(session: "s")
        let early = Date(timeIntervalSince1970: 1_000_000), later = early.addingTimeInterval(60)
        state.install(first.files, pages: first.pages.paths, now: early)
        XCTAssertFalse(state.contains(update))

        let (build, generation) = state.installPages(second.pages, now: later)
        XCTAssertEqual(build, "s-2")
        XCTAssertTrue(text(state, plan)?.contains("Đoạn vừa sửa.") ?? false, "the edited page is rendered when asked for")
        XCTAssertTrue(state.contains(update), "a new page exists at once")
        XCTAssertTrue(text(state, update)?.contains("Tin vừa thêm") ?? false)
        XCTAssertEqual(state.file("index.html")?.data, try second.files.data("index.html"), "every page comes from the new site")
        XCTAssertEqual(state.file(feed)?.data, try first.files.data(feed), "other files wait for the whole site")

        XCTAssertTrue(state.rendering, "requests for other new files wait for the whole site")
        let waited = expectation(description: "a request waiting for the whole site goes on once it is installed")
        Task {
            await state.wholeSite()
            waited.fulfill()
        }
        XCTAssertNil(state.install(first.files, pages: first.pages.paths, generation: generation - 1),
                     "a whole site rendered for an older edit is dropped")
        XCTAssertTrue(text(state, plan)?.contains("Đoạn vừa sửa.") ?? false)
        XCTAssertNotNil(state.install(second.files, pages: second.pages.paths, generation: generation))
        wait(for: [waited], timeout: 10)
        XCTAssertFalse(state.rendering)
        XCTAssertEqual(state.file(feed)?.data, try second.files.data(feed))

        // Removing the update removes its page as soon as the edit is checked.
        let third = try site(smallSite)
        state.installPages(third.pages)
        XCTAssertFalse(state.contains(update))
        XCTAssertNil(state.file(update))
    }

    /// A stylesheet swapped in while the whole site renders is not undone when that render,
    /// which read the theme before the swap, is installed.
    func testAStylesheetSwappedDuringTheWholeRenderStays() throws {
        let built = try site(smallSite)
        let state = PreviewState(session: "s")
        let (_, generation) = state.installPages(built.pages)
        state.replace(["assets/style.css": Data("body { color: red }".utf8), "assets/site.js": nil])
        XCTAssertNotNil(state.install(built.files, pages: built.pages.paths, generation: generation))
        XCTAssertEqual(text(state, "assets/style.css"), "body { color: red }")
        XCTAssertNil(state.file("assets/site.js"))
        XCTAssertNotNil(state.file("assets/search.js"), "other assets come from the whole site")
    }
}
