/// The columns of a `CSVTable` checked against what a file is expected to hold, and access
/// to a row's fields by column name.
public struct CSVColumns: Sendable {
    public let file: String
    /// The worksheet, for a table from a workbook.
    public let sheet: String?
    /// Column name → position in each row.
    public let indexes: [String: Int]
    /// Missing required columns (errors) and unknown columns (warnings).
    public let diagnostics: Diagnostics

    init(file: String, sheet: String?, indexes: [String: Int], diagnostics: Diagnostics) {
        self.file = file
        self.sheet = sheet
        self.indexes = indexes
        self.diagnostics = diagnostics
    }

    /// Whether the file has a column of this name.
    public func contains(_ name: String) -> Bool { indexes[name] != nil }

    /// `row` with access to its fields by column name.
    public func record(_ row: CSVRow) -> CSVRecord {
        CSVRecord(row: row, file: file, sheet: sheet, indexes: indexes)
    }

    /// Every row of `table` with access by column name.
    public func records(_ table: CSVTable) -> [CSVRecord] {
        table.rows.map(record)
    }
}

extension CSVTable {
    /// Checks the header: a missing `required` column is an error at the header line,
    /// column 1; a column that is neither required nor optional is a warning at its header
    /// cell (it will be ignored), with the closest known name when it looks like a typo.
    public func columns(required: [String], optional: [String] = []) -> CSVColumns {
        var diagnostics = Diagnostics()
        var indexes: [String: Int] = [:]
        for (index, field) in header.enumerated() where indexes[field.value] == nil && !field.value.isEmpty {
            indexes[field.value] = index
        }
        let headerLocation = location(line: headerLine, column: 1)
        let known = required + optional
        let expected = required.joined(separator: delimiter == ";" ? ";" : ",")

        if header.isEmpty, !self.diagnostics.hasErrors {
            if sheet != nil {
                diagnostics.error(
                    headerLocation,
                    vi: "Trang tính này trống: thiếu hàng tiêu đề.",
                    en: "This worksheet is empty: it has no header row.",
                    hintVi: "Hàng 1 phải là tên các cột, mỗi tên một ô: \(required.joined(separator: ", "))",
                    hintEn: "Row 1 must name the columns, one name per cell: \(required.joined(separator: ", "))")
            } else {
                diagnostics.error(
                    headerLocation,
                    vi: "Tệp CSV này trống: thiếu dòng tiêu đề.",
                    en: "This CSV file is empty: it has no header row.",
                    hintVi: "Dòng đầu tiên phải là tên các cột, ví dụ: \(expected)",
                    hintEn: "The first line must name the columns, e.g. \(expected)")
            }
            return CSVColumns(file: file, sheet: sheet, indexes: indexes, diagnostics: diagnostics)
        }
        if !header.isEmpty, required.count > 1, !required.contains(where: { indexes[$0] != nil }) {
            // Not one column Tre needs: the first row is not the header (a title above it, the
            // wrong sheet, a file of another table). One message, not one per column.
            let names = required.joined(separator: ", ")
            diagnostics.error(
                headerLocation,
                vi: sheet == nil ? "Dòng tiêu đề không có cột bắt buộc nào (\(names))." : "Hàng tiêu đề không có cột bắt buộc nào (\(names)).",
                en: "The header row has none of the required columns (\(names)).",
                hintVi: sheet == nil
                    ? "Dòng đầu tiên của tệp phải là tên các cột, ví dụ: \(expected)"
                    : "Hàng đầu tiên có chữ của trang tính «\(sheet ?? "")» phải là tên các cột (\(names), ...); Tre đọc trang tính hiện đầu tiên của sổ làm việc, nên trang có số liệu phải đứng đầu.",
                hintEn: sheet == nil
                    ? "The first line of the file must name the columns, e.g. \(expected)"
                    : "The first row with text on sheet \"\(sheet ?? "")\" must name the columns (\(names), ...); Tre reads the workbook's first visible sheet, so the sheet with the data must come first.")
            return CSVColumns(file: file, sheet: sheet, indexes: indexes, diagnostics: diagnostics)
        }
        if !header.isEmpty {
            for name in required where indexes[name] == nil {
                let near = EditDistance.suggestion(for: name, among: header.map(\.value).filter { !known.contains($0) })
                let nearVi = near.map { " Có cột «\($0)»: có phải bạn định viết «\(name)»?" } ?? ""
                let nearEn = near.map { " There is a column \"\($0)\": did you mean \"\(name)\"?" } ?? ""
                diagnostics.error(
                    headerLocation,
                    vi: "Thiếu cột bắt buộc «\(name)».\(nearVi)",
                    en: "Missing required column \"\(name)\".\(nearEn)",
                    hintVi: "Thêm cột «\(name)» vào \(sheet == nil ? "dòng" : "hàng") tiêu đề. Các cột bắt buộc của tệp này: \(required.joined(separator: ", ")).",
                    hintEn: "Add a column \"\(name)\" to the header row. The required columns of this file are: \(required.joined(separator: ", ")).")
            }
        }
        for field in header where !field.value.isEmpty && !known.contains(field.value) {
            let near = EditDistance.suggestion(for: field.value, among: known)
            diagnostics.warning(
                field.location,
                vi: "Cột «\(field.value)» không được hỗ trợ và sẽ bị bỏ qua.",
                en: "Column \"\(field.value)\" is not supported and will be ignored.",
                hintVi: near.map { "Có phải bạn định viết «\($0)»?" }
                    ?? "Các cột dùng được: \(known.joined(separator: ", ")).",
                hintEn: near.map { "Did you mean \"\($0)\"?" }
                    ?? "The columns Tre reads are: \(known.joined(separator: ", ")).")
        }
        return CSVColumns(file: file, sheet: sheet, indexes: indexes, diagnostics: diagnostics)
    }
}

