import Foundation

/// The words charts write: values in their unit, the target as a phrase, and the `<desc>`
/// sentences. Everything goes through `NumberFormat` and `DateFormat`, so figures read the
/// same on the chart, in its description and on the page.
struct ChartWords: Sendable {
    var language: Language
    var unit: String
    var decimals: Int?

    var numbers: NumberFormat { NumberFormat(language) }
    var dates: DateFormat { DateFormat(language) }

    func text(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    /// `72%`, `1.234 HTX`.
    func value(_ figure: Double) -> String {
        numbers.format(figure, unit: unit, decimals: decimals)
    }

    /// A tick label: the number alone, `%` kept because it is short and says what the axis is.
    /// From a million up, ticks are shortened (`1,5 nghìn tỷ`, `1.5T`) so the axis keeps its
    /// width; the full figures stay in the labels, the description and the table.
    func tick(_ figure: Double, decimals: Int) -> String {
        if unit == "%" { return numbers.format(figure, decimals: decimals) + "%" }
        let scales: [(Double, String, String)] = [(1e12, " nghìn tỷ", "T"), (1e9, " tỷ", "B"), (1e6, " triệu", "M")]
        guard let (size, vi, en) = scales.first(where: { abs(figure) >= $0.0 }) else {
            return numbers.format(figure, decimals: decimals)
        }
        return numbers.format(figure / size, maxDecimals: 2) + text(vi, en)
    }

    /// `80%`, or a range as written: `8–10 HTX`.
    func targetValue(_ target: ChartTarget) -> String {
        guard let upper = target.maxValue else { return value(target.value) }
        return numbers.format(target.value, decimals: decimals) + "–" + value(upper)
    }

    /// `ít nhất 80%`, `không quá 10%`, `từ 8 đến 10 HTX`.
    func targetPhrase(_ target: ChartTarget) -> String {
        switch target.comparator {
        case .atLeast: return text("ít nhất ", "at least ") + value(target.value)
        case .atMost: return text("không quá ", "at most ") + value(target.value)
        case .range:
            guard let upper = target.maxValue else { return text("ít nhất ", "at least ") + value(target.value) }
            return text("từ ", "between ") + numbers.format(target.value, decimals: decimals)
                + text(" đến ", " and ") + value(upper)
        }
    }

    /// `Mục tiêu: ít nhất 80% vào năm 2025.`
    func targetSentence(_ target: ChartTarget, measure: Indicator.Measure) -> String {
        let phrase = targetPhrase(target)
        if measure == .perYear {
            return text("Mục tiêu: \(phrase) mỗi năm, đến năm \(target.year).",
                        "Target: \(phrase) a year until \(target.year).")
        }
        return text("Mục tiêu: \(phrase) vào năm \(target.year).", "Target: \(phrase) by \(target.year).")
    }

    /// The latest figure with its date, worded for the measure.
    func latestSentence(_ latest: ProgressPoint, measure: Indicator.Measure) -> String {
        let figure = value(latest.value), date = dates.format(latest.date)
        switch measure {
        case .level: return text("Số liệu mới nhất: \(figure) (\(date)).", "Latest figure: \(figure) (\(date)).")
        case .cumulative: return text("Lũy kế đến \(date): \(figure).", "Running total to \(date): \(figure).")
        case .perYear: return text("Năm \(latest.date.year): \(figure).", "In \(latest.date.year): \(figure).")
        }
    }

    func baselineSentence(_ baseline: ProgressPoint) -> String {
        let figure = value(baseline.value), date = dates.format(baseline.date)
        return text("Mốc cơ sở: \(figure) (\(date)).", "Baseline: \(figure) (\(date)).")
    }

    func expectedSentence(_ expected: Double) -> String {
        text("Theo lộ trình, đến nay cần đạt \(value(expected)).",
             "The straight path expects \(value(expected)) by now.")
    }

    func statusSentence(_ status: ProgressStatus) -> String {
        text("Trạng thái: ", "Status: ") + status.label(language) + "."
    }

    /// `Mục tiêu 2025: 80%`, the label beside a target mark.
    func targetLabel(_ target: ChartTarget, measure: Indicator.Measure) -> String {
        measure == .perYear
            ? text("Mục tiêu mỗi năm: ", "Yearly target: ") + targetValue(target)
            : text("Mục tiêu \(target.year): ", "Target \(target.year): ") + targetValue(target)
    }
}

/// A rough width of text in a sans-serif font, enough to keep labels from colliding and
/// inside the view box without measuring glyphs.
enum TextWidth {
    static func estimate(_ text: String, size: Double) -> Double {
        var ems = 0.0
        for character in text {
            ems += width(character)
        }
        return ems * size
    }

    /// Narrow letters and punctuation 0.32 em, `m w M W %` 0.85, other capitals 0.68, the rest
    /// 0.56. Characters of one byte are told apart by that byte, as comparing Characters (a
    /// string comparison each) made this a chart's costliest loop.
    static func width(_ character: Character) -> Double {
        let utf8 = character.utf8
        guard utf8.count == 1, let byte = utf8.first else {
            // U+037E GREEK QUESTION MARK (CD BE) is canonically a semicolon, so it is narrow
            // as ";" is; it is the only other Character equal to one of the narrow ones.
            if utf8.count == 2, utf8.first == 0xCD, utf8.last == 0xBE { return 0.32 }
            return character.isUppercase ? 0.68 : 0.56
        }
        switch byte {
        case UInt8(ascii: "i"), UInt8(ascii: "l"), UInt8(ascii: "j"), UInt8(ascii: "t"), UInt8(ascii: "f"),
             UInt8(ascii: "r"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"),
             UInt8(ascii: "'"), UInt8(ascii: "|"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: " "):
            return 0.32
        case UInt8(ascii: "m"), UInt8(ascii: "w"), UInt8(ascii: "M"), UInt8(ascii: "W"), UInt8(ascii: "%"):
            return 0.85
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return 0.68
        default:
            return 0.56
        }
    }

    /// `text` cut with `…` so it fits in `width`.
    static func truncate(_ text: String, size: Double, width: Double) -> String {
        guard estimate(text, size: size) > width else { return text }
        var cut = text
        while !cut.isEmpty, estimate(cut + "…", size: size) > width { cut.removeLast() }
        return cut.trimmingCharacters(in: .whitespaces) + "…"
    }
}
