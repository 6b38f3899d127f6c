/// One cell of a CSV file: its text and where it starts, so that any later check (an unknown
/// plan, a bad number) can point at the exact line and column.
public struct CSVField: Sendable, Hashable {
    /// The text: unquoted fields are trimmed of surrounding spaces, quoted fields are kept
    /// as written (with `""` turned into `"` and line breaks as `\n`).
    public var value: String
    /// Line and column where the field starts: its opening quote, or its first non-space
    /// character (for an empty field, where it would have started).
    public var location: SourceLocation

    public init(value: String, location: SourceLocation) {
        self.value = value
        self.location = location
    }
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

    public init(file: String, delimiter: Character, header: [CSVField], rows: [CSVRow],
                diagnostics: Diagnostics) {
        self.file = file
        self.delimiter = delimiter
        self.header = header
        self.rows = rows
        self.diagnostics = diagnostics
    }

    /// The line of the header row (1 for an empty file).
    public var headerLine: Int { header.first?.location.line ?? 1 }

    /// The header's names, in order.
    public var columnNames: [String] { header.map(\.value) }
}
