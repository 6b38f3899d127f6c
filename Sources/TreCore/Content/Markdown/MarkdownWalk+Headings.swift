import CMark

extension MarkdownWalk {
    /// Gives an h2–h4 heading its anchor: the heading node is replaced by a custom block whose
    /// HTML is the heading's own rendering with an `id` added. Custom blocks are written out
    /// as they are even in safe mode, and the heading's content went through cmark's
    /// escaping, so this adds no way to inject markup. Returns nil if the tree refused the
    /// change (the heading then keeps its plain HTML and stays out of the contents).
    mutating func anchor(_ heading: OpaquePointer, options: Int32) -> Heading? {
        let level = Int(cmark_node_get_heading_level(heading))
        let text = VietnameseText.nfc(CMarkTree.plainText(heading))
        let html = CMarkTree.html(heading, options: options)
        let open = "<h\(level)>"
        guard html.hasPrefix(open), let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else {
            return nil
        }
        let anchor = anchors.anchor(for: text)
        var tagged = "<h\(level) id=\"\(anchor)\">" + html.dropFirst(open.count)
        if tagged.hasSuffix("\n") { tagged.removeLast() }
        cmark_node_set_on_enter(block, tagged)
        cmark_node_set_on_exit(block, "")
        guard cmark_node_replace(heading, block) != 0 else {
            cmark_node_free(block)
            return nil
        }
        cmark_node_free(heading)
        return Heading(level: level, text: text, anchor: anchor)
    }
}

/// Hands out heading anchors for one document: the heading's slug, made unique with `-2`,
/// `-3`, ..., and `muc-N` (N counting the anchored headings) when the slug would be empty,
/// as for a heading of only punctuation. Deterministic: the same headings give the same anchors.
struct HeadingAnchors {
    private var used: Set<String> = []
    /// The next suffix to try for each base, so many equal headings stay linear.
    private var nextSuffix: [String: Int] = [:]
    private var count = 0

    mutating func anchor(for text: String) -> String {
        count += 1
        var base = VietnameseText.slug(text)
        if base.isEmpty { base = "muc-\(count)" }
        var candidate = base
        var suffix = nextSuffix[base] ?? 2
        while used.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        nextSuffix[base] = suffix
        used.insert(candidate)
        return candidate
    }
}
