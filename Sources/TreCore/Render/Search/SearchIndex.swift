import Foundation

/// The site's own search index, built from the rendered pages and written as scripts that
/// the search page loads with `<script>` tags: a small `search/index.js`, then only the
/// pieces a query needs (see `SearchIndex+Pieces.swift`).
///
/// Why our own index rather than Pagefind: a script tag works when the site is opened from a
/// folder (`file://`), where browsers refuse the `fetch` and WebAssembly that Pagefind loads;
/// the build needs no extra program; the bytes are deterministic; and words are folded the
/// Vietnamese way (`hợp tác xã` → `hop tac xa`, `đ` → `d`), the same fold as our slugs.
///
/// The index is inverted: folded words, each with the set of pages that contain it (and of
/// pages whose title does, for ranking), cut into pieces by word prefix. A query loads the
/// pieces of its words' prefixes and the few pieces of titles and snippets it shows, so what
/// it costs stays small however many pages the site has.
struct SearchIndex {
    /// One page as the index sees it.
    struct Entry {
        var path: String
        var title: String
        var kind: String
        var snippet: String
        /// The folded words of the title and text, once each. Worked out when the page is
        /// added (on the page's own core) rather than all at once when the index is written,
        /// and kept as plain arrays, most words as numbers: smaller than the text or a set.
        var words: VietnameseFold.WordList
    }

    static let path = "search/index.js"
    static let pagePath = "search/"
    static let snippetLength = 180

    var entries: [Entry] = []

    /// Adds a rendered page; pages the reader would not look for (404) are left out.
    mutating func add(_ page: Page, html: String) {
        guard page.path != "404.html" else { return }
        let indexed = SearchText.index(html, title: page.title, description: page.description, limit: Self.snippetLength)
        entries.append(Entry(path: page.path, title: page.title, kind: Self.kind(of: page.path),
                             snippet: indexed.snippet, words: indexed.words))
    }

    /// The section a page belongs to, shown beside each result.
    static func kind(of path: String) -> String {
        let first = path.split(separator: "/").first.map(String.init) ?? ""
        return ["provinces", "plans", "indicators", "cooperatives", "updates", "register"].contains(first) ? first : "site"
    }

    /// A page number in decimal, as `String(number)` writes it, without a string per number.
    static func appendDecimal(_ number: Int, to bytes: inout [UInt8]) {
        guard number >= 10 else { return bytes.append(UInt8(ascii: "0") + UInt8(max(number, 0))) }
        appendDecimal(number / 10, to: &bytes)
        bytes.append(UInt8(ascii: "0") + UInt8(number % 10))
    }

    /// A JSON string literal; `<` is escaped so the script can never close its own tag.
    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// The search page: a form, and the results the script finds in the index.
struct SearchPage {
    let context: RenderContext

    func page() -> Page {
        let root = PagePath.root(of: SearchIndex.pagePath)
        let kinds = ["provinces": "nav_provinces", "plans": "nav_plans", "indicators": "nav_indicators",
                     "register": "nav_register",
                     "cooperatives": "nav_cooperatives", "updates": "nav_updates", "site": "nav_overview"]
        // Labels for the script, as data attributes: the script holds no words of its own.
        let labels = kinds.keys.sorted().map { ["kind": $0, "label": context.t(kinds[$0] ?? $0)] }
        return Page(path: SearchIndex.pagePath, template: "pages/search", title: context.t("search_title"),
                    values: ["lead": context.t("search_lead"), "kinds": labels,
                             "index_script": root + SearchIndex.path,
                             "search_script": root + "assets/search.js"])
    }
}
