/// Targets as table rows: what was promised, the latest figure, and the status in words.
struct TargetRows {
    let context: RenderContext
    let root: String

    func rows(_ targets: [Target], charts: Bool = false) -> [[String: Any]] {
        targets.compactMap { row($0, chart: charts) }
    }

    func row(_ target: Target, chart: Bool) -> [String: Any]? {
        let site = context.site
        guard let indicator = site.indicator(target.indicator), let plan = site.plan(target.plan) else { return nil }
        let progress = context.progress(target)
        let status = progress.status
        var row: [String: Any] = [
            "indicator": indicator.name(in: context.language),
            "indicator_href": root + PagePath.indicator(indicator.id),
            "plan": plan.title,
            "plan_href": root + PagePath.plan(plan.slug),
            "plan_number": plan.number ?? context.t("no_number"),
            "province": context.provinceName(plan.province),
            "target": targetText(target, indicator),
            "target_year": String(target.targetYear),
            "status": status.label(context.language),
            "status_class": status.cssClass,
            "status_symbol": status.symbol,
        ]
        row["label"] = target.label
        if let baseline = target.baseline {
            row["baseline"] = context.value(baseline, indicator)
                + (target.baselineYear.map { " (\($0))" } ?? "")
        }
        if let latest = progress.latest {
            row["latest"] = context.value(latest.value, indicator)
            row["latest_date"] = indicator.measure == .perYear
                ? String(latest.date.year) : context.dates.format(latest.date)
        }
        // A `per_year` figure of the year still running is shown (the chart draws it too),
        // saying that the year is not over; the status stays that of the last full year.
        if let running = progress.years.last, !running.isComplete, running.year > (progress.judgedYear ?? .min) {
            row["running"] = context.value(running.value, indicator)
            row["running_note"] = "\(running.year), \(context.t("counted_to")) \(context.dates.format(min(running.lastDate, progress.asOf))); "
                + context.t("year_not_over")
        }
        if chart {
            row["chart"] = Charts(context: context).bullet(target, indicator: indicator, progress: progress,
                                                           id: "tien-do-\(target.plan)-\(target.indicator)-\(target.targetYear)")
        }
        return row
    }

    /// The promise in words: `ít nhất 80%`, `8–10 HTX mỗi năm`, `không quá 5%`.
    func targetText(_ target: Target, _ indicator: Indicator) -> String {
        let numbers = context.numbers
        var text: String
        switch target.comparator {
        case .range:
            let low = numbers.format(target.target, decimals: indicator.decimals)
            let high = numbers.format(target.targetMax ?? target.target, unit: indicator.unit, decimals: indicator.decimals)
            text = low + "–" + high
        case .atLeast:
            text = context.t("at_least") + " " + context.value(target.target, indicator)
        case .atMost:
            text = context.t("at_most") + " " + context.value(target.target, indicator)
        }
        if indicator.measure == .perYear { text += " " + context.t("per_year") }
        return text
    }
}

/// How many targets stand at each status, for summaries.
enum StatusSummary {
    static func counts(_ statuses: [ProgressStatus], _ context: RenderContext) -> [[String: Any]] {
        ProgressStatus.allCases.compactMap { status in
            let count = statuses.filter { $0 == status }.count
            guard count > 0 else { return nil }
            return ["status": status.label(context.language), "status_class": status.cssClass,
                    "status_symbol": status.symbol, "count": count]
        }
    }
}
