import TreTestSupport
import XCTest
@testable import TreCore

/// Mutations of valid Markdown for the fuzz tests.
private extension SplitMix64 {

    /// `text` with 1–8 random insertions, deletions and duplications.
    mutating func mutate(_ text: String, tokens: [String]) -> String {
        var characters = Array(text)
        for _ in 0..<(1 + below(8)) {
            let at = below(characters.count + 1)
            switch below(4) {
            case 0, 1:
                characters.insert(contentsOf: pick(tokens), at: at)
            case 2 where !characters.isEmpty:
                let end = min(characters.count, at + below(20))
                characters.removeSubrange(min(at, end)..<end)
            default:
                let end = min(characters.count, at + below(40))
                characters.insert(contentsOf: characters[min(at, end)..<end], at: below(characters.count + 1))
            }
        }
        return String(characters)
    }
}

final class MarkdownFuzzTests: XCTestCase {
    static let markdownSeeds = [
        "# Kế hoạch\n\n## Mục tiêu cụ thể đến năm 2025\n\n- Thành lập mới *80 HTX*\n- Tỷ lệ **khá, tốt**: 60%\n",
        "Xem [kế hoạch](plans/ha-nam.md) và ![ảnh](media/a.png \"Ảnh\").\n\n> Trích dẫn\n> - mục\n",
        "```chart\nplan: ha-nam-291\nindicator: so-htx\n```\n\nGiữa.\n\n```cooperatives\nlimit: 5\nmodel: có\n```\n",
        "1. Một\n2. Hai\n\n    mã thụt lề\n\n<div>html</div>\n\n`code` <b>b</b> &amp; &#x301; \\*\n",
        "Tiêu đề\n=======\n\nPhụ\n---\n\n[ref]: /dich \"t\"\n\n[liên kết][ref] <https://a.vn> <x@y.vn>\n",
    ]
    static let markdownTokens = [
        "#", "## ", "### ", "*", "**", "_", "[", "]", "](", ")", "![", "<", ">", "> ", "`", "```",
        "```chart\n", "```targets\n", "```cooperatives\n", "~~~", "\n", "\n\n", "- ", "1. ", "|", "\\",
        "&amp;", "&#0;", "&#x301;", "\u{0}", "\r", "\r\n", "\t", "    ", "ạ", "đ", "Ư", "\u{301}", "\u{FEFF}",
        "<script>", "</script>", "<!--", "-->", "javascript:", "media/", ":", "{", "---", "***", "😀", "\u{200B}",
    ]
    static let yamlSeeds = [
        "plan: ha-nam-291\nindicator: so-htx\n",
        "province: Hà Nam\nkind: HTX\nmodel: có\nsector: Nông nghiệp\nlimit: 5\n",
        "{plan: a, indicator: \"b\"}\n",
        "# chú thích\nplan: 'x'\n",
    ]
    static let yamlTokens = [
        ":", ": ", " ", "\n", "-", "- ", "[", "]", "{", "}", "\"", "'", "#", "&a ", "*a", "!!str ", "|", ">",
        "\t", "?", ",", "%", "@", "`", "limit", "model", "plan", "indicator", "có", "\u{0}", "\r\n", "---",
        "...", "\u{FEFF}", "ẹ", "\u{301}", "99999999999999999999", "~", "<<: ", "!", "&", "*",
    ]

    func testRandomMarkdownNeverCrashesAndKeepsItsInvariants() {
        var random = SplitMix64(seed: 0x5EED_7AE)
        var dataBlocks = 0
        for iteration in 0..<1_500 {
            var text = random.pick(Self.markdownSeeds)
            if random.below(4) == 0 { text += random.pick(Self.markdownSeeds) }
            text = random.mutate(text, tokens: Self.markdownTokens)
            dataBlocks += check(markdown: text, unsafe: random.below(5) == 0, label: "markdown #\(iteration)")
        }
        XCTAssertGreaterThan(dataBlocks, 300, "the inputs reach the data-block parser")
    }

    func testRandomYAMLNeverCrashesAndReportsInsideTheBlock() {
        var random = SplitMix64(seed: 0xDA7A)
        var accepted = 0
        for iteration in 0..<2_000 {
            let yaml = random.mutate(random.pick(Self.yamlSeeds), tokens: Self.yamlTokens)
            accepted += check(yaml: yaml, kind: random.pick(DataBlock.Kind.allCases), label: "yaml #\(iteration)")
        }
        // Both paths are exercised: some mutants still parse, most do not.
        XCTAssertGreaterThan(accepted, 20)
        XCTAssertLessThan(accepted, 1_500)
    }

    func testPathologicalInputs() {
        let deepList = (0..<300).map { String(repeating: "  ", count: $0) + "- x" }.joined(separator: "\n")
        let markdown = [
            String(repeating: ">", count: 10_000) + " sâu",
            String(repeating: "> ", count: 10_000) + "\n## tiêu đề",
            deepList,
            String(repeating: "*", count: 10_000),
            String(repeating: "*a **a ", count: 5_000),
            String(repeating: "[", count: 10_000) + "x" + String(repeating: "](y)", count: 10_000),
            String(repeating: "![", count: 5_000),
            String(repeating: "`", count: 10_000) + "a" + String(repeating: "`", count: 9_999),
            String(repeating: "<", count: 10_000),
            String(repeating: "a", count: 1_000_000),
            "## " + String(repeating: "đường ", count: 20_000),
            String(repeating: "## A\n", count: 5_000),
            "```chart\n" + String(repeating: "[", count: 100_000) + "\n```",
            "```cooperatives\n" + String(repeating: "- ", count: 10_000) + "\n```",
        ]
        for (index, text) in markdown.enumerated() {
            check(markdown: text, unsafe: false, label: "pathological markdown #\(index)")
        }
        let yaml = [
            String(repeating: "[", count: 10_000),
            String(repeating: "{", count: 10_000),
            String(repeating: "- ", count: 10_000) + "x",
            (0..<600).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n"),
            "a: &a [*a, *a]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b, *b]\n",
            "plan: " + String(repeating: "x", count: 200_000),
            String(repeating: "\n", count: 50_000) + "plan: x",
        ]
        for (index, text) in yaml.enumerated() {
            for kind in DataBlock.Kind.allCases {
                check(yaml: text, kind: kind, label: "pathological yaml #\(index)")
            }
        }
    }

