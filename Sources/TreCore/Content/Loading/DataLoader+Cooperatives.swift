extension DataLoader {
    static let cooperativeColumns = [
        "locality", "sector", "founded", "members", "revenue", "rating", "ocop_stars", "certifications",
        "products", "value_chain", "high_tech", "digital", "model", "website",
    ]

    static func cooperatives(_ reader: inout FileReader, decimal: Character, provinces: Set<String>) -> [Cooperative] {
        guard let records = records(
            "data/cooperatives.csv", required: ["id", "name", "kind", "province"],
            optional: cooperativeColumns, mustExist: false, &reader) else { return [] }
        var diagnostics = reader.diagnostics
        defer { reader.diagnostics = diagnostics }
        var seen: [String: SourceLocation] = [:]
        var cooperatives: [Cooperative] = []
        for row in records.table.rows {
            guard let id = records.require(row, "id", &diagnostics),
                  let name = records.require(row, "name", &diagnostics),
                  let kindField = records.require(row, "kind", &diagnostics),
                  let provinceField = records.require(row, "province", &diagnostics) else { continue }
            let validID = FieldValue.slug(id, &diagnostics)
            let kind = FieldValue.choice(kindField, Cooperative.Kind.self, &diagnostics)
            let province = Reference.province(provinceField, provinces, &diagnostics)
            guard validID != nil, let kind, let province,
                  checkUnique(id.value, at: id.location, seen: &seen,
                              what: LocalizedText(vi: "mã hợp tác xã \"\(id.value)\"",
                                                  en: "cooperative id \"\(id.value)\""),
                              &diagnostics) else { continue }
            var coop = Cooperative(id: id.value, name: name.value, kind: kind, province: province,
                                   location: SourceLocation(file: records.table.file, line: row.line))
            coop.locality = records.field(row, "locality")?.value
            coop.sector = records.field(row, "sector")?.value
            coop.founded = records.field(row, "founded").flatMap { FieldValue.year($0, &diagnostics) }
            coop.members = records.field(row, "members").flatMap {
                FieldValue.integer($0, range: 0...10_000_000, &diagnostics)
            }
            coop.revenue = records.field(row, "revenue").flatMap {
                FieldValue.number($0, decimal: decimal, percent: false, &diagnostics)
            }
            coop.rating = records.field(row, "rating").flatMap { FieldValue.rating($0, &diagnostics) }
            coop.ocopStars = records.field(row, "ocop_stars").flatMap { FieldValue.integer($0, range: 0...5, &diagnostics) }
            coop.certifications = records.field(row, "certifications").map { FieldValue.list($0) } ?? []
            coop.products = records.field(row, "products").map { FieldValue.list($0) } ?? []
            coop.valueChain = records.field(row, "value_chain").flatMap { FieldValue.bool($0, &diagnostics) } ?? false
            coop.highTech = records.field(row, "high_tech").flatMap { FieldValue.bool($0, &diagnostics) } ?? false
            coop.digital = records.field(row, "digital").flatMap { FieldValue.bool($0, &diagnostics) } ?? false
            coop.isModel = records.field(row, "model").flatMap { FieldValue.bool($0, &diagnostics) } ?? false
            coop.website = records.field(row, "website")?.value
            cooperatives.append(coop)
        }
        return cooperatives
    }
}
