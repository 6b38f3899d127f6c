import XCTest
@testable import TreCore

final class MarkdownRendererTests: XCTestCase {
    /// A body that starts at line 8 of its file, as after seven lines of front matter.
    func body(_ text: String, line: Int = 8) -> MarkdownSource {
        MarkdownSource(text: text, start: SourceLocation(file: "plans/ha-nam-291.md", line: line))
    }

    func html(_ rendered: RenderedMarkdown) -> String {
        rendered.blocks.map { block in
            if case .html(let html) = block { return html }
            return "<DATA>"
        }.joined()
    }

    func testHeadingsGetSlugAnchorsMadeUnique() {
        let page = MarkdownRenderer.render(body("""
            # Tiêu đề

            ## Mục tiêu cụ thể đến năm 2025

            Văn bản.

            ### Mục tiêu cụ thể đến năm 2025

            ## Tăng *thu nhập* cho `HTX` [xem](#a)

            ## ***

            #### Đề án
            ##### Nhỏ
            """), unsafeHTML: false)
        XCTAssertEqual(html(page), """
            <h1>Tiêu đề</h1>
            <h2 id="muc-tieu-cu-the-den-nam-2025">Mục tiêu cụ thể đến năm 2025</h2>
            <p>Văn bản.</p>
            <h3 id="muc-tieu-cu-the-den-nam-2025-2">Mục tiêu cụ thể đến năm 2025</h3>
            <h2 id="tang-thu-nhap-cho-htx-xem">Tăng <em>thu nhập</em> cho <code>HTX</code> <a href="#a">xem</a></h2>
            <h2 id="muc-4">***</h2>
            <h4 id="de-an">Đề án</h4>
            <h5>Nhỏ</h5>

            """)
        XCTAssertEqual(page.headings, [
            Heading(level: 2, text: "Mục tiêu cụ thể đến năm 2025", anchor: "muc-tieu-cu-the-den-nam-2025"),
            Heading(level: 3, text: "Mục tiêu cụ thể đến năm 2025", anchor: "muc-tieu-cu-the-den-nam-2025-2"),
            Heading(level: 2, text: "Tăng thu nhập cho HTX xem", anchor: "tang-thu-nhap-cho-htx-xem"),
            Heading(level: 2, text: "***", anchor: "muc-4"),
            Heading(level: 4, text: "Đề án", anchor: "de-an"),
        ])
        XCTAssertTrue(page.diagnostics.isEmpty)
    }

    func testAnchorsStayUniqueWhenASuffixIsTakenAndInsideQuotes() {
        let page = MarkdownRenderer.render(body("## A\n\n## A-2\n\n## A\n\n> ## A\n"), unsafeHTML: false)
        XCTAssertEqual(page.headings.map(\.anchor), ["a", "a-2", "a-3", "a-4"])
        XCTAssertEqual(html(page), """
            <h2 id="a">A</h2>
            <h2 id="a-2">A-2</h2>
            <h2 id="a-3">A</h2>
            <blockquote>
            <h2 id="a-4">A</h2>
            </blockquote>

            """)
    }

    func testListsEmphasisQuotesAndCodeRenderAsCommonMark() {
        let page = MarkdownRenderer.render(body("""
            - một
            - **hai**

            1. ba
            2. _bốn_

               tiếp

            > trích dẫn

            ```
            code <x>
            ```

                thụt lề

            "Ngoặc kép" -- giữ nguyên...
            ***
            """), unsafeHTML: false)
        XCTAssertEqual(html(page), """
            <ul>
            <li>một</li>
            <li><strong>hai</strong></li>
            </ul>
            <ol>
            <li>
            <p>ba</p>
            </li>
            <li>
            <p><em>bốn</em></p>
            <p>tiếp</p>
            </li>
            </ol>
            <blockquote>
            <p>trích dẫn</p>
            </blockquote>
            <pre><code>code &lt;x&gt;
            </code></pre>
            <pre><code>thụt lề
            </code></pre>
            <p>&quot;Ngoặc kép&quot; -- giữ nguyên...</p>
            <hr />

            """)
        XCTAssertEqual(page.blocks.count, 1, "no data block: one chunk")
    }

