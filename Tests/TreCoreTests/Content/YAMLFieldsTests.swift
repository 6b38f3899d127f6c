import Foundation
import XCTest
@testable import TreCore

final class YAMLFieldsTests: XCTestCase {
    private let file = "Content/plans/ha-nam-291.md"

    /// Parses the front matter of a whole .md file, so lines are file lines.
    private func fields(_ markdown: String, into diagnostics: inout Diagnostics) -> YAMLFields? {
        let split = FrontMatter.split(markdown, file: file)
        diagnostics.append(contentsOf: split.diagnostics)
        let parsed = YAMLFields.parse(split.yaml ?? "", firstLine: split.yamlFirstLine, file: file)
        diagnostics.append(contentsOf: parsed.diagnostics)
        return parsed.fields
    }

    private func at(_ diagnostic: Diagnostic?) -> [Int?] {
        [diagnostic?.location.line, diagnostic?.location.column]
    }

    func testSyntaxErrorIsAtTheFileLine() {
        var diagnostics = Diagnostics()
        let result = fields("---\ntitle: Kế hoạch\nissuer: UBND: tỉnh\nfrom: 2021\n---\nBody\n", into: &diagnostics)
        XCTAssertNil(result)
        XCTAssertEqual(diagnostics.items.count, 1)
        let error = diagnostics.items.first
        XCTAssertEqual(at(error), [3, 13])
        XCTAssertTrue(error?.message.vi.hasPrefix("Lỗi cú pháp YAML: có dấu hai chấm") ?? false, error?.message.vi ?? "")
        XCTAssertTrue(error?.message.en.contains("mapping values are not allowed") ?? false)
        XCTAssertTrue(error?.hint?.vi.contains("ngoặc kép") ?? false)
    }

    func testUnclosedQuoteAndBadIndentation() {
        var diagnostics = Diagnostics()
        _ = fields("---\ntitle: \"Kế hoạch\nfrom: 2021\n---\n", into: &diagnostics)
        XCTAssertEqual(diagnostics.items.count, 1)
        XCTAssertEqual(diagnostics.items.first?.location.line, 4)
        diagnostics = Diagnostics()
        _ = fields("---\ntitle: A\n  from: 2021\n---\n", into: &diagnostics)
        XCTAssertEqual(at(diagnostics.items.first), [3, 7])
    }

    func testNotAMapping() {
        let parsed = YAMLFields.parse("- a\n- b\n", firstLine: 2, file: file)
        XCTAssertNil(parsed.fields)
        XCTAssertEqual(at(parsed.diagnostics.items.first), [2, 1])
        XCTAssertTrue(parsed.diagnostics.items.first?.message.vi.contains("một danh sách") ?? false)
        XCTAssertTrue(parsed.diagnostics.items.first?.message.en.contains("`key: value`") ?? false)
        let scalar = YAMLFields.parse("title Kế hoạch\n", firstLine: 1, file: file)
        XCTAssertEqual(at(scalar.diagnostics.items.first), [1, 1])
    }

    func testEmptyYAMLIsAnEmptyMapping() {
        let parsed = YAMLFields.parse("# chỉ có chú thích\n", firstLine: 2, file: file)
        XCTAssertEqual(parsed.fields?.keys, [])
        XCTAssertTrue(parsed.diagnostics.isEmpty)
    }

    func testStringsAreNFCAndScalarsOfAnyTypeAreText() throws {
        let yaml = "name: Ho\u{0061}\u{0300} Bi\u{0300}nh\ncode: 35\nissued: 2024-02-22\nempty: \"\"\nnothing: ~\n"
        let parsed = YAMLFields.parse(yaml, firstLine: 2, file: file)
        let fields = try XCTUnwrap(parsed.fields)
        var diagnostics = Diagnostics()
        XCTAssertEqual(fields.string("name", into: &diagnostics)?.unicodeScalars.count, 8)
        XCTAssertEqual(fields.string("code", into: &diagnostics), "35")
        XCTAssertEqual(fields.string("issued", into: &diagnostics), "2024-02-22")
        XCTAssertNil(fields.string("empty", into: &diagnostics))
        XCTAssertNil(fields.string("nothing", into: &diagnostics))
        XCTAssertNil(fields.string("absent", into: &diagnostics))
        XCTAssertTrue(diagnostics.isEmpty)
    }

