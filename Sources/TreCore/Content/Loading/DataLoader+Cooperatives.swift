extension DataLoader {
    static let cooperativeColumns = [
        "locality", "sector", "founded", "members", "revenue", "rating", "ocop_stars", "certifications",
        "products", "value_chain", "high_tech", "digital", "model", "website",
    ]

    static func cooperatives(_ reader: inout FileReader, decimal: Character, known: References,
                             declared: inout Set<String>) -> [Cooperative] {
        guard let records = records(
            "cooperatives", required: ["id", "name", "kind", "province"],
            optional: cooperativeColumns, mustExist: false, &reader, declared: &declared) else { return [] }
        var diagnostics = reader.diagnostics
        defer { reader.diagnostics = diagnostics }
        var seen: [String: SourceLocation] = [:]
        var cooperatives: [Cooperative] = []
        for row in records {
            if let id = row.value("id") { declared.insert(id.value) }
            guard let id = row.requireValue("id", into: &diagnostics),
                  let name = row.requireValue("name", into: &diagnostics),
                  let kindField = row.requireValue("kind", into: &diagnostics),
                  let provinceField = row.requireValue("province", into: &diagnostics) else { continue }
            let validID = FieldValue.slug(id, &diagnostics)
            let kind = FieldValue.choice(kindField, Cooperative.Kind.self, &diagnostics)
            let province = Reference.province(provinceField, known, &diagnostics)
            guard validID != nil, let kind, let province,
                  checkUnique(id.value, at: id.location, seen: &seen,
                              what: LocalizedText(vi: "mã hợp tác xã \"\(id.value)\"",
                                                  en: "cooperative id \"\(id.value)\""),
                              &diagnostics) else { continue }
            var coop = Cooperative(id: id.value, name: name.value, kind: kind, province: province,
                                   location: row.location)
            coop.locality = row.value("locality")?.value
            coop.sector = row.value("sector")?.value
            coop.founded = row.value("founded").flatMap { FieldValue.year($0, &diagnostics) }
            coop.members = row.value("members").flatMap {
                FieldValue.integer($0, range: 0...10_000_000, decimal: decimal, &diagnostics)
            }
            coop.revenue = row.value("revenue").flatMap {
                FieldValue.number($0, decimal: decimal, percent: false, &diagnostics)
            }
            coop.rating = row.value("rating").flatMap { FieldValue.rating($0, &diagnostics) }
            coop.ocopStars = row.value("ocop_stars").flatMap { FieldValue.integer($0, range: 0...5, decimal: decimal, &diagnostics) }
            coop.certifications = row.value("certifications").map { FieldValue.list($0) } ?? []
            coop.products = row.value("products").map { FieldValue.list($0) } ?? []
            coop.valueChain = row.value("value_chain").flatMap { FieldValue.bool($0, &diagnostics) } ?? false
            coop.highTech = row.value("high_tech").flatMap { FieldValue.bool($0, &diagnostics) } ?? false
            coop.digital = row.value("digital").flatMap { FieldValue.bool($0, &diagnostics) } ?? false
            coop.isModel = row.value("model").flatMap { FieldValue.bool($0, &diagnostics) } ?? false
            coop.website = row.value("website")?.value
            cooperatives.append(coop)
        }
        return cooperatives
    }
}
