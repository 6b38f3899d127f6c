/// What the data files may refer to: the plans, indicators and provinces that were read, and
/// every name declared at all (a page or row that had errors of its own is declared but not read).
struct References {
    var plans: [String: Plan]
    var indicators: [String: Indicator]
    var provinces: Set<String>
    var declared: [String: Set<String>]
    /// The file each data table is read from (`indicators` → `data/indicators.xlsx`).
    var tables: [String: String] = [:]

    /// Whether `name` was declared, or its table could not be read at all (then every name
    /// counts as declared: see `DataLoader.unreadable`).
    func isDeclared(_ name: String, _ kind: String) -> Bool {
        guard let names = declared[kind] else { return false }
        return names.contains(name) || names.contains(DataLoader.unreadable)
    }
}

/// Checks that a value names something that exists, and says what does when it does not.
/// A name whose own file or row was broken is not reported again.
enum Reference {
    static let planKind = LocalizedText(vi: "kế hoạch", en: "plan")
    static let indicatorKind = LocalizedText(vi: "chỉ tiêu", en: "indicator")
    static let provinceKind = LocalizedText(vi: "tỉnh", en: "province")
    static let cooperativeKind = LocalizedText(vi: "hợp tác xã", en: "cooperative")

    static func plan(_ field: CSVField, _ known: References, _ diagnostics: inout Diagnostics) -> Plan? {
        if let plan = known.plans[field.value] { return plan }
        if !known.isDeclared(field.value, "plans") {
            diagnostics.append(missing(field.value, at: field.location, kind: planKind,
                                       fix: create("plans/\(field.value).md"), known: known.plans.keys.sorted()))
        }
        return nil
    }

    static func indicator(_ field: CSVField, _ known: References, _ diagnostics: inout Diagnostics) -> Indicator? {
        if let indicator = known.indicators[field.value] { return indicator }
        if !known.isDeclared(field.value, "indicators") {
            diagnostics.append(missing(field.value, at: field.location, kind: indicatorKind,
                                       fix: addRow(field.value, to: known.tables["indicators"] ?? "data/indicators.csv"),
                                       known: known.indicators.keys.sorted()))
        }
        return nil
    }

    static func province(_ field: CSVField, _ known: References, _ diagnostics: inout Diagnostics) -> String? {
        if known.provinces.contains(field.value) { return field.value }
        if !known.isDeclared(field.value, "provinces") {
            diagnostics.append(missing(field.value, at: field.location, kind: provinceKind,
                                       fix: create("provinces/\(field.value).md"), known: known.provinces.sorted()))
        }
        return nil
    }

    /// "create plans/x.md", for a name that a page of its own would declare.
    static func create(_ path: String) -> LocalizedText {
        LocalizedText(vi: "tạo \(path)", en: "create \(path)")
    }

    /// "add a row with id x to data/…", for a name that a row of an existing table declares.
    static func addRow(_ id: String, to table: String) -> LocalizedText {
        LocalizedText(vi: "thêm vào \(table) một dòng có id «\(id)»", en: "add a row with id \"\(id)\" to \(table)")
    }

    /// The diagnostic for a reference to nothing: the closest existing name when one is near,
    /// otherwise how to make the name exist (`fix`).
    static func missing(_ value: String, at location: SourceLocation, kind: LocalizedText, fix: LocalizedText,
                        known: [String]) -> Diagnostic {
        let hint: LocalizedText
        if let close = EditDistance.nearestSlug(for: value, among: known) {
            hint = LocalizedText(vi: "Có phải bạn muốn viết «\(close)»?", en: "Did you mean \"\(close)\"?")
        } else {
            hint = LocalizedText(vi: "Kiểm tra chính tả, hoặc \(fix.vi).", en: "Check the spelling, or \(fix.en).")
        }
        return Diagnostic(.error, at: location,
                          LocalizedText(vi: "Không có \(kind.vi) «\(value)».",
                                        en: "Unknown \(kind.en) \"\(value)\"."),
                          hint: hint)
    }
}
