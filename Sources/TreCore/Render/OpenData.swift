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
        // Each file is independent, and JSONSerialization is slow on Linux: use every core.
        let texts = ConcurrentResults<(csv: String, json: String)>(count: sets.count)
        DispatchQueue.concurrentPerform(iterations: sets.count) { index in
            texts.set(index, (csv(sets[index].targets, site), json(sets[index].targets, site)))
        }
        var files = SiteFiles()
        for (set, text) in zip(sets, texts.values) {
            guard let text else { continue }
            files.add(set.csv, text: text.csv)
            files.add(set.json, text: text.json)
        }
        return files
    }

    /// One record per target; numbers written plainly with `.` so any tool reads them.
    static func record(_ target: Target, _ site: Site) -> [String: String] {
        let progress = site.progress(target)
        let indicator = site.indicator(target.indicator)
        let plan = site.plan(target.plan)
        var record: [String: String] = [
            "plan": target.plan, "plan_number": plan?.number ?? "", "province": plan?.province ?? "",
            "indicator": target.indicator, "indicator_name": indicator?.name ?? "", "unit": indicator?.unit ?? "",
            "measure": indicator?.measure.rawValue ?? "", "comparator": target.comparator.rawValue,
            "target": plain(target.target), "target_max": target.targetMax.map(plain) ?? "",
            "target_year": String(target.targetYear), "baseline": target.baseline.map(plain) ?? "",
            "baseline_year": target.baselineYear.map(String.init) ?? "",
            "status": progress.status.rawValue, "as_of": site.asOf.iso,
        ]
        record["latest_value"] = progress.latest.map { plain($0.value) } ?? ""
        record["latest_date"] = progress.latest?.date.iso ?? ""
        return record
    }

    static func csv(_ targets: [Target], _ site: Site) -> String {
        var lines = [columns.joined(separator: ",")]
        for target in targets {
            let record = record(target, site)
            lines.append(columns.map { quote(record[$0] ?? "") }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func json(_ targets: [Target], _ site: Site) -> String {
        let records = targets.map { record($0, site) }
        let object: [String: Any] = ["as_of": site.asOf.iso, "columns": columns, "targets": records]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
