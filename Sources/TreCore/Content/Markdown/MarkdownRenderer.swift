import CMark

/// Renders a page's Markdown body with cmark (CommonMark, no extensions) into HTML chunks and
/// data blocks, giving headings anchors and collecting links. A pure function of its input.
public enum MarkdownRenderer {
    /// Renders `source`.
    ///
    /// - Parameters:
    ///   - unsafeHTML: pass raw HTML and any link scheme through (`markdown.unsafe_html` in
    ///     `site.yml`). When false, raw HTML becomes `<!-- raw HTML omitted -->` and links to
    ///     `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs lose their target.
    ///   - rewriteURL: applied to every link and image destination before rendering, e.g. to
    ///     make `media/x.png` relative to the page's depth. It sees every destination,
    ///     including absolute URLs and `#fragments`, and must return those unchanged.
    ///     `RenderedMarkdown.links` keeps the destinations as written.
    ///
    /// Example:
    ///
    ///     let body = MarkdownSource(text: "## Mục tiêu\n\n![Ảnh](media/a.png)\n",
    ///                               start: SourceLocation(file: "plans/x.md", line: 8))
    ///     let page = MarkdownRenderer.render(body, unsafeHTML: false) { url in
    ///         url.hasPrefix("media/") ? "../../" + url : url
    ///     }
    ///     // page.blocks == [.html("<h2 id=\"muc-tieu\">Mục tiêu</h2>\n<p><img src=\"../../media/a.png\" ...")]
    public static func render(_ source: MarkdownSource, unsafeHTML: Bool,
                              rewriteURL: (String) -> String = { $0 }) -> RenderedMarkdown {
        walk(source, unsafeHTML: unsafeHTML, rewriteURL: rewriteURL, html: true)
    }

    /// What checking a body needs, without rendering any HTML: its data blocks, its links (as
    /// written) and the same messages `render` gives. `blocks` holds only the data blocks and
    /// `headings` is empty. Checking every body of a national site this way costs a fraction
    /// of rendering them.
    public static func survey(_ source: MarkdownSource, unsafeHTML: Bool) -> RenderedMarkdown {
        walk(source, unsafeHTML: unsafeHTML, rewriteURL: { $0 }, html: false)
    }

    /// Parses and walks a body; renders HTML chunks and heading anchors only when `html`.
    private static func walk(_ source: MarkdownSource, unsafeHTML: Bool, rewriteURL: (String) -> String,
                             html: Bool) -> RenderedMarkdown {
        let text = VietnameseText.nfc(source.text)
        let parseOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        let renderOptions = parseOptions | (unsafeHTML ? CMARK_OPT_UNSAFE : 0)
        guard let document = CMarkTree.parse(text, options: parseOptions) else {
            return RenderedMarkdown(blocks: [], headings: [], links: [], diagnostics: Diagnostics())
        }
        defer { cmark_node_free(document) }

        var context = MarkdownWalk(source: source, lines: BodyLines(text), unsafeHTML: unsafeHTML)
        let found = context.survey(document)
        let links = found.links.map { context.link($0, rewriteURL: rewriteURL) }
        let headings = html ? found.headings.compactMap { context.anchor($0, options: renderOptions) } : []

        var blocks: [MarkdownBlock] = []
        var pending = ""
        for node in CMarkTree.children(of: document) {
            if let data = context.dataBlock(node) {
                if !pending.isEmpty { blocks.append(.html(VietnameseText.nfc(pending))) }
                pending = ""
                blocks.append(.data(data))
            } else if html {
                pending += CMarkTree.html(node, options: renderOptions)
            }
        }
        if !pending.isEmpty { blocks.append(.html(VietnameseText.nfc(pending))) }
        return RenderedMarkdown(blocks: blocks, headings: headings, links: links,
                                diagnostics: context.diagnostics)
    }
}

/// The state of one `render` call: where the body is, and the problems found so far.
struct MarkdownWalk {
    let source: MarkdownSource
    let lines: BodyLines
    let unsafeHTML: Bool
    var diagnostics = Diagnostics()
    var anchors = HeadingAnchors()

