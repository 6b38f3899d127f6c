/// The words a Vietnamese writer uses for the codes of the content format, matched after
/// folding to a slug (`Tăng` → `tang`, `Hằng năm` → `hang-nam`), so any case, tone mark
/// placement or spacing is accepted.
enum ChoiceWords {
    static func words<T: RawRepresentable>(for type: T.Type) -> [String: T] where T.RawValue == String {
        var result: [String: T] = [:]
        for (word, code) in table(type) {
            if let value = T(rawValue: code) { result[VietnameseText.slug(word)] = value }
        }
        return result
    }

    /// The first word for each code, to show in a hint: `tăng, giảm`.
    static func examples<T: RawRepresentable>(for type: T.Type) -> String where T.RawValue == String {
        var seen = Set<String>()
        return table(type).filter { seen.insert($0.code).inserted }.map(\.word).joined(separator: ", ")
    }

    private static func table<T>(_ type: T.Type) -> [(word: String, code: String)] {
        switch type {
        case is Indicator.Direction.Type:
            return [("tăng", "increase"), ("tăng lên", "increase"), ("càng cao càng tốt", "increase"),
                    ("giảm", "decrease"), ("giảm xuống", "decrease"), ("càng thấp càng tốt", "decrease")]
        case is Indicator.Measure.Type:
            return [("mức", "level"), ("mức độ", "level"), ("tại thời điểm", "level"), ("thời điểm", "level"),
                    ("hằng năm", "per_year"), ("hàng năm", "per_year"), ("mỗi năm", "per_year"), ("theo năm", "per_year"),
                    ("per year", "per_year"),
                    ("cộng dồn", "cumulative"), ("lũy kế", "cumulative"), ("tích lũy", "cumulative"), ("cả giai đoạn", "cumulative")]
        case is Target.Comparator.Type:
            return [("ít nhất", "at_least"), ("tối thiểu", "at_least"), ("không dưới", "at_least"), ("trở lên", "at_least"),
                    ("at least", "at_least"),
                    ("tối đa", "at_most"), ("không quá", "at_most"), ("nhiều nhất", "at_most"), ("trở xuống", "at_most"),
                    ("at most", "at_most"),
                    ("khoảng", "range"), ("trong khoảng", "range"), ("từ đến", "range")]
        case is Cooperative.Kind.Type:
            return [("hợp tác xã", "HTX"), ("htx", "HTX"), ("tổ hợp tác", "THT"), ("tht", "THT"),
                    ("liên hiệp hợp tác xã", "LHHTX"), ("lhhtx", "LHHTX")]
        default:
            return []
        }
    }
}
