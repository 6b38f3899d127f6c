/// The cells of one worksheet part, as stored: row by row, each cell with its column, its
/// style and what it holds, and the merged ranges. Empty cells are not kept.
struct WorksheetCells {
    enum Content: Equatable {
        /// An index into the shared strings (`t="s"`).
        case shared(Int)
        /// An inline string, or the text result of a formula (`t="inlineStr"`, `t="str"`).
        case text(String)
        /// A number as written in `<v>`; its style says whether it is a date or a percentage.
        case number(String)
        case bool(Bool)
        /// An error value such as `#N/A` (`t="e"`).
        case error(String)
        /// A date written as ISO 8601 text (`t="d"`).
        case isoDate(String)
        /// A formula with no value saved beside it.
        case formulaWithoutValue
    }

    struct Cell: Equatable {
        var column: Int
        var style: Int
        var content: Content
    }

    struct Row: Equatable {
        var number: Int
        var cells: [Cell]
    }

    static let maxRow = 1_048_576
    static let maxColumn = 16_384

    var rows: [Row] = []
    /// Merged ranges as written, e.g. `A1:C1`.
    var merges: [String] = []

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(XMLScanner.Problem) -> WorksheetCells {
        var scanner = XMLScanner(bytes)
        var sheet = WorksheetCells()
        var current: Row?
        while true {
            switch try scanner.next() {
            case .open where scanner.isNamed("row"):
                let number = scanner.integerAttribute("r") ?? ((sheet.rows.last?.number ?? 0) + 1)
                guard (1...maxRow).contains(number), number > (sheet.rows.last?.number ?? 0) else {
                    throw scanner.malformed()
                }
                if scanner.selfClosing {
                    sheet.rows.append(Row(number: number, cells: []))
                } else {
                    current = Row(number: number, cells: [])
                }
            case .close where scanner.isNamed("row"):
                if let row = current { sheet.rows.append(row) }
                current = nil
            case .open where scanner.isNamed("c"):
                guard current != nil else { try scanner.skipElement(); continue }
                let previous = current?.cells.last?.column ?? 0
                if let cell = try cell(&scanner, previousColumn: previous) {
                    current?.cells.append(cell)
                }
            case .open where scanner.isNamed("mergeCell"):
                if let range = scanner.attribute("ref") { sheet.merges.append(range) }
            case .end:
                return sheet
            default:
                continue
            }
        }
    }

    /// The cell just opened, through its end tag; nil when it holds nothing.
    private static func cell(_ scanner: inout XMLScanner, previousColumn: Int) throws(XMLScanner.Problem) -> Cell? {
        var column = previousColumn + 1
        if let reference = scanner.attributeRange("r") {
            guard let parsed = Self.column(scanner.bytes, reference) else { throw scanner.malformed() }
            column = parsed
        }
        guard column <= maxColumn, column > previousColumn else { throw scanner.malformed() }
        let style = scanner.integerAttribute("s") ?? 0
        // Compared as bytes: a string for every cell's type was a tenth of reading a sheet.
        let type = scanner.attributeRange("t").map { CellType(scanner.bytes, $0) } ?? .number
        guard !scanner.selfClosing else { return nil }
        var value: String?
        var inline: String?
        var formula = false
        while true {
            switch try scanner.next() {
            case .open where scanner.isNamed("v"):
                value = try scanner.elementText()
            case .open where scanner.isNamed("f"):
                formula = true
                try scanner.skipElement()
            case .open where scanner.isNamed("is"):
                inline = scanner.selfClosing ? "" : try WorkbookParts.richText(&scanner)
            case .open:
                try scanner.skipElement()
            case .close:
                return content(type: type, value: value, inline: inline, formula: formula)
                    .map { Cell(column: column, style: style, content: $0) }
            case .end:
                throw scanner.malformed()
            case .text:
                continue
            }
        }
    }

    enum CellType {
        case shared, formulaString, inline, bool, error, date, number

        init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            if XMLScanner.equal(bytes, range, "s") { self = .shared }
            else if XMLScanner.equal(bytes, range, "str") { self = .formulaString }
            else if XMLScanner.equal(bytes, range, "inlineStr") { self = .inline }
            else if XMLScanner.equal(bytes, range, "b") { self = .bool }
            else if XMLScanner.equal(bytes, range, "e") { self = .error }
            else if XMLScanner.equal(bytes, range, "d") { self = .date }
            else { self = .number }
        }
    }

    private static func content(type: CellType, value raw: String?, inline: String?, formula: Bool) -> Content? {
        if type == .inline { return inline.map { .text(WorkbookParts.cellText($0)) } }
        // Programs that write formulas without calculating them leave `<v>` out, or empty.
        guard let raw, !(formula && raw.isEmpty) else { return formula ? .formulaWithoutValue : nil }
        if type == .formulaString { return .text(WorkbookParts.cellText(raw)) }
        let value = raw.trimmingSpaces
        switch type {
        case .shared: return Int(value).map(Content.shared) ?? .error(value)
        case .bool: return .bool(value == "1" || value == "true")
        case .error: return .error(value)
        case .date: return .isoDate(value)
        default: return value.isEmpty ? nil : .number(value)
        }
    }

    /// The row and column of a reference such as `AB12`; nil when it is not one.
    static func reference(_ text: String) -> (row: Int, column: Int)? {
        var bytes = Array(text.utf8)
        bytes.removeAll { $0 == UInt8(ascii: "$") }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let column = column(buffer, 0..<buffer.count),
                  let row = Int(String(decoding: buffer.drop(while: { $0 > 0x39 }), as: UTF8.self)),
                  (1...maxRow).contains(row) else { return nil }
            return (row, column)
        }
    }

    /// The column of a reference such as `AB12` (A = 1); nil when it is not one.
    static func column(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var column = 0
        var index = range.lowerBound
        while index < range.upperBound, column <= maxColumn {
            let byte = bytes[index] | 0x20  // lower case
            guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { break }
            column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            index += 1
        }
        guard column >= 1, column <= maxColumn, index < range.upperBound, index > range.lowerBound,
              bytes[index..<range.upperBound].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return column
    }
}
