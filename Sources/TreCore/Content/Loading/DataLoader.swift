/// Reads the four CSV files of `data/`.
enum DataLoader {
    static let knownFiles = ["data/cooperatives.csv", "data/indicators.csv", "data/progress.csv", "data/targets.csv"]

    /// The records of a data file, or nil when it is missing (and optional) or unreadable.
    static func records(_ path: String, required: [String], optional: [String],
                        mustExist: Bool, _ reader: inout FileReader) -> [CSVRecord]? {
        guard reader.exists(path) else {
            if mustExist {
                reader.diagnostics.error(
                    SourceLocation(file: reader.files.display(path)),
                    vi: "Thiếu tệp \(path).",
                    en: "\(path) is missing.",
                    hintVi: "Tạo tệp với dòng tiêu đề: " + (required + optional).joined(separator: ","),
                    hintEn: "Create it with the header line: " + (required + optional).joined(separator: ","))
            }
            return nil
        }
        guard let text = reader.text(path) else { return nil }
        let table = CSVReader.parse(text, file: reader.files.display(path))
        reader.diagnostics.append(contentsOf: table.diagnostics)
        let columns = table.columns(required: required, optional: optional)
        reader.diagnostics.append(contentsOf: columns.diagnostics)
        return required.allSatisfy(columns.contains) ? columns.records(table) : nil
    }

    /// Reports the second and later rows that repeat a key, pointing back at the first.
    static func checkUnique<Key: Hashable>(_ key: Key, at location: SourceLocation, seen: inout [Key: SourceLocation],
                                           what: LocalizedText, _ diagnostics: inout Diagnostics) -> Bool {
        if let first = seen[key] {
            diagnostics.error(
                location,
                vi: "Trùng \(what.vi): đã có ở dòng \(first.line ?? 0).",
                en: "Duplicate \(what.en): already on line \(first.line ?? 0).",
                hintVi: "Xóa một trong hai dòng, hoặc sửa để mỗi dòng là duy nhất.",
                hintEn: "Delete one of the two rows, or change one so each is unique.")
            return false
        }
        seen[key] = location
        return true
    }
}
