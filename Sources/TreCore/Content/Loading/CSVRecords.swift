/// Named access to the rows of a CSV table, with the checks every data file shares:
/// required columns present, unknown columns reported, required values not empty.
struct CSVRecords {
    let table: CSVTable
    private let index: [String: Int]

    /// Checks the header against the columns the file may have.
    init(_ table: CSVTable, required: [String], optional: [String], diagnostics: inout Diagnostics) {
        self.table = table
        var index: [String: Int] = [:]
        for (position, field) in table.header.enumerated() where index[field.value] == nil {
            index[field.value] = position
        }
        self.index = index
        let known = Set(required + optional)
        let headerLocation = table.header.first?.location ?? SourceLocation(file: table.file, line: 1, column: 1)
        for name in required where index[name] == nil {
            diagnostics.error(
                headerLocation,
                vi: "thiếu cột bắt buộc \"\(name)\" ở dòng tiêu đề",
                en: "the header has no \"\(name)\" column, which is required",
                hintVi: "dòng đầu tiên phải có các cột: " + required.joined(separator: ", "),
                hintEn: "the first line must name the columns: " + required.joined(separator: ", "))
        }
        for field in table.header where !known.contains(field.value) {
            let suggestion = Suggestion.closest(to: field.value, in: known.sorted())
            diagnostics.warning(
                field.location,
                vi: "cột \"\(field.value)\" không được dùng và sẽ bị bỏ qua",
                en: "column \"\(field.value)\" is not used and will be ignored",
                hintVi: suggestion.map { "có phải bạn muốn viết \"\($0)\"?" }
                    ?? "các cột dùng được: " + (required + optional).joined(separator: ", "),
                hintEn: suggestion.map { "did you mean \"\($0)\"?" }
                    ?? "the columns used are: " + (required + optional).joined(separator: ", "))
        }
    }

    /// Whether every required column was found.
    func hasColumns(_ names: [String]) -> Bool {
        names.allSatisfy { index[$0] != nil }
    }

    /// The field of `column` in `row`, or nil when the column is absent or the value empty.
    func field(_ row: CSVRow, _ column: String) -> CSVField? {
        guard let position = index[column], position < row.fields.count else { return nil }
        let field = row.fields[position]
        return field.value.allSatisfy(\.isWhitespace) ? nil : field
    }

    /// The field, or an error at the empty cell when a required value is missing.
    func require(_ row: CSVRow, _ column: String, _ diagnostics: inout Diagnostics) -> CSVField? {
        if let field = field(row, column) { return field }
        let location: SourceLocation
        if let position = index[column], position < row.fields.count {
            location = row.fields[position].location
        } else {
            location = SourceLocation(file: table.file, line: row.line, column: 1)
        }
        diagnostics.error(
            location,
            vi: "cột \"\(column)\" không được để trống",
            en: "column \"\(column)\" must not be empty",
            hintVi: "điền giá trị cho \"\(column)\" ở dòng này, hoặc xóa cả dòng nếu không cần",
            hintEn: "fill in \"\(column)\" on this row, or delete the whole row if it is not needed")
        return nil
    }
}

/// "Did you mean …?" for misspelt keys and column names.
enum Suggestion {
    static func closest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3) else { return nil }
        return best.0
    }

    /// Levenshtein distance, on Characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1,
                                 previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