    func testRequiredKeyMissingIsAtTheOpeningFence() {
        var diagnostics = Diagnostics()
        let result = try? XCTUnwrap(fields("---\nfrom: 2021\n---\n", into: &diagnostics))
        XCTAssertNil(result?.string("title", required: true, into: &diagnostics))
        XCTAssertEqual(at(diagnostics.items.first), [1, 1])
        XCTAssertEqual(diagnostics.items.first?.message.vi, "Thiếu khóa bắt buộc `title`.")
        XCTAssertEqual(diagnostics.items.first?.message.en, "Missing required key `title`.")
        // An empty required value is reported at its key.
        diagnostics = Diagnostics()
        let empty = fields("---\nfrom: 2021\ntitle:\n---\n", into: &diagnostics)
        XCTAssertNil(empty?.string("title", required: true, into: &diagnostics))
        XCTAssertEqual(at(diagnostics.items.first), [3, 1])
        XCTAssertTrue(diagnostics.items.first?.message.vi.contains("chưa có giá trị") ?? false)
    }

    func testWrongTypeIsAtTheValue() {
        var diagnostics = Diagnostics()
        let result = fields("---\ntitle:\n  - a\n  - b\nfrom: [2021]\n---\n", into: &diagnostics)
        XCTAssertNil(result?.string("title", required: true, into: &diagnostics))
        XCTAssertNil(result?.year("from", required: true, into: &diagnostics))
        XCTAssertEqual(diagnostics.items.map(at), [[3, 3], [5, 7]])
        XCTAssertTrue(diagnostics.items[0].message.vi.contains("`title` phải là một đoạn chữ, nhưng ở đây là một danh sách"))
        XCTAssertTrue(diagnostics.items[0].message.en.contains("must be text, but it is a list"))
    }

    func testYearWrittenInWords() {
        var diagnostics = Diagnostics()
        let result = fields("---\ntitle: Kế hoạch\nfrom: năm 2025\nto: 2030\n---\n", into: &diagnostics)
        XCTAssertNil(result?.year("from", required: true, into: &diagnostics))
        XCTAssertEqual(result?.year("to", required: true, into: &diagnostics), 2030)
        XCTAssertEqual(diagnostics.items.map(at), [[3, 7]])
        XCTAssertTrue(diagnostics.items[0].message.vi.hasPrefix("`from` phải là một năm, ví dụ 2024"))
        XCTAssertTrue(diagnostics.items[0].message.en.hasPrefix("`from` must be a year, e.g. 2024"))
    }

    func testIntRange() {
        var diagnostics = Diagnostics()
        let parsed = YAMLFields.parse("limit: 200\nstars: 3\n", firstLine: 10, file: file)
        XCTAssertNil(parsed.fields?.int("limit", range: 1...100, into: &diagnostics))
        XCTAssertEqual(parsed.fields?.int("stars", range: 0...5, into: &diagnostics), 3)
        XCTAssertEqual(diagnostics.items.map(at), [[10, 8]])
        XCTAssertTrue(diagnostics.items[0].message.vi.contains("từ 1 đến 100"))
    }

    func testDays() {
        var diagnostics = Diagnostics()
        let yaml = "a: 2024-02-22\nb: \"01/07/2025\"\nc: 2023-02-29\nd: 2024\ne: 2024-02-22T10:00:00Z\n"
        let fields = YAMLFields.parse(yaml, firstLine: 2, file: file).fields
        XCTAssertEqual(fields?.day("a", into: &diagnostics), Day(year: 2024, month: 2, day: 22))
        XCTAssertEqual(fields?.day("b", into: &diagnostics), Day(year: 2025, month: 7, day: 1))
        XCTAssertNil(fields?.day("c", into: &diagnostics))
        XCTAssertNil(fields?.day("d", into: &diagnostics))
        XCTAssertNil(fields?.day("e", into: &diagnostics))
        XCTAssertEqual(diagnostics.items.map(at), [[4, 4], [5, 4], [6, 4]])
        XCTAssertTrue(diagnostics.items[0].message.en.contains("February 2023 has 28 days"))
        XCTAssertTrue(diagnostics.items[0].message.vi.hasPrefix("`c`: "))
    }

    func testBoolsListsAndNestedMappings() throws {
        let yaml = """
            sample: có
            unsafe: maybe
            photos:
              - media/a.jpg
              - media/b.jpg
            one: media/c.jpg
            bad: [a, [b]]
            handbook:
              title: Sổ tay
              paper: A5
              papre: A4
            csv: ","
            """
        var diagnostics = Diagnostics()
        let fields = try XCTUnwrap(YAMLFields.parse(yaml, firstLine: 1, file: "Content/site.yml").fields)
        XCTAssertEqual(fields.bool("sample", into: &diagnostics), true)
        XCTAssertNil(fields.bool("unsafe", into: &diagnostics))
        XCTAssertEqual(fields.stringList("photos", into: &diagnostics), ["media/a.jpg", "media/b.jpg"])
        XCTAssertEqual(fields.stringList("one", into: &diagnostics), ["media/c.jpg"])
        XCTAssertEqual(fields.stringList("bad", into: &diagnostics), ["a"])
        let handbook = try XCTUnwrap(fields.mapping("handbook", into: &diagnostics))
        XCTAssertEqual(handbook.string("title", into: &diagnostics), "Sổ tay")
        XCTAssertNil(handbook.string("subtitle", required: true, into: &diagnostics))
        handbook.warnUnknownKeys(allowed: ["title", "subtitle", "paper"], into: &diagnostics)
        XCTAssertNil(fields.mapping("csv", into: &diagnostics))
        XCTAssertEqual(diagnostics.items.map(at), [[2, 9], [7, 10], [8, 1], [11, 3], [12, 6]])
        XCTAssertEqual(diagnostics.items[3].severity, .warning)
        XCTAssertTrue(diagnostics.items[3].message.vi.contains("`papre` không được hỗ trợ ở đây và sẽ bị bỏ qua"))
        XCTAssertEqual(diagnostics.items[3].hint?.vi, "Có phải bạn định viết `paper`?")
        XCTAssertTrue(diagnostics.items[4].message.en.contains("must be a group of keys, but it is text"))
    }

