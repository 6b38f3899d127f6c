import Foundation
import TreTestSupport
import XCTest

/// The workspace's writes through the real server: a figure is appended in the file's own
/// way, a save over a file changed on disk is refused with both versions shown, a page with
/// errors is saved only when confirmed, a restore brings an earlier version back, and the
/// edit link lives only in served pages.
final class WorkspaceEditTests: XCTestCase {
    func testFigureKeepsTheFilesDelimiterQuotingLineEndingsAndByteOrderMark() throws {
        let original = "\u{FEFF}\"plan\";\"indicator\";\"date\";\"value\";\"source\";\"note\"\r\n"
            + "\"ha-nam-291\";\"htx-hieu-qua\";\"2024\";\"70\";\"Minh họa\";\"\"\r\n"
        var files = smallSite
        files["data/progress.csv"] = original
        let server = try WorkspaceServer(files: files)
        let response = try server.post("/__tre/edit/figure", [("plan", "ha-nam-291"), ("indicator", "htx-hieu-qua"),
                                                             ("date", "30/09/2025"), ("value", "78"), ("source", "Báo cáo; quý 3")])
        XCTAssertEqual(response.status, 303, response.text)
        let bytes = try Data(contentsOf: server.content.appendingPathComponent("data/progress.csv"))
        let expected = original + "\"ha-nam-291\";\"htx-hieu-qua\";\"30/09/2025\";\"78\";\"Báo cáo; quý 3\";\r\n"
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), expected)
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "the byte-order mark stays")
        // A value the check refuses is shown beside its field, and nothing is written.
        let bad = try server.post("/__tre/edit/figure", [("plan", "ha-nam-291"), ("indicator", "htx-hieu-qua"),
                                                        ("date", "2025"), ("value", "25.000")])
        XCTAssertEqual(bad.status, 422)
        let valueBox = try XCTUnwrap(bad.text.range(of: "id=\"value-problems\""))
        XCTAssertTrue(bad.text[valueBox.upperBound...].prefix(1200).contains("25000"), "the fix is beside the value field")
        XCTAssertEqual(try Data(contentsOf: server.content.appendingPathComponent("data/progress.csv")), bytes)
    }

    func testWorkbookFiguresAreEditedInExcel() throws {
        var files = smallSite
        files["data/progress.csv"] = nil
        files["data/progress.xlsx"] = "not read here"
        let server = try WorkspaceServer(files: files)
        let page = try server.page("/__tre/edit/figure")
        XCTAssertTrue(page.text.contains("data/progress.xlsx") && page.text.contains("Excel"), page.text)
        XCTAssertFalse(page.text.contains("<form method=\"post\" action=\"/__tre/edit/figure\""))
    }

    func testConflictErrorsConfirmAndRestore() throws {
        let server = try WorkspaceServer(files: smallSite)
        let path = "plans/ha-nam-291.md"
        let url = server.content.appendingPathComponent(path)
        let first = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let version = try server.version(of: path)
        // Someone saves the file in a text editor meanwhile.
        let theirs = first + "\nDòng thêm trong trình soạn văn bản.\n"
        try Data(theirs.utf8).write(to: url)
        let mine = first + "\nDòng của tôi.\n"
        let refused = try server.post("/__tre/edit/page", [("path", path), ("version", version), ("text", mine)])
        XCTAssertEqual(refused.status, 409)
        XCTAssertTrue(refused.text.contains("Dòng thêm trong trình soạn văn bản.") && refused.text.contains("Dòng của tôi."),
                      "both versions are shown")
        XCTAssertEqual(String(decoding: try Data(contentsOf: url), as: UTF8.self), theirs, "nothing lost")
        // A page with an error: not saved until confirmed; the problem sits beside the text.
        let current = try server.version(of: path)
        let broken = theirs.replacingOccurrences(of: "province: ha-nam", with: "province: ha-nam-cu")
        XCTAssertNotEqual(broken, theirs)
        let unconfirmed = try server.post("/__tre/edit/page", [("path", path), ("version", current), ("text", broken)])
        XCTAssertEqual(unconfirmed.status, 422)
        let box = try XCTUnwrap(unconfirmed.text.range(of: "id=\"text-problems\""))
        XCTAssertTrue(unconfirmed.text[box.upperBound...].prefix(1500).contains("ha-nam-cu"), "the error is beside the text")
        XCTAssertTrue(unconfirmed.text.contains("name=\"confirm\""))
        XCTAssertEqual(String(decoding: try Data(contentsOf: url), as: UTF8.self), theirs)
        let confirmed = try server.post("/__tre/edit/page", [("path", path), ("version", current), ("text", broken), ("confirm", "1")])
        XCTAssertEqual(confirmed.status, 303)
        XCTAssertEqual(String(decoding: try Data(contentsOf: url), as: UTF8.self), broken)
        // Restore the version before: the broken one is kept in turn.
        let history = try server.page("/__tre/edit/history?path=\(path)").text
        let name = try XCTUnwrap(history.range(of: "name=\"name\" value=\"").map { String(history[$0.upperBound...].prefix { $0 != "\"" }) })
        let restored = try server.post("/__tre/edit/restore", [("path", path), ("name", name)])
        XCTAssertEqual(restored.status, 303)
        XCTAssertEqual(String(decoding: try Data(contentsOf: url), as: UTF8.self), theirs)
        let kept = try FileManager.default.contentsOfDirectory(atPath: server.content.appendingPathComponent(".tre/history/\(path)").path)
        XCTAssertEqual(kept.count, 2, "both replaced versions are kept: \(kept)")
    }

    func testEditLinkOnlyInServedPages() throws {
        let output = try Fixture.temporaryFolder("tre-workspace-out").appendingPathComponent("Output")
        let server = try WorkspaceServer(arguments: ["--output", output.path], files: smallSite)
        let page = try server.http.get("/plans/ha-nam-291/")
        XCTAssertTrue(page.text.contains("id=\"tre-edit-link\"") && page.text.contains("Sửa trang này"))
        XCTAssertTrue(page.text.contains("/__tre/edit/page?path=plans/ha-nam-291.md"))
        let index = try server.http.get("/")
        XCTAssertTrue(index.text.contains("path=site.yml"), "the front page edits the site settings")
        // The written copy is what `tre build` makes: no link, no workspace.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !FileManager.default.fileExists(atPath: output.appendingPathComponent("plans/ha-nam-291/index.html").path) {
            usleep(100_000)
        }
        let written = String(decoding: try Data(contentsOf: output.appendingPathComponent("plans/ha-nam-291/index.html")), as: UTF8.self)
        for needle in ["tre-edit-link", "Sửa trang này", "__tre"] { XCTAssertFalse(written.contains(needle), needle) }
    }
}

