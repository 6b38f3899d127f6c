import Foundation
import TreTestSupport
import XCTest

/// `tre build` end to end on fixture folders: what a user runs, what lands in Output/.
final class BuildCommandTests: XCTestCase {
    func makeSite(_ files: [String: String] = smallSite) throws -> URL {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write(files, in: folder.appendingPathComponent("Content"))
        return folder
    }

    func read(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("Output").appendingPathComponent(path), encoding: .utf8)
    }

    func testBuildsEveryPageKind() throws {
        let folder = try makeSite()
        let result = try TreProcess.run(["build"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("trang"), result.stdout)
        for path in ["index.html", "404.html", "provinces/index.html", "provinces/ha-nam/index.html",
                     "provinces/ninh-binh/index.html", "plans/ha-nam-291/index.html", "plans/ke-hoach-chung/index.html",
                     "indicators/htx-hieu-qua/index.html", "cooperatives/htx-dong-tien/index.html",
                     "updates/index.html", "updates/tin-dau-tien/index.html", "updates/feed.xml", "sitemap.xml",
                     "assets/style.css", "media/anh.svg", ".tre-output"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/" + path).path),
                          "missing \(path)")
        }
        // Not a model cooperative: no page of its own.
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/cooperatives/htx-an-phu").path))
        let plan = try read(folder, "plans/ha-nam-291/index.html")
        XCTAssertTrue(plan.contains("291/KH-UBND"))
        XCTAssertTrue(plan.contains("22/02/2024"), "Vietnamese date format")
        XCTAssertTrue(plan.contains("id=\"muc-tieu-cu-the\""), "headings get anchors for the table of contents")
        XCTAssertTrue(plan.contains("href=\"#muc-tieu-cu-the\""), "table of contents links to headings")
        XCTAssertTrue(plan.contains("href=\"../../provinces/ha-nam/\""), "content links become relative page links")
        XCTAssertTrue(plan.contains("Số liệu minh họa"), "sample notice on every page")
        let merged = try read(folder, "provinces/ha-nam/index.html")
        XCTAssertTrue(merged.contains("href=\"../../provinces/ninh-binh/\""), "a merged province links to where it went")
        XCTAssertTrue(merged.contains("01/07/2025"))
        let into = try read(folder, "provinces/ninh-binh/index.html")
        XCTAssertTrue(into.contains("href=\"../../provinces/ha-nam/\""), "the new province lists those merged into it")
        XCTAssertTrue(into.contains("291/KH-UBND"), "and their plans")
    }

    func testAltTextComesFromFrontMatter() throws {
        var files = smallSite
        files["cooperatives/htx-dong-tien.md"] = "---\nphotos:\n  - src: media/anh.svg\n    alt: \"Ruộng lúa của HTX\"\n---\nCâu chuyện.\n"
        files["updates/tin-dau-tien.md"] = "---\ntitle: Tin\ndate: 2025-05-02\nimage: media/anh.svg\nimage_alt: \"Bản đồ vùng trồng\"\n---\nNội dung.\n"
        let folder = try makeSite(files)
        let result = try TreProcess.run(["build"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(try read(folder, "cooperatives/htx-dong-tien/index.html").contains("alt=\"Ruộng lúa của HTX\""))
        XCTAssertTrue(try read(folder, "cooperatives/index.html").contains("alt=\"Ruộng lúa của HTX\""))
        XCTAssertTrue(try read(folder, "updates/tin-dau-tien/index.html").contains("alt=\"Bản đồ vùng trồng\""))
    }

    func testTwoBuildsAreByteIdentical() throws {
        let folder = try makeSite()
        XCTAssertEqual(try TreProcess.run(["build"], in: folder).status, 0)
        let first = FolderSnapshot.take(folder.appendingPathComponent("Output"))
        XCTAssertEqual(try TreProcess.run(["build"], in: folder).status, 0)
        let second = FolderSnapshot.take(folder.appendingPathComponent("Output"))
        XCTAssertEqual(first.keys.sorted(), second.keys.sorted())
        for (path, data) in first { XCTAssertEqual(data, second[path], "\(path) differs between builds") }
        XCTAssertGreaterThan(first.count, 20)
    }

    func testMarkupInDataIsText() throws {
        var files = smallSite
        files["data/cooperatives.csv"] = """
        id,name,kind,province,model
        htx-x,"HTX <script>alert(1)</script> & Co",HTX,ha-nam,yes
        """
        files["cooperatives/htx-dong-tien.md"] = nil
        files["plans/ke-hoach-chung.md"] = """
        ---
        title: "Kế hoạch <b>đậm</b>"
        from: 2023
        to: 2025
        ---
        Văn bản có <script>alert(2)</script> bên trong.
        """
        let folder = try makeSite(files)
        let result = try TreProcess.run(["build"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let coop = try read(folder, "cooperatives/htx-x/index.html")
        XCTAssertFalse(coop.contains("<script>alert(1)"))
        XCTAssertTrue(coop.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"))
        let plan = try read(folder, "plans/ke-hoach-chung/index.html")
        XCTAssertFalse(plan.contains("<b>đậm</b>"))
        XCTAssertFalse(plan.contains("<script>alert(2)"), "raw HTML in Markdown is not passed through by default")
    }

    func testOddButValidFilesBuild() throws {
        var files = smallSite
        // Semicolons, CRLF, quoted fields holding the separator and a line break, DD/MM/YYYY,
        // NFD text and the other tone placement (Hoà for Hòa).
        files["data/progress.csv"] = "plan;indicator;date;value;source;note\r\n"
            + "ha-nam-291;htx-hieu-qua;31/12/2024;70;\"Báo cáo; quý IV\";\"dòng một\r\ndòng hai\"\r\n"
            + "ha-nam-291;htx-hieu-qua;30/06/2025;76;;\r\n"
        files["provinces/ha-nam.md"] = "---\nname: \"Ha\u{0300} Nam\"\nmerged_into: ninh-binh\nmerged_on: 2025-07-01\n---\nThanh Hoà.\n"
        let folder = try makeSite(files)
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data(files["data/progress.csv"]!.utf8))
        try data.write(to: folder.appendingPathComponent("Content/data/progress.csv"))
        let result = try TreProcess.run(["build"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = try read(folder, "provinces/ha-nam/index.html")
        // Swift compares strings by canonical equivalence, so look at the scalars themselves.
        XCTAssertTrue(page.unicodeScalars.contains("\u{00E0}"), "NFD input is written as NFC")
        XCTAssertFalse(page.unicodeScalars.contains("\u{0300}"), "no combining grave accent is left")
        let plan = try read(folder, "plans/ha-nam-291/index.html")
        XCTAssertTrue(plan.contains("76%"))
    }
}
