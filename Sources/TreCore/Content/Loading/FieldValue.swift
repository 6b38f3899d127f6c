import Foundation

/// Typed values from CSV cells: each parse reports its problem at the cell.
enum FieldValue {
    static func number(_ field: CSVField, decimal: Character, percent: Bool, _ diagnostics: inout Diagnostics) -> Double? {
        let value = take(field, ValueParser.number(field.value, decimal: decimal, percent: percent), &diagnostics)
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

    static func year(_ field: CSVField, _ diagnostics: inout Diagnostics) -> Int? {
        take(field, ValueParser.year(field.value), &diagnostics)
    }

    static func date(_ field: CSVField, _ diagnostics: inout Diagnostics) -> Day? {
        take(field, ValueParser.date(field.value), &diagnostics)
    }

    static func bool(_ field: CSVField, _ diagnostics: inout Diagnostics) -> Bool? {
        take(field, ValueParser.bool(field.value), &diagnostics)
    }

    static func integer(_ field: CSVField, range: ClosedRange<Int>, _ diagnostics: inout Diagnostics) -> Int? {
        take(field, ValueParser.integer(field.value, range: range), &diagnostics)
    }

    static func slug(_ field: CSVField, _ diagnostics: inout Diagnostics) -> String? {
        take(field, ValueParser.slug(field.value), &diagnostics)
    }

    static func list(_ field: CSVField) -> [String] {
        ValueParser.list(field.value)
    }

    /// One of an enumeration's raw values, e.g. `increase`/`decrease`.
    static func choice<T: RawRepresentable & CaseIterable>(_ field: CSVField, _ type: T.Type,
                                                           _ diagnostics: inout Diagnostics) -> T? where T.RawValue == String {
        if let value = T(rawValue: field.value) { return value }
        let allowed = T.allCases.map(\.rawValue)
        if let value = T(rawValue: field.value.lowercased().trimmingCharacters(in: .whitespaces)) { return value }
        diagnostics.error(
            field.location,
            vi: "Giá trị «\(field.value)» không hợp lệ.",
            en: "\"\(field.value)\" is not a valid value here.",
            hintVi: "Dùng một trong: " + allowed.joined(separator: ", "),
            hintEn: "Use one of: " + allowed.joined(separator: ", "))
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