/// An existing update opens in the same form as a new one and keeps its file name.
final class WorkspaceUpdateFormTests: XCTestCase {
    func testExistingUpdateOpensInTheFormAndKeepsItsName() throws {
        let server = try WorkspaceServer(files: smallSite)
        let path = "updates/tin-dau-tien.md"
        let form = try server.page("/__tre/edit/page?path=\(path)").text
        XCTAssertTrue(form.contains("action=\"/__tre/edit/update\"") && form.contains("value=\"Hà Nam đẩy mạnh phát triển hợp tác xã\""), form)
        let version = try XCTUnwrap(form.range(of: "name=\"version\" value=\"").map { String(form[$0.upperBound...].prefix { $0 != "\"" }) })
        let saved = try server.post("/__tre/edit/update", [("path", path), ("version", version), ("title", "Hà Nam đẩy mạnh phát triển HTX"),
                                                           ("date", "2025-05-02"), ("province", "ha-nam"), ("plan", "ha-nam-291"),
                                                           ("summary", "Tóm tắt mới."), ("body", "Nội dung tin.")])
        XCTAssertEqual(saved.status, 303, saved.text)
        let text = String(decoding: try Data(contentsOf: server.content.appendingPathComponent(path)), as: UTF8.self)
        XCTAssertEqual(text, "---\ntitle: \"Hà Nam đẩy mạnh phát triển HTX\"\ndate: 2025-05-02\nprovince: ha-nam\nplan: ha-nam-291\nsummary: \"Tóm tắt mới.\"\n---\n\nNội dung tin.\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: server.content.appendingPathComponent("updates").path), ["tin-dau-tien.md"])
        let stale = try server.post("/__tre/edit/update", [("path", path), ("version", version), ("title", "Khác"), ("date", "2025-05-02")])
        XCTAssertEqual(stale.status, 409, "the form was opened before the last save")
        let source = try server.page("/__tre/edit/page?path=\(path)&source=1").text
        XCTAssertTrue(source.contains("id=\"text\""), "the text editor is still there")
    }
}

/// The workspace's checks trust files the watcher has not named: a file changed on disk in a
/// text editor is still seen by the next check.
final class WorkspaceCheckCacheTests: XCTestCase {
    func testACheckSeesAFileChangedOnDisk() throws {
        let server = try WorkspaceServer(files: smallSite)
        let fields = [("mode", "new"), ("title", "Tin"), ("date", "2025-07-20"), ("plan", "ha-nam-291"), ("body", "Nội dung.")]
        let clean = try server.post("/__tre/edit/preview", fields)
        XCTAssertEqual(clean.status, 200)
        XCTAssertFalse(clean.text.contains("ha-nam-cu"))
        let plan = server.content.appendingPathComponent("plans/ha-nam-291.md")
        let text = String(decoding: try Data(contentsOf: plan), as: UTF8.self)
        try Data(text.replacingOccurrences(of: "province: ha-nam", with: "province: ha-nam-cu").utf8).write(to: plan)
        let deadline = Date().addingTimeInterval(10)
        var seen = false
        while Date() < deadline, !seen {
            seen = try server.post("/__tre/edit/preview", fields).text.contains("ha-nam-cu")
            if !seen { usleep(100_000) }
        }
        XCTAssertTrue(seen, "the error in plans/ha-nam-291.md, changed on disk, is among the other problems")
    }
}
