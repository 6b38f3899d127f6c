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
