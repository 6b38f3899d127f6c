import Foundation

/// The fold behind slugs and the search index: lower-case ASCII letters and digits, tones and
/// diacritics removed, `đ` as `d`, and anything else a break between words.
///
/// The fold is defined scalar by scalar (`definition(of:)`: canonical decomposition, lower
/// case, marks dropped), and folding a string scalar by scalar gives what folding it whole
/// would: decomposition and lower case (Swift's, which has no context rules) map each scalar
/// on its own, and the only thing that looks across scalars, the canonical reordering of
/// combining marks, moves marks, which fold to nothing or to a break wherever they stand. So
/// the fold of each Latin and Vietnamese scalar is worked out once, from that definition,
/// into a table; text is then folded in one pass over its UTF-8 bytes without Foundation
/// (which was a sixth of a national build).
enum VietnameseFold {
    /// A token of the fold: a letter or digit, or `break` between words.
    static let `break` = UInt8(ascii: "-")

    /// The fold of one scalar by its definition: the tokens, unmerged.
    static func definition(of scalar: Unicode.Scalar) -> [UInt8] {
        var tokens: [UInt8] = []
        for part in String(scalar).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            switch part {
            case "a"..."z", "0"..."9": tokens.append(UInt8(part.value))
            case "đ", "Đ": tokens.append(UInt8(ascii: "d"))
            default:
                // Marks (the tones and the diacritics of ă â ê ô ơ ư) vanish; anything else
                // separates words.
                if part.properties.generalCategory != .nonspacingMark { tokens.append(Self.break) }
            }
        }
        return tokens
    }

    /// The scalars whose fold is worked out in advance: Latin, the combining marks,
    /// Vietnamese's precomposed letters, and the punctuation and symbols of NFC-quick text
    /// (pages mark progress with ★ ✓ ◐). Other scalars fold by the definition each time.
    static let tabled: [ClosedRange<UInt32>] = [
        0...0x24F, 0x300...0x36F, 0x1E00...0x1EFF, 0x2000...0x206F, 0x20A0...0x20BF, 0x2190...0x2199, 0x2500...0x27BF,
    ]
    static let tableLimit: UInt32 = 0x27C0

    /// In the table, a fold too long to pack, or a scalar outside `tabled`.
    static let unpacked = UInt32.max

    /// Each scalar's fold packed into four bytes, first token in the low byte; 0 is no token.
    static let table: [UInt32] = (0..<tableLimit).map { value in
        guard tabled.contains(where: { $0.contains(value) }), let scalar = Unicode.Scalar(value) else { return unpacked }
        let tokens = definition(of: scalar)
        guard tokens.count <= 4 else { return unpacked }
        return tokens.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }

    /// Appends the fold of `bytes`, valid UTF-8, to `tokens`: letters and digits, and one
    /// `break` for each run of breaks. A plain loop with no closures, as it runs over every
    /// word of every page.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [UInt8]) {
        let table = Self.table
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = bytes[index]
            var value = UInt32(lead)
            if lead < 0x80 {
                index += 1
            } else if lead < 0xE0, index + 1 < count {
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0, index + 2 < count {
                value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else if index + 3 < count {
                value = UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                index += 4
            } else {
                break // cut short: not valid UTF-8
            }
            var packed = value < tableLimit ? table[Int(value)] : unpacked
            if packed == unpacked {
                for token in Unicode.Scalar(value).map(definition(of:)) ?? [] { append(token, to: &tokens) }
                continue
            }
            while packed != 0 {
                append(UInt8(truncatingIfNeeded: packed), to: &tokens)
                packed >>= 8
            }
        }
    }

    @inline(__always)
    static func append(_ token: UInt8, to tokens: inout [UInt8]) {
        if token != Self.break || tokens.last != Self.break { tokens.append(token) }
    }

    /// A URL slug: the fold's words joined by single hyphens.
    static func slug(_ text: String) -> String {
        var tokens: [UInt8] = []
        tokens.reserveCapacity(text.utf8.count)
        text.withUTF8Bytes { fold($0, into: &tokens) }
        let words = tokens.drop { $0 == Self.break }
        return String(decoding: words.last == Self.break ? words.dropLast() : words, as: UTF8.self)
    }

    /// The fold's words, once each: what `slug(text).split(separator: "-")` gives, without
    /// repeats. Words of up to eight letters, most of them, are kept as numbers until the end,
    /// so that a page's thousand words do not make a thousand strings.
    struct Words {
        private var short = PackedSet()
        private var long = Set<String>()
        private var tokens: [UInt8] = []

        /// Adds the words of `bytes`, valid UTF-8.
        mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            tokens.removeAll(keepingCapacity: true)
            tokens.reserveCapacity(bytes.count + 1)
            VietnameseFold.fold(bytes, into: &tokens)
            tokens.append(VietnameseFold.break)
            var start = 0
            var packed: UInt64 = 0
            for (index, token) in tokens.enumerated() {
                guard token == VietnameseFold.break else {
                    // Letters and digits are never 0, so the padding tells the length.
                    packed |= UInt64(token) << (8 * (index - start))
                    continue
                }
                switch index - start {
                case 0: break
                case 1...8: short.insert(packed)
                default: long.insert(String(decoding: tokens[start..<index], as: UTF8.self))
                }
                start = index + 1
                packed = 0
            }
        }

        mutating func add(_ text: String) {
            text.withUTF8Bytes { add($0) }
        }

        /// The words, as a list that keeps them small.
        var list: WordList { WordList(short: short.elements, long: Array(long)) }
    }

    /// A set of packed words: open addressing with a multiplicative hash, which is all that
    /// numbers that are never 0 need; Swift's `Set` hashes each one with SipHash.
    struct PackedSet {
        private var slots = [UInt64](repeating: 0, count: 256)
        private var count = 0

        mutating func insert(_ packed: UInt64) {
            if 2 * count >= slots.count { grow() }
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
            while slots[slot] != 0 {
                if slots[slot] == packed { return }
                slot = (slot + 1) & mask
            }
            slots[slot] = packed
            count += 1
        }

        private mutating func grow() {
            let old = elements
            slots = [UInt64](repeating: 0, count: 2 * slots.count)
            count = 0
            for packed in old { insert(packed) }
        }

        /// The words in the set, in the order of their slots.
        var elements: [UInt64] { slots.filter { $0 != 0 } }
    }

    /// Distinct words of the fold, in no particular order: those of up to eight letters as
    /// numbers (`packed`), the rest as strings.
    struct WordList {
        var short: [UInt64]
        var long: [String]

        /// All the words as strings.
        var all: [String] { long + short.map(Self.word) }

        /// The word packed into a number, first letter in the low byte.
        static func word(_ packed: UInt64) -> String {
            var bytes: [UInt8] = []
            var rest = packed
            while rest != 0 {
                bytes.append(UInt8(truncatingIfNeeded: rest))
                rest >>= 8
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
