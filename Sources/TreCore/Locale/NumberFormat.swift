import Foundation

/// Numbers as people write them: `1.234,5` in Vietnamese, `1,234.5` in English.
/// Written by hand rather than with `NumberFormatter` so output never depends on the
/// machine's locale data.
public struct NumberFormat: Sendable {
    public var language: Language

    public init(_ language: Language) {
        self.language = language
    }

    var groupSeparator: String { language == .vi ? "." : "," }
    var decimalSeparator: String { language == .vi ? "," : "." }

    /// Formats `value` with exactly `decimals` decimals, or when `decimals` is nil with as
    /// few as needed up to `maxDecimals`. Non-finite values print as an en dash.
    public func format(_ value: Double, decimals: Int? = nil, maxDecimals: Int = 1) -> String {
        guard value.isFinite else { return "–" }
        let places = max(0, min(decimals ?? maxDecimals, 6))
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return value < 0 ? "-" + huge(abs(value)) : huge(value) }
        let units = Int64(scaled)
        let divisor = Int64(scale)
        let whole = units / divisor
        var fraction = String(units % divisor)
        fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        if decimals == nil {
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        var text = grouped(whole)
        if places > 0, !fraction.isEmpty { text += decimalSeparator + fraction }
        let isZero = units == 0
        return value < 0 && !isZero ? "-" + text : text
    }

    /// A share, e.g. `80%` or `12,5%`.
    public func percent(_ value: Double, decimals: Int? = nil) -> String {
        format(value, decimals: decimals) + "%"
    }

    /// A value in its unit: `80%` for percentages, `1.234 HTX` otherwise.
    public func format(_ value: Double, unit: String, decimals: Int? = nil) -> String {
        unit == "%" ? percent(value, decimals: decimals) : format(value, decimals: decimals) + " " + unit
    }

    private func grouped(_ whole: Int64) -> String {
        let digits = Array(String(whole))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += groupSeparator }
            out.append(digit)
        }
        return out
    }

    private func huge(_ value: Double) -> String {
        // Beyond exact integers: scientific notation is honest and stays short.
        let exponent = Int(log10(value).rounded(.down))
        return format(value / pow(10, Double(exponent)), maxDecimals: 2) + "×10^" + String(exponent)
    }
}
