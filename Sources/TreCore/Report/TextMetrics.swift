/// Advance widths of Times New Roman, to size the decree's rules: the line under the
/// Tiêu ngữ is as long as its words, those under the issuer and the summary a third to a
/// half of theirs (Phụ lục I, Phần II, mục 1, 2 and 5). The numbers are Liberation Serif's
/// (metric-compatible with Times New Roman, so Word and LibreOffice set the same widths), in
/// 1/2048 em. A Vietnamese letter is as wide as its base letter, except the horned Ơ, Ư and Đ.
enum TextMetrics {
    static let unitsPerEm = 2048.0

    /// Printable ASCII, U+0020 to U+007E.
    static let regular: [Int] = [
        512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569,
        1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 569, 569, 1155, 1155, 1155, 909,
        1886, 1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479, 682, 797, 1479, 1251, 1821, 1479, 1479,
        1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569, 682, 961, 1024,
        682, 909, 1024, 909, 1024, 909, 682, 1024, 1024, 569, 569, 1024, 569, 1593, 1024, 1024,
        1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983, 1108,
    ]
    static let bold: [Int] = [
        512, 682, 1137, 1024, 1024, 2048, 1706, 569, 682, 682, 1024, 1167, 512, 682, 512, 569,
        1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 682, 682, 1167, 1167, 1167, 1024,
        1905, 1479, 1366, 1479, 1479, 1366, 1251, 1593, 1593, 797, 1024, 1593, 1366, 1933, 1479, 1593,
        1251, 1593, 1479, 1139, 1366, 1479, 1479, 2048, 1479, 1479, 1366, 682, 569, 682, 1190, 1024,
        682, 1024, 1139, 909, 1139, 909, 682, 1024, 1139, 569, 682, 1139, 569, 1706, 1139, 1024,
        1139, 1139, 909, 797, 682, 1139, 1024, 1479, 1024, 1024, 909, 807, 451, 807, 1065,
    ]
    static let regularExtra: [Character: Int] = [
        "\u{0110}": 1479,
        "\u{0111}": 1024,
        "\u{01A0}": 1479,
        "\u{01A1}": 1083,
        "\u{01AF}": 1589,
        "\u{01B0}": 1110,
        "\u{2013}": 1024,
        "\u{2014}": 2048,
        "\u{2018}": 682,
        "\u{2019}": 682,
        "\u{201C}": 909,
        "\u{201D}": 909,
        "\u{2026}": 2048,
    ]
    static let boldExtra: [Character: Int] = [
        "\u{0110}": 1479,
        "\u{0111}": 1139,
        "\u{01A0}": 1593,
        "\u{01A1}": 1134,
        "\u{01AF}": 1630,
        "\u{01B0}": 1229,
        "\u{2013}": 1024,
        "\u{2014}": 2048,
        "\u{2018}": 682,
        "\u{2019}": 682,
        "\u{201C}": 1024,
        "\u{201D}": 1024,
        "\u{2026}": 2048,
    ]

    /// The width of `text` in points, set in `size` points.
    static func width(_ text: String, size: Double, bold isBold: Bool) -> Double {
        let table = isBold ? bold : regular
        let extra = isBold ? boldExtra : regularExtra
        var units = 0
        for character in text {
            if let width = extra[character] {
                units += width
                continue
            }
            // A toned or hatted letter is as wide as its base; a horn (Ơ, Ư) is not a tone.
            let scalars = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
            if scalars.contains("\u{031B}"), let base = scalars.first {
                let horned: Character = base == "O" ? "\u{01A0}" : base == "o" ? "\u{01A1}" : base == "U" ? "\u{01AF}" : "\u{01B0}"
                units += extra[horned] ?? 0
            } else if let base = scalars.first, base.value >= 32, base.value < 127 {
                units += table[Int(base.value) - 32]
            } else {
                units += table[Int(("n" as Unicode.Scalar).value) - 32]
            }
        }
        return Double(units) / unitsPerEm * size
    }

    /// `text` broken into lines no wider than `width` points, at spaces, as a word processor does.
    static func lines(_ text: String, size: Double, bold: Bool, width: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty, self.width(candidate, size: size, bold: bold) > width {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The width of the longest line `text` takes in a column `width` points wide.
    static func longestLine(_ text: String, size: Double, bold: Bool, width: Double) -> Double {
        lines(text, size: size, bold: bold, width: width).map { self.width($0, size: size, bold: bold) }.max() ?? 0
    }
}
