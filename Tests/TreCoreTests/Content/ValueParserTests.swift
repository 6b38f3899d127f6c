import XCTest
@testable import TreCore

final class ValueParserTests: XCTestCase {
    private func problem<T>(_ result: Result<T, ValueProblem>, file: StaticString = #filePath,
                            line: UInt = #line) -> ValueProblem? {
        guard case .failure(let problem) = result else {
            XCTFail("expected a problem, got \(result)", file: file, line: line)
            return nil
        }
        XCTAssertNotNil(problem.hint, file: file, line: line)
        return problem
    }

    func testNumbers() {
        XCTAssertEqual(try ValueParser.number("80").get(), 80)
        XCTAssertEqual(try ValueParser.number(" -12.5 ").get(), -12.5)
        XCTAssertEqual(try ValueParser.number("12,5", decimal: ",").get(), 12.5)
        XCTAssertEqual(try ValueParser.number("1.2345").get(), 1.2345)
        XCTAssertEqual(try ValueParser.number("0.125").get(), 0.125)
        XCTAssertEqual(try ValueParser.number("45 %", percent: true).get(), 45)
        XCTAssertEqual(try ValueParser.number(".5").get(), 0.5)
    }

    func testThousandsSeparatorIsExplained() {
        let comma = problem(ValueParser.number("1.234", decimal: ","))
        XCTAssertTrue(comma?.message.vi.contains("không dùng dấu phân cách hàng nghìn") ?? false)
        XCTAssertTrue(comma?.message.en.contains("without thousands separators") ?? false)
        XCTAssertTrue(comma?.hint?.vi.contains("Viết liền các chữ số: 1234.") ?? false, comma?.hint?.vi ?? "")
        for text in ["1,234", "1,234.5", "1.234.567", "1 234"] {
            XCTAssertTrue(problem(ValueParser.number(text))?.message.en.contains("thousands") ?? false, text)
        }
    }

    func testDecimalCommaSuggestsTheSiteSetting() {
        let comma = problem(ValueParser.number("12,5", decimal: "."))
        XCTAssertTrue(comma?.message.vi.contains("dùng dấu «,» làm dấu thập phân") ?? false, comma?.message.vi ?? "")
        XCTAssertTrue(comma?.message.vi.hasSuffix("dùng dấu «.».") ?? false, "no \"dấu ..\": \(comma?.message.vi ?? "")")
        XCTAssertTrue(comma?.hint?.vi.contains("csv: { decimal: \",\" }") ?? false)
        XCTAssertTrue(comma?.hint?.en.contains("Write 12.5") ?? false, comma?.hint?.en ?? "")
        let point = problem(ValueParser.number("12.5", decimal: ","))
        XCTAssertTrue(point?.hint?.vi.contains("csv: { decimal: \".\" }") ?? false)
    }

    func testPercentOnlyWhenAllowed() {
        let result = problem(ValueParser.number("45%", percent: false))
        XCTAssertTrue(result?.message.vi.contains("dấu %") ?? false)
    }

    func testNotNumbers() {
        for text in ["NaN", "inf", "-inf", "1e5", "0x10", "abc", "-", ".", "80 HTX", "１２"] {
            XCTAssertTrue(problem(ValueParser.number(text))?.message.en.contains("is not a number") ?? false, text)
        }
        XCTAssertEqual(problem(ValueParser.number("  "))?.message.en, "The value is empty.")
    }

    func testYears() {
        XCTAssertEqual(try ValueParser.year("2025").get(), 2025)
        for text in ["năm 2025", "25", "1899", "2101", "2025.0"] {
            XCTAssertTrue(problem(ValueParser.year(text))?.message.vi.contains("không phải là một năm") ?? false, text)
        }
        XCTAssertEqual(problem(ValueParser.year("20 25"))?.hint?.en, "Write the digits together: 2025.")
    }

    func testDates() throws {
        XCTAssertEqual(try ValueParser.date("2024").get(), Day(year: 2024, month: 12, day: 31))
        XCTAssertEqual(try ValueParser.date("2024-02").get(), Day(year: 2024, month: 2, day: 29))
        XCTAssertEqual(try ValueParser.date("2023-02").get(), Day(year: 2023, month: 2, day: 28))
        XCTAssertEqual(try ValueParser.date("2024-06-30").get(), Day(year: 2024, month: 6, day: 30))
        XCTAssertEqual(try ValueParser.date("30/06/2024").get(), Day(year: 2024, month: 6, day: 30))
        XCTAssertEqual(try ValueParser.date("1/7/2025").get(), Day(year: 2025, month: 7, day: 1))
        XCTAssertEqual(try ValueParser.date("29/02/2024").get(), Day(year: 2024, month: 2, day: 29))
    }

