/// The Markdown body of a page, with where it starts in its file so that anything found in
/// the body (a data block, a broken link) can be reported at its real line.
public struct MarkdownSource: Sendable, Equatable {
    public var text: String
    /// Location of the body's first line in its `.md` file.
    public var start: SourceLocation

    public init(text: String, start: SourceLocation) {
        self.text = text
        self.start = start
    }

    /// The location of line `line` (1-based) of the body, in its file.
    public func location(line: Int, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: start.file, line: (start.line ?? 1) + line - 1, column: column)
    }
}
