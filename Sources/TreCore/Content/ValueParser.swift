/// Reads single values written in CSV cells and YAML keys: numbers, years, dates, yes/no,
/// slugs, small integers and `;` lists. Pure functions: each returns the value or a
/// `ValueProblem` that the caller places at the cell or key.
public enum ValueParser {
    /// A number such as `12.5` (or `12,5` when the site's `decimal` is `,`), without thousands
    /// separators. A trailing `%` is tolerated only when `percent` is true.
    public static func number(_ text: String, decimal: Character = ".", percent: Bool = false)
        -> Result<Double, ValueProblem> {
        number(text, decimal: decimal, percent: percent, quick: true)
    }

    /// `quick: false` skips `plainNumber`, for tests that compare the two ways.
    static func number(_ text: String, decimal: Character, percent: Bool, quick: Bool) -> Result<Double, ValueProblem> {
        var body = text.trimmingSpaces
        guard !body.isEmpty else { return .failure(empty) }
        if body.hasSuffix("%") {
            guard percent else {
                return .failure(ValueProblem(
                    vi: "«\(text)» có dấu %, nhưng dấu % chỉ dùng cho chỉ tiêu có đơn vị %.",
                    en: "\"\(text)\" has a %, but % is only allowed for indicators whose unit is %.",
                    hintVi: "Bỏ dấu % và chỉ ghi con số.", hintEn: "Remove the % and write the number alone."))
            }
            body = String(body.dropLast()).trimmingSpaces
        }
        if quick, let value = plainNumber(body, decimal: decimal) { return .success(value) }
        let shape = NumberText.shape(body, decimal: decimal)
        if case .plain(let value) = shape, value.isFinite { return .success(value) }
        if let problem = NumberText.problem(shape, text: text, decimal: decimal, whole: false) { return .failure(problem) }
        return .failure(ValueProblem(
            vi: "«\(text)» không phải là một số.",
            en: "\"\(text)\" is not a number.",
            hintVi: "Chỉ ghi con số, ví dụ 80 hoặc 12\(decimal)5, không kèm chữ hay đơn vị.",
            hintEn: "Write the number alone, e.g. 80 or 12\(decimal)5, without words or units."))
    }

    /// A four-digit year between 1900 and 2100.
    public static func year(_ text: String) -> Result<Int, ValueProblem> {
        let body = text.trimmingSpaces
        guard !body.isEmpty else { return .failure(empty) }
        guard body.count == 4, body.allSatisfy(\.isASCIIDigitCharacter), let year = Int(body),
              (1900...2100).contains(year) else {
            if let year = NumberText.year(body),
               let problem = NumberText.problem(.grouped(fix: String(year), otherConvention: false),
                                                text: text, decimal: ".", whole: true) {
                return .failure(problem)
            }
            return .failure(ValueProblem(
                vi: "«\(text)» không phải là một năm.",
                en: "\"\(text)\" is not a year.",
                hintVi: "Ghi năm bằng 4 chữ số (từ 1900 đến 2100), ví dụ 2024.",
                hintEn: "Write the year as 4 digits (1900 to 2100), e.g. 2024."))
        }
        return .success(year)
    }

    /// A date: `YYYY-MM-DD` or `DD/MM/YYYY` (also `D/M/YYYY`); when `partial` is true also
    /// `YYYY` (31 December) and `YYYY-MM` (the month's last day). Dates that do not exist
    /// are refused with the month's real length.
    public static func date(_ text: String, partial: Bool = true) -> Result<Day, ValueProblem> {
        DateText.parse(text.trimmingSpaces, original: text, partial: partial)
    }

    /// `yes`/`no`, `true`/`false`, `có`/`không`, in any case.
    public static func bool(_ text: String) -> Result<Bool, ValueProblem> {
        switch VietnameseText.nfc(text.trimmingSpaces).lowercased() {
        case "yes", "true", "có": return .success(true)
        case "no", "false", "không": return .success(false)
        case "": return .failure(empty)
        default:
            return .failure(ValueProblem(
                vi: "«\(text)» không phải là có/không.",
                en: "\"\(text)\" is not yes or no.",
                hintVi: "Ghi một trong các từ: yes, no, true, false, có, không.",
                hintEn: "Write one of: yes, no, true, false, có, không."))
        }
    }