    func testDatesThatDoNotExist() {
        let february = problem(ValueParser.date("31/02/2019"))
        XCTAssertEqual(february?.message.vi,
                       "«31/02/2019» không phải là ngày có thật: tháng 2 năm 2019 chỉ có 28 ngày.")
        XCTAssertEqual(february?.message.en, "\"31/02/2019\" is not a real date: February 2019 has 28 days.")
        XCTAssertTrue(problem(ValueParser.date("2024-13-01"))?.message.vi.contains("không có tháng 13") ?? false)
        XCTAssertTrue(problem(ValueParser.date("2024-04-31"))?.message.en.contains("April 2024 has 30 days") ?? false)
        for text in ["2024/06/30", "30-06-2024", "30/06", "hôm qua", "2024-6-", "1850"] {
            XCTAssertNotNil(problem(ValueParser.date(text)), text)
        }
        XCTAssertTrue(problem(ValueParser.date("2024-06", partial: false))?.message.en.contains("not a full date") ?? false)
    }

    func testBooleans() {
        for text in ["yes", "True", "CÓ", "có", "Co\u{0301}"] { XCTAssertEqual(try? ValueParser.bool(text).get(), true, text) }
        for text in ["no", "FALSE", "không", "Không"] { XCTAssertEqual(try? ValueParser.bool(text).get(), false, text) }
        XCTAssertTrue(problem(ValueParser.bool("x"))?.hint?.vi.contains("có, không") ?? false)
    }

    func testSlugs() {
        XCTAssertEqual(try ValueParser.slug("ha-nam-291").get(), "ha-nam-291")
        let bad = problem(ValueParser.slug("Hà Nam"))
        XCTAssertEqual(bad?.hint?.vi, "Hãy viết «ha-nam».")
        XCTAssertEqual(bad?.hint?.en, "Write \"ha-nam\".")
        for text in ["-a", "a-", "a--b", "A", "a_b", "đ"] { XCTAssertFalse(ValueParser.isSlug(text), text) }
    }

    func testIntegers() {
        XCTAssertEqual(try ValueParser.integer("5", range: 0...5).get(), 5)
        XCTAssertEqual(try ValueParser.integer(" 0 ", range: 0...5).get(), 0)
        for text in ["6", "-1", "4.0", "ba", "99999999999999999999"] {
            XCTAssertTrue(problem(ValueParser.integer(text, range: 0...5))?.message.vi.contains("từ 0 đến 5") ?? false, text)
        }
    }

    func testLists() {
        XCTAssertEqual(ValueParser.list(" VietGAP ; OCOP 4 sao;; ;hữu cơ "), ["VietGAP", "OCOP 4 sao", "hữu cơ"])
        XCTAssertEqual(ValueParser.list(""), [])
    }

    func testProblemAboutPrefixesTheName() {
        let problem = ValueProblem(LocalizedText(vi: "sai", en: "wrong")).about("target")
        XCTAssertEqual(problem.message, LocalizedText(vi: "`target`: sai", en: "`target`: wrong"))
    }

    /// The quick path for plain numbers gives exactly what the close look gives, for every
    /// string of up to five characters drawn from digits, signs, separators, spaces and %.
    func testQuickNumbersEqualTheCloseLook() {
        let alphabet: [Character] = ["7", ".", ",", "-", "+", " ", "%", "e"]
        var strings: [String] = [""]
        var last: [String] = [""]
        for _ in 1...5 {
            last = last.flatMap { prefix in alphabet.map { prefix + String($0) } }
            strings += last
        }
        strings += [String(repeating: "9", count: 400), "1" + String(repeating: "0", count: 308) + ".5", "Đ1", "١٢"]
        for text in strings {
            for decimal: Character in [".", ","] {
                for percent in [false, true] {
                    let quick = ValueParser.number(text, decimal: decimal, percent: percent, quick: true)
                    let close = ValueParser.number(text, decimal: decimal, percent: percent, quick: false)
                    XCTAssertEqual(quick, close, "\(text) with \(decimal), percent \(percent)")
                }
            }
        }
    }

    func testTrimmingWhitespaceEqualsFoundation() {
        // Every scalar of the Basic Multilingual Plane, at either end.
        for scalar in (0...0xFFFF).compactMap(Unicode.Scalar.init) {
            for text in [String(scalar) + "a", "Đề án" + String(scalar), String(scalar)] {
                XCTAssertEqual(text.trimmingWhitespace, text.trimmingCharacters(in: .whitespacesAndNewlines),
                               String(scalar.value, radix: 16))
            }
        }
    }
}
