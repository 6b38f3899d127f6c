/// What the data files may refer to: the plans, indicators and provinces that were read, and
/// every name declared at all (a page or row that had errors of its own is declared but not read).
struct References {
    var plans: [String: Plan]
    var indicators: [String: Indicator]
    var provinces: Set<String>
    var declared: [String: Set<String>]

    func isDeclared(_ name: String, _ kind: String) -> Bool { declared[kind]?.contains(name) ?? false }
}

/// Checks that a value names something that exists, and says what does when it does not.
/// A name whose own file or row was broken is not reported again.
enum Reference {
    static func plan(_ field: CSVField, _ known: References, _ diagnostics: inout Diagnostics) -> Plan? {
        if let plan = known.plans[field.value] { return plan }
        if !known.isDeclared(field.value, "plans") {
            report(field, kind: LocalizedText(vi: "kế hoạch", en: "plan"), folder: "plans/\(field.value).md",
                   known: known.plans.keys.sorted(), &diagnostics)
        }
        return nil
    }

    static func indicator(_ field: CSVField, _ known: References, _ diagnostics: inout Diagnostics) -> Indicator? {
        if let indicator = known.indicators[field.value] { return indicator }
        if !known.isDeclared(field.value, "indicators") {
            report(field, kind: LocalizedText(vi: "chỉ tiêu", en: "indicator"), folder: "data/indicators.csv",
                   known: known.indicators.keys.sorted(), &diagnostics)
        }
        return nil
    }

    static func province(_ field: CSVField, _ known: References, _ diagnostics: inout Diagnostics) -> String? {
        if known.provinces.contains(field.value) { return field.value }
        if !known.isDeclared(field.value, "provinces") {
            report(field, kind: LocalizedText(vi: "tỉnh", en: "province"), folder: "provinces/\(field.value).md",
                   known: known.provinces.sorted(), &diagnostics)
        }
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
            hint = LocalizedText(vi: "Có phải bạn muốn viết «\(close)»?", en: "Did you mean \"\(close)\"?")
        } else {
            hint = LocalizedText(vi: "Kiểm tra chính tả, hoặc tạo \(whereDefined).",
                                 en: "Check the spelling, or create \(whereDefined).")
        }
        return Diagnostic(.error, at: location,
                          LocalizedText(vi: "Không có \(kind.vi) «\(value)».",
                                        en: "Unknown \(kind.en) \"\(value)\"."),
                          hint: hint)
    }
}
