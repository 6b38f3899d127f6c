import Foundation
import TreTestSupport
import XCTest

/// The workspace over raw HTTP: every request that changes a file is refused without the
/// token, from another Origin, to another Host, with a path out of the content folder, or with
/// an upload that is too big or not what it says, and then no file of the content folder has
/// changed (its bytes are compared before and after). The same requests done right do change
/// files, so the test can fail. A table of request → status → files changed is printed.
final class WorkspaceSecurityTests: XCTestCase {
    struct Row {
        var request: String
        var status: Int
        var changed: [String]
    }

    func printTable(_ rows: [Row]) {
        let width = rows.map(\.request.count).max() ?? 10
        var lines = ["request".padding(toLength: width, withPad: " ", startingAt: 0) + " | status | files changed"]
        lines.append(String(repeating: "-", count: width) + "-|--------|--------------")
        for row in rows {
            lines.append(row.request.padding(toLength: width, withPad: " ", startingAt: 0) + " | \(row.status)    | "
                         + (row.changed.isEmpty ? "none" : row.changed.joined(separator: ", ")))
        }
        print("\nWorkspace security (\(rows.count) requests):\n" + lines.joined(separator: "\n") + "\n")
    }

    func testEveryChangingRequestIsRefusedWithoutProofAndChangesNothing() throws {
        let server = try WorkspaceServer()
        let plan = "plans/ha-nam-291-kh-ubnd-2024.md"
        let version = try server.version(of: plan)
        XCTAssertFalse(version.isEmpty, "the editor shows the file's version")
        let planText = String(decoding: try Data(contentsOf: server.content.appendingPathComponent(plan)), as: UTF8.self)
        let forms: [(name: String, path: String, fields: [(String, String)])] = [
            ("new update", "/__tre/edit/new", [("title", "Tin thử"), ("date", "2025-07-20"), ("body", "Nội dung")]),
            ("edit page", "/__tre/edit/page", [("path", plan), ("version", version), ("text", planText + "\nThêm.\n"), ("confirm", "1")]),
            ("add figure", "/__tre/edit/figure", [("plan", "ha-nam-291-kh-ubnd-2024"), ("indicator", "htx-hoat-dong-hieu-qua"),
                                                  ("date", "2025-09-30"), ("value", "77")]),
            ("restore", "/__tre/edit/restore", [("path", plan), ("name", "20250101-000000-000.md")]),
            ("preview", "/__tre/edit/preview", [("mode", "source"), ("path", plan), ("text", planText)]),
        ]
        let foreignHost = "evil.example:\(server.port)"
        var rows: [Row] = []
        func attempt(_ label: String, expect: Int, _ send: () throws -> RawHTTP.Response) throws {
            let before = server.snapshot()
            let response = try send()
            let changed = WorkspaceServer.changed(before, server.snapshot())
            rows.append(Row(request: label, status: response.status, changed: changed))
            XCTAssertEqual(response.status, expect, "\(label): \(response.text.prefix(200))")
            XCTAssertEqual(changed, [], "\(label) changed files")
        }
        for form in forms {
            try attempt("POST \(form.name), no token", expect: 403) { try server.post(form.path, form.fields, token: "") }
            try attempt("POST \(form.name), wrong token", expect: 403) { try server.post(form.path, form.fields, token: "0123456789abcdef0123456789abcdef") }
            try attempt("POST \(form.name), token only in cookie", expect: 403) {
                try server.post(form.path, form.fields, token: "", extra: ["Cookie": "tre_edit=\(server.token)"])
            }
            try attempt("POST \(form.name), foreign Origin", expect: 403) { try server.post(form.path, form.fields, origin: "http://evil.example") }
            try attempt("POST \(form.name), no Origin", expect: 403) { try server.post(form.path, form.fields, origin: "") }
            try attempt("POST \(form.name), foreign Host (DNS rebinding)", expect: 403) {
                try server.post(form.path, form.fields, origin: "http://\(foreignHost)", host: foreignHost)
            }
        }
        // Paths out of the content folder, or to files the workspace does not edit.
        for path in ["../outside.md", "/etc/passwd", "plans/../../outside.md", "plans/%2e%2e/x.md", "..%2fsite.yml",
                     ".tre/history/x.md", "data/progress.csv", "media/logo.svg", "plans/./x.md", "plans//x.md", "plans/sub/x.md", "plans/Khong-Slug.md", "plans/x.txt",
                     "plans/khong-co.md"] {
            try attempt("POST edit page, path \(path)", expect: path == "plans/khong-co.md" ? 404 : 403) {
                try server.post("/__tre/edit/page", [("path", path), ("version", ""), ("text", "x"), ("confirm", "1")])
            }
            try attempt("POST restore, path \(path)", expect: 403) {
                try server.post("/__tre/edit/restore", [("path", path), ("name", "x")])
            }
        }
        try attempt("POST restore, name ../../site.yml", expect: 403) {
            try server.post("/__tre/edit/restore", [("path", plan), ("name", "../../../site.yml")])
        }
        // Uploads: checked by their bytes and size.
        let uploads: [(String, String, Data, Int)] = [
            ("HTML named .jpg", "anh.jpg", Data("<!DOCTYPE html><html><script>alert(1)</script></html>".utf8), 415),
            ("SVG with <script>", "anh.svg", Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".utf8), 415),
            ("SVG with onload", "anh.svg", Data("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>".utf8), 415),
            ("SVG with outside image", "anh.svg", Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"http://evil.example/x.png\"/></svg>".utf8), 415),
            ("PNG over 10 MB", "lon.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data(count: 10 * 1024 * 1024), 413),
        ]
        for (label, name, bytes, status) in uploads {
            try attempt("POST upload, \(label)", expect: status) {
                try server.http.request("POST", "/__tre/edit/upload?name=\(name)",
                                        headers: ["Origin": server.origin, "X-Tre-Token": server.token, "Content-Type": "application/octet-stream"],
                                        body: bytes)
            }
        }
        let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0]) + Data(count: 64)
        try attempt("POST upload JPEG, no token", expect: 403) {
            try server.http.request("POST", "/__tre/edit/upload?name=a.jpg", headers: ["Origin": server.origin], body: jpeg)
        }
        try attempt("POST upload JPEG, foreign Origin", expect: 403) {
            try server.http.request("POST", "/__tre/edit/upload?name=a.jpg", headers: ["Origin": "http://evil.example", "X-Tre-Token": server.token], body: jpeg)
        }
        try attempt("GET workspace, no token", expect: 403) { try server.http.request("GET", "/__tre/edit/") }
        try attempt("GET workspace page, foreign Host", expect: 403) {
            try server.http.request("GET", "/__tre/edit/", host: foreignHost, headers: ["Cookie": "tre_edit=\(server.token)"])
        }
        try attempt("PUT edit page", expect: 405) { try server.http.request("PUT", "/__tre/edit/page", body: Data("x".utf8)) }

