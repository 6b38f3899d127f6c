/// Checks that a value names something that exists, and says what does when it does not.
enum Reference {
    static func plan(_ field: CSVField, _ plans: [String: Plan], _ diagnostics: inout Diagnostics) -> Plan? {
        if let plan = plans[field.value] { return plan }
        report(field, kind: LocalizedText(vi: "kế hoạch", en: "plan"), folder: "plans/\(field.value).md",
               known: plans.keys.sorted(), &diagnostics)
        return nil
    }

    static func indicator(_ field: CSVField, _ indicators: [String: Indicator],
                          _ diagnostics: inout Diagnostics) -> Indicator? {
        if let indicator = indicators[field.value] { return indicator }
        report(field, kind: LocalizedText(vi: "chỉ tiêu", en: "indicator"), folder: "data/indicators.csv",
               known: indicators.keys.sorted(), &diagnostics)
        return nil
    }

    static func province(_ field: CSVField, _ provinces: Set<String>, _ diagnostics: inout Diagnostics) -> String? {
        if provinces.contains(field.value) { return field.value }
        report(field, kind: LocalizedText(vi: "tỉnh", en: "province"), folder: "provinces/\(field.value).md",
               known: provinces.sorted(), &diagnostics)
        return nil
    }

    static func report(_ field: CSVField, kind: LocalizedText, folder: String, known: [String],
                       _ diagnostics: inout Diagnostics) {
        diagnostics.append(missing(field.value, at: field.location, kind: kind, whereDefined: folder, known: known))
    }

    /// The diagnostic for a reference to nothing, with the closest existing name as a hint.
    static func missing(_ value: String, at location: SourceLocation, kind: LocalizedText, whereDefined: String,
                        known: [String]) -> Diagnostic {
        let hint: LocalizedText
        if let close = EditDistance.suggestion(for: value, among: known) {
            hint = LocalizedText(vi: "có phải bạn muốn viết \"\(close)\"?", en: "did you mean \"\(close)\"?")
        } else {
            hint = LocalizedText(vi: "kiểm tra chính tả, hoặc tạo \(whereDefined)",
                                 en: "check the spelling, or create \(whereDefined)")
        }
        return Diagnostic(.error, at: location,
                          LocalizedText(vi: "\(kind.vi) \"\(value)\" không tồn tại",
                                        en: "unknown \(kind.en) \"\(value)\""),
                          hint: hint)
    }
}