    func testLinksAreRewrittenAndRecordedAsWrittenWithCharacterColumns() {
        let page = MarkdownRenderer.render(body("""
            [Kế hoạch](plans/ha-nam.md) ![Ảnh](media/a.png)
            xem [Web](https://example.org) và [mục](#muc "Tiêu đề")
            ## Ảnh ![bìa](media/b%20c.jpg)
            """), unsafeHTML: false) { url in
            url.hasPrefix("media/") ? "../../" + url : url
        }
        XCTAssertEqual(html(page), """
            <p><a href="plans/ha-nam.md">Kế hoạch</a> <img src="../../media/a.png" alt="Ảnh" />
            xem <a href="https://example.org">Web</a> và <a href="#muc" title="Tiêu đề">mục</a></p>
            <h2 id="anh-bia">Ảnh <img src="../../media/b%20c.jpg" alt="bìa" /></h2>

            """)
        let file = "plans/ha-nam-291.md"
        XCTAssertEqual(page.links, [
            MarkdownLink(destination: "plans/ha-nam.md", location: SourceLocation(file: file, line: 8, column: 1), isImage: false),
            MarkdownLink(destination: "media/a.png", location: SourceLocation(file: file, line: 8, column: 29), isImage: true),
            MarkdownLink(destination: "https://example.org", location: SourceLocation(file: file, line: 9, column: 5), isImage: false),
            MarkdownLink(destination: "#muc", location: SourceLocation(file: file, line: 9, column: 35), isImage: false),
            MarkdownLink(destination: "media/b%20c.jpg", location: SourceLocation(file: file, line: 10, column: 8), isImage: true),
        ])
    }

    func testDataBlocksSplitTheBodyInOrderWithFileLines() {
        let page = MarkdownRenderer.render(body("""
            Mở đầu.

            ## Tiến độ

            ```chart
            plan: ha-nam-291
            indicator: so-htx
            ```

            Giữa.

            ```targets   còn chữ
            plan: ha-nam-291
            ```
            ```cooperatives
            ```
            ```python
            x = 1
            ```
            Cuối.
            """), unsafeHTML: false)
        let file = "plans/ha-nam-291.md"
        guard page.blocks.count == 6 else { return XCTFail("blocks: \(page.blocks)") }
        XCTAssertEqual(html(page), """
            <p>Mở đầu.</p>
            <h2 id="tien-do">Tiến độ</h2>
            <DATA><p>Giữa.</p>
            <DATA><DATA><pre><code class="language-python">x = 1
            </code></pre>
            <p>Cuối.</p>

            """)
        XCTAssertEqual(page.dataBlocks, [
            DataBlock(kind: .chart, yaml: "plan: ha-nam-291\nindicator: so-htx\n",
                      location: SourceLocation(file: file, line: 12, column: 1), yamlFirstLine: 13),
            DataBlock(kind: .targets, yaml: "plan: ha-nam-291\n",
                      location: SourceLocation(file: file, line: 19, column: 1), yamlFirstLine: 20),
            DataBlock(kind: .cooperatives, yaml: "",
                      location: SourceLocation(file: file, line: 22, column: 1), yamlFirstLine: 23),
        ])
        XCTAssertTrue(page.diagnostics.isEmpty)
    }

    func testDataBlockInsideAListIsCodeWithAWarning() {
        let page = MarkdownRenderer.render(body("- mục\n\n  ```chart\n  indicator: x\n  ```\n"),
                                           unsafeHTML: false)
        XCTAssertTrue(page.dataBlocks.isEmpty)
        XCTAssertEqual(html(page), """
            <ul>
            <li>
            <p>mục</p>
            <pre><code class="language-chart">indicator: x
            </code></pre>
            </li>
            </ul>

            """)
        XCTAssertEqual(page.diagnostics.items.map(\.location),
                       [SourceLocation(file: "plans/ha-nam-291.md", line: 10, column: 3)])
        XCTAssertEqual(page.diagnostics.items.first?.severity, .warning)
        XCTAssertEqual(page.diagnostics.items.first?.message.en,
                       "the `chart` data block is inside a list or quote, so it is shown as code")
    }

