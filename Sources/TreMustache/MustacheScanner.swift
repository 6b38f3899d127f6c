/// A cursor over template text, by Character (so `\r\n` is one newline), as swift-mustache
/// reads templates: Tre's pages must come out byte for byte as they did with it.
struct MustacheScanner {
    let text: String
    private(set) var position: String.Index

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    var atEnd: Bool { position == text.endIndex }

    /// The character at the cursor, or NUL at the end.
    var current: Character { atEnd ? "\0" : text[position] }

    mutating func advance() { position = text.index(after: position) }
    mutating func retreat() { position = text.index(before: position) }
    mutating func move(to index: String.Index) { position = index }

    /// Skips characters while `keep` holds and gives back what was skipped.
    @discardableResult
    mutating func read(while keep: (Character) -> Bool) -> Substring {
        let start = position
        while !atEnd, keep(text[position]) { advance() }
        return text[start..<position]
    }

    /// Reads up to (not including) the first character for which `stop` holds; nil (and the
    /// cursor unmoved) when none does.
    mutating func read(until stop: (Character) -> Bool) -> Substring? {
        let start = position
        while !atEnd {
            if stop(text[position]) { return text[start..<position] }
            advance()
        }
        position = start
        return nil
    }

    /// Reads `string` if the text continues with it.
    mutating func read(_ string: String) -> Bool {
        guard !string.isEmpty else { return true }
        var index = position
        for character in string {
            guard index < text.endIndex, text[index] == character else { return false }
            index = text.index(after: index)
        }
        position = index
        return true
    }

    /// Reads one character if it is `character`.
    mutating func read(_ character: Character) -> Bool {
        guard !atEnd, text[position] == character else { return false }
        advance()
        return true
    }

    /// Skips past the next `string`, giving back the text before it; nil (cursor unmoved)
    /// when the text never has it.
    mutating func skip(past string: String) -> Substring? {
        let start = position
        guard let found = text[position...].firstRange(of: string) else { return nil }
        position = found.upperBound
        return text[start..<found.lowerBound]
    }

    /// Line (1-based), column (1-based) and the line's text at the cursor, for errors.
    var place: (line: Int, column: Int, text: String) {
        let before = text[..<position]
        let line = before.filter(\.isNewline).count + 1
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let column = text.distance(from: lineStart, to: position) + 1
        let lineEnd = text[position...].firstIndex(of: "\n") ?? text.endIndex
        return (line, column, String(text[lineStart..<lineEnd]))
    }
}
