import Foundation
import TreTestSupport
import XCTest
@testable import TreCore

/// The handbook's HTML: chapters, contents, page-break rules and links fit for paper.
final class HandbookDocumentTests: XCTestCase {
    func build(_ files: [String: String] = smallSite, province: String? = nil) -> SiteBuilder.Handbook {
        SiteBuilder.over(.memory(files)).handbook(province: province)
    }

    func html(_ files: [String: String] = smallSite, province: String? = nil) throws -> String {
        let built = build(files, province: province)
        XCTAssertFalse(built.diagnostics.hasErrors, "\(built.diagnostics.errors)")
        return try XCTUnwrap(built.rendered?.html)
    }

    /// Every `id="…"` of a document, in order.
    func ids(_ html: String) -> [String] {
        matches(##" id="([^"]+)""##, in: html)
    }

    func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    func testChaptersFollowProvincesWithMergedOnesInside() throws {
        let html = try html()
        let built = build()
        XCTAssertEqual(built.rendered?.chapterCount, 2)
        XCTAssertEqual(built.rendered?.slug, "so-tay")
        XCTAssertEqual(built.rendered?.paper, .a4)
        // Hà Nam merged into Ninh Bình: one chapter, Hà Nam a section of it.
        XCTAssertEqual(matches(##"<section class="chapter" id="([^"]+)">"##, in: html), ["tinh-ninh-binh", "chua-neu-tinh"])
        XCTAssertTrue(html.contains("<section class=\"merged-province\" id=\"tinh-ha-nam\">\n<h2>Hà Nam</h2>\n"
            + "<p class=\"merge-note\">Đã sáp nhập vào Ninh Bình từ ngày 01/07/2025.</p>"), html)
        XCTAssertTrue(html.contains("<p class=\"chapter-kicker\">Chương 2</p>\n<h1 class=\"chapter-title\">Kế hoạch chưa nêu tỉnh</h1>"))
        XCTAssertTrue(html.contains("<article class=\"plan\" id=\"ke-hoach-ha-nam-291\">"))
        XCTAssertTrue(html.contains("<article class=\"plan\" id=\"ke-hoach-ke-hoach-chung\">"))
        XCTAssertTrue(html.contains("<article class=\"showcase\" id=\"mo-hinh-htx-dong-tien\">"))
        XCTAssertEqual(matches(##"<section class="appendix[^"]*" id="([^"]+)">"##, in: html),
                       ["phu-luc-chi-tieu", "phu-luc-phuong-phap", "phu-luc-nguon"])
        // The order of the book.
        let order = ["class=\"cover\"", "class=\"imprint\"", "id=\"muc-luc\"", "id=\"tong-quan\"", "id=\"tinh-ninh-binh\"",
                     "id=\"chua-neu-tinh\"", "id=\"phu-luc-chi-tieu\""]
        let positions = order.map { html.range(of: $0)?.lowerBound }
        XCTAssertFalse(positions.contains(nil), "\(order) \(positions)")
        XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted())
    }

    func testContentsListEveryChapterPlanAndAppendixWithPageNumbersFromTheEngine() throws {
        let html = try html()
        let entries = matches(##"<li class="(toc-[^"]+)"><a href="#([^"]+)">"##, in: html)
        XCTAssertEqual(matches(##"<li class="toc-[^"]+"><a href="#([^"]+)">"##, in: html), [
            "tong-quan", "tinh-ninh-binh", "tinh-ha-nam", "ke-hoach-ha-nam-291", "mo-hinh-htx-dong-tien",
            "chua-neu-tinh", "ke-hoach-ke-hoach-chung", "phu-luc-chi-tieu", "phu-luc-phuong-phap", "phu-luc-nguon",
        ])
        XCTAssertEqual(entries, ["toc-level-1", "toc-level-1", "toc-level-2", "toc-level-2", "toc-level-2",
                                 "toc-level-1", "toc-level-2", "toc-level-1 toc-appendix", "toc-level-1 toc-appendix",
                                 "toc-level-1 toc-appendix"])
        XCTAssertTrue(html.contains("<li class=\"toc-level-1\"><a href=\"#tinh-ninh-binh\"><span class=\"toc-number\">Chương 1</span> "
            + "<span class=\"toc-text\">Ninh Bình</span></a></li>"))
        XCTAssertTrue(html.contains("<span class=\"toc-text\">291/KH-UBND: Kế hoạch phát triển hợp tác xã nông nghiệp đến năm 2025</span>"))
        // Every entry leads somewhere in the document.
        let anchors = Set(ids(html))
        for href in matches(##"<li class="toc-[^"]+"><a href="#([^"]+)">"##, in: html) {
            XCTAssertTrue(anchors.contains(href), "no anchor for #\(href)")
        }
        XCTAssertTrue(html.contains(".toc a::after { content: leader(\". \") target-counter(attr(href), page);"))
    }

    func testPrintRulesForPagesBreaksAndRunningHeaders() throws {
        let html = try html()
        for rule in [
            "@page { size: A4; margin: 22mm 20mm 24mm 20mm; }",
            "@page :left { margin-left: 18mm; margin-right: 27mm; }",
            "@page :right { margin-left: 27mm; margin-right: 18mm; }",
            ".overview, .chapter, .appendix-first { break-before: right; }",
            "tr, figure, .chart, .showcase-top, .quote, .indicator, .source-entry, .stats, .status-counts { break-inside: avoid;",
            "h1, h2, h3, h4 { line-height: 1.2; margin: 1.2em 0 0.45em; break-after: avoid;",
            "thead { display: table-header-group; }",
            ".front-title, .chapter-title { font-size: 2em; margin: 0 0 0.6em; string-set: chapter content();",
            "@top-right { content: string(chapter);",
            "@bottom-right { content: counter(page);",
            "a[href^=\"http\"]:not(.bare)::after",
            ".prose .xref::after, .legend-note .xref::after { content: \" (tr. \" target-counter(attr(href), page) \")\"; }",
        ] {
            XCTAssertTrue(html.contains(rule), "missing: \(rule)")
        }
        XCTAssertFalse(html.contains("<link "), "the document stands alone: no stylesheet links")
    }

    func testPaperA5FromSiteYML() throws {
        var files = smallSite
        files["site.yml"]! += "handbook:\n  paper: A5\n  title: Sổ tay thử\n"
        let built = build(files)
        XCTAssertEqual(built.rendered?.paper, .a5)
        let html = try XCTUnwrap(built.rendered?.html)
        XCTAssertTrue(html.contains("@page { size: A5; margin: 16mm 13mm 18mm 13mm; }"))
        XCTAssertFalse(html.contains("size: A4"))
        XCTAssertTrue(html.contains("<h1 class=\"cover-title\">Sổ tay thử</h1>"))
        XCTAssertTrue(html.contains("<body class=\"handbook paper-A5\">"))
    }

    func testLinksBecomeAnchorsAndImagesAreInlined() throws {
        let html = try html()
        // `[tỉnh Hà Nam](provinces/ha-nam)` in the plan: a reference to its page in the book.
        XCTAssertTrue(html.contains("<a href=\"#tinh-ha-nam\" class=\"xref\">tỉnh Hà Nam</a>"),
                      html.components(separatedBy: "Tổ chức thực hiện").dropFirst().first?.prefix(300).description ?? "")
        // `[ảnh](media/anh.svg)` has nowhere to go on paper without base_url: the words stay.
        XCTAssertTrue(html.contains("<span class=\"link-offline\">ảnh</span>"))
        // The story's photo travels inside the file.
        let svg = Data(smallSite["media/anh.svg"]!.utf8).base64EncodedString()
        XCTAssertTrue(html.contains("<img src=\"data:image/svg+xml;base64,\(svg)\" alt=\"HTX Đồng Tiến\">"))
        // Nothing relative is left: every link is an anchor or an absolute address.
        for href in matches(##" href="([^"]*)""##, in: html) {
            XCTAssertTrue(href.hasPrefix("#") || href.hasPrefix("http"), "relative link left: \(href)")
        }
        for src in matches(##" src="([^"]*)""##, in: html) {
            XCTAssertTrue(src.hasPrefix("data:"), "image not inlined: \(src.prefix(40))")
        }
        let anchors = Set(ids(html))
        for href in matches(##" href="#([^"]*)""##, in: html) {
            XCTAssertTrue(anchors.contains(href), "#\(href) leads nowhere")
        }
    }

    func testIdsAreUniqueAcrossTheBook() throws {
        var files = smallSite
        // Two plans whose texts use the same heading.
        files["plans/ke-hoach-chung.md"] = files["plans/ke-hoach-chung.md"]! + "\n## Mục tiêu cụ thể\n\nXem [mục tiêu](#muc-tieu-cu-the).\n"
        let html = try html(files)
        let all = ids(html)
        XCTAssertEqual(all.count, Set(all).count, "duplicate ids: \(Dictionary(grouping: all, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
        XCTAssertTrue(html.contains("<h2 id=\"ke-hoach-ha-nam-291--muc-tieu-cu-the\">Mục tiêu cụ thể</h2>"))
        XCTAssertTrue(html.contains("<h2 id=\"ke-hoach-ke-hoach-chung--muc-tieu-cu-the\">Mục tiêu cụ thể</h2>"))
        XCTAssertTrue(html.contains("<a href=\"#ke-hoach-ke-hoach-chung--muc-tieu-cu-the\">mục tiêu</a>"))
    }

    func testWithBaseURLPagesOutsideTheBookPrintTheirAddress() throws {
        var files = smallSite
        files["site.yml"]! += "base_url: https://htx.example.gov.vn\n"
        files["plans/ke-hoach-chung.md"] = files["plans/ke-hoach-chung.md"]! + "\nXem [tin](updates/tin-dau-tien).\n"
        let html = try html(files)
        XCTAssertTrue(html.contains("<a href=\"https://htx.example.gov.vn/updates/tin-dau-tien/\">tin</a>"), html)
        XCTAssertTrue(html.contains("<a href=\"https://htx.example.gov.vn/media/anh.svg\">ảnh</a>"))
        XCTAssertTrue(html.contains("<a class=\"bare\" href=\"https://htx.example.gov.vn/\">https://htx.example.gov.vn/</a>"))
    }

    func testOverviewHasEveryTargetWithItsStatusInWords() throws {
        let html = try html()
        let overview = try XCTUnwrap(html.range(of: "id=\"tong-quan\"").flatMap { start in
            html.range(of: "<section class=\"chapter\"", range: start.upperBound..<html.endIndex).map { html[start.lowerBound..<$0.lowerBound] }
        })
        XCTAssertEqual(overview.components(separatedBy: "<th scope=\"row\">").count - 1, 3, "three targets")
        let site = try XCTUnwrap(build().assembled.site)
        for target in site.content.targets {
            let status = site.progress(target).status
            XCTAssertTrue(overview.contains("<span class=\"status \(status.cssClass)\"><span class=\"status-symbol\" aria-hidden=\"true\">\(status.symbol)</span> \(status.label(.vi))</span>"))
        }
        // Grouped by chapter, then by plan: a plan with no number is named by its title.
        XCTAssertEqual(matches(##"<h3 class="overview-plan"><a href="#([^"]+)">"##, in: String(overview)),
                       ["ke-hoach-ha-nam-291", "ke-hoach-ke-hoach-chung"])
        XCTAssertTrue(overview.contains("<h3 class=\"overview-plan\"><a href=\"#ke-hoach-ke-hoach-chung\">Kế hoạch phát triển tổ hợp tác</a> "
            + "<span class=\"overview-province\">Chưa nêu tỉnh</span></h3>"), String(overview))
        XCTAssertFalse(overview.contains("target-plan"), "rows need no plan name of their own")
    }

    func testOneProvinceAndThoseMergedIntoIt() throws {
        let whole = try html(province: "ninh-binh")
        XCTAssertEqual(build(province: "ninh-binh").rendered?.slug, "ninh-binh")
        XCTAssertEqual(matches(##"<section class="chapter" id="([^"]+)">"##, in: whole), ["tinh-ninh-binh"])
        XCTAssertTrue(whole.contains("id=\"ke-hoach-ha-nam-291\""), "plans of merged provinces belong to the new one")
        XCTAssertFalse(whole.contains("id=\"ke-hoach-ke-hoach-chung\""))
        XCTAssertTrue(whole.contains("<p class=\"cover-province\">Ninh Bình</p>"))

        let merged = try html(province: "ha-nam")
        XCTAssertEqual(matches(##"<section class="chapter" id="([^"]+)">"##, in: merged), ["tinh-ha-nam"])
        XCTAssertTrue(merged.contains("<p class=\"merge-note\">Đã sáp nhập vào Ninh Bình từ ngày 01/07/2025.</p>"))
        // Ninh Bình is not in this book: its link keeps the words only.
        XCTAssertFalse(merged.contains("href=\"#tinh-ninh-binh\""))
    }

    func testUnknownProvinceSuggestsTheNearestSlug() {
        let built = build(province: "ninh-bin")
        XCTAssertNil(built.rendered?.html)
        XCTAssertEqual(built.problem?.vi,
                       "không có tỉnh \"ninh-bin\" trong provinces/; có phải ý bạn là \"ninh-binh\"? Các tỉnh có: ha-nam, ninh-binh")
        XCTAssertEqual(built.problem?.en,
                       "there is no province \"ninh-bin\" in provinces/; did you mean \"ninh-binh\"? The provinces are: ha-nam, ninh-binh")
    }

    func testContentErrorsGiveNoDocument() {
        var files = smallSite
        files["data/targets.csv"]! += "khong-co,htx-hieu-qua,80,,,,,,\n"
        let built = build(files)
        XCTAssertNil(built.rendered?.html)
        XCTAssertTrue(built.diagnostics.hasErrors)
    }

    func testEnglishSiteAndDeterminism() throws {
        var files = smallSite
        files["site.yml"]! += "language: en\n"
        let first = try html(files)
        XCTAssertEqual(first, try html(files), "same content, same bytes")
        XCTAssertEqual(build(files).rendered?.slug, "handbook")
        XCTAssertTrue(first.contains("<html lang=\"en\">"))
        XCTAssertTrue(first.contains("<h1 class=\"front-title\" id=\"muc-luc-tieu-de\">Contents</h1>"))
        XCTAssertTrue(first.contains("<h1 class=\"chapter-title\">How progress is judged</h1>"))
        XCTAssertTrue(first.contains(".prose .xref::after, .legend-note .xref::after { content: \" (p. \" target-counter(attr(href), page) \")\"; }"))
    }

    func testThemeWithoutHandbookGetsTheBuiltInOne() throws {
        var own = Theme.builtIn.files.filter { !$0.key.hasPrefix("handbook/") }
        let strings = String(decoding: own["strings/vi.yml"]!, as: UTF8.self)
        own["strings/vi.yml"] = Data(strings.components(separatedBy: "# handbook")[0].utf8)
        let theme = HandbookTheme.completed(Theme(files: own))
        XCTAssertEqual(theme.files["handbook/print.css"], Theme.builtIn.files["handbook/print.css"])
        XCTAssertTrue(theme.text("strings/vi.yml")!.contains("\nhandbook_contents: \"Mục lục\"\n"))
        let built = SiteBuilder.over(.memory(smallSite), theme: Theme(files: own), themeName: "MyTheme").handbook()
        XCTAssertTrue(try XCTUnwrap(built.rendered?.html).contains(">Mục lục</h1>"))
    }
}
