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
        text.withUTF8Bytes(isNFCQuick)
    }

    /// `isNFCQuick` on UTF-8 bytes (which must be valid UTF-8, as a string's are): eight ASCII
    /// bytes at a time, and the few scalars that are not ASCII decoded by hand.
    static func isNFCQuick(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count,
               UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
            } else if lead < 0xCC {
                index += 2 // U+0080–U+02FF
            } else if lead == 0xE1, index + 2 < count, (0xB8...0xBB).contains(base[index + 1]) {
                index += 3 // U+1E00–U+1EFF, Vietnamese's precomposed letters
            } else if lead & 0xF0 == 0xE0, index + 2 < count {
                let value = UInt32(lead & 0x0F) << 12 | UInt32(base[index + 1] & 0x3F) << 6
                    | UInt32(base[index + 2] & 0x3F)
                guard isNFCQuick(value) else { return false }
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    /// The three-byte scalars that `isNFCQuick` lets through.
    @inline(__always)
    static func isNFCQuick(_ value: UInt32) -> Bool {
        switch value {
        case 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF, 0x2190...0x2199, 0x2500...0x27BF:
            true
        default:
            false
        }
    }

    /// A URL slug: lower case ASCII letters and digits between single hyphens; `đ` → `d`.
    public static func slug(_ text: String) -> String {
        VietnameseFold.slug(text)
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