    /// The nodes `render` acts on, collected before the tree is changed.
    struct Survey {
        var links: [OpaquePointer] = []
        var headings: [OpaquePointer] = []
    }

    /// Collects links and h2–h4 headings, and reports omitted raw HTML and data blocks that
    /// sit inside a list or quote (which cmark renders as plain code).
    mutating func survey(_ document: OpaquePointer) -> Survey {
        var survey = Survey()
        var rawHTML: [OpaquePointer] = []
        var nestedData: [OpaquePointer] = []
        CMarkTree.walk(document) { node in
            switch CMarkTree.type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                survey.links.append(node)
            case CMARK_NODE_HEADING where (2...4).contains(cmark_node_get_heading_level(node)):
                survey.headings.append(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                // Comments are a common way to leave notes in content; dropping them is expected.
                if !CMarkTree.literal(node).hasPrefix("<!--") { rawHTML.append(node) }
            case CMARK_NODE_CODE_BLOCK where Self.dataKind(node) != nil:
                if cmark_node_parent(node) != document { nestedData.append(node) }
            default:
                break
            }
        }
        if !unsafeHTML, let first = rawHTML.first {
            diagnostics.warning(
                location(of: first),
                vi: "Mã HTML viết trực tiếp trong bài (\(rawHTML.count) chỗ) sẽ bị bỏ đi khi đăng",
                en: "raw HTML in the text (\(rawHTML.count) place(s)) is left out of the page",
                hintVi: "Hãy dùng định dạng Markdown thay cho HTML. Nếu thật sự cần HTML, "
                    + "thêm `markdown: { unsafe_html: true }` vào site.yml.",
                hintEn: "Use Markdown instead; if HTML is really needed, set "
                    + "`markdown: { unsafe_html: true }` in site.yml.")
        }
        for node in nestedData {
            let kind = Self.dataKind(node)?.rawValue ?? ""
            diagnostics.warning(
                location(of: node),
                vi: "Khối dữ liệu `\(kind)` nằm trong danh sách hoặc trích dẫn nên chỉ hiện ra như chữ thường",
                en: "the `\(kind)` data block is inside a list or quote, so it is shown as code",
                hintVi: "Đặt dòng ``` mở khối ở đầu dòng, tách khỏi danh sách hoặc trích dẫn bằng một dòng trống.",
                hintEn: "Start the block's ``` fence at the beginning of a line, after a blank line.")
        }
        return survey
    }

    /// Records a link and points it at `rewriteURL` of its destination.
    func link(_ node: OpaquePointer, rewriteURL: (String) -> String) -> MarkdownLink {
        let destination = CMarkTree.url(node)
        let rewritten = rewriteURL(destination)
        if rewritten != destination { cmark_node_set_url(node, rewritten) }
        return MarkdownLink(destination: destination, location: location(of: node),
                            isImage: CMarkTree.type(node) == CMARK_NODE_IMAGE)
    }

    /// The data block `node` stands for, if it is a top-level fenced block of a data kind.
    func dataBlock(_ node: OpaquePointer) -> DataBlock? {
        guard let kind = Self.dataKind(node) else { return nil }
        let fence = location(of: node)
        return DataBlock(kind: kind, yaml: CMarkTree.literal(node), location: fence,
                         yamlFirstLine: (fence.line ?? 1) + 1)
    }

    /// The file location of a node; columns converted from bytes to characters.
    func location(of node: OpaquePointer) -> SourceLocation {
        let line = max(1, Int(cmark_node_get_start_line(node)))
        let byteColumn = Int(cmark_node_get_start_column(node))
        return source.location(line: line,
                               column: lines.characterColumn(line: line, byteColumn: byteColumn))
    }

    /// The data kind of a fenced code block, from the first word of its info string.
    /// Indented code blocks have no info string, so they are never data blocks.
    static func dataKind(_ node: OpaquePointer) -> DataBlock.Kind? {
        guard CMarkTree.type(node) == CMARK_NODE_CODE_BLOCK,
              let word = CMarkTree.fenceInfo(node).split(whereSeparator: { $0.isWhitespace }).first
        else { return nil }
        return DataBlock.Kind(rawValue: String(word))
    }
}
