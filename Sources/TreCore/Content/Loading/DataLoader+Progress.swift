extension DataLoader {
    static func observations(_ reader: inout FileReader, decimal: Character, known: References) -> [Observation] {
        var declared = Set<String>()
        guard let records = records(
            "progress", required: ["plan", "indicator", "date", "value"],
            optional: ["source", "note"], mustExist: false, &reader, declared: &declared) else { return [] }
        var diagnostics = reader.diagnostics
        defer { reader.diagnostics = diagnostics }
        var observations: [Observation] = []
        for row in records {
            guard let planField = row.requireValue("plan", into: &diagnostics),
                  let indicatorField = row.requireValue("indicator", into: &diagnostics),
                  let dateField = row.requireValue("date", into: &diagnostics),
                  let valueField = row.requireValue("value", into: &diagnostics) else { continue }
            let plan = Reference.plan(planField, known, &diagnostics)
            let indicator = Reference.indicator(indicatorField, known, &diagnostics)
            let date = FieldValue.date(dateField, &diagnostics)
            let value = FieldValue.number(valueField, decimal: decimal, percent: indicator?.isPercent ?? false,
                                          &diagnostics)
            guard let plan, let indicator, let date, let value else { continue }
            observations.append(Observation(
                plan: plan.slug, indicator: indicator.id, date: date, value: value,
                source: row.value("source")?.value, note: row.value("note")?.value,
                location: planField.location))
        }
        return observations
    }
}
