import Foundation

/// Vietnamese text rules: NFC, slugs, matching names across tone placements, and collation.
public enum VietnameseText {
    /// The five tone marks, in dictionary order after the level tone: huyền, hỏi, ngã, sắc, nặng.
    static let toneMarks: [Unicode.Scalar: Int] = [
        "\u{0300}": 1, "\u{0309}": 2, "\u{0303}": 3, "\u{0301}": 4, "\u{0323}": 5,
    ]

    /// Unicode NFC: what all text is normalised to on reading.
    public static func nfc(_ text: String) -> String {
        isNFCQuick(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// True when every scalar is one that NFC leaves alone whatever surrounds it (Unicode's
    /// NFC_Quick_Check = Yes with combining class 0): ASCII, Latin-1 and Latin Extended up to
    /// U+02FF, the precomposed Vietnamese letters (U+1E00–U+1EFF), typographic punctuation and
    /// symbols. Text typed in NFC almost always passes, and skipping Foundation's normaliser
    /// for it saves most of the time spent normalising (it was 7% of a national build).
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

    /// A URL slug: lower case ASCII letters and digits between single hyphens; `đ` → `d`.
    public static func slug(_ text: String) -> String {
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

    /// A key under which `Hòa` and `Hoà`, `Thanh Hóa` and `Thanh Hoá`, NFC and NFD, and
    /// upper and lower case all compare equal: each word's tone mark is moved to its end.
    public static func matchKey(_ text: String) -> String {
        var out = ""
        for word in text.decomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: { $0.isWhitespace }) {
            var tone = 0
            for scalar in word.unicodeScalars {
                if let mark = toneMarks[scalar] { tone = mark } else { out.unicodeScalars.append(scalar) }
            }
            if tone > 0 { out += "#\(tone)" }
            out += " "
        }
        return nfc(String(out.dropLast()))
    }

    /// Compares in Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r
    /// s t u ư v x y; letters first, then tones (level, huyền, hỏi, ngã, sắc, nặng), then case.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        CollationKey(a) < CollationKey(b)
    }
}

extension Sequence {
    /// Sorted by a name in Vietnamese alphabetical order.
    public func sortedVietnamese(by name: (Element) -> String) -> [Element] {
        map { (CollationKey(name($0)), $0) }
            .sorted { $0.0 < $1.0 }
            .map(\.1)
    }
}

/// The sort key behind `VietnameseText.precedes`.
struct CollationKey: Comparable {
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
        for character in VietnameseText.nfc(text) {
            let lower = String(character).lowercased()
            cases.append(String(character) == lower ? 0 : 1)
            var base = ""
            var tone = 0
            for scalar in lower.decomposedStringWithCanonicalMapping.unicodeScalars {
                if let mark = VietnameseText.toneMarks[scalar] { tone = mark } else { base.unicodeScalars.append(scalar) }
            }
            let letter = VietnameseText.nfc(base)
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

    static func < (a: CollationKey, b: CollationKey) -> Bool {
        if a.letters != b.letters { return a.letters.lexicographicallyPrecedes(b.letters) }
        if a.tones != b.tones { return a.tones.lexicographicallyPrecedes(b.tones) }
        if a.cases != b.cases { return a.cases.lexicographicallyPrecedes(b.cases) }
        return a.raw < b.raw
    }

    static func == (a: CollationKey, b: CollationKey) -> Bool { a.raw == b.raw }
}
