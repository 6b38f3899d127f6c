/// A place in a content file: the path as the user would type it, a 1-based line and,
/// where it applies, a 1-based column (counted in characters, not bytes).
///
/// In a workbook the place is a cell: `sheet` names the worksheet, `line` is the row and
/// `column` the column (A = 1), printed as `data/targets.xlsx: sheet "Chỉ tiêu", cell C12`.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The worksheet, for a place in a workbook; nil in text files.
    public var sheet: String?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A cell of a worksheet (or the sheet itself when `row` is nil).
    public init(file: String, sheet: String, row: Int? = nil, column: Int? = nil) {
        self.file = file
        self.sheet = sheet
        self.line = row
        self.column = column
    }

    /// `C12` for a workbook cell; nil elsewhere.
    public var cell: String? {
        guard sheet != nil, let line, let column else { return nil }
        return Self.columnName(column) + String(line)
    }

    /// `file:line:column`, leaving out what is unknown; for a workbook, as `text(.en)`.
    public var description: String { text(.en) }

    /// The place in words of `language`: `file:line:column` for a text file, and
    /// `file: trang tính "…", ô C12` / `file: sheet "…", cell C12` for a workbook.
    public func text(_ language: Language) -> String {
        var text = file
        guard let sheet else {
            if let line { text += ":\(line)" }
            if line != nil, let column { text += ":\(column)" }
            return text
        }
        text += language == .vi ? ": trang tính \"\(sheet)\"" : ": sheet \"\(sheet)\""
        if let cell {
            text += language == .vi ? ", ô \(cell)" : ", cell \(cell)"
        } else if let line {
            text += language == .vi ? ", hàng \(line)" : ", row \(line)"
        }
        return text
    }

    /// Where this is, for a sentence: `dòng 12` / `line 12` in a text file, `ô C12` / `cell
    /// C12` (or `hàng 12` / `row 12`) in a workbook.
    public var placeInWords: LocalizedText? {
        guard let line else { return nil }
        if let cell { return LocalizedText(vi: "ô \(cell)", en: "cell \(cell)") }
        if sheet != nil { return LocalizedText(vi: "hàng \(line)", en: "row \(line)") }
        return LocalizedText(vi: "dòng \(line)", en: "line \(line)")
    }

    /// Excel's name of a column: 1 → A, 26 → Z, 27 → AA.
    public static func columnName(_ column: Int) -> String {
        var number = max(1, column)
        var letters: [Character] = []
        while number > 0 {
            let rest = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + rest))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.sheet != b.sheet { return (a.sheet ?? "") < (b.sheet ?? "") }
        if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
        return (a.column ?? 0) < (b.column ?? 0)
    }
}
