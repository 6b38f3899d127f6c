/// A Markdown file cut into its YAML front matter and its body.
public struct FrontMatterSplit: Sendable {
    /// The YAML between the fences, without them; nil when the file has no front matter
    /// (or one that is never closed).
    public var yaml: String?
    /// The file line of the YAML's first line: 2 when the file opens with `---`.
    public var yamlFirstLine: Int
    /// The Markdown after the closing fence (or the whole file), with its first line.
    public var body: MarkdownSource
    public var diagnostics: Diagnostics

    public init(yaml: String?, yamlFirstLine: Int, body: MarkdownSource, diagnostics: Diagnostics) {
        self.yaml = yaml
        self.yamlFirstLine = yamlFirstLine
        self.body = body
        self.diagnostics = diagnostics
    }
}

/// Finds front matter by lines, not by searching for `---`: a `---` in the body is a
/// thematic break in Markdown and must stay there.
public enum FrontMatter {
    /// Splits `text`, the content of the file printed as `file`.
    ///
    /// Front matter exists when the first line is exactly `---` (trailing spaces allowed);
    /// it runs to the next line that is exactly `---` or `...`.
    public static func split(_ text: String, file: String) -> FrontMatterSplit {
        var diagnostics = Diagnostics()
        // A byte-order mark left in by a caller that did not use `ContentText`.
        let content = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        let whole = FrontMatterSplit(
            yaml: nil, yamlFirstLine: 1,
            body: MarkdownSource(text: content, start: SourceLocation(file: file, line: 1)),
            diagnostics: diagnostics)

        var lines = LineCursor(content)
        guard let opening = lines.next(), isFence(opening.text, closers: ["---"]) else { return whole }
        let yamlStart = lines.position
        while let line = lines.next() {
            if isFence(line.text, closers: ["---", "..."]) {
                let yaml = String(content[yamlStart..<line.start])
                let body = String(content[lines.position...])
                return FrontMatterSplit(
                    yaml: yaml, yamlFirstLine: 2,
                    body: MarkdownSource(text: body, start: SourceLocation(file: file, line: line.number + 1)),
                    diagnostics: diagnostics)
            }
        }
        diagnostics.error(
            SourceLocation(file: file, line: 1, column: 1),
            vi: "Phần thông tin đầu trang mở bằng dòng `---` nhưng không có dòng `---` đóng lại.",
            en: "The front matter opened by `---` on this line is never closed.",
            hintVi: "Thêm một dòng `---` sau phần thông tin đầu trang (sau khóa cuối cùng, trước nội dung bài).",
            hintEn: "Add a line `---` after the front matter (after its last key, before the text of the page).")
        return FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: whole.body, diagnostics: diagnostics)
    }

    /// Whether `line` is one of `closers` followed only by spaces or tabs.
    private static func isFence(_ line: Substring, closers: [String]) -> Bool {
        let trimmed = line.utf8.reversed().drop(while: { $0 == 0x20 || $0 == 0x09 })
        return closers.contains { $0.utf8.elementsEqual(trimmed.reversed()) }
    }
}

/// Walks a string line by line (LF, CRLF or lone CR), giving each line without its break.
struct LineCursor {
    struct Line {
        var text: Substring
        /// Index of the line's first character.
        var start: String.Index
        /// 1-based line number.
        var number: Int
    }

    let text: String
    /// Index of the next line's first character.
    private(set) var position: String.Index
    private var number = 0

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    mutating func next() -> Line? {
        guard position < text.endIndex else { return nil }
        let utf8 = text.utf8
        let start = position
        var index = start
        while index < utf8.endIndex, utf8[index] != TextPosition.lf, utf8[index] != TextPosition.cr {
            index = utf8.index(after: index)
        }
        let line = text[start..<index]
        if index < utf8.endIndex {
            let isCR = utf8[index] == TextPosition.cr
            index = utf8.index(after: index)
            if isCR, index < utf8.endIndex, utf8[index] == TextPosition.lf { index = utf8.index(after: index) }
        }
        position = index
        number += 1
        return Line(text: line, start: start, number: number)
    }
}
