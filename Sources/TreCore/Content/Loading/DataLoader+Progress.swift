extension DataLoader {
    static func observations(_ reader: inout FileReader, decimal: Character, plans: [String: Plan],
                             indicators: [String: Indicator]) -> [Observation] {
        guard let records = records(
            "data/progress.csv", required: ["plan", "indicator", "date", "value"],
            optional: ["source", "note"], mustExist: false, &reader) else { return [] }
        var diagnostics = reader.diagnostics
        defer { reader.diagnostics = diagnostics }
        var observations: [Observation] = []
        for row in records.table.rows {
            guard let planField = records.require(row, "plan", &diagnostics),
                  let indicatorField = records.require(row, "indicator", &diagnostics),
                  let dateField = records.require(row, "date", &diagnostics),
                  let valueField = records.require(row, "value", &diagnostics) else { continue }
            let plan = Reference.plan(planField, plans, &diagnostics)
            let indicator = Reference.indicator(indicatorField, indicators, &diagnostics)
            let date = FieldValue.date(dateField, &diagnostics)
            let value = FieldValue.number(valueField, decimal: decimal, percent: indicator?.isPercent ?? false,
                                          &diagnostics)
            guard let plan, let indicator, let date, let value else { continue }
            observations.append(Observation(
                plan: plan.slug, indicator: indicator.id, date: date, value: value,
                source: records.field(row, "source")?.value, note: records.field(row, "note")?.value,
                location: planField.location))
        }
        return observations
    }
}
