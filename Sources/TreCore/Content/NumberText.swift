/// The *Numbers* rule of the content format: a number typed in a CSV cell (or as text in a
/// workbook) is never read in a way that could silently change its size.
///
/// Vietnamese writing groups thousands with `.` and marks decimals with `,` (`25.000` is
/// twenty-five thousand, `72,5` seventy-two and a half); English does the opposite. So:
/// - with `decimal: "."`, a `.` followed by exactly three digits after one to three leading
///   digits (`25.000`, `4.500`) could be either, and is refused naming both readings; `25.5`,
///   `25.50` and `0.125` are decimals. `25,000` is refused the same way (English thousands,
///   or a decimal comma).
/// - with `decimal: ","`, `.` is never a decimal point: `25.000` is refused with the fix
///   `25000`, `25.5` with the fix `25,5`; `72,5` is seventy-two and a half.
/// - thousands separators (`1.234.567`, `1,234.5`, `1 234`) are refused with the number
///   written without them.
/// One family of messages, for every numeric column of every file.
enum NumberText {
    enum Shape: Equatable {
        case plain(Double)
        /// One separator that may group thousands or mark decimals: both readings, as the
        /// site must write them.
        case ambiguous(thousands: String, decimal: String, separator: Character)
        /// Thousands separators: the number written without them. `otherConvention` when
        /// the decimal mark is the other one (`1.234,5` in a `.` site).
        case grouped(fix: String, otherConvention: Bool)
        /// A single decimal mark of the other convention (`72,5` in a `.` site).
        case wrongDecimal(fix: String, mark: Character)
        case notANumber
    }

