/// The back of the book: what each indicator measures, how progress is judged (in plain
/// words, from the content format's "Progress status"), and where texts and figures come from.
struct HandbookAppendices {
    let context: RenderContext
    let scope: HandbookScope

    var site: Site { context.site }

    func values() -> [String: Any] {
        ["indicators": indicators(), "method": method(), "sources": sources()]
    }

    func indicators() -> [[String: Any]] {
        let plans = Set(scope.plans(site).map(\.slug))
        return scope.indicators(site).map { indicator in
            var values = IndicatorPages(context: context).card(indicator, root: "")
            values["id"] = "chi-tieu-" + indicator.id
            values["code"] = indicator.id
            let targets = site.targets(indicator: indicator.id).filter { plans.contains($0.plan) }
            values["targeted_by"] = targets.compactMap { target -> String? in
                guard let plan = site.plan(target.plan) else { return nil }
                return (plan.number ?? plan.title) + " – " + context.provinceName(plan.province)
                    + " (" + String(target.targetYear) + ")"
            }.joined(separator: "; ")
            return values
        }
    }

    /// Each status with its symbol, word and meaning, and how each kind of indicator is judged.
    func method() -> [String: Any] {
        let statuses: [[String: Any]] = ProgressStatus.allCases.map { status in
            ["status": status.label(context.language), "status_class": status.cssClass,
             "status_symbol": status.symbol, "meaning": context.t("handbook_status_" + status.rawValue)]
        }
        let paragraphs = ["handbook_method_intro", "handbook_method_path", "handbook_method_level",
                          "handbook_method_per_year", "handbook_method_cumulative", "handbook_method_range"]
        return [
            "statuses": statuses,
            "paragraphs": paragraphs.map { ["text": context.t($0)] },
            "as_of": context.dates.format(site.asOf),
        ]
    }

    /// Every plan's published text and the sources of its progress figures.
    func sources() -> [[String: Any]] {
        scope.plans(site).map { plan in
            var values: [String: Any] = [
                "title": plan.title,
                "label": plan.number.map { $0 + ": " + plan.title } ?? plan.title,
                "href": "#ke-hoach-" + plan.slug,
            ]
            let meta = [plan.issuer, plan.issued.map(context.dates.format)].compactMap { $0 }.joined(separator: ", ")
            if !meta.isEmpty { values["meta"] = meta }
            values["source"] = plan.source
            var seen = Set<String>()
            var data: [String] = []
            for target in site.targets(plan: plan.slug) {
                for observation in site.observations(plan: plan.slug, indicator: target.indicator) {
                    guard let source = observation.source, !source.isEmpty, seen.insert(source).inserted else { continue }
                    data.append(source)
                }
            }
            if !data.isEmpty { values["data_sources"] = data.sortedVietnamese { $0 }.joined(separator: "; ") }
            return values
        }
    }
}
