import XCTest
@testable import TreCore

final class DataBlockParserTests: XCTestCase {
    let file = "plans/ha-nam-291.md"

    /// A block whose fence is on line 12 of its file, so its YAML starts on line 13.
    func block(_ kind: DataBlock.Kind, _ yaml: String, fenceColumn: Int = 1) -> DataBlock {
        DataBlock(kind: kind, yaml: yaml, location: SourceLocation(file: file, line: 12, column: fenceColumn),
                  yamlFirstLine: 13)
    }

    func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    /// The only diagnostic, which must be an error; fails otherwise.
    func onlyError(_ kind: DataBlock.Kind, _ yaml: String, fenceColumn: Int = 1,
                   line: UInt = #line) -> Diagnostic? {
        let (request, diagnostics) = DataBlockParser.parse(block(kind, yaml, fenceColumn: fenceColumn))
        XCTAssertNil(request, "a block with an error gives no request", line: line)
        XCTAssertEqual(diagnostics.items.count, 1, "\(diagnostics.items)", line: line)
        XCTAssertEqual(diagnostics.items.first?.severity, .error, line: line)
        XCTAssertNotNil(diagnostics.items.first?.hint, "every error has a hint", line: line)
        return diagnostics.items.first
    }

    func testValidBlocks() {
        func request(_ kind: DataBlock.Kind, _ yaml: String) -> DataBlockRequest? {
            let (request, diagnostics) = DataBlockParser.parse(block(kind, yaml))
            XCTAssertTrue(diagnostics.isEmpty, "\(diagnostics.items)")
            return request
        }
        XCTAssertEqual(request(.chart, "plan: ha-nam-291\nindicator: so-htx\n"),
                       .chart(plan: "ha-nam-291", indicator: "so-htx"))
        XCTAssertEqual(request(.chart, "# chỉ tiêu so sánh giữa các kế hoạch\nindicator: \"so-htx\"  \n"),
                       .chart(plan: nil, indicator: "so-htx"))
        XCTAssertEqual(request(.targets, "plan: 291\n"), .targets(plan: "291"))
        XCTAssertEqual(request(.cooperatives, "province: Hà Nam\nkind: htx\nmodel: có\nsector: Nông nghiệp\nlimit: 5\n"),
                       .cooperatives(CooperativeFilter(province: "Hà Nam", kind: "HTX", model: true,
                                                       sector: "Nông nghiệp", limit: 5)))
        XCTAssertEqual(request(.cooperatives, "{model: Không, kind: LHHTX}"),
                       .cooperatives(CooperativeFilter(kind: "LHHTX", model: false)))
        XCTAssertEqual(request(.cooperatives, ""), .cooperatives(CooperativeFilter()))
        XCTAssertEqual(request(.cooperatives, "# mọi hợp tác xã\n"), .cooperatives(CooperativeFilter()))
        for (word, value) in [("yes", true), ("TRUE", true), ("Có", true), ("no", false), ("false", false), ("không", false)] {
            XCTAssertEqual(request(.cooperatives, "model: \(word)"),
                           .cooperatives(CooperativeFilter(model: value)), word)
        }
    }

    func testUnknownKeyIsAnErrorOnItsOwnLine() {
        let error = onlyError(.cooperatives, "kind: HTX\n  \nprovice: ha-nam\n")
        XCTAssertEqual(error?.location, at(15, 1))
        XCTAssertEqual(error?.message.en, "unknown key `provice` in a `cooperatives` block")
        XCTAssertEqual(error?.message.vi, "Khối `cooperatives` không có mục `provice`")
        XCTAssertEqual(error?.hint?.vi, "Có phải bạn định viết `province`? Khối `cooperatives` chỉ nhận "
                       + "các mục: `province`, `kind`, `model`, `sector`, `limit`.")

        let chart = onlyError(.chart, "indicator: so-htx\nprovince: ha-nam\n")
        XCTAssertEqual(chart?.location, at(14, 1))
        XCTAssertEqual(chart?.hint?.en, "A `chart` block takes: `plan`, `indicator`.")
    }

    func testMissingRequiredKeyIsAnErrorAtTheFence() {
        let chart = onlyError(.chart, "plan: ha-nam-291\n")
        XCTAssertEqual(chart?.location, at(12, 1))
        XCTAssertEqual(chart?.message.en, "the `chart` block is missing `indicator` (the indicator to chart)")
        XCTAssertEqual(chart?.message.vi, "Khối `chart` thiếu mục `indicator` (chỉ tiêu cần vẽ biểu đồ)")
        XCTAssertEqual(chart?.hint?.vi, "Thêm dòng `indicator: so-htx-thanh-lap-moi` vào trong khối.")

        let targets = onlyError(.targets, "")
        XCTAssertEqual(targets?.location, at(12, 1))
        XCTAssertEqual(targets?.message.en, "the `targets` block is missing `plan` (the plan whose targets to list)")
    }

