import Foundation
import XCTest
@testable import TreCore

/// Robustness: random and mutated inputs must never crash or hang the readers, and what
/// they report must always be well-formed. Budgets are fixed so the suite stays fast in
/// debug builds.
final class FuzzTests: XCTestCase {
    static let csvSample = """
        plan;indicator;target;label
        ha-nam-291;htx-moi;80;"Phát triển mới 80 tổ hợp tác"
        "ninh-binh";tht;"12,5";"Nói ""có""
        hai dòng"
        hoa-binh;x;1;Hòa Bình

        """
    static let markdownSample = """
        ---
        title: "Kế hoạch 291/KH-UBND"
        from: 2021
        to: 2025
        issued: 2024-02-22
        photos:
          - media/a.jpg
        handbook: { title: Sổ tay, paper: A5 }
        ---
        # Mục tiêu

        ---

        Nội dung.
        """
    static let tokens = ["\"", "\n", "\r\n", "\r", "---\n", "...\n", "\u{0}", ",", ";", "[", "]", "{", "}",
                         "&a ", "*a", ": ", "- ", "\t", "#", "|\n", "'", "é", "\u{0301}", "🇻🇳", "\u{FEFF}",
                         "\u{FFFD}", "\"\"", "\\"]

    private func checkLocations(_ diagnostics: Diagnostics, _ input: @autoclosure () -> String,
                                file: StaticString = #filePath, line: UInt = #line) {
        for item in diagnostics.items {
            let ok = (item.location.line ?? 0) >= 1 && (item.location.column ?? 1) >= 1
            if !ok {
                XCTFail("bad location \(item.location) for \(item.message.en) in \(input().debugDescription.prefix(300))",
                        file: file, line: line)
                return
            }
            XCTAssertFalse(item.message.vi.isEmpty || item.message.en.isEmpty, file: file, line: line)
        }
    }

    private func checkCSV(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let table = CSVReader.parse(text, file: "f.csv")
        checkLocations(table.diagnostics, text, file: file, line: line)
        var previousLine = 0
        for row in table.rows {
            if !table.header.isEmpty, row.fields.count != table.header.count {
                XCTFail("row \(row.line) has \(row.fields.count) fields, header \(table.header.count)", file: file, line: line)
            }
            XCTAssertGreaterThan(row.line, previousLine, file: file, line: line)
            previousLine = row.line
            for field in row.fields where (field.location.line ?? 0) < row.line || (field.location.column ?? 0) < 1 {
                XCTFail("field at \(field.location) in row \(row.line)", file: file, line: line)
            }
        }
        _ = table.columns(required: ["plan", "indicator"], optional: ["label"])
    }

    private func checkMarkdown(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let split = FrontMatter.split(text, file: "f.md")
        checkLocations(split.diagnostics, text, file: file, line: line)
        XCTAssertGreaterThanOrEqual(split.body.start.line ?? 0, 1, file: file, line: line)
        if let yaml = split.yaml {
            XCTAssertTrue(yaml.isEmpty || text.contains(yaml), "yaml \(yaml.debugDescription) not in \(text.debugDescription)", file: file, line: line)
            checkYAML(yaml, firstLine: split.yamlFirstLine, file: file, line: line)
        }
    }

    private func checkYAML(_ yaml: String, firstLine: Int, file: StaticString = #filePath, line: UInt = #line) {
        let parsed = YAMLFields.parse(yaml, firstLine: firstLine, file: "f.md")
        checkLocations(parsed.diagnostics, yaml, file: file, line: line)
        guard let fields = parsed.fields else { return }
        var diagnostics = Diagnostics()
        _ = fields.string("title", required: true, into: &diagnostics)
        _ = fields.year("from", into: &diagnostics)
        _ = fields.day("issued", into: &diagnostics)
        _ = fields.bool("sample", into: &diagnostics)
        _ = fields.stringList("photos", into: &diagnostics)
        _ = fields.mapping("handbook", into: &diagnostics)?.string("title", into: &diagnostics)
        fields.warnUnknownKeys(allowed: ["title", "from"], into: &diagnostics)
        checkLocations(diagnostics, yaml, file: file, line: line)
    }

