extension ProgressEvaluator {
    /// `per_year`: each complete year's total (the sum of its rows) against the yearly target;
    /// the latest complete year decides.
    ///
    /// Decisions the format leaves open:
    /// - Only years from the plan's `from` through the target year count; a later target row
    ///   of the same plan judges its own years.
    /// - A year is complete when its 31 December is on or before `as_of`; a running year is
    ///   reported in `years` (and drawn) but not judged.
    /// - "≥ 60% of the yearly target" is value / target for `at_least` and `range`, and
    ///   target / value for `at_most` (how far over the cap a year went).
    /// - `deteriorating` is not used: the format judges each year on its own.
    static func evaluatePerYear(target: Target, from: Int, rows: [Observation],
                                asOf: Day) -> TargetProgress {
        var result = TargetProgress(status: .noData, measure: .perYear, asOf: asOf,
                                    targetDate: Day.endOf(year: target.targetYear))
        result.years = yearlyTotals(rows, years: from...max(from, target.targetYear),
                                    target: target, asOf: asOf)
        result.series = result.years.filter(\.isComplete).compactMap { year in
            Day.endOf(year: year.year).map { ProgressPoint(date: $0, value: year.value) }
        }
        guard let judged = result.years.last(where: \.isComplete),
              let judgedDate = Day.endOf(year: judged.year) else { return result }

        result.judgedYear = judged.year
        result.latest = ProgressPoint(date: judgedDate, value: judged.value)
        result.expected = target.target
        result.targetMet = judged.isMet
        result.ratio = share(of: target, by: judged.value)

        if judged.isMet {
            result.status = judged.year >= target.targetYear ? .achieved : .onTrack
        } else if let ratio = result.ratio, ratio + tolerance >= moderateRatio {
            result.status = .moderate
        } else {
            result.status = .offTrack
        }
        return result
    }

    /// Sums rows per calendar year inside `years`, oldest first.
    static func yearlyTotals(_ rows: [Observation], years: ClosedRange<Int>, target: Target,
                             asOf: Day) -> [YearValue] {
        var out: [YearValue] = []
        for row in rows where years.contains(row.date.year) {
            if let last = out.last, last.year == row.date.year {
                out[out.count - 1].value += row.value
                out[out.count - 1].lastDate = max(last.lastDate, row.date)
            } else {
                let complete = Day.endOf(year: row.date.year).map { $0 <= asOf } ?? false
                out.append(YearValue(year: row.date.year, value: row.value, isComplete: complete,
                                     lastDate: row.date, isMet: false))
            }
        }
        for index in out.indices { out[index].isMet = target.isMet(by: out[index].value) }
        return out
    }

    /// How much of the yearly target a year reached, as a fraction; nil when undefined.
    static func share(of target: Target, by value: Double) -> Double? {
        let share = target.comparator == .atMost ? target.target / value : value / target.target
        return share.isFinite ? share : nil
    }
}