    /// The shape of `body` (trimmed, without `%`) when the site's decimal mark is `decimal`.
    static func shape(_ body: String, decimal: Character) -> Shape {
        let other: Character = decimal == "," ? "." : ","
        var digits = Substring(body)
        let sign = digits.first == "-" || digits.first == "+" ? String(digits.removeFirst()) : ""
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCIIDigitCharacter || ".,\u{20}\u{A0}".contains($0) }),
              digits.contains(where: \.isASCIIDigitCharacter) else { return .notANumber }
        if digits.contains(" ") || digits.contains("\u{A0}") {
            let joined = String(digits.filter { $0 != " " && $0 != "\u{A0}" })
            guard let first = joined.first, first.isASCIIDigitCharacter, joined.last?.isASCIIDigitCharacter == true else {
                return .notANumber
            }
            switch shape(sign + joined, decimal: decimal) {
            case .plain: return .grouped(fix: sign + joined, otherConvention: false)
            case .ambiguous(let thousands, _, _): return .grouped(fix: thousands, otherConvention: false)
            case let other: return other
            }
        }
        let marks = digits.filter { $0 == "." || $0 == "," }
        let parts = digits.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }.map(String.init)
        let allDigits = sign + parts.joined()
        guard let last = marks.last else {
            return Double(sign + digits).map(Shape.plain) ?? .notANumber
        }
        let kinds = Set(marks)
        if kinds.count == 1 {
            if marks.count > 1 {
                return isGrouped(parts) ? .grouped(fix: allDigits, otherConvention: false) : .notANumber
            }
            let (whole, fraction) = (parts[0], parts[1])
            if last == decimal {
                if decimal == ".", isGrouped(parts) {
                    return .ambiguous(thousands: allDigits, decimal: decimalReading(sign, whole, fraction, decimal),
                                      separator: last)
                }
                return Double(sign + whole + "." + fraction).map(Shape.plain) ?? .notANumber
            }
            if isGrouped(parts) {
                return decimal == "."
                    ? .ambiguous(thousands: allDigits, decimal: decimalReading(sign, whole, fraction, decimal), separator: last)
                    : .grouped(fix: allDigits, otherConvention: false)
            }
            guard !(whole + fraction).isEmpty else { return .notANumber }
            return .wrongDecimal(fix: sign + whole + String(decimal) + fraction, mark: other)
        }
        // Both marks: groups of one kind, then one mark of the other kind before the decimals.
        let lead = Array(parts.dropLast())
        guard marks.dropLast().allSatisfy({ $0 != last }), lead.count >= 2, isGrouped(lead),
              let fraction = parts.last, !fraction.isEmpty else { return .notANumber }
        return .grouped(fix: sign + lead.joined() + String(decimal) + fraction, otherConvention: last != decimal)
    }

    /// The year a value with a thousands separator stands for (`2.024` → 2024), if it is one.
    static func year(_ text: String) -> Int? {
        let fix: String
        switch shape(text.trimmingSpaces, decimal: ".") {
        case .grouped(let digits, _), .ambiguous(let digits, _, _): fix = digits
        default: return nil
        }
        return Int(fix).flatMap { (1900...2100).contains($0) ? $0 : nil }
    }

    /// `1` to `3` digits not starting with `0`, then groups of exactly three: `25`,`000`.
    private static func isGrouped(_ parts: [String]) -> Bool {
        guard parts.count >= 2, let first = parts.first, (1...3).contains(first.count), !first.hasPrefix("0") else {
            return false
        }
        return parts.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// The decimal reading as this site must write it: `25.000` → `25`, `4.500` → `4.5`, and
    /// `1.234` → `1.2340` (three decimals alone would be the same question again).
    private static func decimalReading(_ sign: String, _ whole: String, _ fraction: String, _ decimal: Character) -> String {
        var fraction = fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if fraction.isEmpty { return sign + whole }
        if fraction.count == 3, decimal == "." { fraction += "0" }
        return sign + whole + String(decimal) + fraction
    }

    static let vietnameseSetting = (
        vi: " Nếu mọi tệp đều viết số kiểu Việt Nam (1.234,5), hãy đặt csv: { decimal: \",\" } trong site.yml.",
        en: " If every file writes numbers the Vietnamese way (1.234,5), set csv: { decimal: \",\" } in site.yml.")

    /// The problem for a shape that is not a plain number, about `text` as written.
    static func problem(_ shape: Shape, text: String, decimal: Character, whole: Bool) -> ValueProblem? {
        switch shape {
        case .plain:
            return nil
        case .ambiguous(let thousands, let reading, let separator):
            if whole { return problem(.grouped(fix: thousands, otherConvention: false), text: text, decimal: decimal, whole: true) }
            return ValueProblem(
                vi: "«\(text)» có hai cách hiểu: \(thousands) (dấu «\(separator)» phân cách hàng nghìn) hoặc \(reading) (dấu «\(separator)» là dấu thập phân), nên Tre không đoán.",
                en: "\"\(text)\" can be read two ways: \(thousands) (the \"\(separator)\" separates thousands) or \(reading) (the \"\(separator)\" is the decimal point), so Tre does not guess.",
                hintVi: "Nếu là số hàng nghìn, ghi \(thousands); nếu là số thập phân, ghi \(reading). Số liệu không dùng dấu phân cách hàng nghìn."
                    + (separator == "." ? vietnameseSetting.vi : ""),
                hintEn: "For the thousands, write \(thousands); for the decimal, write \(reading). Numbers carry no thousands separators."
                    + (separator == "." ? vietnameseSetting.en : ""))
        case .grouped(let fix, let otherConvention):
            return ValueProblem(
                vi: "«\(text)» có dấu phân cách hàng nghìn; số liệu không dùng dấu phân cách hàng nghìn.",
                en: "\"\(text)\" uses a thousands separator; numbers are written without thousands separators.",
                hintVi: "Viết liền các chữ số: \(fix)." + (otherConvention && decimal == "." ? vietnameseSetting.vi : ""),
                hintEn: "Write the digits together: \(fix)." + (otherConvention && decimal == "." ? vietnameseSetting.en : ""))
        case .wrongDecimal(let fix, let mark):
            if whole { return nil }
            return ValueProblem(
                vi: "«\(text)» dùng dấu «\(mark)» làm dấu thập phân, nhưng các tệp của trang này dùng dấu «\(decimal)».",
                en: "\"\(text)\" uses \"\(mark)\" as the decimal point, but this site's files use \"\(decimal)\".",
                hintVi: "Ghi \(fix), hoặc nếu mọi tệp đều dùng dấu «\(mark)» thì đặt csv: { decimal: \"\(mark)\" } trong site.yml.",
                hintEn: "Write \(fix), or if all files use \"\(mark)\", set csv: { decimal: \"\(mark)\" } in site.yml.")
        case .notANumber:
            return nil
        }
    }
}