    func testBadValuesAreErrorsAtTheValue() {
        for bad in ["0", "-2", "2.5", "mười", "99999999999999999999999"] {
            let error = onlyError(.cooperatives, "kind: HTX\nlimit:  \(bad)\n")
            XCTAssertEqual(error?.location, at(14, 9), bad)
            XCTAssertEqual(error?.message.en, "`limit` must be a whole number above 0, not `\(bad)`")
        }
        let model = onlyError(.cooperatives, "model: có lẽ\n")
        XCTAssertEqual(model?.location, at(13, 8))
        XCTAssertEqual(model?.message.vi, "`model` chỉ nhận có hoặc không, không nhận `có lẽ`")

        let kind = onlyError(.cooperatives, "{sector: Nông nghiệp, kind: HTXX}")
        XCTAssertEqual(kind?.location, at(13, 29))
        XCTAssertEqual(kind?.message.en, "unknown kind `HTXX`: `kind` takes HTX, THT or LHHTX")
    }

    func testListOrEmptyValueIsReportedOnceNotAlsoAsMissing() {
        let list = onlyError(.targets, "plan:\n  - a\n  - b\n")
        XCTAssertEqual(list?.location, at(14, 3))
        XCTAssertEqual(list?.message.en, "`plan` takes a single value, not a list")

        let empty = onlyError(.chart, "indicator:\n")
        XCTAssertEqual(empty?.location, at(13, 1))
        XCTAssertEqual(empty?.message.vi, "Mục `indicator` chưa có giá trị")
    }

    func testDuplicateKeyIsReportedAtItsSecondLine() {
        let error = onlyError(.targets, "plan: a\n# lại\n  \nplan: b\n")
        XCTAssertEqual(error?.location, at(16, 1))
        XCTAssertEqual(error?.message.en, "the key `plan` appears twice in a `targets` block")
    }

    func testNotAMappingIsAnError() {
        let error = onlyError(.chart, "\n- a\n- b\n")
        XCTAssertEqual(error?.location, at(14, 1))
        XCTAssertEqual(error?.message.en, "a `chart` block must be lines of `key: value`")
    }

    func testSyntaxErrorsAreMappedToTheFile() {
        let tab = onlyError(.chart, "indicator: x\n\tplan: y\n")
        XCTAssertEqual(tab?.location, at(14, 1))
        XCTAssertEqual(tab?.message.en, "cannot read the `chart` block: found a tab character that violates indentation")

        let colon = onlyError(.chart, "indicator: Số HTX: mới\n")
        XCTAssertEqual(colon?.location, at(13, 18))

        // An unclosed quote is reported where it opens, not at the end of the block.
        let quote = onlyError(.chart, "plan: x\nindicator: \"mở\n")
        XCTAssertEqual(quote?.location, at(14, 12))
        XCTAssertEqual(quote?.message.en, "cannot read the `chart` block: found unexpected end of stream")
    }

    func testIndentedFenceShiftsColumns() {
        let source = MarkdownSource(text: "Mở đầu.\n\n   ```cooperatives\n   limit: 0\n   ```\n",
                                    start: SourceLocation(file: file, line: 5))
        let page = MarkdownRenderer.render(source, unsafeHTML: false)
        guard let data = page.dataBlocks.first else { return XCTFail("no data block") }
        XCTAssertEqual(data.location, at(7, 4))
        XCTAssertEqual(data.yamlFirstLine, 8)
        XCTAssertEqual(DataBlockParser.parse(data).diagnostics.items.map(\.location), [at(8, 11)])
    }

    func testTooDeepOrTooLongIsRefusedWithoutCrashing() {
        let deep = onlyError(.chart, "indicator: " + String(repeating: "[", count: 10_000))
        XCTAssertEqual(deep?.location, at(13, 12 + 32))
        XCTAssertEqual(deep?.message.en, "the `chart` block is nested too deeply")

        // Brackets hidden behind quotes and comments still count.
        let disguised = "indicator: [" + String(repeating: "\"]\", [", count: 5_000)
        XCTAssertEqual(onlyError(.chart, disguised)?.location, at(13, 12 + 6 * 32), "the 33rd bracket")
        let commented = onlyError(.chart, "indicator: [ \" #\", " + String(repeating: "[", count: 5_000))
        XCTAssertEqual(commented?.message.en, "the `chart` block is nested too deeply")

        let stairs = (0..<200).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        XCTAssertEqual(onlyError(.chart, stairs)?.message.en, "the `chart` block is nested too deeply")

        let long = onlyError(.chart, "indicator: " + String(repeating: "x", count: 70_000))
        XCTAssertEqual(long?.location, at(12, 1))
        XCTAssertEqual(long?.message.en, "the `chart` block is too long (over 64 KB)")

        // Indenting the whole block is not nesting.
        let (request, diagnostics) = DataBlockParser.parse(
            block(.chart, String(repeating: " ", count: 40) + "indicator: x\n"))
        XCTAssertEqual(request, .chart(plan: nil, indicator: "x"))
        XCTAssertTrue(diagnostics.isEmpty)
    }
}