/// One row of a CSV file, read by column name.
public struct CSVRecord: Sendable {
    public let row: CSVRow
    public let file: String
    /// The worksheet, for a row of a workbook.
    public let sheet: String?
    let indexes: [String: Int]

    /// The line where the row starts (in a workbook, the row's number).
    public var line: Int { row.line }

    /// Where the row starts: its line, or in a workbook its row.
    public var location: SourceLocation {
        var location = SourceLocation(file: file, line: row.line)
        location.sheet = sheet
        return location
    }

    /// The field in column `name`, even when empty; nil when the file has no such column.
    public func field(_ name: String) -> CSVField? {
        guard let index = indexes[name], index < row.fields.count else { return nil }
        return row.fields[index]
    }

    /// The field in column `name` when it holds something; nil when empty or missing, and
    /// for a workbook cell the reader could not read (it said why).
    public func value(_ name: String) -> CSVField? {
        guard let field = field(name), field.typed != .unreadable, !field.value.trimmingSpaces.isEmpty else { return nil }
        return field
    }

    /// Where column `name` is in this row: its field, or the row's first line when the
    /// column does not exist.
    public func location(_ name: String) -> SourceLocation {
        if let field = field(name) { return field.location }
        var start = location
        start.column = 1
        return start
    }

    /// The field in column `name`, recording an error at the field when it is empty. A
    /// missing column is not reported again here: `CSVTable.columns` reported it once.
    public func requireValue(_ name: String, into diagnostics: inout Diagnostics) -> CSVField? {
        guard let field = field(name), field.typed != .unreadable else { return nil }
        guard !field.value.trimmingSpaces.isEmpty else {
            let place = field.location.placeInWords ?? location.placeInWords
            diagnostics.error(
                field.location,
                vi: "Ô «\(name)» đang trống nhưng là thông tin bắt buộc.",
                en: "Required value \"\(name)\" is empty.",
                hintVi: "Điền giá trị vào cột «\(name)» ở \(place?.vi ?? "dòng \(row.line)").",
                hintEn: "Fill in the \"\(name)\" column on \(place?.en ?? "line \(row.line)").")
            return nil
        }
        return field
    }

    /// Reads column `name` with a value parser (`ValueParser.number`, `.date`, …). An empty
    /// field gives nil, with an error when `required`; a bad value gives nil and an error at
    /// the field, prefixed with the column name.
    public func parse<T>(_ name: String, required: Bool = false, into diagnostics: inout Diagnostics,
                         _ parser: (String) -> Result<T, ValueProblem>) -> T? {
        let field = required ? requireValue(name, into: &diagnostics) : value(name)
        guard let field else { return nil }
        switch parser(field.value) {
        case .success(let value):
            return value
        case .failure(let problem):
            diagnostics.error(problem.about(name), at: field.location)
            return nil
        }
    }
}
