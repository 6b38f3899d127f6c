/// A worksheet's cells as a `CSVTable`: the first row with anything in it is the header, blank
/// rows are skipped, columns with no name and nothing in them are left out, and each field
/// keeps its cell and typed value.
struct WorkbookTable {
    let sheet: WorkbookReader.LoadedSheet
    let file: String
    let reading: Set<String>?

    /// More cells than a national register holds many times over (rows × columns kept).
    static let cellLimit = 20_000_000

    init(sheet: WorkbookReader.LoadedSheet, file: String, reading: Set<String>?) {
        self.sheet = sheet
        self.file = file
        self.reading = reading
    }

    func table() -> CSVTable {
        var diagnostics = Diagnostics()
        let empty = CSVTable(file: file, delimiter: ",", header: [], rows: [], diagnostics: diagnostics, sheet: sheet.name)
        if let merged = mergeProblem() {
            diagnostics.append(merged)
            return CSVTable(file: file, delimiter: ",", header: [], rows: [], diagnostics: diagnostics, sheet: sheet.name)
        }
        let rows = sheet.cells.rows.filter { !$0.cells.isEmpty }
        guard let headerRow = rows.first else { return empty }
        let names = Dictionary(headerRow.cells.map { ($0.column, read($0, row: headerRow.number).value.trimmingSpaces) },
                               uniquingKeysWith: { a, _ in a })
        var used = Set(names.filter { !$0.value.isEmpty }.keys)
        for row in rows.dropFirst() {
            for cell in row.cells where !isBlank(cell) { used.insert(cell.column) }
        }
        let columns = used.sorted()
        guard columns.count * rows.count <= Self.cellLimit else {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file), WorkbookProblem.tooLarge(part: sheet.name).message,
                                          hint: WorkbookProblem.tooLarge(part: sheet.name).hint))
            return CSVTable(file: file, delimiter: ",", header: [], rows: [], diagnostics: diagnostics, sheet: sheet.name)
        }
        let header = columns.map { column in
            CSVField(value: names[column] ?? "", location: location(row: headerRow.number, column: column))
        }
        checkHeader(header, into: &diagnostics)
        let readable = Set(columns.enumerated().filter { reading?.contains(header[$0.offset].value) ?? true }.map(\.element))
        var table: [CSVRow] = []
        table.reserveCapacity(rows.count)
        for row in rows.dropFirst() {
            var fields = columns.map { CSVField(value: "", location: location(row: row.number, column: $0)) }
            var index = 0
            var blank = true
            for cell in row.cells {
                while index < columns.count, columns[index] < cell.column { index += 1 }
                guard index < columns.count, columns[index] == cell.column else { continue }
                let read = read(cell, row: row.number)
                if let problem = read.problem, readable.contains(cell.column) { diagnostics.append(problem) }
                fields[index].value = read.value
                fields[index].typed = read.typed
                if read.typed != nil || !read.value.isEmpty { blank = false }
            }
            if !blank { table.append(CSVRow(line: row.number, fields: fields)) }
        }
        return CSVTable(file: file, delimiter: ",", header: header, rows: table, diagnostics: diagnostics, sheet: sheet.name)
    }

    private func location(row: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet.name, row: row, column: column)
    }

    private func isBlank(_ cell: WorksheetCells.Cell) -> Bool {
        switch cell.content {
        case .text(let text): text.trimmingSpaces.isEmpty
        case .shared(let index): index < sheet.strings.count && sheet.strings[index].trimmingSpaces.isEmpty
        default: false
        }
    }

    /// Merged cells hold one value for several cells, so the others would read as empty:
    /// the sheet is refused, naming every merged range.
    private func mergeProblem() -> Diagnostic? {
        guard let first = sheet.cells.merges.first else { return nil }
        let shown = sheet.cells.merges.prefix(10).joined(separator: ", ")
            + (sheet.cells.merges.count > 10 ? ", …" : "")
        var location = SourceLocation(file: file, sheet: sheet.name)
        if let corner = first.split(separator: ":").first, let cell = WorksheetCells.reference(String(corner)) {
            location = self.location(row: cell.row, column: cell.column)
        }
        return Diagnostic(.error, at: location,
                          LocalizedText(vi: "Trang tính có ô được gộp (\(shown)); Tre cần mỗi ô một giá trị riêng nên chưa đọc trang này.",
                                        en: "The worksheet has merged cells (\(shown)); Tre needs one value in each cell, so the sheet was not read."),
                          hint: LocalizedText(vi: "Chọn các ô đó, bấm Trang đầu > Gộp và Căn giữa > Bỏ gộp ô, rồi điền giá trị vào từng ô và lưu lại.",
                                              en: "Select those cells, choose Home > Merge & Center > Unmerge Cells, fill in each cell and save."))
    }

    /// The header names: none empty where the column holds something, none twice.
    private func checkHeader(_ header: [CSVField], into diagnostics: inout Diagnostics) {
        var first: [String: SourceLocation] = [:]
        for field in header {
            let letter = SourceLocation.columnName(field.location.column ?? 1)
            if field.value.isEmpty {
                diagnostics.error(
                    field.location,
                    vi: "Cột \(letter) có số liệu nhưng không có tên ở hàng tiêu đề.",
                    en: "Column \(letter) holds data but has no name in the header row.",
                    hintVi: "Gõ tên cột vào ô \(field.location.cell ?? letter), hoặc xóa cả cột \(letter) nếu không cần (bấm chuột phải vào chữ \(letter) > Xóa) rồi lưu lại.",
                    hintEn: "Type the column's name in cell \(field.location.cell ?? letter), or delete column \(letter) if it is not needed (right-click the letter \(letter) > Delete) and save.")
            } else if let earlier = first[field.value] {
                let other = SourceLocation.columnName(earlier.column ?? 1)
                diagnostics.error(
                    field.location,
                    vi: "Tên cột «\(field.value)» bị lặp lại: cột \(other) cũng có tên này.",
                    en: "Duplicate column name \"\(field.value)\": column \(other) has the same name.",
                    hintVi: "Mỗi cột cần một tên riêng: đổi tên hoặc xóa một trong hai cột.",
                    hintEn: "Each column needs its own name: rename or delete one of the two columns.")
            } else {
                first[field.value] = field.location
            }
        }
    }
}
