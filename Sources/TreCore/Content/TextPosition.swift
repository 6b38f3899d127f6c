/// Line and column arithmetic over UTF-8 bytes, shared by the readers.
///
/// Lines end at LF, CRLF or a lone CR. Columns are 1-based and count Characters (grapheme
/// clusters) before the position in its line, so a caret lands under the right letter of a
/// Vietnamese line whatever its byte length.
enum TextPosition {
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D

    /// The column of byte `offset` in the line that starts at byte `lineStart`.
    /// The bytes in between must be valid UTF-8 (they are when they come from a `String`).
    static func column<C: RandomAccessCollection>(of offset: Int, lineStart: Int, in bytes: C) -> Int
    where C.Element == UInt8, C.Index == Int {
        guard offset > lineStart else { return 1 }
        let prefix = bytes[lineStart..<offset]
        if prefix.allSatisfy({ $0 < 0x80 }) { return offset - lineStart + 1 }
        return String(decoding: prefix, as: UTF8.self).count + 1
    }

    /// The line (1-based) and the byte offset where that line starts, for byte `offset`.
    static func lineAndStart<C: RandomAccessCollection>(of offset: Int, in bytes: C) -> (line: Int, start: Int)
    where C.Element == UInt8, C.Index == Int {
        var line = 1
        var start = bytes.startIndex
        var index = bytes.startIndex
        let end = min(offset, bytes.endIndex)
        while index < end {
            let byte = bytes[index]
            if byte == lf {
                line += 1
                start = index + 1
            } else if byte == cr {
                // CRLF is one break; the LF that follows ends it.
                if index + 1 < bytes.endIndex, bytes[index + 1] == lf {
                    if index + 1 < end {
                        index += 1
                    } else {
                        // `offset` points at the LF of a CRLF: still on this line.
                        break
                    }
                }
                line += 1
                start = index + 1
            }
            index += 1
        }
        return (line, start)
    }

    /// Line and column of a Character offset in `text`, for errors that are reported as a
    /// distance in Characters (Yams' reader errors).
    static func lineAndColumn(characterOffset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var seen = 0
        for character in text {
            if seen >= characterOffset { break }
            seen += 1
            if character == "\n" || character == "\r\n" || character == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// Converts a column counted in Unicode scalars (as libyaml counts) to one counted in
    /// Characters, using the text of the line.
    static func characterColumn(scalarColumn: Int, line: Substring) -> Int {
        guard scalarColumn > 1 else { return 1 }
        let scalars = line.unicodeScalars
        guard let index = scalars.index(scalars.startIndex, offsetBy: scalarColumn - 1,
                                        limitedBy: scalars.endIndex) else {
            // Past the end of the line (libyaml points after the last character): keep the
            // overshoot so the caret still lands after the line.
            return line.count + 1 + (scalarColumn - 1 - scalars.count)
        }
        return line[line.startIndex..<index].count + 1
    }

    /// The lines of `text` split the same way as `lineAndStart` counts them: at LF, CRLF and
    /// CR. Found by byte, as CR and LF always stand as Characters of their own (or together).
    static func lines(of text: String) -> [Substring] {
        var result: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = utf8.index(after: index)
                continue
            }
            result.append(text[start..<index])
            var next = utf8.index(after: index)
            if byte == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
            start = next
            index = next
        }
        result.append(text[start..<utf8.endIndex])
        return result
    }
}
