import Foundation

/// The readable text of a rendered page, for the search index: what is inside `<main>`, with
/// tags, charts' SVG and script removed and the few entities the templates write decoded.
///
/// Every page goes through here, so the work is done on UTF-8 bytes in single passes, and
/// the page's text is folded into words without ever becoming a string. The results are
/// those of Foundation's searching and Swift's characters, which this replaced (they were a
/// fifth of a national build): in text that `VietnameseText.isNFCQuick` accepts, which is
/// every page rendered from NFC content, each character is one scalar (but CR LF), no scalar
/// is a combining mark, and none is canonically equivalent to another, so matching bytes
/// finds what Foundation's canonical-equivalence search finds. Other text takes
/// `SearchTextFallback`. Functions taking bytes expect NFC-quick bytes.
enum SearchText {
    /// What the index keeps of a page.
    struct Indexed {
        var words: VietnameseFold.WordList
        var snippet: String
    }

    /// The words of the page's title and text, and its snippet: the description, else the
    /// start of its prose, else the text after its title; at most `limit` characters.
    static func index(_ html: String, title: String, description: String?, limit: Int) -> Indexed {
        var words = VietnameseFold.Words()
        words.add(title)
        return html.withUTF8Bytes { bytes in
            guard VietnameseText.isNFCQuick(bytes) else {
                let main = SearchTextFallback.mainText(html)
                words.add(main)
                let snippet = description.map { squeeze($0) } ?? prose(html) ?? SearchTextFallback.snippet(main, after: title)
                return Indexed(words: words.list, snippet: clip(snippet, to: limit))
            }
            let main = mainText(bytes)
            main.withUnsafeBufferPointer { words.add($0) }
            if let description { return Indexed(words: words.list, snippet: clip(squeeze(description), to: limit)) }
            if let prose = prose(bytes) {
                return Indexed(words: words.list, snippet: prose.withUnsafeBufferPointer { clip($0[...], to: limit) })
            }
            let after = main.withUnsafeBufferPointer { main in
                VietnameseText.isNFCQuick(title)
                    ? clip(snippet(main, after: Array(squeeze(title).utf8)), to: limit)
                    : clip(SearchTextFallback.snippet(String(decoding: main, as: UTF8.self), after: title), to: limit)
            }
            return Indexed(words: words.list, snippet: after)
        }
    }

    static func mainText(_ html: String) -> String {
        html.withUTF8Bytes { bytes in
            guard VietnameseText.isNFCQuick(bytes) else { return SearchTextFallback.mainText(html) }
            return String(decoding: mainText(bytes), as: UTF8.self)
        }
    }

    static let mainOpen = Array("<main".utf8)
    static let mainClose = Array("</main>".utf8)
    static let proseOpen = Array("<div class=\"prose".utf8)

    static func mainText(_ html: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var body = 0..<html.count
        // From `<main` itself, so its attributes are stripped with the tag, not read as words.
        if let start = find(mainOpen, in: html, from: 0), let end = find(mainClose, in: html, from: start + mainOpen.count) {
            body = start..<end
        }
        return strip(html, body).withUnsafeBufferPointer { squeeze($0, decoding: true) }
    }

    /// Runs of white space as one space.
    static func squeeze(_ text: String) -> String {
        text.withUTF8Bytes { bytes in
            guard VietnameseText.isNFCQuick(bytes) else { return SearchTextFallback.squeeze(text) }
            return String(decoding: squeeze(bytes, decoding: false), as: UTF8.self)
        }
    }

    /// The start of a page's own prose (a story, a province's introduction), if it has any:
    /// the text of the 4,000 characters from its `<div class="prose`.
    static func prose(_ html: String) -> String? {
        html.withUTF8Bytes { bytes in
            guard VietnameseText.isNFCQuick(bytes) else { return SearchTextFallback.prose(html) }
            return prose(bytes).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    static func prose(_ html: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let start = find(proseOpen, in: html, from: 0) else { return nil }
        let end = offset(after: 4000, charactersFrom: start, in: html)
        let text = strip(html, start..<end).withUnsafeBufferPointer { squeeze($0, decoding: true) }
        return text.isEmpty ? nil : text
    }

    /// The first words after the page's title, to show under a result.
    static func snippet(_ text: String, after title: String) -> String {
        guard VietnameseText.isNFCQuick(title) else { return SearchTextFallback.snippet(text, after: title) }
        let needle = Array(squeeze(title).utf8)
        return text.withUTF8Bytes { bytes in
            guard VietnameseText.isNFCQuick(bytes) else { return SearchTextFallback.snippet(text, after: title) }
            return String(decoding: snippet(bytes, after: needle), as: UTF8.self)
        }
    }

    /// The text after the first `title` (squeezed), or all of it; trimmed of what Foundation's
    /// `.whitespaces` holds of NFC-quick text: tab, space, no-break space.
    static func snippet(_ text: UnsafeBufferPointer<UInt8>, after title: [UInt8]) -> Slice<UnsafeBufferPointer<UInt8>> {
        guard let at = find(title, in: text, from: 0) else { return text[...] }
        var start = at + title.count, end = text.count
        while start < end {
            if text[start] == 0x09 || text[start] == 0x20 { start += 1 }
            else if text[start] == 0xC2, start + 1 < end, text[start + 1] == 0xA0 { start += 2 }
            else { break }
        }
        while end > start {
            if text[end - 1] == 0x09 || text[end - 1] == 0x20 { end -= 1 }
            else if text[end - 1] == 0xA0, end - 2 >= start, text[end - 2] == 0xC2 { end -= 2 }
            else { break }
        }
        return text[start..<end]
    }

    /// At most `limit` characters, cut at a word with `…`.
    static func clip(_ text: String, to limit: Int) -> String {
        text.withUTF8Bytes { bytes in
            guard VietnameseText.isNFCQuick(bytes) else { return SearchTextFallback.clip(text, to: limit) }
            return clip(bytes[...], to: limit)
        }
    }

    static func clip(_ text: Slice<UnsafeBufferPointer<UInt8>>, to limit: Int) -> String {
        let bytes = UnsafeBufferPointer(rebasing: text)
        let cut = offset(after: limit, charactersFrom: 0, in: bytes)
        guard cut < bytes.count else { return String(decoding: bytes, as: UTF8.self) }
        let space = bytes[..<cut].lastIndex(of: 0x20) ?? cut
        return String(decoding: bytes[..<space], as: UTF8.self) + "…"
    }

    /// The offset `count` characters after `start`, or the end, in NFC-quick text: every
    /// scalar is a character but CR LF, which is one.
    static func offset(after count: Int, charactersFrom start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = start
        var characters = 0
        while index < bytes.count, characters < count {
            let lead = bytes[index]
            if lead == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 2 }
            else { index += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }
            characters += 1
        }
        return min(index, bytes.count)
    }

    /// The offset of the first `needle` at or after `from`; nil for an empty needle, as
    /// Foundation answers.
    static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let first = needle.first, let base = bytes.baseAddress else { return nil }
        let last = bytes.count - needle.count
        var at = from
        while at <= last {
            guard let hit = memchr(base + at, Int32(first), last - at + 1) else { return nil }
            let index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            var matched = 1
            while matched < needle.count, base[index + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return index }
            at = index + 1
        }
        return nil
    }
}
