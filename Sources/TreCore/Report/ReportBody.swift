import CMark
import Foundation

/// A report's Markdown body as Word paragraphs: headings as Word's own heading styles, lists
/// as numbered or `-` lists, emphasis as runs, pictures from `media/`, and each data block
/// replaced by its table or chart (`ReportFigures`), judged at the period's end. Walks
/// cmark's tree with its iterator, never by recursion, so deep nesting cannot exhaust the stack.
struct ReportBody {
    var document: WordDocument
    let context: RenderContext
    let report: Report
    let media: @Sendable (String) -> Data?
    /// Between the margins, in twips.
    let textWidth: Int

    /// The paragraph being filled, its runs' formatting and where it stands.
    private var runs: [WordRun] = []
    private var style = "Normal"
    private var bold = 0
    private var italic = 0
    private var links: [String?] = []
    private var lists: [(number: Int, style: String)] = []
    /// The first paragraph of a list item carries its number; later ones do not.
    private var itemStarts = false
    private var quotes = 0
    /// Inside an image: its description was taken whole, its text nodes are skipped.
    private var image = 0
    /// Numbers tables and charts across the body.
    private var figures: ReportFigures

    init(document: WordDocument, context: RenderContext, report: Report, media: @escaping @Sendable (String) -> Data?,
         textWidth: Int) {
        self.document = document
        self.context = context
        self.report = report
        self.media = media
        self.textWidth = textWidth
        figures = ReportFigures(context: context, textWidth: textWidth)
    }

    mutating func append(_ source: MarkdownSource) {
        let text = VietnameseText.nfc(source.text)
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        guard let root = CMarkTree.parse(text, options: options) else { return }
        defer { cmark_node_free(root) }
        let walk = MarkdownWalk(source: source, lines: BodyLines(text), unsafeHTML: false)
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            guard event == CMARK_EVENT_ENTER || event == CMARK_EVENT_EXIT, let node = cmark_iter_get_node(iterator) else { return }
            visit(node, entering: event == CMARK_EVENT_ENTER, root: root, walk: walk)
        }
    }

    private mutating func visit(_ node: OpaquePointer, entering: Bool, root: OpaquePointer, walk: MarkdownWalk) {
        let type = CMarkTree.type(node)
        if image > 0, type != CMARK_NODE_IMAGE { return }
        switch type {
        case CMARK_NODE_PARAGRAPH:
            if entering { start(paragraphStyle()) } else { finish() }
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            // `#` and `##` are the report's sections (I., II.), `###` their parts, deeper ones below.
            if entering { start(level <= 2 ? "Heading1" : level == 3 ? "Heading2" : "Heading3") } else { finish() }
        case CMARK_NODE_TEXT:
            add(CMarkTree.literal(node))
        case CMARK_NODE_CODE:
            add(CMarkTree.literal(node))
        case CMARK_NODE_SOFTBREAK:
            add(" ")
        case CMARK_NODE_LINEBREAK:
            if runs.isEmpty { add("") }
            runs[runs.count - 1].lineBreak = true
        case CMARK_NODE_EMPH:
            italic += entering ? 1 : -1
        case CMARK_NODE_STRONG:
            bold += entering ? 1 : -1
        case CMARK_NODE_LINK:
            if entering { links.append(linkTarget(CMarkTree.url(node))) } else { _ = links.popLast() }
        case CMARK_NODE_IMAGE:
            if entering {
                image += 1
                picture(CMarkTree.url(node), alt: CMarkTree.plainText(node))
            } else {
                image -= 1
            }
        case CMARK_NODE_LIST where entering:
            let kind: WordList.Kind = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? .numbered : .bullet
            let number = document.newList(kind, start: Int(cmark_node_get_list_start(node)))
            lists.append((number, kind == .bullet ? "ListBullet" : "ListNumber"))
        case CMARK_NODE_LIST:
            _ = lists.popLast()
        case CMARK_NODE_ITEM where entering:
            itemStarts = true
        case CMARK_NODE_BLOCK_QUOTE:
            quotes += entering ? 1 : -1
        case CMARK_NODE_CODE_BLOCK where entering:
            if cmark_node_parent(node) == root, let block = walk.dataBlock(node), let request = context.site.request(block) {
                document.blocks += figures.blocks(for: request, document: &document)
            } else {
                for line in CMarkTree.literal(node).split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                    document.blocks.append(.paragraph(WordParagraph(style: "PlainText", text: String(line))))
                }
            }
        case CMARK_NODE_THEMATIC_BREAK where entering:
            var rule = WordParagraph(style: "Rule")
            let side = textWidth / 3
            rule.indent = (side, side)
            rule.topRule = true
            rule.spacingAfter = 120
            document.blocks.append(.paragraph(rule))
        default:
            // Raw HTML is left out, as on the site in safe mode; the document has nothing else.
            break
        }
    }

    private mutating func paragraphStyle() -> String {
        if let list = lists.last { return list.style }
        return quotes > 0 ? "Quote" : "Normal"
    }

    private mutating func start(_ style: String) {
        runs = []
        self.style = style
    }

    private mutating func finish() {
        var paragraph = WordParagraph(style: style, runs: runs)
        if let list = lists.last, style == list.style {
            if itemStarts { paragraph.list = (list.number, lists.count - 1) }
            itemStarts = false
        }
        if style.hasPrefix("Heading") { paragraph.keepWithNext = true }
        if !runs.isEmpty, runs.allSatisfy({ $0.picture != nil || $0.text.allSatisfy(\.isWhitespace) }) {
            // A picture on its own line is centred, as figures are.
            paragraph.alignment = .center
            paragraph.indent = (0, 0)
        }
        document.blocks.append(.paragraph(paragraph))
        runs = []
    }

    private mutating func add(_ text: String) {
        var run = WordRun(text, bold: bold > 0, italic: italic > 0)
        run.link = links.last ?? nil
        runs.append(run)
    }

    /// External links stay links; a link into the site leads to its published page when
    /// `base_url` says where that is, and is plain text otherwise.
    func linkTarget(_ destination: String) -> String? {
        switch ContentLink.resolve(destination, in: context.site.index) {
        case .external:
            let lower = destination.lowercased()
            return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") ? destination : nil
        case .site(let path):
            return context.site.config.baseURL.map { $0 + path }
        case .broken:
            return nil
        }
    }

    /// A picture from `media/` (PNG, JPEG, or SVG drawn as PNG), at most as wide as the
    /// text; anything else, or a picture that cannot be read, is shown as its description.
    private mutating func picture(_ destination: String, alt: String) {
        guard let path = MediaPath.resolve(destination, in: context.site.mediaPaths), let bytes = media(path),
              let picture = ReportPicture.make(bytes, path: path, alt: alt, maxWidth: Double(textWidth) / 20) else {
            var run = WordRun(alt.isEmpty ? destination : alt, italic: true)
            run.link = links.last ?? nil
            runs.append(run)
            return
        }
        runs.append(.picture(picture))
    }
}
