import Foundation

/// Reads the four tables of `data/`, each a CSV file or an Excel workbook.
enum DataLoader {
    static let tables = ["cooperatives", "indicators", "progress", "targets"]
    static let knownFiles = tables.flatMap { ["data/\($0).csv", "data/\($0).xlsx"] }
    /// Put in a table's declared names when the table could not be read at all (a missing
    /// column, a broken workbook, two files for one table): every name counts as declared, so
    /// a reference to one is not reported again. Never a slug, so never a real name.
    static let unreadable = "*"

    /// The file a table is read from: `data/<name>.xlsx` when only the workbook exists,
    /// `data/<name>.csv` otherwise.
    static func path(_ table: String, in files: ContentFiles) -> String {
        let csv = "data/\(table).csv", xlsx = "data/\(table).xlsx"
        return !files.lists(csv) && files.lists(xlsx) ? xlsx : csv
    }

    /// The records of a data table (`targets`, …), or nil when it is missing (and optional) or
    /// unreadable; then `declared` gets `unreadable`, unless the table is optional and absent.
    static func records(_ table: String, required: [String], optional: [String], mustExist: Bool,
                        _ reader: inout FileReader, declared: inout Set<String>) -> [CSVRecord]? {
        let csv = "data/\(table).csv", xlsx = "data/\(table).xlsx"
        let path = path(table, in: reader.files)
        guard reader.exists(path) else {
            if mustExist {
                declared.insert(unreadable)
                reader.diagnostics.error(
                    SourceLocation(file: reader.files.display(csv)),
                    vi: "Thiếu tệp \(csv) (hoặc sổ làm việc Excel \(xlsx)).",
                    en: "\(csv) (or the Excel workbook \(xlsx)) is missing.",
                    hintVi: "Tạo tệp với dòng tiêu đề: " + (required + optional).joined(separator: ",")
                        + " (lệnh `tre new workbook` tạo sẵn sổ làm việc có đủ các cột).",
                    hintEn: "Create it with the header line: " + (required + optional).joined(separator: ",")
                        + " (`tre new workbook` writes a workbook with every column).")
            }
            return nil
        }
        if path == csv, reader.exists(xlsx) {
            declared.insert(unreadable)
            reader.diagnostics.error(
                SourceLocation(file: reader.files.display(xlsx)),
                vi: "Có cả \(csv) và \(xlsx) cho cùng một bảng, nên Tre không biết đọc tệp nào và chưa đọc tệp nào.",
                en: "Both \(csv) and \(xlsx) hold the same table, so Tre cannot tell which to read and read neither.",
                hintVi: "Giữ lại một tệp: xóa (hoặc chuyển ra ngoài thư mục nội dung) tệp cũ hơn.",
                hintEn: "Keep one of them: delete the older file (or move it out of the content folder).")
            return nil
        }
        guard let table = parse(path, columns: required + optional, &reader) else {
            declared.insert(unreadable)
            return nil
        }
        reader.diagnostics.append(contentsOf: table.diagnostics)
        let columns = table.columns(required: required, optional: optional)
        reader.diagnostics.append(contentsOf: columns.diagnostics)
        guard required.allSatisfy(columns.contains), !(table.header.isEmpty && table.diagnostics.hasErrors) else {
            declared.insert(unreadable)
            return nil
        }
        return columns.records(table)
    }

    /// The table in a CSV file or a workbook; nil (reported) when the file cannot be read.
    private static func parse(_ path: String, columns: [String], _ reader: inout FileReader) -> CSVTable? {
        let display = reader.files.display(path)
        guard path.hasSuffix(".xlsx") else {
            return reader.text(path).map { CSVReader.parse($0, file: display) }
        }
        guard let data = reader.data(path) else { return nil }
        return WorkbookReader.parse(data, file: display, reading: Set(columns))
    }

    /// Reports the second and later rows that repeat a key, pointing back at the first.
    static func checkUnique<Key: Hashable>(_ key: Key, at location: SourceLocation, seen: inout [Key: SourceLocation],
                                           what: LocalizedText, _ diagnostics: inout Diagnostics) -> Bool {
        if let first = seen[key] {
            let place = first.placeInWords ?? LocalizedText(vi: "dòng 0", en: "line 0")
            diagnostics.error(
                location,
                vi: "Trùng \(what.vi): đã có ở \(place.vi).",
                en: "Duplicate \(what.en): already \(first.sheet == nil ? "on" : "in") \(place.en).",
                hintVi: "Xóa một trong hai dòng, hoặc sửa để mỗi dòng là duy nhất.",
                hintEn: "Delete one of the two rows, or change one so each is unique.")
            return false
        }
        seen[key] = location
        return true
    }
}
