extension DataLoader {
    static func indicators(_ reader: inout FileReader, declared: inout Set<String>) -> [Indicator] {
        guard let records = records(
            "indicators", required: ["id", "name", "unit", "direction", "measure"],
            optional: ["name_en", "description", "decimals"], mustExist: true, &reader, declared: &declared) else { return [] }
        var diagnostics = reader.diagnostics
        defer { reader.diagnostics = diagnostics }
        var seen: [String: SourceLocation] = [:]
        var indicators: [Indicator] = []
        for row in records {
            if let id = row.value("id") { declared.insert(id.value) }
            guard let id = row.requireValue("id", into: &diagnostics),
                  let name = row.requireValue("name", into: &diagnostics),
                  let unit = row.requireValue("unit", into: &diagnostics),
                  let directionField = row.requireValue("direction", into: &diagnostics),
                  let measureField = row.requireValue("measure", into: &diagnostics) else { continue }
            guard FieldValue.slug(id, &diagnostics) != nil else { continue }
            let direction = FieldValue.choice(directionField, Indicator.Direction.self, &diagnostics)
            let measure = FieldValue.choice(measureField, Indicator.Measure.self, &diagnostics)
            var decimals: Int?
            if let field = row.value("decimals") {
                decimals = FieldValue.integer(field, range: 0...6, &diagnostics)
            }
            guard let direction, let measure,
                  checkUnique(id.value, at: id.location, seen: &seen,
                              what: LocalizedText(vi: "mã chỉ tiêu \"\(id.value)\"", en: "indicator id \"\(id.value)\""),
                              &diagnostics) else { continue }
            indicators.append(Indicator(
                id: id.value, name: name.value, nameEn: row.value("name_en")?.value,
                unit: unit.value, direction: direction, measure: measure,
                description: row.value("description")?.value, decimals: decimals,
                location: row.location))
        }
        return indicators
    }
}
