/// What a cell's number format makes of the number in it. Excel stores a date as a number of
/// days and a percentage as a fraction; only the format says so, and a person reads the cell
/// as it shows: `30/06/2025`, `75%`.
enum NumberFormatCode {
    enum Kind: Equatable, Sendable {
        case number
        case date
        case percent
    }

    /// Built-in formats (ECMA-376 §18.8.30): 14–22 and 45–47 are dates and times, 27–36 and
    /// 50–58 the dates of East Asian locales; 9 and 10 are `0%` and `0.00%`.
    static func kind(id: Int, code: String?) -> Kind {
        if let code { return kind(code: code) }
        switch id {
        case 14...22, 27...36, 45...47, 50...58: return .date
        case 9, 10: return .percent
        default: return .number
        }
    }

    /// A custom format code is a date when a day, month or year token (`d`, `m`, `y`; also
    /// the hours and seconds of a time) stands outside quotes, brackets and escapes; it is a
    /// percentage when a `%` does. `[$-42A]dd/mm/yyyy` is a date, `#,##0 "ngày"` is not.
    static func kind(code: String) -> Kind {
        var percent = false
        var quoted = false
        var bracket = false
        var skipNext = false
        for scalar in code.unicodeScalars {
            if skipNext { skipNext = false; continue }
            if quoted {
                if scalar == "\"" { quoted = false }
                continue
            }
            if bracket {
                if scalar == "]" { bracket = false }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case "[": bracket = true
            case "\\", "_", "*": skipNext = true
            case "%": percent = true
            case "d", "D", "m", "M", "y", "Y", "h", "H", "s", "S":
                return .date
            default: continue
            }
        }
        return percent ? .percent : .number
    }
}
