/// Links as content writes them, relative to the content folder (`media/anh.jpg`,
/// `plans/ha-nam-291`, `plans/ha-nam-291.md#muc-tieu`), and the site path each leads to.
public enum ContentLink {
    public enum Resolution: Equatable, Sendable {
        /// Leaves the site (`https:`, `mailto:`) or stays on the page (`#…`): kept as written.
        case external
        /// A page or file of the site, as a path from the site root (`plans/x/`, `media/a.jpg`).
        case site(String)
        /// Looks like a path in the site but leads nowhere.
        case broken
    }

    static let sections = ["provinces", "plans", "cooperatives", "updates", "indicators"]

    public static func resolve(_ destination: String, in index: ContentIndex) -> Resolution {
        if destination.isEmpty || destination.hasPrefix("#") || destination.hasPrefix("//") { return .external }
        if let colon = destination.firstIndex(of: ":"),
           !destination[..<colon].contains("/") { return .external }
        var path = destination
        var fragment = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[hash...])
            path = String(path[..<hash])
        }
        while path.hasPrefix("../") { path.removeFirst(3) }
        while path.hasPrefix("/") || path.hasPrefix("./") { path.removeFirst(path.hasPrefix("/") ? 1 : 2) }
        if path.isEmpty || path == "index.html" { return .site("" + fragment) }
        if let media = MediaPath.resolve(path, in: index.media) { return .site(media + fragment) }
        var parts = path.split(separator: "/").map(String.init)
        if parts.last == "index.html" { parts.removeLast() }
        if let last = parts.last, last.hasSuffix(".md") { parts[parts.count - 1] = String(last.dropLast(3)) }
        guard let section = parts.first, sections.contains(section) else { return .broken }
        if parts.count == 1 { return listExists(section, index) ? .site(section + "/" + fragment) : .broken }
        guard parts.count == 2, pageExists(section, parts[1], index) else { return .broken }
        return .site(section + "/" + parts[1] + "/" + fragment)
    }

    static func listExists(_ section: String, _ index: ContentIndex) -> Bool {
        section != "indicators" || index.hasIndicators
    }

    static func pageExists(_ section: String, _ slug: String, _ index: ContentIndex) -> Bool {
        switch section {
        case "provinces": index.province(slug) != nil
        case "plans": index.plan(slug) != nil
        case "cooperatives": index.isModel(slug)
        case "updates": index.update(slug) != nil
        case "indicators": index.indicator(slug) != nil
        default: false
        }
    }
}
