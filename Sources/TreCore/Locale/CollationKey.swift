import Foundation

/// The sort key behind `VietnameseText.precedes`: letters first (in Vietnamese alphabetical
/// order), then tones, then case, then the text itself.
///
/// Each character contributes on its own (`definition(of:)`), so the contribution of every
/// one-scalar Latin and Vietnamese character is worked out once into a table; text in NFC
/// is then keyed in one pass over its scalars, without Foundation (sorting a national site's
/// 20,000 cooperatives spent most of its time lower-casing and decomposing characters one at
/// a time).
struct CollationKey: Comparable {
    /// The letters, a 0, the tones, a 0, the cases. Each value is one more than the part's
    /// own, so that 0 ends a part: then comparing the whole array compares letters first,
    /// then tones, then cases, each as its own array would compare.
    private var key: [UInt32] = []
    let raw: String

    /// What one character adds to the key.
    struct Part: Equatable {
        var letters: [UInt32]
        var tone: UInt32
        var upper: Bool
    }

    /// Base letters and the modifier that makes a letter of its own (ă, â, ê, ô, ơ, ư).
    private static let alphabet: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
        "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    private static let rank: [String: UInt32] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($1, UInt32($0) + 1000) })

    /// A character's part by definition: lower-cased and decomposed, the tone mark taken out,
    /// the rest ranked by the alphabet.
    static func definition(of character: Character) -> Part {
        let lower = String(character).lowercased()
        var base = ""
        var tone = 0
        for scalar in lower.decomposedStringWithCanonicalMapping.unicodeScalars {
            if let mark = VietnameseText.toneMarks[scalar] { tone = mark } else { base.unicodeScalars.append(scalar) }
        }
        let letter = VietnameseText.nfc(base)
        let letters: [UInt32]
        if let rank = rank[letter] {
            letters = [rank]
        } else if let scalar = letter.unicodeScalars.first, letter.unicodeScalars.count == 1 {
            // Digits, spaces and punctuation sort before letters, by code point.
            letters = [scalar.value < 1000 ? scalar.value : scalar.value + 2000]
        } else {
            letters = letter.unicodeScalars.map { $0.value + 2000 }
        }
        return Part(letters: letters, tone: UInt32(tone), upper: String(character) != lower)
    }

    /// Characters of one scalar below this have their part in `table`.
    static let tableLimit = VietnameseFold.tableLimit

    /// A part of one letter, as the table holds it: no array to count references to.
    struct Single {
        var letter: UInt32
        var tone: UInt32
        var upper: Bool
    }

    /// The parts of one-scalar characters in the ranges the fold tables too; nil elsewhere,
    /// and for a part of more than one letter.
    static let table: [Single?] = (0..<tableLimit).map { value in
        guard VietnameseFold.tabled.contains(where: { $0.contains(value) }), let scalar = Unicode.Scalar(value) else {
            return nil
        }
        let part = definition(of: Character(scalar))
        guard part.letters.count == 1, let letter = part.letters.first else { return nil }
        return Single(letter: letter, tone: part.tone, upper: part.upper)
    }

    init(_ text: String) {
        raw = text
        var parts = Parts()
        parts.letters.reserveCapacity(text.utf8.count)
        parts.marks.reserveCapacity(text.utf8.count)
        Self.table.withUnsafeBufferPointer { table in
            if VietnameseText.isNFCQuick(text) {
                // NFC already, and every character is one scalar but CR LF.
                var carriageReturn = false
                for scalar in text.unicodeScalars {
                    if carriageReturn {
                        carriageReturn = false
                        if scalar == "\n" {
                            parts.add(Self.definition(of: "\r\n"))
                            continue
                        }
                        parts.add("\r", table)
                    }
                    if scalar == "\r" { carriageReturn = true } else { parts.add(scalar, table) }
                }
                if carriageReturn { parts.add("\r", table) }
            } else {
                for character in VietnameseText.nfc(text) {
                    let scalars = character.unicodeScalars
                    if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
                        parts.add(first, table)
                    } else {
                        parts.add(Self.definition(of: character))
                    }
                }
            }
        }
        key.reserveCapacity(parts.letters.count + 2 * parts.marks.count + 2)
        key.append(contentsOf: parts.letters.lazy.map { $0 + 1 })
        key.append(0)
        key.append(contentsOf: parts.marks.lazy.map { $0.tone + 1 })
        key.append(0)
        key.append(contentsOf: parts.marks.lazy.map { $0.upper ? 2 : 1 })
    }

    /// The parts of a text's characters as they are added.
    private struct Parts {
        var letters: [UInt32] = []
        var marks: [(tone: UInt32, upper: Bool)] = []

        mutating func add(_ part: Part) {
            letters.append(contentsOf: part.letters)
            marks.append((part.tone, part.upper))
        }

        mutating func add(_ scalar: Unicode.Scalar, _ table: UnsafeBufferPointer<Single?>) {
            if scalar.value < CollationKey.tableLimit, let part = table[Int(scalar.value)] {
                letters.append(part.letter)
                marks.append((part.tone, part.upper))
            } else {
                add(CollationKey.definition(of: Character(scalar)))
            }
        }
    }

    static func < (a: CollationKey, b: CollationKey) -> Bool {
        for (x, y) in zip(a.key, b.key) where x != y { return x < y }
        if a.key.count != b.key.count { return a.key.count < b.key.count }
        return a.raw < b.raw
    }

    static func == (a: CollationKey, b: CollationKey) -> Bool { a.raw == b.raw }
}

extension Sequence {
    /// Sorted by a name in Vietnamese alphabetical order.
    public func sortedVietnamese(by name: (Element) -> String) -> [Element] {
        // Sorting positions rather than the elements moves small numbers instead of whole
        // cooperatives; the sort sees the same comparisons, so the order is the same.
        let elements = Array(self)
        let keys = elements.map { CollationKey(name($0)) }
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { elements[$0] }
    }
}
