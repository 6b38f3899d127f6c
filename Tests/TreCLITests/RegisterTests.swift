import Foundation
import TreTestSupport
import XCTest

/// The register, pagination and share images through the real `tre` binary, on the small
/// fixture site with many cooperatives and updates added: every entry is on a register page
/// (the merged province's inside its new province), the table works without JavaScript (all
/// rows, page by page, with plain links), the filters are there for the script, and every
/// list page links its neighbours.
final class RegisterTests: XCTestCase {
    static let extraCooperatives = 230
    static let extraUpdates = 45

    /// The small site with 230 more cooperatives, half in Hà Nam (merged into Ninh Bình), and
    /// 45 more updates.
    static var bigSite: [String: String] {
        var csv = smallSite["data/cooperatives.csv"] ?? ""
        for number in 0..<extraCooperatives {
            let province = number.isMultiple(of: 2) ? "ha-nam" : "ninh-binh"
            let kind = number % 3 == 0 ? "THT" : "HTX"
            let rating = ["tot", "kha", "trung-binh", "yeu"][number % 4]
            csv += "htx-so-\(number),\(kind) Số \(number),\(kind),\(province),Xã \(number),Trồng trọt,2020,\(number),,"
                + "\(rating),\(number % 6),,Lúa,no,no,no,no\n"
        }
        var files = Fixture.with(smallSite, ["data/cooperatives.csv": csv])
        for number in 0..<extraUpdates {
            let day = String(format: "%02d", number % 28 + 1)
            files["updates/tin-\(number).md"] = "---\ntitle: Tin số \(number)\ndate: 2025-03-\(day)\nprovince: ninh-binh\n---\nNội dung.\n"
        }
        return files
    }

    func build() throws -> URL {
        let folder = try Fixture.temporaryFolder("tre-register")
        try Fixture.write(Self.bigSite, in: folder.appendingPathComponent("Content"))
        let result = try TreProcess.run(["build"], in: folder)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        return folder.appendingPathComponent("Output")
    }

    func read(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func matches(_ pattern: String, in text: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    func testEveryEntryIsOnTheRegisterAndInOpenDataAndSearch() throws {
        let output = try build()
        // 232 entries of Ninh Bình and Hà Nam in one register: 3 pages of 100; Hà Nam has none.
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("register/ha-nam").path))
        let pages = ["register/ninh-binh/index.html", "register/ninh-binh/trang-2/index.html",
                     "register/ninh-binh/trang-3/index.html"]
        var ids: [String] = []
        for page in pages { ids += try matches("<tr id=\"([^\"]+)\"", in: try read(output, page)) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("register/ninh-binh/trang-4").path))
        let expected = ["htx-dong-tien", "htx-an-phu"] + (0..<Self.extraCooperatives).map { "htx-so-\($0)" }
        XCTAssertEqual(ids.count, expected.count)
        XCTAssertEqual(Set(ids), Set(expected))
        // A former province's entry says where it was; a model links to its showcase page.
        let first = try read(output, pages[0])
        XCTAssertTrue(first.contains("<th scope=\"row\"><a href=\"../../cooperatives/htx-dong-tien/\">HTX Đồng Tiến</a>"), first)
        XCTAssertTrue(first.contains("<td>Duy Tiên, Hà Nam</td>"))

        // Open data: every entry, the register's columns, and where its row is.
        let csv = try read(output, "data/cooperatives.csv").split(separator: "\r\n").map(String.init)
        XCTAssertEqual(csv.first, "id,name,kind,province,register_province,locality,sector,rating,ocop_stars,members,"
            + "certifications,products,value_chain,high_tech,digital,model,website,register_page")
        XCTAssertEqual(csv.count, 1 + expected.count)
        let dongTien = try XCTUnwrap(csv.first { $0.hasPrefix("htx-dong-tien,") })
        XCTAssertTrue(dongTien.contains(",ha-nam,ninh-binh,Duy Tiên,"), dongTien)
        let json = try JSONSerialization.jsonObject(with: Data(try read(output, "data/cooperatives.json").utf8))
        let records = try XCTUnwrap((json as? [String: Any])?["cooperatives"] as? [[String: String]])
        XCTAssertEqual(records.count, expected.count)
        for record in records {
            let page = try XCTUnwrap(record["register_page"])
            let parts = page.split(separator: "#").map(String.init)
            XCTAssertEqual(parts.count, 2, page)
            XCTAssertTrue(try read(output, parts[0] + "index.html").contains("<tr id=\"\(parts[1])\""), page)
        }

