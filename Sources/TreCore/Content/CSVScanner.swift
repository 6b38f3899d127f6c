/// The byte-level half of `CSVReader`: cuts UTF-8 bytes into records of fields with their
/// positions, and stops a record at the first syntax problem.
///
/// It works on bytes rather than Characters because every byte it looks for (`"`, the
/// delimiter, CR, LF, space, tab) is ASCII and never part of a multi-byte sequence; only
/// columns need Characters, and those are counted lazily, once per field.
struct CSVScanner {
    enum Problem: Equatable {
        case unterminatedQuote
        case strayQuote
        case textAfterQuote
    }

    struct Record {
        var line: Int
        var fields: [CSVField]
        /// Where the record ends (before its line break), for "fields missing" errors.
        var endLine: Int
        var endColumn: Int
        var problem: (kind: Problem, line: Int, column: Int)?
    }

    static let quote: UInt8 = 0x22
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09

    let bytes: [UInt8]
    let delimiter: UInt8
    let file: String
    private(set) var position: Int
    private var line = 1
    private var lineStart: Int
    /// The last column computed on the current line, so that a long line is walked once.
    private var cache = (lineStart: -1, offset: 0, column: 1)

    init(bytes: [UInt8], start: Int, delimiter: UInt8, file: String) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.file = file
        position = start
        lineStart = start
    }

    /// The next record, skipping blank lines; nil at the end of the text.
    mutating func next() -> Record? {
        skipBlankLines()
        guard position < bytes.count else { return nil }
        var record = Record(line: line, fields: [], endLine: line, endColumn: 1)
        while true {
            var index = position
            while index < bytes.count, bytes[index] == Self.space || bytes[index] == Self.tab { index += 1 }
            let field: CSVField
            if index < bytes.count, bytes[index] == Self.quote {
                guard let quoted = readQuoted(openingAt: index, record: &record) else { return record }
                field = quoted.field
                index = quoted.end
            } else {
                let start = index
                while index < bytes.count, !isFieldEnd(bytes[index]) {
                    if bytes[index] == Self.quote {
                        fail(&record, .strayQuote, at: index)
                        return record
                    }
                    index += 1
                }
                var end = index
                while end > start, bytes[end - 1] == Self.space || bytes[end - 1] == Self.tab { end -= 1 }
                // A blank field is placed where it begins, not at the delimiter after it.
                field = CSVField(value: String(decoding: bytes[start..<end], as: UTF8.self),
                                 location: location(of: end > start ? start : position))
            }
            record.fields.append(field)
            if index < bytes.count, bytes[index] == delimiter {
                position = index + 1
                continue
            }
            record.endLine = line
            record.endColumn = column(of: index)
            position = index
            consumeLineBreak()
            return record
        }
    }

    /// Reads a quoted field whose `"` is at `opening`. On a problem, records it, moves past
    /// the bad row and returns nil.
    private mutating func readQuoted(openingAt opening: Int, record: inout Record)
        -> (field: CSVField, end: Int)? {
        let openingLocation = location(of: opening)
        let saved = (line: line, lineStart: lineStart, cache: cache)
        var value: [UInt8] = []
        var index = opening + 1
        while true {
            guard index < bytes.count else {
                // Resume on the line after the opening quote: the usual mistake is one
                // missing closing quote, and the rows below it are fine.
                line = saved.line
                lineStart = saved.lineStart
                cache = saved.cache
                fail(&record, .unterminatedQuote, at: opening, location: openingLocation)
                return nil
            }
            let byte = bytes[index]
            if byte == Self.quote {
                if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                    value.append(Self.quote)
                    index += 2
                    continue
                }
                index += 1
                break
            }
            if byte == TextPosition.cr || byte == TextPosition.lf {
                // Line breaks inside a field become `\n`, whatever the file uses.
                if byte == TextPosition.cr, index + 1 < bytes.count, bytes[index + 1] == TextPosition.lf {
                    index += 1
                }
                value.append(TextPosition.lf)
                index += 1
                line += 1
                lineStart = index
                continue
            }
            value.append(byte)
            index += 1
        }
        while index < bytes.count, bytes[index] == Self.space || bytes[index] == Self.tab { index += 1 }
        if index < bytes.count, !isFieldEnd(bytes[index]) {
            fail(&record, .textAfterQuote, at: index)
            return nil
        }
        return (CSVField(value: String(decoding: value, as: UTF8.self), location: openingLocation), index)
    }

    private func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == TextPosition.lf || byte == TextPosition.cr
    }

    /// Records a problem at `offset` and skips the rest of the physical line.
    private mutating func fail(_ record: inout Record, _ kind: Problem, at offset: Int,
                               location known: SourceLocation? = nil) {
        let location = known ?? location(of: offset)
        record.problem = (kind, location.line ?? line, location.column ?? 1)
        position = offset + 1
        while position < bytes.count, bytes[position] != TextPosition.lf, bytes[position] != TextPosition.cr {
            position += 1
        }
        consumeLineBreak()
    }

    /// Lines holding only spaces and tabs are not rows.
    private mutating func skipBlankLines() {
        while position < bytes.count {
            var index = position
            while index < bytes.count, bytes[index] == Self.space || bytes[index] == Self.tab { index += 1 }
            guard index == bytes.count || bytes[index] == TextPosition.lf || bytes[index] == TextPosition.cr else { return }
            position = index
            consumeLineBreak()
        }
    }

    /// Steps over CRLF, LF or a lone CR at `position`, if there is one.
    private mutating func consumeLineBreak() {
        guard position < bytes.count else { return }
        if bytes[position] == TextPosition.cr {
            position += 1
            if position < bytes.count, bytes[position] == TextPosition.lf { position += 1 }
        } else if bytes[position] == TextPosition.lf {
            position += 1
        } else {
            return
        }
        line += 1
        lineStart = position
    }

    private mutating func location(of offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column(of: offset))
    }

    /// The column of `offset` on the current line, counted from the last one computed.
    private mutating func column(of offset: Int) -> Int {
        if cache.lineStart != lineStart || cache.offset > offset {
            cache = (lineStart, lineStart, 1)
        }
        let column = cache.column + TextPosition.column(of: offset, lineStart: cache.offset, in: bytes) - 1
        cache.offset = offset
        cache.column = column
        return column
    }
}
