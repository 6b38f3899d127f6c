import Foundation

/// Typed values from CSV cells and workbook cells: each parse reports its problem at the cell.
/// A workbook cell that holds a number or a date is read as that value, never through the
/// text rules (a number cell `25.5` is 25.5 whatever the site's decimal mark).
enum FieldValue {
    static func number(_ field: CSVField, decimal: Character, percent: Bool, _ diagnostics: inout Diagnostics) -> Double? {
        let result: Result<Double, ValueProblem>
        switch field.typed {
        case .number(let number):
            result = .success(number)
        case .percent(let number):
            // Shown as `75%`: a percentage, allowed only where the indicator's unit is %.
            result = percent ? .success(number) : ValueParser.number(field.value, percent: false)
        case .date(let day, _):
            result = .failure(WorkbookCells.dateInNumberColumn(day))
        case .bool, .unreadable, nil:
            result = ValueParser.number(field.value, decimal: decimal, percent: percent)
        }
        let value = take(field, result, &diagnostics)
        if let value, percent, !(0...100).contains(value) {
            diagnostics.error(
                field.location,
                vi: "Giá trị \(field.value) vượt quá khoảng 0–100 của chỉ tiêu tính bằng %.",
                en: "Value \(field.value) is outside 0–100, the range of a % indicator.",
                hintVi: "Tỉ lệ phần trăm nằm trong 0–100; nếu đây là số lượng, hãy đổi đơn vị của chỉ tiêu trong data/indicators.csv.",
                hintEn: "A percentage lies within 0–100; if this is a count, change the indicator's unit in data/indicators.csv.")
            return nil
        }
        return value
    }

    /// A year; a date cell gives its year (`15/03/2015` → 2015).
    static func year(_ field: CSVField, _ diagnostics: inout Diagnostics) -> Int? {
        if case .date(let day, let serial) = field.typed {
            return take(field, WorkbookCells.yearTypedAsDate(day, serial: serial).map { .failure($0) }
                        ?? ValueParser.year(String(day.year)), &diagnostics)
        }
        return take(field, ValueParser.year(field.value), &diagnostics)
    }

    /// A date; a number cell is read as its digits would be (`2019` is the year 2019).
    static func date(_ field: CSVField, _ diagnostics: inout Diagnostics) -> Day? {
        if case .date(let day, let serial) = field.typed {
            return take(field, WorkbookCells.yearTypedAsDate(day, serial: serial).map { .failure($0) } ?? .success(day),
                        &diagnostics)
        }
        return take(field, ValueParser.date(field.value), &diagnostics)
    }

    static func bool(_ field: CSVField, _ diagnostics: inout Diagnostics) -> Bool? {
        take(field, ValueParser.bool(field.value), &diagnostics)
    }

    static func integer(_ field: CSVField, range: ClosedRange<Int>, decimal: Character = ".",
                        _ diagnostics: inout Diagnostics) -> Int? {
        if case .date(let day, _) = field.typed {
            return take(field, .failure(WorkbookCells.dateInNumberColumn(day)), &diagnostics)
        }
        return take(field, ValueParser.integer(field.value, range: range, decimal: decimal), &diagnostics)
    }

    static func slug(_ field: CSVField, _ diagnostics: inout Diagnostics) -> String? {
        take(field, ValueParser.slug(field.value), &diagnostics)
    }

    static func list(_ field: CSVField) -> [String] {
        ValueParser.list(field.value)
    }

    /// One of an enumeration's raw values, e.g. `increase`/`decrease`, or a word a Vietnamese
    /// writer would use for it (`tăng`, `hằng năm`, `ít nhất`: see `ChoiceWords`).
    static func choice<T: RawRepresentable & CaseIterable>(_ field: CSVField, _ type: T.Type,
                                                           _ diagnostics: inout Diagnostics) -> T? where T.RawValue == String {
        if let value = T(rawValue: field.value) { return value }
        if let value = T(rawValue: field.value.lowercased().trimmingCharacters(in: .whitespaces)) { return value }
        let words = ChoiceWords.words(for: type)
        if let value = words[VietnameseText.slug(field.value)] { return value }
        let allowed = T.allCases.map(\.rawValue)
        let examples = ChoiceWords.examples(for: type)
        diagnostics.error(
            field.location,
            vi: "Giá trị «\(field.value)» không hợp lệ.",
            en: "\"\(field.value)\" is not a valid value here.",
            hintVi: "Dùng một trong: " + allowed.joined(separator: ", ") + (examples.isEmpty ? "" : " (hoặc " + examples + ")"),
            hintEn: "Use one of: " + allowed.joined(separator: ", ") + (examples.isEmpty ? "" : " (or " + examples + ")"))
        return nil
    }

    /// `tot`, `kha`, `trung-binh`, `yeu`, or the words `Tốt`, `Khá`, `Trung bình`, `Yếu`.
    static func rating(_ field: CSVField, _ diagnostics: inout Diagnostics) -> Cooperative.Rating? {
        let key = VietnameseText.slug(field.value)
        if let rating = Cooperative.Rating(rawValue: key) { return rating }
        diagnostics.error(
            field.location,
            vi: "Xếp loại «\(field.value)» không hợp lệ.",
            en: "Rating \"\(field.value)\" is not valid.",
            hintVi: "Dùng Tốt, Khá, Trung bình hoặc Yếu (hoặc tot, kha, trung-binh, yeu).",
            hintEn: "Use Tốt, Khá, Trung bình or Yếu (or tot, kha, trung-binh, yeu).")
        return nil
    }

    private static func take<T>(_ field: CSVField, _ result: Result<T, ValueProblem>,
                                _ diagnostics: inout Diagnostics) -> T? {
        switch result {
        case .success(let value):
            return value
        case .failure(let problem):
            diagnostics.append(Diagnostic(.error, at: field.location, problem.message, hint: problem.hint))
            return nil
        }
    }
}
