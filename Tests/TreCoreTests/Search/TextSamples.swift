import Foundation
import TreTestSupport

/// Seeded random text for the equivalence tests: Vietnamese in NFC and NFD, upper case, Đ/đ,
/// tone marks in either order, other scripts, emoji, every kind of white space, entities
/// and the tags the search text cuts out. Half the samples keep to NFC-quick pieces, so that
/// the fast byte paths, not only their fallbacks, meet the awkward cases.
struct TextSamples {
    var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// Pieces that `VietnameseText.isNFCQuick` accepts.
    static let quickPieces: [String] = [
        "a", "Z", "7", "hợp", "tác", "xã", "HỢP TÁC XÃ", "Đồng", "đường", "ĐẮK LẮK", "Ưu", "ơi", "Ă", "â", "Ê",
        "Việt", "nông nghiệp", "Thanh Hóa", "Thanh Hoá", "Hoà", "Hòa", "Quảng Trị", "giá trị", "2.500", "12,5%",
        " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "-", "—", "–", "…", "“", "”",
        "‘", "’", "/", "&", "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#x27;", "&apos;", "&nbsp;", "&amp;lt;",
        "&AMP;", "&lt", "&#39", ";", "<", ">", "<p>", "</p>", "<br/>", "<main id=\"main\">", "<main>", "</main>",
        "<MAIN>", "</main >", "<svg viewBox=\"0 0 1 1\">", "</svg>", "<SVG>", "</SVG>", "<svg/>", "<svg />",
        "<script>", "</script>", "<style>", "</Style>", "<text>bỏ</text>", "<div class=\"prose\">",
        "<div class=\"prose-lead\">", "<h2>", "<a href=\"/x\">", "ß", "ẞ", "ÿ", "Ÿ", "İ", "ı", "Ǆ", "ǅ", "ŉ", "Ĳ",
        "ø", "Ø", "æ", "Œ", "þ", "Ð", "ð", "Ħ", "ł", "ʰ", "ˆ", "˜", "\u{AD}", "\u{7F}", "\u{0}", "\u{1F}",
        "©", "°", "·", "×", "€", "→", "■", "✓", "❤", "‰", "′", "⁄", "\u{2011}", "ſ", "ǅ", "Ș", "ț",
    ]

    /// Pieces that it does not: marks, other scripts, emoji, other spaces, singletons.
    static let otherPieces: [String] = [
        "Vie\u{0323}\u{0302}t", "Vie\u{0302}\u{0323}t", "Tha\u{0300}nh", "HO\u{031B}\u{0323}P", "D\u{0335}", "\u{0301}",
        "\u{0300}\u{0301}", " \u{0301}", "\u{A0}\u{0323}", "&amp;\u{0301}", "&lt\u{037E}", "<main\u{0301}>",
        "</main>\u{0300}", "ΟΔΟΣ", "οδός", "Σ", "Москва", "東京", "한국어", "\u{1100}\u{1161}", "👍🏽", "👨‍👩‍👧",
        "🇻🇳", "❤️", "\u{200D}", "\u{200C}", "\u{2028}", "\u{2029}", "\u{2003}", "\u{3000}", "\u{202F}",
        "\u{1680}", "\u{205F}", "\u{FEFF}", "\u{212A}", "\u{212B}", "\u{2126}", "\u{1FEF}", "\u{0340}", "\u{0903}",
        "\u{0600} ", "\u{0600}", "क्ष", "\u{1D165}", "\u{0345}", "ﬁ", "Ａ", "①", "\u{FFFD}", "𝐀",
    ]

    mutating func text(pieces count: Int, quick: Bool? = nil) -> String {
        let onlyQuick = quick ?? (random.below(2) == 0)
        var out = ""
        for _ in 0..<count {
            if onlyQuick || random.below(4) != 0 {
                out += random.pick(Self.quickPieces)
            } else {
                out += random.pick(Self.otherPieces)
            }
        }
        return out
    }

    /// A page: a header, a `<main>` with text and elements to skip, a footer.
    mutating func html(quick: Bool? = nil) -> String {
        let onlyQuick = quick ?? (random.below(2) == 0)
        var page = "<!doctype html><html><head><title>" + text(pieces: 3, quick: onlyQuick) + "</title></head><body>"
        page += text(pieces: random.below(6), quick: onlyQuick)
        if random.below(5) != 0 { page += "<main id=\"main\" tabindex=\"-1\">" }
        page += text(pieces: 5 + random.below(60), quick: onlyQuick)
        if random.below(3) == 0 { page += "<div class=\"prose\">" + text(pieces: random.below(40), quick: onlyQuick) }
        if random.below(5) != 0 { page += "</main>" }
        return page + text(pieces: random.below(6), quick: onlyQuick) + "</body></html>"
    }
}
