/// The register as open data: `data/cooperatives.csv` and `.json`, one record per entry of
/// `data/cooperatives.csv` with the register's columns, in the register's order (province,
/// then name). Values are plain (codes, not labels) so that any tool can read them.
extension OpenData {
    static let cooperativesCSV = "data/cooperatives.csv"
    static let cooperativesJSON = "data/cooperatives.json"

    static let cooperativeColumns = [
        "id", "name", "kind", "province", "register_province", "locality", "sector", "rating", "ocop_stars",
        "members", "certifications", "products", "value_chain", "high_tech", "digital", "model", "website",
        "register_page",
    ]

    static func addCooperatives(_ site: Site, to files: inout SiteFiles) {
        let anchors = RegisterLayout.anchors(site)
        var records: [[String]] = []
        for province in RegisterLayout.provinces(site) {
            for coop in RegisterLayout.entries(province.slug, site) {
                records.append(cooperativeRecord(coop, home: province.slug, page: anchors[coop.id] ?? ""))
            }
        }
        files.add(cooperativesCSV, text: table(cooperativeColumns, records))
        files.add(cooperativesJSON, text: objects(cooperativeColumns, records, key: "cooperatives", asOf: site.asOf))
    }

    static func cooperativeRecord(_ coop: Cooperative, home: String, page: String) -> [String] {
        func flag(_ value: Bool) -> String { value ? "yes" : "no" }
        return [
            coop.id, coop.name, coop.kind.rawValue, coop.province, home, coop.locality ?? "", coop.sector ?? "",
            coop.rating?.rawValue ?? "", coop.ocopStars.map(String.init) ?? "", coop.members.map(String.init) ?? "",
            coop.certifications.joined(separator: "; "), coop.products.joined(separator: "; "),
            flag(coop.valueChain), flag(coop.highTech), flag(coop.digital), flag(coop.isModel), coop.website ?? "",
            page,
        ]
    }

    static func table(_ columns: [String], _ records: [[String]]) -> String {
        var text = columns.joined(separator: ",") + "\r\n"
        for record in records { text += record.map(quote).joined(separator: ",") + "\r\n" }
        return text
    }

    /// `records` under `key`, pretty-printed like `JSONSerialization` (two-space indent,
    /// `" : "`, sorted keys), every value a string.
    static func objects(_ columns: [String], _ records: [[String]], key: String, asOf: Day) -> String {
        let order = columns.enumerated().map { (key: $0.element, index: $0.offset) }.sorted { $0.key < $1.key }
        var text = "{\n  \"as_of\" : "
        JSONText.appendQuoted(asOf.iso, to: &text)
        text += ",\n  \"columns\" : ["
        for (number, column) in columns.enumerated() {
            text += number == 0 ? "\n    " : ",\n    "
            JSONText.appendQuoted(column, to: &text)
        }
        text += "\n  ],\n  "
        JSONText.appendQuoted(key, to: &text)
        text += " : ["
        for (number, record) in records.enumerated() {
            text += number == 0 ? "\n    {" : ",\n    {"
            for (position, field) in order.enumerated() {
                text += position == 0 ? "\n      " : ",\n      "
                JSONText.appendQuoted(field.key, to: &text)
                text += " : "
                JSONText.appendQuoted(record[field.index], to: &text)
            }
            text += "\n    }"
        }
        // An empty array still gets its line break, as JSONSerialization writes it.
        text += records.isEmpty ? "\n\n  ]\n}\n" : "\n  ]\n}\n"
        return text
    }
}
