/// Reads CSV text (RFC 4180) into a `CSVTable` whose every field knows its line and column.
///
/// Strict on purpose: a file that a spreadsheet misread would publish wrong figures, so a
/// broken row is reported and left out rather than guessed at. Reading goes on after a bad
/// row so that one run shows every problem in the file.
public enum CSVReader {
    /// Parses `text`, the content of the file printed as `file` (e.g. `Content/data/targets.csv`).
    /// `text` is expected as `ContentText.decode` returns it (NFC); values are not
    /// normalised again here, to keep a national file's 20,000 rows cheap.
    public static func parse(_ text: String, file: String) -> CSVTable {
        let bytes = Array(text.utf8)
        // A byte-order mark left in by a caller that did not use `ContentText`.
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let delimiterByte = detectDelimiter(bytes, from: start)
        let delimiter = Character(Unicode.Scalar(delimiterByte))
        var scanner = CSVScanner(bytes: bytes, start: start, delimiter: delimiterByte, file: file)
        var diagnostics = Diagnostics()
        var header: [CSVField] = []
        var headerSeen = false
        var rows: [CSVRow] = []

        while let record = scanner.next() {
            if let problem = record.problem {
                report(problem, file: file, delimiter: delimiter, into: &diagnostics)
                headerSeen = true
                continue
            }
            guard headerSeen else {
                header = record.fields.map {
                    CSVField(value: $0.value.trimmingSpaces, location: $0.location)
                }
                checkHeader(header, into: &diagnostics)
                headerSeen = true
                continue
            }
            if !header.isEmpty, record.fields.count != header.count {
                reportFieldCount(record, header: header, delimiter: delimiter, into: &diagnostics)
                continue
            }
            rows.append(CSVRow(line: record.line, fields: record.fields))
        }
        return CSVTable(file: file, delimiter: delimiter, header: header, rows: rows,
                        diagnostics: diagnostics)
    }

