import Foundation

/// The readable text of a rendered page, for the search index: what is inside `<main>`, with
/// tags, charts' SVG and script removed and the few entities the templates write decoded.
enum SearchText {
    /// Elements whose content is not prose: charts are indexed through their tables instead.
    static let skipped = ["svg", "script", "style"]

    static func mainText(_ html: String) -> String {
        var body = Substring(html)
        if let start = html.range(of: "<main"), let end = html.range(of: "</main>", range: start.upperBound..<html.endIndex) {
            body = html[start.upperBound..<end.lowerBound]
        }
        return squeeze(decode(strip(body)))
    }

    /// Text without tags; a tag becomes a space so words on either side stay apart. Works on
    /// UTF-8 bytes: every byte of a tag is ASCII, and it keeps indexing a national site quick.
    static func strip(_ html: Substring) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 2)
        var index = 0
        var skipping: [UInt8]?
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                if skipping == nil { out.append(bytes[index]) }
                index += 1
                continue
            }
            var close = index + 1
            while close < bytes.count, bytes[close] != UInt8(ascii: ">") { close += 1 }
            guard close < bytes.count else { break }
            var name: [UInt8] = []
            var at = index + 1
            while at < close, isNameByte(bytes[at]) {
                name.append(bytes[at] | 0x20)
                at += 1
            }
            if let open = skipping {
                if name == [UInt8(ascii: "/") | 0x20] + open { skipping = nil }
            } else if skippedBytes.contains(name), bytes[close - 1] != UInt8(ascii: "/") {
                skipping = name
            }
            out.append(UInt8(ascii: " "))
            index = close + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let skippedBytes = skipped.map { Array($0.utf8) }

    static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "/")
    }

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = text
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
                                    ("&#x27;", "'"), ("&apos;", "'"), ("&nbsp;", " "), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        return out
    }

    /// Runs of white space as one space.
    static func squeeze(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The start of a page's own prose (a story, a province's introduction), if it has any.
    static func prose(_ html: String) -> String? {
        guard let start = html.range(of: "<div class=\"prose") else { return nil }
        let text = squeeze(decode(strip(html[start.lowerBound...].prefix(4000))))
        return text.isEmpty ? nil : text
    }

    /// The first words after the page's title, to show under a result.
    static func snippet(_ text: String, after title: String) -> String {
        guard let range = text.range(of: squeeze(title)) else { return text }
        return String(text[range.upperBound...]).trimmingCharacters(in: .whitespaces)
    }

    /// At most `limit` characters, cut at a word with `…`.
    static func clip(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }
}
