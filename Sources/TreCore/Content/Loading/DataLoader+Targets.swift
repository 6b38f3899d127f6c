extension DataLoader {
    static func targets(_ reader: inout FileReader, decimal: Character, known: References,
                        declared: inout Set<String>) -> [Target] {
        guard let records = records(
            "targets", required: ["plan", "indicator", "target"],
            optional: ["target_max", "target_year", "baseline", "baseline_year", "comparator", "label"],
            mustExist: false, &reader, declared: &declared) else { return [] }
        var diagnostics = reader.diagnostics
        defer { reader.diagnostics = diagnostics }
        var seen: [[String]: SourceLocation] = [:]
        var targets: [Target] = []
        for row in records {
            if let plan = row.value("plan"), let indicator = row.value("indicator") {
                declared.insert(Site.key(plan.value, indicator.value))
            }
            guard let planField = row.requireValue("plan", into: &diagnostics),
                  let indicatorField = row.requireValue("indicator", into: &diagnostics),
                  let targetField = row.requireValue("target", into: &diagnostics) else { continue }
            let plan = Reference.plan(planField, known, &diagnostics)
            let indicator = Reference.indicator(indicatorField, known, &diagnostics)
            let percent = indicator?.isPercent ?? false
            let value = FieldValue.number(targetField, decimal: decimal, percent: percent, &diagnostics)
            let maxField = row.value("target_max")
            let targetMax = maxField.flatMap { FieldValue.number($0, decimal: decimal, percent: percent, &diagnostics) }
            let yearField = row.value("target_year")
            let targetYear = yearField.flatMap { FieldValue.year($0, &diagnostics) }
            let baselineField = row.value("baseline")
            let baseline = baselineField.flatMap { FieldValue.number($0, decimal: decimal, percent: percent, &diagnostics) }
            let baselineYear = row.value("baseline_year").flatMap { FieldValue.year($0, &diagnostics) }
            var comparator: Target.Comparator?
            let comparatorField = row.value("comparator")
            if let comparatorField {
                comparator = FieldValue.choice(comparatorField, Target.Comparator.self, &diagnostics)
                if comparator == nil { continue }
            }
            guard let plan, let indicator, let value,
                  maxField == nil || targetMax != nil, yearField == nil || targetYear != nil,
                  baselineField == nil || baseline != nil else { continue }
            if let targetMax {
                if targetMax < value, let maxField {
                    diagnostics.error(
                        maxField.location,
                        vi: "`target_max` (\(maxField.value)) nhỏ hơn target (\(targetField.value)).",
                        en: "`target_max` (\(maxField.value)) is less than target (\(targetField.value)).",
                        hintVi: "Với khoảng \"8–10\", ghi target là 8 và target_max là 10.",
                        hintEn: "For a range \"8–10\", write target 8 and target_max 10.")
                    continue
                }
                if let comparator, comparator != .range, let comparatorField {
                    diagnostics.error(
                        comparatorField.location,
                        vi: "Có target_max thì chỉ tiêu là một khoảng: comparator phải là range hoặc để trống.",
                        en: "A target with target_max is a range: comparator must be range or empty.",
                        hintVi: "Xóa giá trị comparator, hoặc xóa target_max.",
                        hintEn: "Clear the comparator, or clear target_max.")
                    continue
                }
                comparator = .range
            } else if comparator == .range, let comparatorField {
                diagnostics.error(
                    comparatorField.location,
                    vi: "`comparator` là range nhưng thiếu target_max (giới hạn trên của khoảng).",
                    en: "`comparator` is range but target_max (the upper bound) is empty.",
                    hintVi: "Điền target_max, ví dụ 10 cho khoảng 8–10.",
                    hintEn: "Fill in target_max, e.g. 10 for the range 8–10.")
                continue
            }
            let year = targetYear ?? plan.to
            let key = [plan.slug, indicator.id, String(year)]
            guard checkUnique(key, at: planField.location, seen: &seen,
                              what: LocalizedText(vi: "chỉ tiêu (\(plan.slug), \(indicator.id), \(year))",
                                                  en: "target (\(plan.slug), \(indicator.id), \(year))"),
                              &diagnostics) else { continue }
            targets.append(Target(
                plan: plan.slug, indicator: indicator.id, target: value, targetMax: targetMax,
                targetYear: year, baseline: baseline, baselineYear: baselineYear,
                comparator: comparator ?? (indicator.direction == .decrease ? .atMost : .atLeast),
                label: row.value("label")?.value,
                location: row.location))
        }
        return targets
    }
}
