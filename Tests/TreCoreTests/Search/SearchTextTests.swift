import Foundation
import TreTestSupport
import XCTest
@testable import TreCore

/// The search text is cut from pages on UTF-8 bytes; it must be exactly what the old
/// Foundation implementation (`ReferenceSearchText`) gave, on pinned cases and on seeded pages.
final class SearchTextTests: XCTestCase {
    func testMainTextPins() {
        let html = "<header>Đầu</header><main id=\"main\"><h1>Hợp&nbsp;tác</h1>\n<p>A&amp;lt;B &quot;x&quot;"
            + "<svg><text>bỏ</text></svg> còn<SCRIPT>x()</script><svg/>lại\u{A0} \u{85}</p></main><footer>x</footer>"
        // The `<main ...>` tag is stripped like any other: its attributes are not words.
        XCTAssertEqual(SearchText.mainText(html), "Hợp tác A&lt;B \"x\" còn lại")
        XCTAssertEqual(SearchText.mainText("no main <b>x</b>  y"), "no main x y")
        XCTAssertEqual(SearchText.mainText("<main>a <b"), "a")
    }

    func testSnippetAndClipPins() {
        XCTAssertEqual(SearchText.snippet("Hợp tác xã  A xã B", after: "xã A"), "Hợp tác xã  A xã B")
        XCTAssertEqual(SearchText.snippet("Hợp tác xã A xã B", after: "xã\tA"), "xã B")
        XCTAssertEqual(SearchText.snippet("Hoà", after: "Hoa"), "Hoà", "never inside a character")
        XCTAssertEqual(SearchText.snippet("abc", after: " "), "abc", "an empty title matches nothing")
        XCTAssertEqual(SearchText.clip("một hai ba", to: 6), "một…")
        XCTAssertEqual(SearchText.clip("một hai", to: 7), "một hai")
        XCTAssertEqual(SearchText.clip("mộthai", to: 3), "một…")
    }

    func testProsePins() {
        XCTAssertNil(SearchText.prose("<main><p>x</p></main>"))
        XCTAssertNil(SearchText.prose("<div class=\"prose\"> </div>"))
        XCTAssertEqual(SearchText.prose("<div class=\"prose\"><p>Câu &amp; chữ</p></div>"), "Câu & chữ")
        let long = "<div class=\"prose\">" + String(repeating: "ộ", count: 5000)
        XCTAssertEqual(SearchText.prose(long)?.count, 4000 - "<div class=\"prose\">".count)
    }

    func testEverythingEqualsTheOldOnSeededPages() {
        var samples = TextSamples(seed: 0x5EA_4C4)
        var quickPages = 0, found = 0
        for iteration in 0..<2500 {
            let html = samples.html()
            let title = samples.text(pieces: 1 + samples.random.below(4))
            let main = SearchText.mainText(html)
            let label = "\(iteration): \(html.debugDescription)"
            if VietnameseText.isNFCQuick(html) { quickPages += 1 }
            XCTAssertEqual(main, ReferenceSearchText.mainText(html), label)
            XCTAssertEqual(SearchText.prose(html), ReferenceSearchText.prose(html), label)
            XCTAssertEqual(SearchText.squeeze(html), ReferenceSearchText.squeeze(html), label)
            // A title that is in the text, one cut short, and a random one.
            let inText = String(main.dropFirst(samples.random.below(max(main.count, 1))).prefix(samples.random.below(12)))
            for title in [title, inText, String(inText.dropLast())] {
                let snippet = SearchText.snippet(main, after: title)
                XCTAssertEqual(snippet, ReferenceSearchText.snippet(main, after: title), "\(label) after \(title.debugDescription)")
                if snippet != main { found += 1 }
            }
            let description = samples.random.below(4) == 0 ? samples.text(pieces: samples.random.below(10)) : nil
            let indexed = SearchText.index(html, title: title, description: description, limit: 180)
            let snippet = description.map { ReferenceSearchText.squeeze($0) } ?? ReferenceSearchText.prose(html)
                ?? ReferenceSearchText.snippet(ReferenceSearchText.mainText(html), after: title)
            XCTAssertEqual(indexed.snippet, ReferenceSearchText.clip(snippet, to: 180), label)
            XCTAssertEqual(Set(indexed.words.all), Set(ReferenceVietnamese.words(title + " " + ReferenceSearchText.mainText(html))), label)
            for limit in [0, 1, 5, 30, 180] {
                XCTAssertEqual(SearchText.clip(main, to: limit), ReferenceSearchText.clip(main, to: limit), label)
            }
        }
        // Both the byte paths and the fallbacks were compared, and titles were found.
        XCTAssertGreaterThan(quickPages, 1000)
        XCTAssertLessThan(quickPages, 2000)
        XCTAssertGreaterThan(found, 2000)
    }

    /// Why bytes can stand for characters in NFC-quick text: no NFC-quick scalar joins its
    /// neighbours in a character, none is a mark that Foundation refuses to end a match
    /// before, and its white space is what the byte paths take for white space.
    func testNFCQuickScalarsAreCharactersOfTheirOwn() {
        let quick = (0..<0x2800).compactMap(Unicode.Scalar.init).filter { VietnameseText.isNFCQuick(String($0)) }
        XCTAssertGreaterThan(quick.count, 1500)
        for scalar in quick {
            let text = String(scalar), name = "U+\(String(scalar.value, radix: 16))"
            XCTAssertEqual(("a" + text).count, 2, name)
            XCTAssertEqual((text + "a").count, 2, name)
            XCTAssertNotNil(("ab" + text).range(of: "ab"), name)
            XCTAssertEqual(Character(scalar).isWhitespace, [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0].contains(scalar.value), name)
            XCTAssertEqual(CharacterSet.whitespaces.contains(scalar), [0x09, 0x20, 0xA0].contains(scalar.value), name)
        }
        XCTAssertEqual("\r\n".count, 1, "the one character of two NFC-quick scalars")
    }
}
