extension Site {
    /// The status of a target at another day than `asOf` (a report's period end), judged by
    /// the same evaluator from the same observations; at `asOf` itself, the status already made.
    public func progress(_ target: Target, at day: Day) -> TargetProgress {
        guard day != asOf, let plan = plan(target.plan), let indicator = indicator(target.indicator) else {
            return progress(target)
        }
        return ProgressEvaluator.evaluate(target: target, indicator: indicator, plan: plan,
                                          observations: observations(plan: target.plan, indicator: target.indicator),
                                          asOf: day)
    }

    /// Reports about a province: those that name it, and those on its plans. Newest first.
    public func reports(province slug: String) -> [Report] {
        let family = Set(provinceFamily(slug))
        return reports.filter { report in
            if let own = report.province { return family.contains(own) }
            return report.plans.contains { plan($0)?.province.map(family.contains) ?? false }
        }
    }
}