    func testUnknownKeyWithoutCloseMatchListsAllowedKeys() {
        var diagnostics = Diagnostics()
        let fields = YAMLFields.parse("title: A\nmàu_nền: đỏ\n", firstLine: 2, file: file).fields
        fields?.warnUnknownKeys(allowed: ["title", "from", "to"], into: &diagnostics)
        XCTAssertEqual(diagnostics.items.map(at), [[3, 1]])
        XCTAssertEqual(diagnostics.items.first?.hint?.en, "The supported keys are: from, title, to.")
    }

    func testColumnsCountCharactersInVietnameseLines() {
        // "Thành" in NFD has a combining mark: libyaml counts it as a column, Tre does not.
        let yaml = "ghi_chú: Tha\u{0300}nh: công\n"
        let parsed = YAMLFields.parse(yaml, firstLine: 2, file: file)
        XCTAssertEqual(at(parsed.diagnostics.items.first), [2, 15])
    }

    func testDuplicateKeyIsReportedAtTheSecondOne() {
        let parsed = YAMLFields.parse("title: A\nfrom: 2021\ntitle: B\n", firstLine: 2, file: file)
        XCTAssertNil(parsed.fields)
        XCTAssertEqual(at(parsed.diagnostics.items.first), [4, 1])
        XCTAssertEqual(parsed.diagnostics.items.first?.message.vi, "Khóa `title` được viết hai lần.")
    }

    func testAliasesAndAnchorsAreRefused() {
        let parsed = YAMLFields.parse("title: A\nnote: *quan trọng*\n", firstLine: 2, file: file)
        XCTAssertEqual(at(parsed.diagnostics.items.first), [3, 7])
        XCTAssertTrue(parsed.diagnostics.items.first?.hint?.vi.contains("\"*quan trọng\"") ?? false)
        // In quotes, comments and block text the same characters are fine.
        let fine = YAMLFields.parse("a: \"&b *c\"\nb: 'it''s &x' # &y\nc: |\n  &z\n  *w\nd: R&D *x\n", firstLine: 1, file: file)
        XCTAssertTrue(fine.diagnostics.isEmpty, "\(fine.diagnostics.items)")
        var diagnostics = Diagnostics()
        XCTAssertEqual(fine.fields?.string("d", into: &diagnostics), "R&D *x")
    }

    func testBillionLaughsIsRefusedQuickly() {
        var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        yaml += "? *i\n: boom\n"
        let start = Date()
        let parsed = YAMLFields.parse(yaml, firstLine: 2, file: file)
        XCTAssertLessThan(Date().timeIntervalSince(start), 1)
        XCTAssertNil(parsed.fields)
        XCTAssertEqual(at(parsed.diagnostics.items.first), [2, 4])
    }

    func testDeepNestingIsRefusedWithoutCrashing() {
        let flow = YAMLFields.parse("a: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000),
                                    firstLine: 2, file: file)
        XCTAssertNil(flow.fields)
        XCTAssertEqual(at(flow.diagnostics.items.first), [2, 3 + YAMLGuard.maxDepth])
        XCTAssertTrue(flow.diagnostics.items.first?.message.en.contains("nested too deeply") ?? false)
        var block = ""
        for level in 0..<2_000 { block += String(repeating: " ", count: level) + "k\(level):\n" }
        let blockResult = YAMLFields.parse(block, firstLine: 1, file: file)
        XCTAssertNil(blockResult.fields)
        XCTAssertEqual(blockResult.diagnostics.items.first?.location.line, YAMLGuard.maxDepth + 1)
        let dashes = YAMLFields.parse("a:\n" + String(repeating: "- ", count: 5_000) + "x\n", firstLine: 1, file: file)
        XCTAssertNil(dashes.fields)
        XCTAssertFalse(dashes.diagnostics.isEmpty)
    }
}
