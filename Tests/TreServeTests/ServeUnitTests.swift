import Foundation
import TreCore
@testable import TreServe
import XCTest

/// The pure parts of the preview: paths, types, validators, the overlay, the watcher's diff.
final class ServeUnitTests: XCTestCase {
    func testRequestPaths() {
        XCTAssertEqual(RequestPath.parse("/"), .file("index.html"))
        XCTAssertEqual(RequestPath.parse("/plans/x/"), .file("plans/x/index.html"))
        XCTAssertEqual(RequestPath.parse("/plans/x", query: "a=1"), .folder(file: "plans/x", redirect: "/plans/x/?a=1"))
        XCTAssertEqual(RequestPath.parse("/assets/style.css"), .folder(file: "assets/style.css", redirect: "/assets/style.css/"))
        XCTAssertEqual(RequestPath.parse("/media/%E1%BA%A3nh%20l%C3%BAa.jpg").candidate, "media/ảnh lúa.jpg")
        for refused in ["/../x", "/a/../../x", "/%2e%2e/x", "/%2E%2e/x", "/a/..%2Fx", "/a%2fb", "/a%5Cb", "/a\\b",
                        "/./x", "/a/.", "/x%00", "/%zz", "relative"] {
            XCTAssertEqual(RequestPath.parse(refused), .refused, refused)
        }
    }

    func testContentTypes() {
        XCTAssertEqual(ContentType.of("index.html"), "text/html; charset=utf-8")
        XCTAssertEqual(ContentType.of("charts/a.SVG"), "image/svg+xml; charset=utf-8")
        XCTAssertEqual(ContentType.of("handbook.pdf"), "application/pdf")
        XCTAssertEqual(ContentType.of("media/x.jpeg"), "image/jpeg")
        XCTAssertEqual(ContentType.of("fonts/a.woff2"), "font/woff2")
        XCTAssertEqual(ContentType.of("media/.hidden"), "application/octet-stream")
        XCTAssertEqual(ContentType.of("LICENSE"), "application/octet-stream")
    }

