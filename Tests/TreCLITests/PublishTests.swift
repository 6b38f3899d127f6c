import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TreTestSupport
import XCTest

/// What makes a built site ready to publish: links that resolve under any sub-path, valid
/// feeds and sitemap, social tags, search, and an English edition.
final class PublishTests: XCTestCase {
    /// Builds a content folder (fixture files, or the sample site) and returns the output folder.
    func build(_ files: [String: String]? = smallSite, sample: Bool = false) throws -> URL {
        let folder = try Fixture.temporaryFolder("tre-publish")
        var arguments = ["build"]
        if sample {
            arguments += ["--content", Fixture.packageRoot.appendingPathComponent("Content").path]
        } else if let files {
            try Fixture.write(files, in: folder.appendingPathComponent("Content"))
        }
        let result = try TreProcess.run(arguments, in: folder)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        return folder.appendingPathComponent("Output")
    }

    func read(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    static let baseURL = "https://hoptacxa.example.vn/ke-hoach/"

    func withBase(_ files: [String: String]) -> [String: String] {
        Fixture.with(files, ["site.yml": files["site.yml"]! + "base_url: \(Self.baseURL)\n"])
    }

    // MARK: links

    func testSampleSiteHasNoBrokenLink() throws {
        let output = try build(sample: true)
        let problems = LinkChecker(root: output).problems()
        XCTAssertEqual(problems.map(\.description), [])
        XCTAssertGreaterThan(LinkChecker(root: output).files().filter { $0.hasSuffix(".html") }.count, 70)
    }

    func testFixtureSiteHasNoBrokenLinkWithAndWithoutBaseURL() throws {
        let plain = try build()
        XCTAssertEqual(LinkChecker(root: plain).problems().map(\.description), [])
        let based = try build(withBase(smallSite))
        XCTAssertEqual(LinkChecker(root: based, base: Self.baseURL).problems().map(\.description), [])
    }

    func testLinkCheckerFindsBrokenLinks() throws {
        let output = try Fixture.temporaryFolder("tre-links")
        try Fixture.write(Data("""
        <a href="plans/">ok</a><a href="missing/">x</a><a href="/plans/">y</a><a href="#nowhere">z</a>
        <a href="../../outside.html">o</a><a id="here" href="#here">self</a>
        """.utf8), to: output.appendingPathComponent("index.html"))
        try Fixture.write(Data("<h1>Plans</h1>".utf8), to: output.appendingPathComponent("plans/index.html"))
        XCTAssertEqual(LinkChecker(root: output).problems().map(\.description), [
            "index.html: missing/ – no such file: missing/index.html",
            "index.html: /plans/ – root-relative: breaks under a sub-path and from disk",
            "index.html: #nowhere – no id=\"nowhere\" in index.html",
            "index.html: ../../outside.html – leads outside the site",
        ])
    }

    /// Without base_url nothing in the site names a host; with it, only the places that must.
    func testAbsoluteURLsOnlyWithBaseURL() throws {
        let plain = try build()
        for file in LinkChecker(root: plain).files() where file.hasSuffix(".html") || file.hasSuffix(".xml") || file == "robots.txt" {
            XCTAssertFalse(try read(plain, file).contains("hoptacxa.example.vn"), file)
        }
        let page = try read(plain, "plans/ha-nam-291/index.html")
        XCTAssertFalse(page.contains("rel=\"canonical\""))
        // A plan has a share picture of its own (issue 16); list pages keep the default one.
        XCTAssertTrue(page.contains("<meta property=\"og:image\" content=\"../../share/plans/ha-nam-291.png\">"))
        XCTAssertTrue(try read(plain, "plans/index.html").contains("<meta property=\"og:image\" content=\"../assets/social.png\">"))
        let based = try build(withBase(smallSite))
        let plan = try read(based, "plans/ha-nam-291/index.html")
        XCTAssertTrue(plan.contains("<link rel=\"canonical\" href=\"\(Self.baseURL)plans/ha-nam-291/\">"))
        XCTAssertTrue(plan.contains("<meta property=\"og:url\" content=\"\(Self.baseURL)plans/ha-nam-291/\">"))
        XCTAssertTrue(plan.contains("<meta property=\"og:image\" content=\"\(Self.baseURL)share/plans/ha-nam-291.png\">"))
        XCTAssertTrue(plan.contains("<meta name=\"twitter:image\" content=\"\(Self.baseURL)share/plans/ha-nam-291.png\">"))
        XCTAssertTrue(plan.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
        XCTAssertTrue(plan.contains("href=\"../../provinces/ha-nam/\""), "page links stay relative")
        XCTAssertTrue(try read(based, "robots.txt").contains("Sitemap: \(Self.baseURL)sitemap.xml"))
        XCTAssertTrue(try read(based, "sitemap.xml").contains("<loc>\(Self.baseURL)plans/ha-nam-291/</loc>"))
        let png = try Data(contentsOf: based.appendingPathComponent("assets/social.png"))
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG")
        XCTAssertEqual(png[16..<24].map { $0 }, [0, 0, 4, 0xB0, 0, 0, 2, 0x76], "1200 × 630")
    }

    // MARK: feeds and sitemap

    func xml(_ output: URL, _ path: String) throws -> XMLElement {
        let document = try XMLDocument(data: Data(contentsOf: output.appendingPathComponent(path)))
        return try XCTUnwrap(document.rootElement(), path)
    }

    func children(_ element: XMLElement, _ name: String) -> [XMLElement] {
        element.children?.compactMap { $0 as? XMLElement }.filter { $0.localName == name } ?? []
    }

    func value(_ element: XMLElement, _ name: String) -> String? {
        children(element, name).first?.stringValue
    }

    func testAtomFeedsCarryWhatTheSpecRequires() throws {
        for (output, base) in [(try build(), nil), (try build(withBase(smallSite)), Self.baseURL)] {
            for path in ["updates/feed.xml", "provinces/ha-nam/feed.xml", "provinces/ninh-binh/feed.xml"] {
                let feed = try xml(output, path)
                XCTAssertEqual(feed.localName, "feed", path)
                XCTAssertEqual(feed.uri, "http://www.w3.org/2005/Atom", path)
                XCTAssertFalse((value(feed, "id") ?? "").isEmpty, path)
                XCTAssertFalse((value(feed, "title") ?? "").isEmpty, path)
                XCTAssertEqual(value(feed, "updated"), "2025-05-02T00:00:00Z", path)
                XCTAssertEqual(children(feed, "author").first.flatMap { value($0, "name") },
                               "Liên minh Hợp tác xã tỉnh Thử Nghiệm", path)
                let entries = children(feed, "entry")
                XCTAssertEqual(entries.count, 1, path)
                let entry = try XCTUnwrap(entries.first)
                XCTAssertEqual(value(entry, "title"), "Hà Nam đẩy mạnh phát triển hợp tác xã")
                XCTAssertEqual(value(entry, "updated"), "2025-05-02T00:00:00Z")
                let id = try XCTUnwrap(value(entry, "id"))
                let link = try XCTUnwrap(children(entry, "link").first?.attributes?.first(where: { $0.name == "href" })?.stringValue)
                if let base {
                    XCTAssertEqual(id, base + "updates/tin-dau-tien/")
                    XCTAssertEqual(link, base + "updates/tin-dau-tien/")
                } else {
                    XCTAssertEqual(id, "tag:tre.invalid,2024:updates/tin-dau-tien/")
                    XCTAssertEqual(link, path == "updates/feed.xml" ? "../updates/tin-dau-tien/" : "../../updates/tin-dau-tien/")
                }
            }
        }
    }

    /// A feed carries the 50 newest updates, newest first; the pages keep every update.
    func testFeedsCarryTheFiftyNewestUpdates() throws {
        var files = smallSite
        for day in 1...60 {
            let date = String(format: "2025-03-%02d", (day - 1) % 28 + 1), month = day <= 28 ? "03" : day <= 56 ? "04" : "05"
            files["updates/tin-\(day).md"] = "---\ntitle: Tin số \(day)\ndate: \(date.replacingOccurrences(of: "-03-", with: "-\(month)-"))\nprovince: ha-nam\n---\nNội dung \(day).\n"
        }
        let output = try build(files)
        for path in ["updates/feed.xml", "provinces/ha-nam/feed.xml", "provinces/ninh-binh/feed.xml"] {
            let entries = children(try xml(output, path), "entry")
            XCTAssertEqual(entries.count, 50, path)
            let dates = entries.compactMap { value($0, "updated") }
            XCTAssertEqual(dates, dates.sorted(by: >), "\(path): newest first")
            XCTAssertEqual(dates.first, "2025-05-04T00:00:00Z", path)
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("updates/tin-1/index.html").path),
                      "an update left out of the feeds still has its page")
    }

    func testSitemapListsEveryPage() throws {
        let output = try build(withBase(smallSite))
        let urlset = try xml(output, "sitemap.xml")
        XCTAssertEqual(urlset.localName, "urlset")
        XCTAssertEqual(urlset.uri, "http://www.sitemaps.org/schemas/sitemap/0.9")
        let locs = children(urlset, "url").compactMap { value($0, "loc") }
        // 6 lists, 2 provinces, 2 plans, 3 indicators, 1 showcase, 1 update.
        XCTAssertEqual(locs.count, 17)  // with register/ and register/ninh-binh/
        XCTAssertEqual(locs.first, Self.baseURL)
        XCTAssertTrue(locs.allSatisfy { $0.hasPrefix(Self.baseURL) })
        XCTAssertTrue(locs.contains(Self.baseURL + "cooperatives/htx-dong-tien/"))
        XCTAssertFalse(locs.contains { $0.contains("404") })
    }

    // MARK: search

    func testSearchIndexFoldsVietnameseWords() throws {
        let output = try build()
        func object(_ path: String, after prefix: String) throws -> Any {
            let script = try read(output, path)
            let start = try XCTUnwrap(script.range(of: prefix), path)
            let json = String(script[start.upperBound...].dropLast(2))  // ";\n"
            return try JSONSerialization.jsonObject(with: Data(json.utf8))
        }
        let manifest = try XCTUnwrap(try object("search/index.js", after: "window.treSearchIndex = ") as? [String: Any])
        let count = try XCTUnwrap(manifest["pages"] as? Int)
        let chunkSize = try XCTUnwrap(manifest["chunk"] as? Int)
        let keys = try XCTUnwrap(manifest["shards"] as? [String])
        var pages: [[String]] = []
        for number in 0..<((count + chunkSize - 1) / chunkSize) {
            pages += try XCTUnwrap(try object("search/p/\(number).js", after: "] = ") as? [[String]])
        }
        XCTAssertEqual(pages.count, count)
        var words: [String: [Int]] = [:]
        for key in keys {
            let shard = try XCTUnwrap(try object("search/w/\(key).js", after: "] = ") as? [String: [String]])
            for (word, sets) in shard {
                XCTAssertTrue(word.hasPrefix(key))
                words[word] = try Self.decode(try XCTUnwrap(sets.first), count: count)
            }
        }
        XCTAssertTrue(words.keys.allSatisfy { $0.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) } })
        func pagesWith(_ word: String) -> [String] { (words[word] ?? []).map { pages[$0][0] } }
        // "Đồng Tiến" is indexed as "dong tien"; words outside <main> (the header's organization,
        // "Thử Nghiệm") are not, so they do not match every page.
        XCTAssertTrue(pagesWith("dong").contains("cooperatives/htx-dong-tien/"))
        XCTAssertEqual(pagesWith("nghiem"), [])
        XCTAssertEqual(pagesWith("ninh").filter { !$0.hasPrefix("register/") },
                       ["", "provinces/", "provinces/ha-nam/", "provinces/ninh-binh/"])
        XCTAssertTrue(pagesWith("hop").contains("plans/ha-nam-291/"))
        XCTAssertEqual(pages.map { $0[0] }, pages.map { $0[0] }.sorted())
        XCTAssertFalse(pages.contains { $0[0] == "404.html" || $0[0] == "search/" })
        XCTAssertEqual(pages.first { $0[0] == "updates/tin-dau-tien/" }, [
            "updates/tin-dau-tien/", "Hà Nam đẩy mạnh phát triển hợp tác xã", "updates", "Tin minh họa về tiến độ.",
        ])
        XCTAssertTrue(try read(output, "search/index.html").contains("<script src=\"../search/index.js\" defer></script>"))
    }

    /// A page set of the index: `d` + base-36 gaps from -1, or `b` + a base64 bitmap.
    static func decode(_ encoded: String, count: Int) throws -> [Int] {
        if encoded.hasPrefix("b") {
            let bytes = try XCTUnwrap(Data(base64Encoded: String(encoded.dropFirst())))
            return (0..<count).filter { bytes[$0 >> 3] & (1 << UInt8($0 & 7)) != 0 }
        }
        var page = -1
        return try encoded.dropFirst().split(separator: ",").map { gap in
            page += try XCTUnwrap(Int(gap, radix: 36))
            return page
        }
    }

    // MARK: English

    func testEnglishEditionUsesEnglishWordsEverywhere() throws {
        let files = Fixture.with(smallSite, ["site.yml": smallSite["site.yml"]! + "language: en\n"])
        let output = try build(files)
        let plan = try read(output, "plans/ha-nam-291/index.html")
        XCTAssertTrue(plan.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        XCTAssertTrue(plan.contains("Share of cooperatives working well"), "name_en of the indicator")
        XCTAssertTrue(plan.contains("New cooperatives a year"))
        XCTAssertFalse(plan.contains("Tỷ lệ HTX hoạt động hiệu quả"))
        // 76% on 30 June 2025 against 80% by 2025 from 60% in 2023; 9 new cooperatives in 2024 against 8–10.
        // Both targets, in the page's table and again in the body's `targets` block.
        XCTAssertEqual(plan.components(separatedBy: "</span> On track</span>").count - 1, 4, "status words in the tables")
        XCTAssertTrue(plan.contains("<time datetime=\"2024-02-22\">22 February 2024</time>"), "English dates")
        XCTAssertTrue(plan.contains("at least 80%"))
        let vietnameseStatus = ["Đạt", "Đúng tiến độ", "Cần đẩy nhanh", "Chậm tiến độ", "Đi xuống", "Chưa có số liệu"]
        for file in LinkChecker(root: output).files()
        where file.hasSuffix(".html") || file.hasSuffix(".svg") || file.hasSuffix(".js") {
            let text = try read(output, file)
            for word in vietnameseStatus {
                XCTAssertFalse(text.contains(">" + word) || text.contains(" " + word + "<") || text.contains(word + ":"),
                               "\(file) shows the Vietnamese status word \(word)")
            }
        }
        // Every word of the theme: the English strings file covers each Vietnamese key.
        let keys = { (name: String) throws -> Set<String> in
            let text = try String(contentsOf: Fixture.packageRoot.appendingPathComponent("Templates/strings/\(name).yml"), encoding: .utf8)
            return Set(text.split(separator: "\n").compactMap { line in
                line.first?.isLetter == true ? line.split(separator: ":").first.map(String.init) : nil
            })
        }
        XCTAssertEqual(try keys("en"), try keys("vi"))
    }
}