        // Search: a register entry is a page of its own in the index, leading to its row.
        let chunks = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("search/p").path)
        var paths: [String] = []
        for chunk in chunks { paths += try matches("\\[\"(register/[^\"]+)\"", in: try read(output, "search/p/" + chunk)) }
        XCTAssertTrue(paths.contains { $0.hasPrefix("register/ninh-binh/") && $0.hasSuffix("/#htx-so-98") }, "\(paths.prefix(5))")
        XCTAssertEqual(paths.filter { $0.contains("#") }.count, expected.count - 1,
                       "every entry but the model, found by its showcase page")
    }

    func testRegisterWorksWithoutJavaScriptAndHasTheFilters() throws {
        let output = try build()
        let first = try read(output, "register/ninh-binh/index.html")
        let second = try read(output, "register/ninh-binh/trang-2/index.html")
        // Numbered pages, plain links, rel prev/next in the links and the head.
        XCTAssertTrue(first.contains("<link rel=\"next\" href=\"../../register/ninh-binh/trang-2/\">"), first)
        XCTAssertFalse(first.contains("rel=\"prev\""))
        XCTAssertTrue(second.contains("<link rel=\"prev\" href=\"../../../register/ninh-binh/\">"))
        XCTAssertTrue(second.contains("<link rel=\"next\" href=\"../../../register/ninh-binh/trang-3/\">"))
        XCTAssertTrue(second.contains("<a href=\"../../../register/ninh-binh/trang-3/\" rel=\"next\">"))
        XCTAssertTrue(second.contains("<a href=\"../../../register/ninh-binh/trang-2/\" aria-current=\"page\">2</a>"))
        // The filters (hidden until the script shows them) and the pieces they read.
        for name in ["kind", "rating", "sector", "ocop"] {
            XCTAssertTrue(first.contains("<select name=\"\(name)\">"), name)
        }
        XCTAssertTrue(first.contains("<input type=\"checkbox\" name=\"model\" value=\"1\">"))
        XCTAssertTrue(first.contains("<form class=\"register-filters\" hidden>"))
        for page in 1...3 {
            XCTAssertTrue(first.contains("data-src=\"../../register/ninh-binh/rows-\(page).js\""))
            let piece = try read(output, "register/ninh-binh/rows-\(page).js")
            XCTAssertTrue(piece.contains("(window.treRegisterRows = window.treRegisterRows || {})[\(page)] = ["))
        }
        // Province pages link to their register; the former province to its new one's.
        XCTAssertTrue(try read(output, "provinces/ha-nam/index.html").contains("href=\"../../register/ninh-binh/\""))
        XCTAssertTrue(try read(output, "index.html").contains("href=\"register/\""))
    }

    func testListsArePaginated() throws {
        let output = try build()
        // 46 updates: 40 on the first page, 6 on the second.
        let first = try read(output, "updates/index.html")
        let second = try read(output, "updates/trang-2/index.html")
        XCTAssertEqual(first.components(separatedBy: "<article class=\"card update-card\">").count - 1, 40)
        XCTAssertEqual(second.components(separatedBy: "<article class=\"card update-card\">").count - 1, 6)
        XCTAssertTrue(first.contains("<link rel=\"next\" href=\"../updates/trang-2/\">"))
        XCTAssertTrue(second.contains("<link rel=\"prev\" href=\"../../updates/\">"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("updates/trang-3").path))
        // Ninh Bình's news: six on its page, all of them on its own list.
        let province = try read(output, "provinces/ninh-binh/index.html")
        XCTAssertTrue(province.contains("href=\"../../provinces/ninh-binh/updates/\""))
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("provinces/ninh-binh/updates/trang-2/index.html").path))
    }

    func testShareImagesArePNGsOfTheirSize() throws {
        let output = try build()
        for (page, image) in [("plans/ha-nam-291/index.html", "share/plans/ha-nam-291.png"),
                              ("provinces/ninh-binh/index.html", "share/provinces/ninh-binh.png"),
                              ("cooperatives/htx-dong-tien/index.html", "share/provinces/ha-nam.png")] {
            let html = try read(output, page)
            XCTAssertTrue(html.contains("<meta property=\"og:image\" content=\"../../\(image)\">"), page)
            let data = try Data(contentsOf: output.appendingPathComponent(image))
            XCTAssertEqual(Array(data.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], image)
            func integer(_ at: Int) -> Int { data[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
            XCTAssertEqual(integer(16), 1200, image)
            XCTAssertEqual(integer(20), 630, image)
        }
        // A showcase without a JPEG or PNG photo shares its province's card; pages without a
        // picture of their own keep the default one.
        XCTAssertTrue(try read(output, "updates/index.html").contains("content=\"../assets/social.png\""))
    }
}
