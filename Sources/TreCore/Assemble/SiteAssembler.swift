/// The assemble stage: joins the checked content into the `Site` pages are made from: lists
/// sorted the way readers find things (Vietnamese order, newest first), what is looked up by
/// key, and the progress of every target at the reporting date. It reports nothing: a
/// reference the check stage found broken is simply left out here.
public enum SiteAssembler {
    /// `cache` (kept by `tre serve`) gives back the sorted register when neither it nor the
    /// stories changed.
    public static func assemble(_ checked: ContentChecker.Checked, cache: BuildCache? = nil) -> Site {
        let content = checked.content
        let index = checked.index
        let asOf = reportingDate(content)
        let provinces = content.provinces.sortedVietnamese(by: \.name)
        let plans = sortedPlans(content.plans, index)
        let make = { Register(content.cooperatives, stories: content.stories) }
        let register = cache?.derived("cooperatives", from: (content.cooperatives, content.stories), same: ==,
                                      make: make) ?? make()
        let updates = content.updates.sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
        let observations = Dictionary(grouping: content.observations) { Site.key($0.plan, $0.indicator) }
            .mapValues { $0.sorted { $0.date < $1.date } }
        var mergedFrom: [String: [Province]] = [:]
        for province in provinces {
            if let into = province.mergedInto { mergedFrom[into, default: []].append(province) }
        }
        // Grouping keeps each list in the order of the sorted arrays above.
        return Site(
            content: content, asOf: asOf, index: index,
            provinces: provinces, plans: plans, indicators: content.indicators.sortedVietnamese(by: \.name),
            cooperatives: register.cooperatives, updates: updates, showcases: register.showcases,
            cooperativeIndex: register.index,
            targetsByIndicator: Dictionary(grouping: content.targets, by: \.indicator),
            observationsByKey: observations,
            mergedFromIndex: mergedFrom,
            progressIndex: progress(content, index, observations, asOf: asOf),
            plansByProvince: Dictionary(grouping: plans.filter { $0.province != nil }) { $0.province ?? "" },
            cooperativesByProvince: register.byProvince,
            updatesByProvince: Dictionary(grouping: updates.filter { $0.province != nil }) { $0.province ?? "" },
            updatesByPlan: Dictionary(grouping: updates.filter { $0.plan != nil }) { $0.plan ?? "" },
            dataBlockRequests: checked.requests)
    }

    /// By province name, plans whose province is not stated last; then by date and title.
    static func sortedPlans(_ plans: [Plan], _ index: ContentIndex) -> [Plan] {
        let names = index.provinceIndex.mapValues(\.name)
        let named = plans.filter { $0.province.flatMap { names[$0] } != nil }
        let unnamed = plans.filter { $0.province.flatMap { names[$0] } == nil }
        return named.sortedVietnamese { plan in
            (plan.province.flatMap { names[$0] } ?? "") + " " + (plan.issued?.iso ?? "9999") + " " + plan.title
        } + unnamed.sortedVietnamese { (plan: Plan) in (plan.issued?.iso ?? "9999") + " " + plan.title }
    }

    /// The status of every target at `asOf`, by `Site.progressKey`.
    static func progress(_ content: SiteContent, _ index: ContentIndex, _ observations: [String: [Observation]],
                         asOf: Day) -> [String: TargetProgress] {
        var progress: [String: TargetProgress] = [:]
        for target in content.targets {
            guard let plan = index.plan(target.plan), let indicator = index.indicator(target.indicator) else { continue }
            progress[Site.progressKey(target)] = ProgressEvaluator.evaluate(
                target: target, indicator: indicator, plan: plan,
                observations: observations[Site.key(target.plan, target.indicator)] ?? [], asOf: asOf)
        }
        return progress
    }

    /// `as_of` from site.yml, else the latest progress date, else the latest date the
    /// content mentions, so that a build never depends on the clock.
    static func reportingDate(_ content: SiteContent) -> Day {
        if let asOf = content.config.asOf { return asOf }
        if let latest = content.observations.map(\.date).max() { return latest }
        let dates = content.updates.map(\.date) + content.plans.compactMap(\.issued)
        if let latest = dates.max() { return latest }
        let year = content.plans.map(\.from).max() ?? 2025
        return Day.endOf(year: year) ?? Day(year: 2025, month: 12, day: 31)!
    }
}
