import Foundation
import TreTestSupport
import XCTest

/// `tre serve` end to end: the real binary on a free loopback port, asked over real sockets.
final class ServeTests: XCTestCase {
    var server: ServeProcess?

    override func tearDown() {
        server?.interrupt()
        server = nil
    }

    func start(_ files: [String: String] = smallSite, theme: [String: String] = [:],
               arguments: [String] = []) throws -> ServeProcess {
        let folder = try Fixture.temporaryFolder("tre-serve")
        try Fixture.write(files, in: folder.appendingPathComponent("Content"))
        try Fixture.write(theme, in: folder.appendingPathComponent("Theme"))
        let started = try ServeProcess(in: folder, arguments: arguments)
        server = started
        return started
    }

    /// Writes a content file the way most editors do: a temporary file renamed over the old one.
    func save(_ server: ServeProcess, _ path: String, _ text: String) throws {
        let url = server.folder.appendingPathComponent("Content").appendingPathComponent(path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        try Data(text.utf8).write(to: temporary)
        XCTAssertEqual(rename(temporary.path, url.path), 0)
    }

    /// Asks for `path` every 20 ms until `done` holds, for at most `seconds`.
    func poll(_ server: ServeProcess, _ path: String, seconds: Double,
              until done: (RawHTTP.Response) -> Bool) throws -> (RawHTTP.Response, Double) {
        let started = Date()
        var last = try server.http.get(path)
        while !done(last), Date().timeIntervalSince(started) < seconds {
            usleep(20_000)
            last = try server.http.get(path)
        }
        return (last, Date().timeIntervalSince(started))
    }

    func testServesPagesWithTheirTypes() throws {
        let server = try start()
        let home = try server.http.get("/")
        XCTAssertEqual(home.status, 200)
        XCTAssertEqual(home.header("Content-Type"), "text/html; charset=utf-8")
        XCTAssertEqual(home.header("Cache-Control"), "no-store")
        XCTAssertTrue(home.text.contains("<script src=\"/__tre/live-reload.js\" data-build=\""), "served pages load live reload")
        XCTAssertFalse(home.text.contains("tre-overlay"))
        let expected: [(String, String)] = [
            ("/plans/ha-nam-291/", "text/html; charset=utf-8"),
            ("/plans/ha-nam-291/index.html", "text/html; charset=utf-8"),
            ("/assets/style.css", "text/css; charset=utf-8"),
            ("/media/anh.svg", "image/svg+xml; charset=utf-8"),
            ("/sitemap.xml", "application/xml; charset=utf-8"),
            ("/updates/feed.xml", "application/xml; charset=utf-8"),
            ("/robots.txt", "text/plain; charset=utf-8"),
            ("/data/tre-targets.csv", "text/csv; charset=utf-8"),
            ("/data/tre-targets.json", "application/json; charset=utf-8"),
            ("/__tre/live-reload.js", "text/javascript; charset=utf-8"),
        ]
        for (path, type) in expected {
            let response = try server.http.get(path)
            XCTAssertEqual(response.status, 200, path)
            XCTAssertEqual(response.header("Content-Type"), type, path)
            XCTAssertEqual(response.header("Content-Length"), String(response.body.count), path)
        }
        let plan = try server.http.get("/plans/ha-nam-291/")
        XCTAssertTrue(plan.text.contains("291/KH-UBND"))
        let paths = try server.http.get("/sitemap.xml").text
        XCTAssertTrue(paths.contains("plans/ha-nam-291/"))
    }

    func testFoldersRedirectsAndNotFound() throws {
        let server = try start()
        let redirect = try server.http.get("/plans/ha-nam-291")
        XCTAssertEqual(redirect.status, 301)
        XCTAssertEqual(redirect.header("Location"), "/plans/ha-nam-291/")
        let withQuery = try server.http.get("/plans?x=1")
        XCTAssertEqual(withQuery.status, 301)
        XCTAssertEqual(withQuery.header("Location"), "/plans/?x=1")
        let missing = try server.http.get("/plans/khong-co/")
        XCTAssertEqual(missing.status, 404)
        XCTAssertEqual(missing.header("Content-Type"), "text/html; charset=utf-8")
        XCTAssertTrue(missing.text.contains("<base href=\"/\">"), "the 404 page's relative links work at any depth")
        XCTAssertTrue(missing.text.contains("Không tìm thấy trang"), "the site's own 404 page")
        let post = try server.http.send("POST", "/")
        XCTAssertEqual(post.status, 405)
        XCTAssertEqual(post.header("Allow"), "GET, HEAD")
    }

    func testHeadAndConditionalRequests() throws {
        let server = try start()
        let get = try server.http.get("/assets/style.css")
        let head = try server.http.send("HEAD", "/assets/style.css")
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(head.header("Content-Length"), String(get.body.count))
        XCTAssertEqual(head.body.count, 0)
        let etag = try XCTUnwrap(get.header("ETag"))
        let modified = try XCTUnwrap(get.header("Last-Modified"))
        XCTAssertEqual(head.header("ETag"), etag)
        let same = try server.http.get("/assets/style.css", headers: ["If-None-Match": etag])
        XCTAssertEqual(same.status, 304)
        XCTAssertEqual(same.body.count, 0)
        XCTAssertEqual(same.header("ETag"), etag)
        XCTAssertEqual(try server.http.get("/assets/style.css", headers: ["If-None-Match": "\"other\""]).status, 200)
        XCTAssertEqual(try server.http.get("/assets/style.css", headers: ["If-Modified-Since": modified]).status, 304)
        XCTAssertEqual(try server.http.get("/assets/style.css",
                                           headers: ["If-Modified-Since": "Sat, 01 Jan 2000 00:00:00 GMT"]).status, 200)
    }

    func testTraversalIsRefused() throws {
        let server = try start()
        let outside = server.folder.appendingPathComponent("secret.txt")
        try Data("bí mật".utf8).write(to: outside)
        // A link planted in media/ after the build, pointing out of the content folder.
        let link = server.folder.appendingPathComponent("Content/media/leak.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
        for path in ["/../secret.txt", "/../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E/%2E%2E/etc/passwd",
                     "/media/..%2f..%2fsecret.txt", "/media%2f..%2f..%2fsecret.txt", "/media/%5c..%5csecret.txt",
                     "/./index.html", "/media/anh.svg%00.html", "/assets/..\\..\\secret.txt"] {
            let response = try server.http.get(path)
            XCTAssertEqual(response.status, 403, path)
            XCTAssertFalse(response.text.contains("bí mật"), path)
        }
        let leak = try server.http.get("/media/leak.txt")
        XCTAssertTrue([403, 404].contains(leak.status), "status \(leak.status)")
        XCTAssertFalse(leak.text.contains("bí mật"))
    }

    func testEditIsServedWithinASecond() throws {
        let server = try start()
        XCTAssertTrue(try server.http.get("/updates/tin-dau-tien/").text.contains("Nội dung tin."))
        var update = try XCTUnwrap(smallSite["updates/tin-dau-tien.md"])
        update = update.replacingOccurrences(of: "Nội dung tin.", with: "Nội dung đã sửa lúc xem trước.")
        try save(server, "updates/tin-dau-tien.md", update)
        let (page, seconds) = try poll(server, "/updates/tin-dau-tien/", seconds: 10) {
            $0.text.contains("Nội dung đã sửa lúc xem trước.")
        }
        XCTAssertTrue(page.text.contains("Nội dung đã sửa lúc xem trước."), "the edit was not served within 10 s")
        XCTAssertLessThan(seconds, 1.0, "the edit took \(seconds) s to be served")
        XCTAssertNotNil(server.waitForLine(seconds: 5) { $0.contains("Content/updates/tin-dau-tien.md") })
    }

    func testBrokenCSVKeepsTheLastGoodSiteWithAnOverlayUntilFixed() throws {
        let server = try start()
        let good = try server.http.get("/plans/ha-nam-291/")
        XCTAssertEqual(good.status, 200)
        let events = try RawHTTP.Connection(port: server.port)
        defer { events.close() }
        try events.write("GET /__tre/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        XCTAssertTrue(try events.read(until: "event: hello", seconds: 10).contains("text/event-stream"))

        let original = try XCTUnwrap(smallSite["data/progress.csv"])
        try save(server, "data/progress.csv", original + "ha-nam-291,htx-hieu-qua,2025-13-01,80,Minh họa,\n")
        let (broken, _) = try poll(server, "/plans/ha-nam-291/", seconds: 15) { $0.text.contains("tre-overlay") }
        XCTAssertEqual(broken.status, 200, "the last good page is still served")
        XCTAssertTrue(broken.text.contains("291/KH-UBND"), "it is the last good page")
        XCTAssertTrue(broken.text.contains("<code>Content/data/progress.csv:7:25</code>"), broken.text)
        XCTAssertTrue(broken.text.contains("Nội dung có 1 lỗi"))
        XCTAssertTrue(try events.read(until: "event: errors", seconds: 10).contains("event: errors"))
        let overlay = try server.http.get("/__tre/overlay")
        XCTAssertTrue(overlay.text.contains("Content/data/progress.csv:7:25"))
        let other = try server.http.get("/")
        XCTAssertTrue(other.text.contains("tre-overlay"), "every page shows the overlay")

        try save(server, "data/progress.csv", original)
        let (fixed, _) = try poll(server, "/plans/ha-nam-291/", seconds: 15) { !$0.text.contains("tre-overlay") }
        XCTAssertFalse(fixed.text.contains("tre-overlay"), "the overlay goes away after the fix")
        XCTAssertTrue(try events.read(until: "event: reload", seconds: 10).contains("event: reload"))
        XCTAssertEqual(try server.http.get("/__tre/overlay").body.count, 0)
    }

    func testCSSChangeIsSwappedWithoutReload() throws {
        var theme: [String: String] = [:]
        for (path, text) in try Theme(folder: Fixture.packageRoot.appendingPathComponent("Templates")) { theme[path] = text }
        let server = try start(theme: theme, arguments: ["--templates", "Theme"])
        let events = try RawHTTP.Connection(port: server.port)
        defer { events.close() }
        try events.write("GET /__tre/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        _ = try events.read(until: "event: hello", seconds: 10)
        let css = server.folder.appendingPathComponent("Theme/assets/style.css")
        try (try String(contentsOf: css, encoding: .utf8) + "\n.tre-test { color: red }\n").write(to: css, atomically: true, encoding: .utf8)
        let stream = try events.read(until: "event: css", seconds: 10)
        XCTAssertTrue(stream.contains("event: css"), stream)
        XCTAssertFalse(stream.contains("event: reload"), "pages are not reloaded for a stylesheet")
        XCTAssertTrue(try server.http.get("/assets/style.css").text.contains(".tre-test { color: red }"))
    }

    func testInterruptStopsCleanly() throws {
        let server = try start()
        let events = try RawHTTP.Connection(port: server.port)
        defer { events.close() }
        try events.write("GET /__tre/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        _ = try events.read(until: "event: hello", seconds: 10)
        XCTAssertEqual(server.interrupt(), 0, "an open event stream must not keep the server alive")
        XCTAssertTrue(server.stdout.contains("Đã dừng xem trước."), "\(server.stdout)")
        XCTAssertThrowsError(try server.http.get("/"), "nothing listens any more")
    }

    func testTakenPortIsExplained() throws {
        let first = try start()
        let folder = first.folder
        let process = Process()
        process.executableURL = ServeProcess.executable
        process.arguments = ["serve", "--port", String(first.port)]
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertTrue(message.contains("tre: lỗi: cổng \(first.port) đang được một chương trình khác dùng"), message)
        XCTAssertTrue(message.contains("tre serve --port \(first.port + 1)"), message)
    }
}

/// The text files of a theme folder, to copy it into a fixture.
private struct Theme: Sequence {
    var files: [(String, String)] = []

    init(folder: URL) throws {
        let root = folder.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory),
                  !isDirectory.boolValue else { continue }
            // Binary assets (the social image) are not text; these tests do not need them.
            guard let text = try? String(contentsOfFile: root + "/" + path, encoding: .utf8) else { continue }
            files.append((path, text))
        }
    }

    func makeIterator() -> IndexingIterator<[(String, String)]> { files.makeIterator() }
}