    func testRawHTMLIsOmittedUnlessAllowed() {
        let text = """
            <div class="x">raw</div>

            A <b>đậm</b> [js](javascript:alert(1)) ![d](data:image/png;base64,AA)

            <!-- ghi chú -->
            """
        let safe = MarkdownRenderer.render(body(text), unsafeHTML: false)
        XCTAssertEqual(html(safe), """
            <!-- raw HTML omitted -->
            <p>A <!-- raw HTML omitted -->đậm<!-- raw HTML omitted --> <a href="">js</a> <img src="data:image/png;base64,AA" alt="d" /></p>
            <!-- raw HTML omitted -->

            """)
        XCTAssertEqual(safe.diagnostics.items.count, 1)
        XCTAssertEqual(safe.diagnostics.items.first?.location,
                       SourceLocation(file: "plans/ha-nam-291.md", line: 8, column: 1))
        XCTAssertEqual(safe.diagnostics.items.first?.message.vi,
                       "Mã HTML viết trực tiếp trong bài (3 chỗ) sẽ bị bỏ đi khi đăng")

        let unsafe = MarkdownRenderer.render(body(text), unsafeHTML: true)
        XCTAssertEqual(html(unsafe), """
            <div class="x">raw</div>
            <p>A <b>đậm</b> <a href="javascript:alert(1)">js</a> <img src="data:image/png;base64,AA" alt="d" /></p>
            <!-- ghi chú -->

            """)
        XCTAssertTrue(unsafe.diagnostics.isEmpty)
    }

    func testScriptNeverRunsInSafeMode() {
        let page = MarkdownRenderer.render(body("""
            Chữ \\<script>alert(1)\\</script> và 5 < 6 & 7 > 3 `<script>`
            a <script>alert(2)</script> b

            <script>alert(3)</script>

            ## Tiêu đề <script>x</script>
            """), unsafeHTML: false)
        XCTAssertEqual(html(page), """
            <p>Chữ &lt;script&gt;alert(1)&lt;/script&gt; và 5 &lt; 6 &amp; 7 &gt; 3 <code>&lt;script&gt;</code>
            a <!-- raw HTML omitted -->alert(2)<!-- raw HTML omitted --> b</p>
            <!-- raw HTML omitted -->
            <h2 id="tieu-de-x">Tiêu đề <!-- raw HTML omitted -->x<!-- raw HTML omitted --></h2>

            """)
        XCTAssertFalse(html(page).contains("<script"))
    }

    func testDecomposedInputComesOutComposed() {
        // "Hòa Bình" and "Thanh Hóa" typed with combining tone marks (NFD).
        let page = MarkdownRenderer.render(body("## Ho\u{300}a Bi\u{300}nh\n\nThanh Ho\u{301}a [x](media/ho\u{300}a.png)\n"),
                                           unsafeHTML: false)
        let expected = "<h2 id=\"hoa-binh\">H\u{F2}a B\u{EC}nh</h2>\n<p>Thanh H\u{F3}a <a href=\"media/h%C3%B2a.png\">x</a></p>\n"
        // String == ignores normalisation, so compare the scalars.
        XCTAssertEqual(Array(html(page).unicodeScalars), Array(expected.unicodeScalars))
        XCTAssertEqual(page.headings.first.map { Array($0.text.unicodeScalars) },
                       Array("H\u{F2}a B\u{EC}nh".unicodeScalars))
        XCTAssertEqual(page.links.first.map { Array($0.destination.unicodeScalars) },
                       Array("media/h\u{F2}a.png".unicodeScalars))
    }

    func testEmptyBodyAndDeterminism() {
        let empty = MarkdownRenderer.render(body(""), unsafeHTML: false)
        XCTAssertTrue(empty.blocks.isEmpty)
        let text = "## A\n\n## A\n\n```chart\nindicator: x\n```\n\n[l](m)\n"
        let first = MarkdownRenderer.render(body(text), unsafeHTML: false)
        let second = MarkdownRenderer.render(body(text), unsafeHTML: false)
        XCTAssertEqual(html(first), html(second))
        XCTAssertEqual(first.headings, second.headings)
        XCTAssertEqual(first.dataBlocks, second.dataBlocks)
    }
}