    /// A slug or id: lower-case ASCII letters and digits between single hyphens.
    public static func slug(_ text: String) -> Result<String, ValueProblem> {
        let body = text.trimmingSpaces
        guard !body.isEmpty else { return .failure(empty) }
        if isSlug(body) { return .success(body) }
        let proposal = VietnameseText.slug(body)
        return .failure(ValueProblem(
            vi: "«\(text)» không phải là một mã hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang.",
            en: "\"\(text)\" is not a valid id: use only lower-case letters without accents, digits and hyphens.",
            hintVi: proposal.isEmpty ? "Ví dụ: ha-nam, htx-sen-hong." : "Hãy viết «\(proposal)».",
            hintEn: proposal.isEmpty ? "For example: ha-nam, htx-sen-hong." : "Write \"\(proposal)\"."))
    }

    /// Whether `text` is `[a-z0-9]+(-[a-z0-9]+)*`.
    public static func isSlug(_ text: String) -> Bool {
        var previousWasHyphen = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen:
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }

    /// A whole number within `range`, e.g. OCOP stars 0–5. Thousands separators are refused
    /// by the *Numbers* rule (`1.200` members is 1200 written with one), with that fix.
    public static func integer(_ text: String, range: ClosedRange<Int>, decimal: Character = ".") -> Result<Int, ValueProblem> {
        let body = text.trimmingSpaces
        guard !body.isEmpty else { return .failure(empty) }
        let unsigned = body.hasPrefix("-") || body.hasPrefix("+") ? body.dropFirst() : Substring(body)
        guard !unsigned.isEmpty, unsigned.count <= 18, unsigned.allSatisfy(\.isASCIIDigitCharacter),
              let value = Int(body), range.contains(value) else {
            if let problem = NumberText.problem(NumberText.shape(body, decimal: decimal), text: text,
                                                decimal: decimal, whole: true) {
                return .failure(problem)
            }
            // An example inside the range that looks like a real figure: 3 stars, 120 members.
            let example = range.upperBound <= 10 ? (range.lowerBound + range.upperBound + 1) / 2
                : min(range.upperBound, max(range.lowerBound, 120))
            return .failure(ValueProblem(
                vi: "«\(text)» không phải là một số nguyên từ \(range.lowerBound) đến \(range.upperBound).",
                en: "\"\(text)\" is not a whole number from \(range.lowerBound) to \(range.upperBound).",
                hintVi: "Ghi một số nguyên từ \(range.lowerBound) đến \(range.upperBound), ví dụ \(example).",
                hintEn: "Write a whole number from \(range.lowerBound) to \(range.upperBound), e.g. \(example)."))
        }
        return .success(value)
    }

    /// The items of a `;`-separated list, trimmed, empty items dropped.
    public static func list(_ text: String) -> [String] {
        text.split(separator: ";", omittingEmptySubsequences: true)
            .map { String($0).trimmingSpaces }
            .filter { !$0.isEmpty }
    }

    static let empty = ValueProblem(
        vi: "Giá trị đang trống.", en: "The value is empty.",
        hintVi: "Điền giá trị, hoặc bỏ hẳn dòng/khóa này nếu nó không bắt buộc.",
        hintEn: "Fill in a value, or leave the line or key out if it is optional.")

    /// A number in the shape nearly every value has (`[+-]digits[decimal digits]`, digits on
    /// at least one side), read without the checks that explain every other shape; nil for
    /// any other shape, which `number` then looks at closely. Accepts exactly what the close
    /// look accepts for these shapes.
    private static func plainNumber(_ body: String, decimal: Character) -> Double? {
        guard let mark = decimal.asciiValue else { return nil }
        var digits = 0, marks = 0, first = true
        var whole = 0, leadingZero = false
        for byte in body.utf8 {
            defer { first = false }
            if byte >= 0x30 && byte <= 0x39 {
                if marks == 0 {
                    if whole == 0 { leadingZero = byte == 0x30 }
                    whole += 1
                }
                digits += 1
            } else if byte == mark {
                marks += 1
            } else if !(first && (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+"))) {
                return nil
            }
        }
        // `25.000` with a decimal point: thousands or a decimal? The close look says.
        if mark == UInt8(ascii: "."), marks == 1, (1...3).contains(whole), !leadingZero, digits - whole == 3 {
            return nil
        }
        guard digits > 0, marks <= 1,
              let value = Double(mark == UInt8(ascii: ".") ? body : body.replacingCharacter(decimal, with: ".")),
              value.isFinite else { return nil }
        return value
    }
}

extension Character {
    /// 0–9 only (`isNumber` also accepts other scripts' digits and fractions).
    var isASCIIDigitCharacter: Bool { asciiValue.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
}

extension String {
    func replacingCharacter(_ old: Character, with new: Character) -> String {
        String(map { $0 == old ? new : $0 })
    }
}