    func testValidators() throws {
        let date = try XCTUnwrap(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT"))
        XCTAssertEqual(HTTPDate.format(date), "Sun, 06 Nov 1994 08:49:37 GMT")
        XCTAssertNil(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT"))
        XCTAssertEqual(Validators.etag(Data("abc".utf8)), "\"e71fa2190541574b-3\"")
        let validators = Validators(etag: "\"x-1\"", lastModified: date.addingTimeInterval(0.5))
        XCTAssertTrue(validators.notModified(ifNoneMatch: "\"y\", W/\"x-1\"", ifModifiedSince: nil))
        XCTAssertTrue(validators.notModified(ifNoneMatch: "*", ifModifiedSince: nil))
        XCTAssertFalse(validators.notModified(ifNoneMatch: "\"y\"", ifModifiedSince: "Sun, 06 Nov 1994 08:49:37 GMT"),
                       "If-None-Match decides when present")
        XCTAssertTrue(validators.notModified(ifNoneMatch: nil, ifModifiedSince: "Sun, 06 Nov 1994 08:49:37 GMT"))
        XCTAssertFalse(validators.notModified(ifNoneMatch: nil, ifModifiedSince: "Sun, 06 Nov 1994 08:49:36 GMT"))
    }

    func testOverlayShowsFileLineMessageAndHint() {
        var diagnostics = Diagnostics()
        diagnostics.error(SourceLocation(file: "Content/data/progress.csv", line: 2, column: 5),
                          vi: "giá trị <sai>", en: "bad <value>", hintVi: "sửa \"nó\"", hintEn: "fix \"it\"")
        diagnostics.warning(SourceLocation(file: "Content/site.yml"), vi: "chỉ là cảnh báo", en: "only a warning")
        let excerpts = SourceExcerpts { file in
            file == "Content/data/progress.csv" ? Data("plan,indicator\r\nabc,xyz\r\n".utf8) : nil
        }
        let html = ErrorOverlay.html(diagnostics, language: .vi, excerpts: excerpts)
        XCTAssertTrue(html.hasPrefix("<div id=\"tre-overlay\""))
        XCTAssertTrue(html.contains("<h2 id=\"tre-overlay-title\">Nội dung có 1 lỗi</h2>"))
        XCTAssertTrue(html.contains("<li><p class=\"tre-where\"><code>Content/data/progress.csv:2:5</code></p><p class=\"tre-message\">giá trị &lt;sai&gt;</p><pre>2 | abc,xyz\n  |     ^</pre><p class=\"tre-hint\"><strong>Cách sửa:</strong> sửa &quot;nó&quot;</p></li>"), html)
        XCTAssertFalse(html.contains("chỉ là cảnh báo"), "warnings do not block the page")
        let english = ErrorOverlay.html(diagnostics, language: .en, excerpts: SourceExcerpts { _ in nil })
        XCTAssertTrue(english.contains("The content has 1 error<") && english.contains("bad &lt;value&gt;"))
        XCTAssertEqual(ErrorOverlay.inject("<div>X</div>", into: "<p>a</p></BODY></html>"), "<p>a</p><div>X</div>\n</BODY></html>")
        XCTAssertEqual(LiveReload.stamp("<script src=\"/__tre/live-reload.js\"></script>", build: "b-2"),
                       "<script src=\"/__tre/live-reload.js\" data-build=\"b-2\"></script>")
    }

    func testWatcherSeesEditsRenamesAndDeletionsButNotScratchFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tre-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plans/a.md")
        try Data("một".utf8).write(to: plan)
        try Data("x".utf8).write(to: folder.appendingPathComponent("site.yml"))
        let watcher = FolderWatcher(roots: [FolderWatcher.Root(label: "content", url: folder)])
        let first = watcher.snapshot()
        XCTAssertEqual(first.keys.sorted(), ["content/plans/a.md", "content/site.yml"])

        // Saved by rename, same size: only the inode tells.
        let temporary = folder.appendingPathComponent("plans/.a.md.swp")
        try Data("hai".utf8).write(to: temporary)
        XCTAssertEqual(rename(temporary.path, plan.path), 0)
        try Data("scratch".utf8).write(to: folder.appendingPathComponent("plans/a.md~"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("updates"), withIntermediateDirectories: true)
        try Data("tin".utf8).write(to: folder.appendingPathComponent("updates/b.md"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("site.yml"))
        let second = watcher.snapshot()
        XCTAssertEqual(FolderWatcher.changes(from: first, to: second),
                       ["content/plans/a.md", "content/site.yml", "content/updates/b.md"])
        XCTAssertEqual(FolderWatcher.changes(from: second, to: watcher.snapshot()), [])
    }

    /// Excel saves a workbook by writing an eight-hex-digit file, renaming the workbook away,
    /// renaming the new file over it and deleting the old one, while `~$name.xlsx` (its lock
    /// file) sits beside it: one change, the workbook, whether seen whole or named by inotify.
    func testExcelSavingAWorkbookIsOneChange() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tre-watch-\(UUID().uuidString)")
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = data.appendingPathComponent("targets.xlsx")
        try Data("v1".utf8).write(to: workbook)
        let watcher = FolderWatcher(roots: [FolderWatcher.Root(label: "content", url: folder)])
        let first = watcher.snapshot()
        let lock = data.appendingPathComponent("~$targets.xlsx"), scratch = data.appendingPathComponent("5F3A2B1C")
        let old = data.appendingPathComponent("D41E7A09.tmp")
        try Data("owner".utf8).write(to: lock)
        try Data("v2".utf8).write(to: scratch)
        XCTAssertEqual(rename(workbook.path, old.path), 0)
        XCTAssertEqual(rename(scratch.path, workbook.path), 0)
        try FileManager.default.removeItem(at: old)
        XCTAssertEqual(FolderWatcher.changes(from: first, to: watcher.snapshot()), ["content/data/targets.xlsx"])
        var named = first
        var folders: [String] = []
        watcher.refresh(&named, paths: Set([lock, scratch, old, workbook].map(\.path)), folders: &folders)
        XCTAssertEqual(FolderWatcher.changes(from: first, to: named), ["content/data/targets.xlsx"])
        for name in ["~$targets.xlsx", "5F3A2B1C", "D41E7A09.tmp", ".~lock.targets.xlsx#", "lu12345abc.tmp"] {
            XCTAssertTrue(FolderWatcher.ignored(name), name)
        }
        XCTAssertFalse(FolderWatcher.ignored("targets.xlsx"))
        XCTAssertFalse(FolderWatcher.ignored("2024.csv"))
    }

    /// What inotify names is enough to bring a snapshot up to date: a file saved by rename, a
    /// scratch file, a new folder with files, a deleted folder, a deleted file.
    func testNamedChangesBringTheSnapshotUpToDate() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tre-watch-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        try manager.createDirectory(at: folder.appendingPathComponent("old/deep"), withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: folder) }
        try Data("một".utf8).write(to: folder.appendingPathComponent("plans/a.md"))
        try Data("b".utf8).write(to: folder.appendingPathComponent("plans/b.md"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("old/deep/x.csv"))
        let watcher = FolderWatcher(roots: [FolderWatcher.Root(label: "content", url: folder)])
        var folders: [String] = []
        var snapshot = watcher.snapshot(folders: &folders)
        let signal = ChangeSignal(roots: [folder.path])
        signal.watch(folders)
        guard signal.listening else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { return XCTFail("inotify is not available: tre serve would poll") }
            throw XCTSkip("inotify is not available here")
        }

        let temporary = folder.appendingPathComponent("plans/.a.md.swp")
        try Data("hai".utf8).write(to: temporary)
        XCTAssertEqual(rename(temporary.path, folder.appendingPathComponent("plans/a.md").path), 0)
        try Data("scratch".utf8).write(to: folder.appendingPathComponent("plans/b.md~"))
        try manager.removeItem(at: folder.appendingPathComponent("plans/b.md"))
        try manager.createDirectory(at: folder.appendingPathComponent("updates/2025"), withIntermediateDirectories: true)
        try Data("tin".utf8).write(to: folder.appendingPathComponent("updates/2025/c.md"))
        try manager.removeItem(at: folder.appendingPathComponent("old"))

        var named = Set<String>()
        var wake = await signal.pause(.seconds(2))
        while case .named(let paths) = wake {
            named.formUnion(paths)
            wake = await signal.pause(.milliseconds(50))
        }
        XCTAssertEqual(wake, .quiet, "a folder deleted inside is named by its parent")
        XCTAssertTrue(named.contains(folder.path + "/plans/a.md"))
        folders = []
        watcher.refresh(&snapshot, paths: named, folders: &folders)
        XCTAssertEqual(snapshot, watcher.snapshot())
        XCTAssertEqual(snapshot.keys.sorted(), ["content/plans/a.md", "content/updates/2025/c.md"])
    }

