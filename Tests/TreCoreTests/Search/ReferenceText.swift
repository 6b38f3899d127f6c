import Foundation

// The implementations that the fast search text, fold and collation replaced, copied as they
// were on main (9439585) and renamed, as the reference the equivalence tests hold them to.
// Do not "fix" them: they define the output that must not change.

/// Search text as it was: Foundation's searching and replacing, Swift's characters.
enum ReferenceSearchText {
    /// Elements whose content is not prose: charts are indexed through their tables instead.
    static let skipped = ["svg", "script", "style"]

    static func mainText(_ html: String) -> String {
        var body = Substring(html)
        if let start = html.range(of: "<main"), let end = html.range(of: "</main>", range: start.upperBound..<html.endIndex) {
            // Changed on purpose since: from `<main` itself, so its attributes are not words.
            body = html[start.lowerBound..<end.lowerBound]
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

/// Slugs, NFC-quick and collation as they were.
enum ReferenceVietnamese {
    static let toneMarks: [Unicode.Scalar: Int] = [
        "\u{0300}": 1, "\u{0309}": 2, "\u{0303}": 3, "\u{0301}": 4, "\u{0323}": 5,
    ]

    static func nfc(_ text: String) -> String {
        isNFCQuick(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    static func isNFCQuick(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x300, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF, 0x2190...0x2199,
                 0x2500...0x27BF:
                continue
            default:
                return false
            }
        }
        return true
    }

    static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            let ascii: Character?
            switch scalar {
            case "a"..."z", "0"..."9": ascii = Character(scalar)
            case "đ", "Đ": ascii = "d"
            default: ascii = nil
            }
            if let ascii {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(ascii)
            } else if scalar.properties.generalCategory != .nonspacingMark {
                pendingHyphen = true
            }
        }
        return out
    }

    /// The search index's words as they were.
    static func words(_ text: String) -> [String] {
        slug(text).split(separator: "-").map(String.init)
    }

    static func sorted(_ names: [String]) -> [String] {
        names.map { (ReferenceCollationKey($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}

/// The collation key as it was.
struct ReferenceCollationKey: Comparable {
    var letters: [Int] = []
    var tones: [Int] = []
    var cases: [Int] = []
    var raw: String

    /// Base letters and the modifier that makes a letter of its own (ă, â, ê, ô, ơ, ư).
    private static let alphabet: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
        "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    private static let rank: [String: Int] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0 + 1000) })

    init(_ text: String) {
        raw = text
        for character in ReferenceVietnamese.nfc(text) {
            let lower = String(character).lowercased()
            cases.append(String(character) == lower ? 0 : 1)
            var base = ""
            var tone = 0
            for scalar in lower.decomposedStringWithCanonicalMapping.unicodeScalars {
                if let mark = ReferenceVietnamese.toneMarks[scalar] { tone = mark } else { base.unicodeScalars.append(scalar) }
            }
            let letter = ReferenceVietnamese.nfc(base)
            if let r = Self.rank[letter] {
                letters.append(r)
            } else if let scalar = letter.unicodeScalars.first, letter.unicodeScalars.count == 1 {
                // Digits, spaces and punctuation sort before letters, by code point.
                letters.append(Int(scalar.value) < 1000 ? Int(scalar.value) : Int(scalar.value) + 2000)
            } else {
                letters.append(contentsOf: letter.unicodeScalars.map { Int($0.value) + 2000 })
            }
            tones.append(tone)
        }
    }

    static func < (a: ReferenceCollationKey, b: ReferenceCollationKey) -> Bool {
        if a.letters != b.letters { return a.letters.lexicographicallyPrecedes(b.letters) }
        if a.tones != b.tones { return a.tones.lexicographicallyPrecedes(b.tones) }
        if a.cases != b.cases { return a.cases.lexicographicallyPrecedes(b.cases) }
        return a.raw < b.raw
    }

    static func == (a: ReferenceCollationKey, b: ReferenceCollationKey) -> Bool { a.raw == b.raw }
}
