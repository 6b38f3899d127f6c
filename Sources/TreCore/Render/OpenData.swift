import Foundation

/// The figures behind the pages as CSV and JSON downloads, with stable column names:
/// one file per plan, one per indicator, and the whole data set.
enum OpenData {
    static let allCSV = "data/tre-targets.csv"
    static let allJSON = "data/tre-targets.json"
    static func planCSV(_ slug: String) -> String { "data/plans/\(slug).csv" }
    static func planJSON(_ slug: String) -> String { "data/plans/\(slug).json" }
    static func indicatorCSV(_ id: String) -> String { "data/indicators/\(id).csv" }
    static func indicatorJSON(_ id: String) -> String { "data/indicators/\(id).json" }

    static let columns = [
        "plan", "plan_number", "province", "indicator", "indicator_name", "unit", "measure", "comparator",
        "target", "target_max", "target_year", "baseline", "baseline_year", "latest_value", "latest_date",
        "status", "as_of",
    ]

    static func files(_ site: Site) -> SiteFiles {
        let sets: [(csv: String, json: String, targets: [Target])] = [(allCSV, allJSON, site.content.targets)]
            + site.plans.map { (planCSV($0.slug), planJSON($0.slug), site.targets(plan: $0.slug)) }
            + site.indicators.map { (indicatorCSV($0.id), indicatorJSON($0.id), site.targets(indicator: $0.id)) }
        var files = SiteFiles()
        for set in sets {
            let records = set.targets.map { record($0, site) }
            files.add(set.csv, text: csv(records))
            files.add(set.json, text: json(records, asOf: site.asOf))
        }
        return files
    }

    /// One record per target, its values in the order of `columns`; numbers written plainly
    /// with `.` so any tool reads them.
    static func record(_ target: Target, _ site: Site) -> [String] {
        let progress = site.progress(target)
        let indicator = site.indicator(target.indicator)
        let plan = site.plan(target.plan)
        return [
            target.plan, plan?.number ?? "", plan?.province ?? "",
            target.indicator, indicator?.name ?? "", indicator?.unit ?? "",
            indicator?.measure.rawValue ?? "", target.comparator.rawValue,
            plain(target.target), target.targetMax.map(plain) ?? "", String(target.targetYear),
            target.baseline.map(plain) ?? "", target.baselineYear.map(String.init) ?? "",
            progress.latest.map { plain($0.value) } ?? "", progress.latest?.date.iso ?? "",
            progress.status.rawValue, site.asOf.iso,
        ]
    }

    static func csv(_ records: [[String]]) -> String {
        var text = columns.joined(separator: ",") + "\r\n"
        for record in records {
            text += record.map(quote).joined(separator: ",")
            text += "\r\n"
        }
        return text
    }

    /// Pretty-printed like `JSONSerialization` (two-space indent, `" : "`, sorted keys).
    static func json(_ records: [[String]], asOf: Day) -> String {
        objects(columns, records, key: "targets", asOf: asOf)
    }

    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    static func quote(_ field: String) -> String {
        // Most fields have none of the four bytes, so they need no Character-by-Character look.
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }),
              field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
