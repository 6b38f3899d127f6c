import Foundation

extension WorkbookTable {
    /// A cell as a field: its text, its typed value, and the problem when it cannot be read.
    struct ReadCell {
        var value: String
        var typed: CellValue? = nil
        var problem: Diagnostic? = nil
    }

    func read(_ cell: WorksheetCells.Cell, row: Int) -> ReadCell {
        // Only a cell with a problem needs its place: made when it does.
        var at: SourceLocation { SourceLocation(file: file, sheet: sheet.name, row: row, column: cell.column) }
        switch cell.content {
        case .shared(let index):
            guard index >= 0, index < sheet.strings.count else { return unreadable("", at, Self.damagedCell) }
            return ReadCell(value: sheet.strings[index])
        case .text(let text):
            return ReadCell(value: text)
        case .bool(let value):
            return ReadCell(value: value ? "yes" : "no", typed: .bool(value))
        case .error(let code):
            return unreadable(code, at, LocalizedText(
                vi: "Ô này có giá trị lỗi «\(code)» của Excel, không phải số liệu.",
                en: "This cell holds Excel's error value \"\(code)\", not a figure."), hint: LocalizedText(
                vi: "Sửa công thức tạo ra lỗi này (\(code == "#N/A" ? "#N/A thường do hàm tra cứu như VLOOKUP không tìm thấy giá trị" : "xem công thức trong ô")), hoặc gõ thẳng giá trị vào ô, rồi lưu lại.",
                en: "Fix the formula that gives this error (\(code == "#N/A" ? "#N/A usually means a lookup such as VLOOKUP found nothing" : "see the formula in the cell")), or type the value into the cell, and save."))
        case .formulaWithoutValue:
            return unreadable("", at, LocalizedText(
                vi: "Ô này có công thức nhưng chưa có giá trị được lưu kèm (tệp do một chương trình không tính công thức tạo ra).",
                en: "This cell has a formula but no value saved with it (the file was made by a program that does not calculate formulas)."), hint: LocalizedText(
                vi: "Mở tệp bằng Excel hoặc LibreOffice Calc rồi lưu lại: chương trình sẽ tính công thức và lưu giá trị của nó.",
                en: "Open the file in Excel or LibreOffice Calc and save it: the program calculates the formula and saves its value."))
        case .isoDate(let text):
            guard case .success(let day) = ValueParser.date(String(text.prefix(10)), partial: false) else {
                return unreadable(text, at, Self.notADate(text))
            }
            return ReadCell(value: DateFormat(.vi).format(day), typed: .date(day, serial: ExcelDate.serial(day)))
        case .number(let raw):
            guard let number = WorkbookNumber(raw) else { return unreadable(raw, at, Self.damagedCell) }
            switch cell.style < sheet.kinds.count ? sheet.kinds[cell.style] : .number {
            case .number:
                return ReadCell(value: number.text, typed: .number(number.value))
            case .percent:
                let shown = number.timesHundred
                return ReadCell(value: shown.text + "%", typed: .percent(shown.value))
            case .date:
                switch ExcelDate.day(serial: number.value, date1904: sheet.date1904) {
                case .success(let day):
                    // As the cell shows it to a Vietnamese reader, and as a CSV file may hold it.
                    return ReadCell(value: DateFormat(.vi).format(day), typed: .date(day, serial: number.value))
                case .failure(.leapDay1900):
                    // Refused as a CSV file's 29/02/1900 is, with the same words.
                    guard case .failure(let problem) = ValueParser.date("29/02/1900") else { return ReadCell(value: "") }
                    return unreadable("29/02/1900", at, problem.message, hint: problem.hint)
                case .failure(.outOfRange):
                    return unreadable(number.text, at, Self.notADate(number.text))
                }
            }
        }
    }

    private func unreadable(_ value: String, _ location: SourceLocation, _ message: LocalizedText,
                            hint: LocalizedText? = nil) -> ReadCell {
        ReadCell(value: value, typed: .unreadable,
                 problem: Diagnostic(.error, at: location, message, hint: hint ?? WorkbookProblem.resave))
    }

    static let damagedCell = LocalizedText(vi: "Không đọc được giá trị của ô này: tệp có thể bị hỏng.",
                                           en: "The value of this cell cannot be read: the file may be damaged.")

    static func notADate(_ text: String) -> LocalizedText {
        LocalizedText(vi: "Ô này được định dạng ngày nhưng giá trị của nó («\(text)») không phải là một ngày có thật.",
                      en: "This cell is formatted as a date but its value (\"\(text)\") is not a real date.")
    }
}

/// A number cell's value as Excel means it, and as a CSV file would write it.
struct WorkbookNumber {
    var value: Double
    /// Plain decimal digits with `.`, no exponent: `3500.5`, `0.000015`, `2019`.
    var text: String

    init?(_ raw: String) {
        // Nearly every cell is a whole number of at most 15 digits, exact as written.
        if raw.utf8.count <= 16, let whole = Int64(raw), abs(whole) < 1_000_000_000_000_000 {
            self.init(value: Double(whole), text: String(whole))
            return
        }
        guard let parsed = Double(raw), parsed.isFinite else { return nil }
        // Excel keeps 15 significant digits: `0.30000000000000004` is the 0.3 it shows.
        let rounded = Double(String(format: "%.15g", parsed)) ?? parsed
        self.init(value: rounded)
    }

    init(value: Double) {
        self.value = value == 0 ? 0 : value
        text = Self.plain(self.value)
    }

    private init(value: Double, text: String) {
        self.value = value
        self.text = text
    }

    /// The value a percentage format shows (0.755 → 75.5), shifted in its digits so that no
    /// binary rounding creeps in.
    var timesHundred: WorkbookNumber {
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count < 2 { fraction += "0" }
        var whole = String(parts[0]) + fraction.prefix(2)
        var rest = String(fraction.dropFirst(2))
        while whole.count > 1, whole.hasPrefix("0") { whole.removeFirst() }
        while rest.hasSuffix("0") { rest.removeLast() }
        let shown = (negative && (whole != "0" || !rest.isEmpty) ? "-" : "") + whole + (rest.isEmpty ? "" : "." + rest)
        return WorkbookNumber(value: Double(shown) ?? value * 100, text: shown)
    }

    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let description = "\(value)"
        guard let e = description.firstIndex(where: { $0 == "e" || $0 == "E" }),
              let exponent = Int(description[description.index(after: e)...]) else { return description }
        var mantissa = Substring(description[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa = mantissa.dropFirst() }
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(pieces[0])
        let digits = whole + (pieces.count > 1 ? String(pieces[1]) : "")
        let point = whole.count + exponent
        var out: String
        if point <= 0 {
            out = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            out = digits + String(repeating: "0", count: point - digits.count)
        } else {
            out = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        if out.contains(".") { while out.hasSuffix("0") { out.removeLast() } }
        if out.hasSuffix(".") { out.removeLast() }
        return (negative ? "-" : "") + out
    }
}
