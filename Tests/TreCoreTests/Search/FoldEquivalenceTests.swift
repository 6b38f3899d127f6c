import Foundation
import TreTestSupport
import XCTest
@testable import TreCore

/// The fold (slugs, search words), NFC-quick and the collation key are worked out scalar by
/// scalar from tables; they must give exactly what the old whole-string implementations in
/// `ReferenceText.swift` give, on every scalar of the tables and on seeded random text.
final class FoldEquivalenceTests: XCTestCase {
    /// Every scalar the tables cover and a sample beyond, each on its own.
    static let scalars: [Unicode.Scalar] = (Array(0..<0x2100) + Array(stride(from: 0x2100, to: 0x11_0000, by: 97))
        + [0x212A, 0x212B, 0x2126, 0x1E9E, 0x1D165, 0x1F44D, 0x1F3FD, 0xAC00, 0x1100, 0x10FFFF]).compactMap(Unicode.Scalar.init)

    func testEachScalarFoldsAsTheOldSlug() {
        for scalar in Self.scalars {
            let text = String(scalar)
            XCTAssertEqual(VietnameseText.slug(text), ReferenceVietnamese.slug(text), "U+\(String(scalar.value, radix: 16))")
            XCTAssertEqual(VietnameseText.slug("x" + text + "9"), ReferenceVietnamese.slug("x" + text + "9"))
        }
    }

    func testSlugsAndSearchWordsEqualTheOldOnSeededText() {
        var samples = TextSamples(seed: 0x51_06)
        for iteration in 0..<3000 {
            let title = samples.text(pieces: samples.random.below(8))
            let text = samples.text(pieces: samples.random.below(40))
            XCTAssertEqual(VietnameseText.slug(text), ReferenceVietnamese.slug(text), "\(iteration): \(text.debugDescription)")
            var words = VietnameseFold.Words()
            words.add(title)
            words.add(text)
            XCTAssertEqual(Set(words.list.all), Set(ReferenceVietnamese.words(title + " " + text)),
                           "\(iteration): \(title.debugDescription) \(text.debugDescription)")
            XCTAssertEqual(words.list.all.count, Set(words.list.all).count, "once each")
        }
    }

    func testFoldPins() {
        XCTAssertEqual(VietnameseText.slug("ĐƯỜNG Đắk Lắk — ẞ ß İstanbul ﬁ"), "duong-dak-lak-istanbul")
        XCTAssertEqual(VietnameseText.slug("Vie\u{0323}\u{0302}t\u{0300}"), "viet")
        XCTAssertEqual(VietnameseText.slug("Σ東京a\u{0903}b"), "a-b")
        var words = VietnameseFold.Words()
        words.add("Hợp tác xã")
        words.add("hợp-tác 2.500 HTX nghiệp NGHIỆP chuyển-đổi-số 12345678 123456789")
        XCTAssertEqual(Set(words.list.all), ["hop", "tac", "xa", "2", "500", "htx", "nghiep", "chuyen", "doi", "so",
                                        "12345678", "123456789"])
    }

    func testManyWordsOnceEach() {
        // Enough distinct words to grow the set of packed words several times.
        let numbers = (0..<3000).map { String($0 * 7919 % 100_000) }
        var words = VietnameseFold.Words()
        words.add(numbers.joined(separator: " ") + " " + numbers.reversed().joined(separator: "-"))
        words.add("một-hai-ba-bốn-năm-sáu-bảy-tám-chín-mười-mườimột")
        let all = words.list.all
        XCTAssertEqual(all.count, 3000 + 11)
        XCTAssertEqual(Set(all), Set(numbers + ["mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi", "muoimot"]))
    }

    func testNFCQuickEqualsTheOld() {
        for scalar in Self.scalars {
            let text = "ab" + String(scalar)
            XCTAssertEqual(VietnameseText.isNFCQuick(text), ReferenceVietnamese.isNFCQuick(text), "U+\(String(scalar.value, radix: 16))")
        }
        var samples = TextSamples(seed: 0x0F_C0)
        for _ in 0..<3000 {
            let text = samples.text(pieces: samples.random.below(30))
            XCTAssertEqual(VietnameseText.isNFCQuick(text), ReferenceVietnamese.isNFCQuick(text), text.debugDescription)
            XCTAssertEqual(VietnameseText.nfc(text), ReferenceVietnamese.nfc(text))
        }
    }

    func testEachCharacterCollatesAsTheOldKey() {
        let texts = Self.scalars.map { String($0) } + ["\r\n", "a\u{0301}", "\u{0301}", "e\u{0323}\u{0302}", "👨‍👩‍👧"]
        let reference = ReferenceVietnamese.sorted(texts.map { "m" + $0 })
        XCTAssertEqual(texts.map { "m" + $0 }.sortedVietnamese { $0 }, reference)
    }

    func testCollationEqualsTheOldOnSeededNames() {
        var samples = TextSamples(seed: 0xC0_11)
        let stems = ["Hợp tác xã", "HTX", "Tổ hợp tác", "hợp tác xã", "Hợp Tác Xã"]
        var names: [String] = []
        for _ in 0..<2000 {
            // Names that share their letters and differ in tone or case, and random ones.
            let stem = samples.random.pick(stems)
            names.append(samples.random.below(3) == 0 ? samples.text(pieces: 1 + samples.random.below(6))
                         : stem + " " + samples.text(pieces: 1 + samples.random.below(3), quick: true))
        }
        XCTAssertEqual(names.sortedVietnamese { $0 }, ReferenceVietnamese.sorted(names))
        for (a, b) in zip(names, names.dropFirst()) {
            XCTAssertEqual(VietnameseText.precedes(a, b), ReferenceCollationKey(a) < ReferenceCollationKey(b),
                           "\(a.debugDescription) \(b.debugDescription)")
        }
    }

    func testSortingKeepsTheOrderOfEqualNames() {
        let items = [("b", 1), ("a", 2), ("b", 3), ("a", 4), ("A", 5)]
        XCTAssertEqual(items.sortedVietnamese { $0.0 }.map(\.1), [2, 4, 5, 1, 3])
    }
}
