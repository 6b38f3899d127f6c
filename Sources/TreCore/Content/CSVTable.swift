/// One cell of a CSV file (or of a worksheet): its text and where it starts, so that any later
/// check (an unknown plan, a bad number) can point at the exact line and column, or cell.
public struct CSVField: Sendable, Hashable {
    /// The text: unquoted fields are trimmed of surrounding spaces, quoted fields are kept
    /// as written (with `""` turned into `"` and line breaks as `\n`). For a workbook cell,
    /// the cell's text, or its value written as a CSV file would hold it (`3500.5`,
    /// `2025-06-30`, `yes`).
    public var value: String
    /// Line and column where the field starts: its opening quote, or its first non-space
    /// character (for an empty field, where it would have started). For a workbook, the cell.
    public var location: SourceLocation
    /// What a workbook cell held beside its text (a number, a date, true/false); nil for text
    /// and for every CSV field.
    public var typed: CellValue?

    public init(value: String, location: SourceLocation, typed: CellValue? = nil) {
        self.value = value
        self.location = location
        self.typed = typed
    }
}

/// The value of a workbook cell that is not text. A number cell is that number, never read
/// through the separator rules of CSV text.
public enum CellValue: Sendable, Hashable {
    case number(Double)
    /// A number whose format shows it as a percentage: the value as shown (75 for `75%`,
    /// which the cell stores as 0.75).
    case percent(Double)
    /// A cell formatted as a date; `serial` is the number Excel stores for it.
    case date(Day, serial: Double)
    case bool(Bool)
    /// A cell that could not be read (an error value such as `#N/A`, a formula without a
    /// saved value), already reported by the reader: reading it as a value gives nothing.
    case unreadable
}

/// One data row. Rows with a syntax error or the wrong number of fields are left out of
/// `CSVTable.rows` (and reported), so every row here has exactly one field per column.
public struct CSVRow: Sendable, Hashable {
    /// The line where the row starts (a quoted field may carry it over several lines).
    public var line: Int
    public var fields: [CSVField]

    public init(line: Int, fields: [CSVField]) {
        self.line = line
        self.fields = fields
    }
}

/// A CSV file as read by `CSVReader`: the header, the good rows, and every problem found.
public struct CSVTable: Sendable {
    /// The path printed in messages, e.g. `Content/data/targets.csv`.
    public var file: String
    /// `,`, or `;` when the header uses `;` and no `,`.
    public var delimiter: Character
    /// The header cells, names trimmed. Empty when the file has no header row, or when the
    /// header row itself could not be read.
    public var header: [CSVField]
    public var rows: [CSVRow]
    public var diagnostics: Diagnostics
    /// The worksheet read, for a table from a workbook; nil for a CSV file.
    public var sheet: String?

    public init(file: String, delimiter: Character, header: [CSVField], rows: [CSVRow],
                diagnostics: Diagnostics, sheet: String? = nil) {
        self.file = file
        self.delimiter = delimiter
        self.header = header
        self.rows = rows
        self.diagnostics = diagnostics
        self.sheet = sheet
    }

    /// A place in this table's file: a line, or in a workbook a cell of its sheet.
    public func location(line: Int?, column: Int? = nil) -> SourceLocation {
        var location = SourceLocation(file: file, line: line, column: column)
        location.sheet = sheet
        return location
    }

    /// The line of the header row (1 for an empty file).
    public var headerLine: Int { header.first?.location.line ?? 1 }

    /// The header's names, in order.
    public var columnNames: [String] { header.map(\.value) }
}
