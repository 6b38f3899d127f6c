import Foundation

/// What is shown under a message: the line of the file with a caret under the column, or for
/// a workbook the row's values (`plan: ha-nam-291 · target: 25.000`) with a caret under the
/// cell's value.
public struct SourceExcerpt: Hashable, Sendable {
    /// The line (text files) or row (workbooks), printed in the gutter.
    public var number: Int
    public var text: String
    /// 1-based column, in Characters of `text`, of the caret; nil for none.
    public var caret: Int?

    /// Longest text shown; longer lines are cut with an ellipsis.
    static let width = 160

    public init(number: Int, text: String, caret: Int?) {
        self.number = number
        self.text = text
        self.caret = caret
    }

    /// A line of a text file, cut to `width` characters, with the caret at `column` when it
    /// falls within what is shown (or just after it).
    public init(line text: String, number: Int, column: Int?) {
        let shown = text.count > Self.width ? String(text.prefix(Self.width)) + "…" : text
        self.init(number: number, text: shown, caret: column.flatMap { (1...shown.count + 1).contains($0) ? $0 : nil })
    }

    /// `  12 | text` and, under it, `     |   ^`. Tabs before the caret are kept so it lines up
    /// under the same character.
    public var lines: [String] {
        let gutter = String(number)
        var lines = ["  \(gutter) | \(text)"]
        if let caret {
            let lead = text.prefix(caret - 1).map { $0 == "\t" ? "\t" : " " }.joined()
            lines.append("  \(String(repeating: " ", count: gutter.count)) | \(lead)^")
        }
        return lines
    }
}

/// Finds the excerpt for a message's location in files read through `read` (a path as
/// printed → its bytes), keeping each file's lines or rows once read. Lines are cut at LF,
/// CRLF and a lone CR, exactly as the readers count them.
public final class SourceExcerpts: @unchecked Sendable {
    private let read: @Sendable (String) -> Data?
    private var texts: [String: [Substring]?] = [:]
    private var workbooks: [String: WorkbookRows?] = [:]
    private let lock = NSLock()

    public init(read: @escaping @Sendable (String) -> Data?) {
        self.read = read
    }

    /// Files on disk, by the paths messages print (relative to the current folder).
    public static func disk() -> SourceExcerpts {
        SourceExcerpts { FileManager.default.contents(atPath: $0) }
    }

    public func excerpt(_ location: SourceLocation) -> SourceExcerpt? {
        guard let number = location.line else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if location.sheet != nil {
            if workbooks[location.file] == nil {
                workbooks[location.file] = read(location.file).map { WorkbookRows(data: $0, file: location.file) }
            }
            return workbooks[location.file]??.excerpt(location)
        }
        if texts[location.file] == nil {
            texts[location.file] = read(location.file).flatMap(Self.lines)
        }
        guard let lines = texts[location.file] ?? nil, number >= 1, number <= lines.count else { return nil }
        return SourceExcerpt(line: VietnameseText.nfc(String(lines[number - 1])), number: number,
                             column: location.column)
    }

    private static func lines(_ data: Data) -> [Substring]? {
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        guard let text = String(data: body, encoding: .utf8) else { return nil }
        return TextPosition.lines(of: text)
    }
}
