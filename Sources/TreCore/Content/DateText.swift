/// The date forms of the content format: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` and `DD/MM/YYYY`.
/// Used through `ValueParser.date`.
enum DateText {
    private static let monthNamesEn = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    static func parse(_ body: String, original: String, partial: Bool) -> Result<Day, ValueProblem> {
        guard !body.isEmpty else { return .failure(ValueParser.empty) }
        let dashed = body.split(separator: "-", omittingEmptySubsequences: false)
        let slashed = body.split(separator: "/", omittingEmptySubsequences: false)
        let numbers: (year: Substring, month: Substring?, day: Substring?)
        if slashed.count == 3 {
            numbers = (slashed[2], slashed[1], slashed[0])
        } else if slashed.count == 1, (1...3).contains(dashed.count) {
            numbers = (dashed[0], dashed.count > 1 ? dashed[1] : nil, dashed.count > 2 ? dashed[2] : nil)
        } else {
            return .failure(notADate(original, partial: partial))
        }
        guard numbers.year.count == 4, let year = digits(numbers.year),
              numbers.month.map({ (1...2).contains($0.count) && digits($0) != nil }) ?? true,
              numbers.day.map({ (1...2).contains($0.count) && digits($0) != nil }) ?? true else {
            return .failure(notADate(original, partial: partial))
        }
        guard partial || numbers.day != nil else {
            return .failure(ValueProblem(
                vi: "«\(original)» thiếu ngày: ở đây cần một ngày đầy đủ.",
                en: "\"\(original)\" is not a full date: a day is needed here.",
                hintVi: "Ghi đủ ngày, tháng, năm, ví dụ 2025-07-01 hoặc 01/07/2025.",
                hintEn: "Write the day, month and year, e.g. 2025-07-01 or 01/07/2025."))
        }
        guard (1900...2100).contains(year) else {
            return .failure(ValueProblem(
                vi: "Năm \(year) trong «\(original)» nằm ngoài khoảng 1900–2100.",
                en: "The year \(year) in \"\(original)\" is outside 1900–2100.",
                hintVi: "Kiểm tra lại năm, ví dụ 2024.", hintEn: "Check the year, e.g. 2024."))
        }
        let month = numbers.month.flatMap(digits) ?? 12
        guard (1...12).contains(month) else {
            return .failure(ValueProblem(
                vi: "«\(original)» không phải là ngày có thật: không có tháng \(month).",
                en: "\"\(original)\" is not a real date: there is no month \(month).",
                hintVi: "Tháng phải từ 1 đến 12. Ngày viết theo kiểu Việt Nam là ngày/tháng/năm, ví dụ 25/12/2024.",
                hintEn: "The month must be 1 to 12. Slashed dates are day/month/year, e.g. 25/12/2024."))
        }
        let length = Day.daysIn(month: month, year: year)
        let dayNumber = numbers.day.flatMap(digits) ?? length
        guard let day = Day(year: year, month: month, day: dayNumber) else {
            return .failure(ValueProblem(
                vi: "«\(original)» không phải là ngày có thật: tháng \(month) năm \(year) chỉ có \(length) ngày.",
                en: "\"\(original)\" is not a real date: \(monthNamesEn[month - 1]) \(year) has \(length) days.",
                hintVi: "Kiểm tra lại ngày; ngày cuối của tháng \(month)/\(year) là \(length)/\(month)/\(year).",
                hintEn: "Check the day; the last day of \(monthNamesEn[month - 1]) \(year) is the \(length)\(length == 31 ? "st" : "th")."))
        }
        return .success(day)
    }

    private static func digits(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 4, text.allSatisfy(\.isASCIIDigitCharacter) else { return nil }
        return Int(text)
    }

    private static func notADate(_ original: String, partial: Bool) -> ValueProblem {
        ValueProblem(
            vi: "«\(original)» không phải là một ngày.",
            en: "\"\(original)\" is not a date.",
            hintVi: partial
                ? "Ghi ngày theo một trong các dạng: 2024 (cả năm), 2024-06 (cả tháng), 2024-06-30 hoặc 30/06/2024."
                : "Ghi ngày theo dạng 2024-06-30 hoặc 30/06/2024.",
            hintEn: partial
                ? "Write the date as one of: 2024 (whole year), 2024-06 (whole month), 2024-06-30 or 30/06/2024."
                : "Write the date as 2024-06-30 or 30/06/2024.")
    }
}