    /// The site may render pages on worker threads, whose stacks are far smaller than the
    /// main thread's: deep input must not recurse, in cmark, in Tre or in Yams.
    func testDeepInputsOnASmallStack() {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var results: [Int] = []
        let thread = Thread {
            let quote = String(repeating: ">", count: 10_000) + " sâu\n\n```chart\n"
                + String(repeating: "- ", count: 5_000) + "\n```\n"
            let page = MarkdownRenderer.render(
                MarkdownSource(text: quote, start: SourceLocation(file: "a.md", line: 1)), unsafeHTML: false)
            results.append(page.blocks.count)
            results.append(page.dataBlocks.map { DataBlockParser.parse($0).diagnostics.items.count } .reduce(0, +))
            let yaml = DataBlock(kind: .chart, yaml: "indicator: " + String(repeating: "[", count: 32) + "x",
                                 location: SourceLocation(file: "a.md", line: 1, column: 1), yamlFirstLine: 2)
            results.append(DataBlockParser.parse(yaml).diagnostics.items.count)
            done.signal()
        }
        thread.stackSize = 256 * 1024
        thread.start()
        XCTAssertEqual(done.wait(timeout: .now() + 60), .success)
        // The quote, then the data block (refused: nested too deeply); the YAML at the depth
        // limit parses, and fails only because a list is not an indicator.
        XCTAssertEqual(results, [2, 1, 1])
    }

    // MARK: Invariants

    /// Checks one body; returns how many data blocks it had.
    @discardableResult
    private func check(markdown text: String, unsafe: Bool, label: String) -> Int {
        let file = "updates/fuzz.md"
        let page = MarkdownRenderer.render(
            MarkdownSource(text: text, start: SourceLocation(file: file, line: 5)), unsafeHTML: unsafe)
        { "../" + $0 }
        check(page.diagnostics, file: file, label: label)
        for link in page.links {
            XCTAssertGreaterThanOrEqual(link.location.line ?? 0, 5, label)
            XCTAssertGreaterThanOrEqual(link.location.column ?? 0, 1, label)
        }
        let html = page.blocks.map { block -> String in
            if case .html(let html) = block { return html }
            return ""
        }.joined()
        if !unsafe {
            XCTAssertFalse(html.lowercased().contains("<script"), label)
        }
        XCTAssertEqual(Array(html.unicodeScalars), Array(VietnameseText.nfc(html).unicodeScalars),
                       "\(label): output is NFC")
        XCTAssertEqual(Set(page.headings.map(\.anchor)).count, page.headings.count, "\(label): unique anchors")
        XCTAssertFalse(page.headings.contains { $0.anchor.isEmpty }, label)
        // Every anchored heading's tag is in the HTML, in order (only headings carry ids).
        let tags = html.components(separatedBy: " id=\"").dropFirst().map { rest in
            rest.prefix(while: { $0 != "\"" })
        }
        XCTAssertEqual(tags.map(String.init), page.headings.map(\.anchor), label)
        for block in page.dataBlocks {
            XCTAssertEqual(block.yamlFirstLine, (block.location.line ?? 0) + 1, label)
            let (request, diagnostics) = DataBlockParser.parse(block)
            check(diagnostics, file: file, label: label)
            XCTAssertEqual(request == nil, diagnostics.hasErrors, label)
        }
        return page.dataBlocks.count
    }

    /// Checks one data block; returns 1 if it gave a request.
    @discardableResult
    private func check(yaml: String, kind: DataBlock.Kind, label: String) -> Int {
        let block = DataBlock(kind: kind, yaml: yaml,
                              location: SourceLocation(file: "plans/fuzz.md", line: 3, column: 1), yamlFirstLine: 4)
        let (request, diagnostics) = DataBlockParser.parse(block)
        check(diagnostics, file: "plans/fuzz.md", label: label)
        XCTAssertEqual(request == nil, diagnostics.hasErrors, label)
        // Inside the block: from the fence to the line after its last YAML line.
        let lastLine = 4 + yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
        for diagnostic in diagnostics.items {
            XCTAssertLessThanOrEqual(diagnostic.location.line ?? 0, lastLine, "\(label): \(diagnostic)")
            XCTAssertGreaterThanOrEqual(diagnostic.location.line ?? 0, 3, "\(label): \(diagnostic)")
        }
        return request == nil ? 0 : 1
    }

    private func check(_ diagnostics: Diagnostics, file: String, label: String) {
        for diagnostic in diagnostics.items {
            XCTAssertEqual(diagnostic.location.file, file, label)
            XCTAssertGreaterThanOrEqual(diagnostic.location.line ?? 0, 1, "\(label): \(diagnostic)")
            if let column = diagnostic.location.column {
                XCTAssertGreaterThanOrEqual(column, 1, "\(label): \(diagnostic)")
            }
            XCTAssertFalse(diagnostic.message.vi.isEmpty || diagnostic.message.en.isEmpty, label)
        }
    }
}
