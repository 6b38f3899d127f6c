import TreTestSupport

/// Awkward strings for comparing a fast escaper with the slow one it replaced.
enum EscapingCorpus {
    /// Pieces that strings are built from: specials, Vietnamese in NFC and NFD, Đ/đ, other
    /// scripts, emoji with modifiers, entities, control characters and characters that join
    /// the one before them.
    static let pieces: [String] = [
        "<", ">", "&", "\"", "'", "/", "\\", "&amp;", "&#39;", "&lt;b&gt;", "<b>", "</p>",
        "Hợp tác xã", "Nông nghiệp", "ĐỒNG THÁP", "đ", "Đ", "Tiền Giang", "Hà Nội",
        "Ho\u{0323}\u{031B}p ta\u{0301}c", "e\u{0302}\u{0301}", "A\u{0300}",
        "<\u{0338}", "&\u{0301}", "\"\u{0308}", "'\u{0300}", ">\u{20D2}",
        "Ελληνικά", "русский", "中文", "ไทย", "עברית", "العربية",
        "😀", "👍🏽", "🇻🇳", "👨‍👩‍👧", "\u{200D}", "\u{FE0F}",
        "\u{0}", "\u{1}", "\u{7}", "\u{8}", "\t", "\n", "\u{B}", "\u{C}", "\r", "\r\n", "\u{E}", "\u{1F}", "\u{7F}",
        "\u{85}", "\u{2028}", "\u{2029}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{EFFF}", "\u{F8FF}", "\u{600}",
        " ", "  ", "a", "Z", "0", "9", "-", "_", ",", ";", "{{", "}}",
    ]

    /// Random strings from `pieces`, repeatable from the seed.
    static func strings(seed: UInt64, count: Int) -> [String] {
        var random = SplitMix64(seed: seed)
        var strings = [""] + pieces
        for _ in 0..<count {
            let length = 1 + random.below(8)
            strings.append((0..<length).map { _ in random.pick(pieces) }.joined())
        }
        return strings
    }
}