    private func mutate(_ text: String, _ random: inout SplitMix64) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let position = Int.random(in: 0...characters.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0:
                characters = Array(characters.prefix(position))
            case 1, 2:
                let token = Self.tokens[Int.random(in: 0..<Self.tokens.count, using: &random)]
                characters.insert(contentsOf: token, at: position)
            default:
                let end = min(characters.count, position + Int.random(in: 1...8, using: &random))
                characters.removeSubrange(position..<end)
            }
        }
        return String(characters)
    }

    func testRandomBytes() {
        var random = SplitMix64(seed: 0x5EED_0001)
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...200, using: &random)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            let decoded = ContentText.decode(Data(bytes), file: "f.csv")
            XCTAssertEqual(decoded.text == nil, decoded.diagnostics.items.count == 1)
            checkLocations(decoded.diagnostics, "\(bytes)")
            // Whatever the bytes, the readers see some text: decode leniently when refused.
            let text = decoded.text ?? String(decoding: bytes, as: UTF8.self)
            checkCSV(text)
            checkMarkdown(text)
        }
    }

    func testRandomBytesFromTheContentAlphabet() {
        var random = SplitMix64(seed: 0x5EED_0002)
        let alphabet = Array("ab ,;\"\n\r\t-:[]{}&*#'|>.?!é\u{0301}Đ0")
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...120, using: &random)
            let text = String((0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
            checkCSV(text)
            checkMarkdown("---\n" + text + "\n---\n")
            checkYAML(text, firstLine: 2)
        }
    }

    func testMutatedValidInputs() {
        var random = SplitMix64(seed: 0x5EED_0003)
        for _ in 0..<2_000 {
            checkCSV(mutate(Self.csvSample, &random))
            checkMarkdown(mutate(Self.markdownSample, &random))
        }
    }

    func testMutatedEncodings() {
        var random = SplitMix64(seed: 0x5EED_0004)
        let base = Array(Self.csvSample.utf8)
        for _ in 0..<2_000 {
            var bytes = base
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let position = Int.random(in: 0..<bytes.count, using: &random)
                bytes[position] = UInt8.random(in: 0x80...0xFF, using: &random)
            }
            let decoded = ContentText.decode(Data(bytes), file: "f.csv")
            checkLocations(decoded.diagnostics, "\(bytes)")
            if decoded.text == nil { XCTAssertEqual(decoded.diagnostics.errors.count, 1) }
        }
    }

    func testHugeFieldAndLongLines() {
        let big = String(repeating: "Hợp tác xã, \"\"Thành Công\"\"\n", count: 40_000)  // ~1 MB
        let table = CSVReader.parse("a,b\n\"\(big)\",x\n", file: "f.csv")
        XCTAssertTrue(table.diagnostics.isEmpty)
        XCTAssertEqual(table.rows.first?.fields[1].location.line, 40_002)
        XCTAssertEqual(table.rows.first?.fields[1].location.column, 3)

        let wide = Array(repeating: "Đồng Hới", count: 50_000).joined(separator: ",")
        let wideTable = CSVReader.parse("a\n" + wide + "\n", file: "f.csv")
        XCTAssertEqual(wideTable.diagnostics.items.first?.location.column, 10)
        let header = (0..<20_000).map { "c\($0)" }.joined(separator: ",")
        let row = (0..<20_000).map { _ in "Việt" }.joined(separator: ",")
        let long = CSVReader.parse(header + "\n" + row + "\n", file: "f.csv")
        XCTAssertEqual(long.rows.first?.fields.last?.location.column, 19_999 * 5 + 1)

        let unclosed = CSVReader.parse("a\n\"" + String(repeating: "x\n", count: 100_000), file: "f.csv")
        XCTAssertEqual(unclosed.diagnostics.items.first?.location.line, 2)
        XCTAssertEqual(unclosed.diagnostics.items.first?.location.column, 1)

        let longYAML = "title: " + String(repeating: "Kế hoạch ", count: 100_000) + "\n"
        var diagnostics = Diagnostics()
        XCTAssertEqual(YAMLFields.parse(longYAML, firstLine: 2, file: "f.md").fields?
            .string("title", into: &diagnostics)?.count, 100_000 * 9 - 1)
        checkMarkdown("---\n" + longYAML + "---\n" + String(repeating: "---\n", count: 50_000))
    }

    func testDeepNestingAndAliasBombsOfManyShapes() {
        var random = SplitMix64(seed: 0x5EED_0005)
        for _ in 0..<300 {
            let depth = Int.random(in: 1...3_000, using: &random)
            let open = ["[", "{a: ", "- ", "a:\n "][Int.random(in: 0..<4, using: &random)]
            let yaml = "k: " + String(repeating: open, count: depth) + "x"
            let parsed = YAMLFields.parse(yaml, firstLine: 2, file: "f.md")
            checkLocations(parsed.diagnostics, yaml)
        }
        var bomb = "a: &a [x, x]\n"
        for index in 1...40 { bomb += "a\(index): &a\(index) [*a\(index - 1 == 0 ? "" : String(index - 1)), *a\(index - 1 == 0 ? "" : String(index - 1))]\n" }
        bomb += "? *a40\n: x\n"
        let start = Date()
        let parsed = YAMLFields.parse(bomb, firstLine: 1, file: "f.md")
        XCTAssertNil(parsed.fields)
        XCTAssertLessThan(Date().timeIntervalSince(start), 1)
    }
}