    func testStateKeepsDatesOfUnchangedFilesAndTheLastGoodSite() throws {
        let state = PreviewState(session: "s")
        var first = SiteFiles()
        first.add("index.html", text: "<p>một</p>")
        first.add("a.css", text: "a{}")
        let early = Date(timeIntervalSince1970: 1_000_000)
        XCTAssertEqual(state.install(first, now: early), "s-1")
        var second = first
        second.add("index.html", text: "<p>hai</p>")
        state.install(second, now: early.addingTimeInterval(60))
        XCTAssertEqual(state.file("a.css")?.validators.lastModified, early, "unchanged bytes keep their date")
        XCTAssertEqual(state.file("index.html")?.validators.lastModified, early.addingTimeInterval(60))
        XCTAssertEqual(state.fail(overlay: "<div id=\"tre-overlay\"></div>"), "s-3")
        XCTAssertEqual(state.file("index.html").map { String(decoding: $0.data, as: UTF8.self) }, "<p>hai</p>")
        XCTAssertNotNil(state.overlay)
        state.replace(["a.css": nil])
        XCTAssertNil(state.file("a.css"))
        state.install(second)
        XCTAssertNil(state.overlay, "a good build clears the overlay")
        XCTAssertEqual(state.buildID, "s-5")
    }
}