    /// `;` when the header row has a `;` and no `,` outside quotes; `,` otherwise.
    static func detectDelimiter(_ bytes: [UInt8], from start: Int) -> UInt8 {
        let comma: UInt8 = 0x2C, semicolon: UInt8 = 0x3B
        var index = start
        // Skip blank lines, as the scanner does, to find the header row.
        while index < bytes.count, [CSVScanner.space, CSVScanner.tab, TextPosition.cr, TextPosition.lf].contains(bytes[index]) {
            index += 1
        }
        var inQuotes = false
        var sawSemicolon = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == CSVScanner.quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == comma { return comma }
                if byte == semicolon { sawSemicolon = true }
                if byte == TextPosition.lf || byte == TextPosition.cr { break }
            }
            index += 1
        }
        return sawSemicolon ? semicolon : comma
    }

    private static func checkHeader(_ header: [CSVField], into diagnostics: inout Diagnostics) {
        var firstColumn: [String: Int] = [:]
        for (index, field) in header.enumerated() {
            let number = index + 1
            if field.value.isEmpty {
                diagnostics.error(
                    field.location,
                    vi: "Cột thứ \(number) ở dòng tiêu đề không có tên.",
                    en: "Column \(number) of the header row has no name.",
                    hintVi: "Đặt tên cho cột này, hoặc xóa hẳn cột trống (trong Excel: chọn cột, bấm chuột phải > Xóa) rồi lưu lại.",
                    hintEn: "Give this column a name, or delete the empty column (in Excel: select the column, right-click > Delete) and save again.")
            } else if let first = firstColumn[field.value] {
                diagnostics.error(
                    field.location,
                    vi: "Tên cột «\(field.value)» bị lặp lại: cột thứ \(first) cũng có tên này.",
                    en: "Duplicate column name \"\(field.value)\": column \(first) has the same name.",
                    hintVi: "Mỗi cột cần một tên riêng: đổi tên hoặc xóa một trong hai cột.",
                    hintEn: "Each column needs its own name: rename or delete one of the two columns.")
            } else {
                firstColumn[field.value] = number
            }
        }
    }

    private static func reportFieldCount(_ record: CSVScanner.Record, header: [CSVField],
                                         delimiter: Character, into diagnostics: inout Diagnostics) {
        let expected = header.count
        let found = record.fields.count
        let names = header.map(\.value).joined(separator: ", ")
        if found > expected {
            diagnostics.error(
                record.fields[expected].location,
                vi: "Dòng này có \(found) ô nhưng dòng tiêu đề chỉ có \(expected) cột (\(names)); ô thừa bắt đầu từ đây.",
                en: "This row has \(found) fields but the header has \(expected) columns (\(names)); the extra fields start here.",
                hintVi: "Xóa các ô thừa. Nếu một ô có chứa dấu \(delimiter), hãy đặt cả ô trong ngoặc kép, ví dụ: \"Hà Nam\(delimiter) Ninh Bình\".",
                hintEn: "Remove the extra fields. If a field contains \(delimiter), put the whole field in double quotes, e.g. \"Ha Nam\(delimiter) Ninh Binh\".")
        } else {
            let missing = header[found...].map(\.value).joined(separator: ", ")
            diagnostics.error(
                SourceLocation(file: header[0].location.file, line: record.endLine, column: record.endColumn),
                vi: "Dòng này chỉ có \(found) ô nhưng dòng tiêu đề có \(expected) cột (\(names)); thiếu: \(missing).",
                en: "This row has \(found) fields but the header has \(expected) columns (\(names)); missing: \(missing).",
                hintVi: "Thêm các ô còn thiếu. Ô để trống vẫn cần dấu \(delimiter) ngăn cách, ví dụ: a\(delimiter)b\(delimiter)\(delimiter)d.",
                hintEn: "Add the missing fields. An empty field still needs its \(delimiter), e.g. a\(delimiter)b\(delimiter)\(delimiter)d.")
        }
    }

    private static func report(_ problem: (kind: CSVScanner.Problem, line: Int, column: Int), file: String,
                               delimiter: Character, into diagnostics: inout Diagnostics) {
        let location = SourceLocation(file: file, line: problem.line, column: problem.column)
        switch problem.kind {
        case .unterminatedQuote:
            diagnostics.error(
                location,
                vi: "Dấu ngoặc kép \" mở ô ở đây nhưng không được đóng lại; dòng này đã bị bỏ qua.",
                en: "This quote \" opens a field but is never closed; the row was skipped.",
                hintVi: "Thêm dấu \" đóng ở cuối ô. Nếu trong ô có dấu \", hãy viết nó thành hai dấu \"\".",
                hintEn: "Add the closing \" at the end of the field. Write a \" inside a quoted field as \"\".")
        case .strayQuote:
            diagnostics.error(
                location,
                vi: "Dấu ngoặc kép \" nằm giữa một ô không được đặt trong ngoặc kép; dòng này đã bị bỏ qua.",
                en: "A quote \" inside a field that is not quoted; the row was skipped.",
                hintVi: "Đặt cả ô trong ngoặc kép và viết dấu \" bên trong thành \"\", ví dụ: \"HTX \"\"Sen Hồng\"\"\". Excel tự làm việc này khi lưu thành CSV UTF-8.",
                hintEn: "Put the whole field in double quotes and write each \" inside it as \"\", e.g. \"HTX \"\"Sen Hong\"\"\". Excel does this when saving as CSV UTF-8.")
        case .textAfterQuote:
            diagnostics.error(
                location,
                vi: "Có chữ ngay sau dấu ngoặc kép đóng ô; dòng này đã bị bỏ qua.",
                en: "Text follows the closing quote of a field; the row was skipped.",
                hintVi: "Đưa phần chữ này vào trong ngoặc kép (dấu \" bên trong ô viết thành \"\"), hoặc thêm dấu \(delimiter) trước nó nếu đó là ô tiếp theo.",
                hintEn: "Move this text inside the quotes (writing any \" inside as \"\"), or add a \(delimiter) before it if it is the next field.")
        }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (not line breaks: those are content).
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        guard let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }
}
