import TreCore
import XCTest

/// Vietnamese done right: numbers, dates, slugs, collation and matching of names.
final class LocaleTests: XCTestCase {
    func testVietnameseNumbers() {
        let vi = NumberFormat(.vi)
        XCTAssertEqual(vi.format(1234.5), "1.234,5")
        XCTAssertEqual(vi.format(1234567), "1.234.567")
        XCTAssertEqual(vi.format(80), "80")
        XCTAssertEqual(vi.format(66.666), "66,7")
        XCTAssertEqual(vi.format(0.04), "0")
        XCTAssertEqual(vi.format(-0.04), "0", "no negative zero")
        XCTAssertEqual(vi.format(-1234.5), "-1.234,5")
        XCTAssertEqual(vi.format(5, decimals: 2), "5,00")
        XCTAssertEqual(vi.format(.nan), "–")
        XCTAssertEqual(vi.format(.infinity), "–")
        XCTAssertEqual(vi.percent(12.5), "12,5%")
        XCTAssertEqual(vi.format(5000, unit: "cuốn"), "5.000 cuốn")
        XCTAssertEqual(vi.format(1e20), "1×10^20")
    }

    func testEnglishNumbers() {
        let en = NumberFormat(.en)
        XCTAssertEqual(en.format(1234.5), "1,234.5")
        XCTAssertEqual(en.percent(80), "80%")
    }

    func testDates() {
        let day = Day(year: 2024, month: 2, day: 22)!
        XCTAssertEqual(DateFormat(.vi).format(day), "22/02/2024")
        XCTAssertEqual(DateFormat(.en).format(day), "22 February 2024")
        XCTAssertEqual(DateFormat(.vi).monthYear(day), "02/2024")
    }

    func testDaysThatDoNotExist() {
        XCTAssertNil(Day(year: 2019, month: 2, day: 29))
        XCTAssertNotNil(Day(year: 2024, month: 2, day: 29))
        XCTAssertNil(Day(year: 1900, month: 2, day: 29))
        XCTAssertNil(Day(year: 2024, month: 13, day: 1))
        XCTAssertEqual(Day(year: 2025, month: 1, day: 1)!.ordinal - Day(year: 2024, month: 1, day: 1)!.ordinal, 366)
    }

    func testSlugs() {
        XCTAssertEqual(VietnameseText.slug("Đồng Nai"), "dong-nai")
        XCTAssertEqual(VietnameseText.slug("Kế hoạch 291/KH-UBND"), "ke-hoach-291-kh-ubnd")
        XCTAssertEqual(VietnameseText.slug("  Hợp tác xã — Ưu tiên!  "), "hop-tac-xa-uu-tien")
        XCTAssertEqual(VietnameseText.slug("Tha\u{0300}nh"), "thanh", "NFD input")
        XCTAssertTrue(Slug.isValid("ha-nam-291"))
        XCTAssertFalse(Slug.isValid("Ha-Nam"))
        XCTAssertFalse(Slug.isValid("ha--nam"))
        XCTAssertFalse(Slug.isValid("-ha"))
        XCTAssertFalse(Slug.isValid(""))
    }

    func testCollationPutsVietnameseLettersInTheirPlace() {
        let names = ["Đồng Nai", "Ư", "Dak Lak", "Uông Bí", "Vĩnh Long", "An Giang", "Ăn", "Âu", "Bình Phước", "Ơ", "Ô", "Óc"]
        XCTAssertEqual(names.sortedVietnamese { $0 },
                       ["An Giang", "Ăn", "Âu", "Bình Phước", "Dak Lak", "Đồng Nai", "Óc", "Ô", "Ơ", "Uông Bí", "Ư", "Vĩnh Long"])
    }

    func testCollationOrdersTonesAfterLetters() {
        // Letters decide first; then the tone: level, huyền, hỏi, ngã, sắc, nặng.
        XCTAssertEqual(["má", "mạ", "ma", "mà", "mã", "mả", "mb"].sortedVietnamese { $0 },
                       ["ma", "mà", "mả", "mã", "má", "mạ", "mb"])
        XCTAssertTrue(VietnameseText.precedes("Hà Nam", "Hà Tĩnh"))
        XCTAssertTrue(VietnameseText.precedes("HTX Đông", "HTX Ea"))
    }

    func testNamesMatchAcrossTonePlacementNormalisationAndCase() {
        XCTAssertEqual(VietnameseText.matchKey("Hòa"), VietnameseText.matchKey("Hoà"))
        XCTAssertEqual(VietnameseText.matchKey("Thanh Hóa"), VietnameseText.matchKey("thanh hoá"))
        XCTAssertEqual(VietnameseText.matchKey("Thanh Ho\u{0061}\u{0301}"), VietnameseText.matchKey("Thanh Hoá"))
        XCTAssertNotEqual(VietnameseText.matchKey("Hòa"), VietnameseText.matchKey("Hóa"))
        XCTAssertEqual(VietnameseText.nfc("Ha\u{0300}"), "H\u{00E0}")
    }
}