        // The same requests done right change exactly what they should.
        var good: [Row] = []
        func succeed(_ label: String, _ send: () throws -> RawHTTP.Response) throws -> [String] {
            let before = server.snapshot()
            let response = try send()
            let changed = WorkspaceServer.changed(before, server.snapshot())
            good.append(Row(request: label, status: response.status, changed: changed))
            XCTAssertTrue([200, 303].contains(response.status), "\(label): \(response.status) \(response.text.prefix(300))")
            return changed
        }
        let upload = try succeed("POST upload JPEG, right") {
            try server.http.request("POST", "/__tre/edit/upload?name=Ảnh hội chợ.jpg".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "",
                                    headers: ["Origin": server.origin, "X-Tre-Token": server.token], body: jpeg)
        }
        XCTAssertEqual(upload, ["media/updates/anh-hoi-cho.jpg"])
        let again = try succeed("POST upload same name again") {
            try server.http.request("POST", "/__tre/edit/upload?name=anh-hoi-cho.jpg", headers: ["Origin": server.origin, "X-Tre-Token": server.token], body: jpeg + Data([1]))
        }
        XCTAssertEqual(again, ["media/updates/anh-hoi-cho-2.jpg"], "an upload never replaces a file")
        let edited = try succeed("POST edit page, right") { try server.post(forms[1].path, forms[1].fields) }
        XCTAssertEqual(edited.count, 2, "the page and its previous version: \(edited)")
        XCTAssertTrue(edited.contains(plan) && edited.contains { $0.hasPrefix(".tre/history/\(plan)/") }, "\(edited)")
        let stale = try server.post(forms[1].path, forms[1].fields)
        XCTAssertEqual(stale.status, 409, "a save from a form opened before the last change is refused")
        good.append(Row(request: "POST edit page, stale version", status: stale.status, changed: []))
        let created = try succeed("POST new update, right") { try server.post(forms[0].path, forms[0].fields) }
        XCTAssertEqual(created, ["updates/2025-07-20-tin-thu.md"])
        let figure = try succeed("POST add figure, right") { try server.post(forms[2].path, forms[2].fields) }
        XCTAssertEqual(figure.count, 2, "the table and its previous version: \(figure)")
        XCTAssertTrue(figure.contains("data/progress.csv") && figure.contains { $0.hasPrefix(".tre/history/data/progress.csv/") }, "\(figure)")
        let table = String(decoding: try Data(contentsOf: server.content.appendingPathComponent("data/progress.csv")), as: UTF8.self)
        XCTAssertTrue(table.hasSuffix("\nha-nam-291-kh-ubnd-2024,htx-hoat-dong-hieu-qua,2025-09-30,77,,\n"), String(table.suffix(200)))
        printTable(rows + good)
    }

    /// On another address than loopback the workspace needs `--edit-password`; without it, it is off.
    func testWorkspaceIsOffOffLoopbackWithoutPassword() throws {
        let folder = try Fixture.temporaryFolder("tre-workspace-host")
        try Fixture.write(smallSite, in: folder.appendingPathComponent("Content"))
        let server = try ServeProcess(in: folder, arguments: ["--host", "0.0.0.0"])
        defer { server.interrupt() }
        XCTAssertNotNil(server.waitForLine(seconds: 20) { $0.contains("--edit-password") }, "\(server.stdout)")
        XCTAssertFalse(server.stdout.contains { $0.contains("token=") })
        let response = try server.http.request("GET", "/__tre/edit/")
        XCTAssertEqual(response.status, 404)
    }

    /// With `--host` and `--edit-password`, the workspace is on and every request needs the password.
    func testPasswordOffLoopback() throws {
        let folder = try Fixture.temporaryFolder("tre-workspace-password")
        try Fixture.write(smallSite, in: folder.appendingPathComponent("Content"))
        let server = try ServeProcess(in: folder, arguments: ["--host", "0.0.0.0", "--edit-password", "mat-khau-dai"])
        defer { server.interrupt() }
        let line = try XCTUnwrap(server.waitForLine(seconds: 20) { $0.contains("token=") }, "\(server.stdout)")
        let token = String(line[try XCTUnwrap(line.range(of: "token=")).upperBound...].prefix { $0.isHexDigit })
        let cookie = "tre_edit=\(token)"
        let right = "Basic " + Data("tre:mat-khau-dai".utf8).base64EncodedString()
        let wrong = "Basic " + Data("tre:sai".utf8).base64EncodedString()
        XCTAssertEqual(try server.http.request("GET", "/__tre/edit/", headers: ["Cookie": cookie]).status, 401)
        XCTAssertEqual(try server.http.request("GET", "/__tre/edit/", headers: ["Cookie": cookie, "Authorization": wrong]).status, 401)
        XCTAssertEqual(try server.http.request("GET", "/__tre/edit/", headers: ["Cookie": cookie, "Authorization": right]).status, 200)
        let origin = "http://127.0.0.1:\(server.port)"
        let form = Data("token=\(token)&plan=ha-nam-291&indicator=htx-hieu-qua&date=2025-09-30&value=81".utf8)
        let before = try Data(contentsOf: folder.appendingPathComponent("Content/data/progress.csv"))
        let refused = try server.http.request("POST", "/__tre/edit/figure", headers: ["Origin": origin, "Content-Type": "application/x-www-form-urlencoded"], body: form)
        XCTAssertEqual(refused.status, 401)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("Content/data/progress.csv")), before)
        let saved = try server.http.request("POST", "/__tre/edit/figure", headers: ["Origin": origin, "Authorization": right,
                                                                                    "Content-Type": "application/x-www-form-urlencoded"], body: form)
        XCTAssertEqual(saved.status, 303, saved.text)
        XCTAssertNotEqual(try Data(contentsOf: folder.appendingPathComponent("Content/data/progress.csv")), before)
    }
}
