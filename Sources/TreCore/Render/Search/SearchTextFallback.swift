import Foundation

/// `SearchText` for text that `VietnameseText.isNFCQuick` refuses (combining marks, other
/// scripts, emoji): Foundation's searching, which matches canonically equivalent text and
/// never inside a character, and Swift's characters. Slower, but the same results whatever
/// the text; the byte paths of `SearchText` are proved equal to these on NFC-quick text.
enum SearchTextFallback {
    static func mainText(_ html: String) -> String {
        var body = Substring(html)
        if let start = html.range(of: "<main"), let end = html.range(of: "</main>", range: start.upperBound..<html.endIndex) {
            body = html[start.lowerBound..<end.lowerBound]
        }
        return squeeze(decode(strip(body)))
    }

    static func strip(_ html: Substring) -> String {
        let bytes = Array(html.utf8)
        let stripped = bytes.withUnsafeBufferPointer { SearchText.strip($0, 0..<$0.count) }
        return String(decoding: stripped, as: UTF8.self)
    }

    /// The entities the templates write, and the character each stands for; `&amp;` last, so
    /// that `&amp;lt;` stays `&lt;`.
    static let entities = [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"),
                           ("&apos;", "'"), ("&nbsp;", " "), ("&amp;", "&")]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = text
        for (entity, character) in entities {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        return out
    }

    static func squeeze(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func prose(_ html: String) -> String? {
        guard let start = html.range(of: "<div class=\"prose") else { return nil }
        let text = squeeze(decode(strip(html[start.lowerBound...].prefix(4000))))
        return text.isEmpty ? nil : text
    }

    static func snippet(_ text: String, after title: String) -> String {
        guard let range = text.range(of: squeeze(title)) else { return text }
        return String(text[range.upperBound...]).trimmingCharacters(in: .whitespaces)
    }

    static func clip(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }
}
