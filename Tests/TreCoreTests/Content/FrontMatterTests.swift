import XCTest
@testable import TreCore

final class FrontMatterTests: XCTestCase {
    private let file = "Content/plans/ha-nam-291.md"

    func testFrontMatterAndBody() {
        let split = FrontMatter.split("---\ntitle: Kế hoạch\nfrom: 2021\n---\n# Mục tiêu\n\nNội dung.\n", file: file)
        XCTAssertEqual(split.yaml, "title: Kế hoạch\nfrom: 2021\n")
        XCTAssertEqual(split.yamlFirstLine, 2)
        XCTAssertEqual(split.body.text, "# Mục tiêu\n\nNội dung.\n")
        XCTAssertEqual(split.body.start, SourceLocation(file: file, line: 5))
        XCTAssertEqual(split.body.location(line: 3).line, 7)
        XCTAssertTrue(split.diagnostics.isEmpty)
    }

    func testThematicBreakInTheBodyStaysInTheBody() {
        let text = "---\ntitle: A\n---\nĐoạn một.\n\n---\n\nĐoạn hai.\n---\n"
        let split = FrontMatter.split(text, file: file)
        XCTAssertEqual(split.yaml, "title: A\n")
        XCTAssertEqual(split.body.text, "Đoạn một.\n\n---\n\nĐoạn hai.\n---\n")
        XCTAssertEqual(split.body.start.line, 4)
    }

    func testNoFrontMatterIsAllBody() {
        let text = "# Tiêu đề\n---\nx: y\n---\n"
        let split = FrontMatter.split(text, file: file)
        XCTAssertNil(split.yaml)
        XCTAssertEqual(split.body.text, text)
        XCTAssertEqual(split.body.start.line, 1)
        XCTAssertTrue(split.diagnostics.isEmpty)
        // A first line that merely starts with --- is not a fence.
        XCTAssertNil(FrontMatter.split("----\na: b\n---\n", file: file).yaml)
        XCTAssertNil(FrontMatter.split("--- a\na: b\n---\n", file: file).yaml)
    }

    func testCRLFTrailingSpacesAndDotsCloser() {
        let split = FrontMatter.split("---  \r\ntitle: A\r\n...\t\r\nBody\r\n", file: file)
        XCTAssertEqual(split.yaml, "title: A\r\n")
        XCTAssertEqual(split.body.text, "Body\r\n")
        XCTAssertEqual(split.body.start.line, 4)
    }

    func testEmptyFrontMatterAndEndOfFile() {
        let empty = FrontMatter.split("---\n---\n", file: file)
        XCTAssertEqual(empty.yaml, "")
        XCTAssertEqual(empty.body.text, "")
        XCTAssertEqual(empty.body.start.line, 3)
        let noNewline = FrontMatter.split("---\na: 1\n---", file: file)
        XCTAssertEqual(noNewline.yaml, "a: 1\n")
        XCTAssertEqual(noNewline.body.text, "")
    }

    func testByteOrderMarkBeforeTheFence() {
        XCTAssertEqual(FrontMatter.split("\u{FEFF}---\na: 1\n---\nx", file: file).yaml, "a: 1\n")
    }

    func testUnclosedFrontMatterIsAnErrorAtLineOne() {
        let split = FrontMatter.split("---\ntitle: A\n\nNội dung\n", file: file)
        XCTAssertNil(split.yaml)
        XCTAssertEqual(split.diagnostics.items.count, 1)
        let error = split.diagnostics.items[0]
        XCTAssertEqual(error.location, SourceLocation(file: file, line: 1, column: 1))
        XCTAssertTrue(error.message.vi.contains("không có dòng `---` đóng lại"))
        XCTAssertTrue(error.message.en.contains("never closed"))
        XCTAssertTrue(error.hint?.vi.contains("Thêm một dòng `---` sau phần thông tin đầu trang") ?? false)
    }
}
