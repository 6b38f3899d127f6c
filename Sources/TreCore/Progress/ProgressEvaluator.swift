/// Judges one target at the reporting date, following "Progress status" in the content
/// format. Pure: the same inputs always give the same result, and nothing here reads a clock.
///
/// Decisions the format leaves open, taken here:
/// - Observations dated after `asOf` are ignored, as if not yet published.
/// - `level`: a `baseline` without `baseline_year` is dated 1 January of the plan's `from`
///   (the start of the plan, matching the cumulative rule). Several rows on one date: the
///   last row in input order wins (a later row is read as a correction).
/// - `level` with an explicit baseline: rows dated before the baseline date are drawn but not
///   judged (the baseline is newer); if nothing is left to judge the status is `no_data`.
/// - `deteriorating` is checked before "target year passed": moving away is the stronger news.
/// - Nothing expected yet (no time elapsed since the baseline, or the target year is the
///   baseline's) and not moved away: `on_track`.
/// - Ratios are compared with a tolerance of 1e-9 so that 0.95 computed as 0.9499999… is
///   still `on_track`.
/// - `cumulative` ignores the target's `baseline` (the format fixes it at 0) and every row
///   of a year before `from`; rows on the same date all count, since each is a flow.
/// - `per_year`: see `evaluatePerYear`.
public enum ProgressEvaluator {
    static let tolerance = 1e-9
    static let onTrackRatio = 0.95
    static let moderateRatio = 0.6

    /// Judges `target` for a plan running from `plan.from` to `plan.to`.
    /// `observations` must already be those of this plan and indicator.
    public static func evaluate(target: Target, indicator: Indicator, plan: Plan,
                                observations: [Observation], asOf: Day) -> TargetProgress {
        evaluate(target: target, indicator: indicator, from: plan.from, to: plan.to,
                 observations: observations, asOf: asOf)
    }

    /// Judges `target` for a plan covering the years `from` through `to`.
    public static func evaluate(target: Target, indicator: Indicator, from: Int, to: Int,
                                observations: [Observation], asOf: Day) -> TargetProgress {
        let rows = inDateOrder(observations.filter { $0.date <= asOf })
        switch indicator.measure {
        case .level:
            let points = lastPerDate(rows)
            var explicit: ProgressPoint?
            if let value = target.baseline,
               let date = target.baselineYear.flatMap(Day.endOf(year:)) ?? Day.startOf(year: from) {
                explicit = ProgressPoint(date: date, value: value)
            }
            return judgeLevel(target: target, measure: .level, series: points,
                              explicitBaseline: explicit, asOf: asOf)
        case .cumulative:
            let totals = runningTotals(rows.filter { $0.date.year >= from })
            let start = Day.startOf(year: from).map { ProgressPoint(date: $0, value: 0) }
            return judgeLevel(target: target, measure: .cumulative, series: totals,
                              explicitBaseline: start, asOf: asOf)
        case .perYear:
            return evaluatePerYear(target: target, from: from, rows: rows, asOf: asOf)
        }
    }

    /// Judges a stock (or a running total) against the straight path from its baseline.
    static func judgeLevel(target: Target, measure: Indicator.Measure, series: [ProgressPoint],
                           explicitBaseline: ProgressPoint?, asOf: Day) -> TargetProgress {
        let targetDate = Day.endOf(year: target.targetYear)
        var result = TargetProgress(status: .noData, measure: measure, asOf: asOf,
                                    targetDate: targetDate, baseline: explicitBaseline,
                                    series: series)
        let judged = explicitBaseline.map { base in series.filter { $0.date >= base.date } } ?? series
        guard let latest = judged.last, let baseline = explicitBaseline ?? judged.first else {
            return result
        }
        result.latest = latest
        result.baseline = baseline
        result.targetMet = target.isMet(by: latest.value)

        let baselineMet = target.isMet(by: baseline.value)
        if !baselineMet, let targetDate {
            let expected = expectedValue(from: baseline, to: target.target, at: targetDate, asOf: asOf)
            result.expected = expected
            let gap = expected - baseline.value
            if abs(gap) > tolerance {
                result.ratio = (latest.value - baseline.value) / gap
            }
        }

        result.status = status(target: target, latest: latest, baseline: baseline,
                               ratio: result.ratio, single: explicitBaseline == nil && judged.count < 2,
                               yearPassed: targetDate.map { asOf > $0 } ?? false)
        return result
    }

    /// The level rules in the order the format implies: met, too little data, moved away,
    /// too late, then the ratio to the straight path.
    static func status(target: Target, latest: ProgressPoint, baseline: ProgressPoint,
                       ratio: Double?, single: Bool, yearPassed: Bool) -> ProgressStatus {
        if target.isMet(by: latest.value) { return .achieved }
        if single { return .noData }
        let movedAway = target.comparator == .atMost
            ? latest.value > baseline.value
            : latest.value < baseline.value
        if movedAway { return .deteriorating }
        if yearPassed { return .offTrack }
        guard let ratio else { return .onTrack }
        if ratio + tolerance >= onTrackRatio { return .onTrack }
        if ratio + tolerance >= moderateRatio { return .moderate }
        return .offTrack
    }

    /// Linear in time from the baseline date to `targetDate`, clamped to the path's ends.
    static func expectedValue(from baseline: ProgressPoint, to goal: Double, at targetDate: Day,
                              asOf: Day) -> Double {
        let span = Double(targetDate.ordinal - baseline.date.ordinal)
        let elapsed = Double(asOf.ordinal - baseline.date.ordinal)
        // A target dated on or before its baseline is due at once.
        let fraction = span > 0 ? min(max(elapsed / span, 0), 1) : 1
        return baseline.value + (goal - baseline.value) * fraction
    }

    /// Rows by date; rows on the same date keep their input order.
    static func inDateOrder(_ rows: [Observation]) -> [Observation] {
        rows.enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
    }

    /// One point per date; the last row of a date wins.
    static func lastPerDate(_ rows: [Observation]) -> [ProgressPoint] {
        var points: [ProgressPoint] = []
        for row in rows {
            if points.last?.date == row.date { points.removeLast() }
            points.append(ProgressPoint(date: row.date, value: row.value))
        }
        return points
    }

    /// The running total after each date; rows on the same date are all added.
    static func runningTotals(_ rows: [Observation]) -> [ProgressPoint] {
        var points: [ProgressPoint] = []
        var total = 0.0
        for row in rows {
            total += row.value
            if points.last?.date == row.date { points.removeLast() }
            points.append(ProgressPoint(date: row.date, value: total))
        }
        return points
    }
}
