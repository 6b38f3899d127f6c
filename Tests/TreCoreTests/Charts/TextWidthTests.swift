import XCTest
@testable import TreCore

/// The byte-level text width must equal the Character-by-Character rule it replaced.
final class TextWidthTests: XCTestCase {
    static func referenceWidth(_ text: String) -> Double {
        var ems = 0.0
        for character in text {
            switch character {
            case "i", "l", "j", "t", "f", "r", ".", ",", ":", ";", "'", "|", "(", ")", " ": ems += 0.32
            case "m", "w", "M", "W", "%": ems += 0.85
            case _ where character.isUppercase: ems += 0.68
            default: ems += 0.56
            }
        }
        return ems
    }

    func testWidthEqualsTheCharacterRule() {
        let extra = ["\u{037E}", "\u{037E}\u{0301}", "\u{1FEF}", "\u{212A}", "Ǆ", "ǅ", "ß", "İ", "ﬁ", "Ⅻ",
                     "i\u{0301}", "M\u{0323}", "%\u{20DD}", "\r\n", "Ứ", "Ư\u{0301}", "ĐẮK LẮK", "Mục tiêu 2025: 80%"]
        for text in EscapingCorpus.strings(seed: 14, count: 3000) + extra {
            XCTAssertEqual(TextWidth.estimate(text, size: 1), Self.referenceWidth(text), "\(text.unicodeScalars.map(\.value))")
        }
    }
}
