/// The lines of a Markdown body as bytes, to turn cmark's positions (1-based lines, columns
/// counted in UTF-8 bytes) into Tre's (columns counted in characters).
struct BodyLines {
    private let bytes: [UInt8]
    /// Byte offset where each line starts; line breaks are LF, CRLF or CR, as in CommonMark.
    private let starts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") {
                index += 1
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                starts.append(index)
            }
        }
        self.starts = starts
    }

    var count: Int { starts.count }

    /// The character column of byte column `byteColumn` on line `line` (both 1-based).
    /// Positions outside the text are clamped rather than trusted.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= starts.count, byteColumn > 1 else { return 1 }
        let start = starts[line - 1]
        let lineEnd = line < starts.count ? starts[line] : bytes.count
        let end = min(start + byteColumn - 1, lineEnd)
        return String(decoding: bytes[start..<end], as: UTF8.self).count + 1
    }
}
