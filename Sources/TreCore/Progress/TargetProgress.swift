/// One dated figure: an observation, a running total or a baseline.
public struct ProgressPoint: Hashable, Sendable {
    public var date: Day
    public var value: Double

    public init(date: Day, value: Double) {
        self.date = date
        self.value = value
    }
}

/// The total of a `per_year` indicator for one calendar year.
public struct YearValue: Hashable, Sendable {
    public var year: Int
    /// The sum of that year's rows.
    public var value: Double
    /// True when 31 December of the year is on or before `as_of`; only complete years are judged.
    public var isComplete: Bool
    /// The date of the year's last row (for a year still running, how far it is counted).
    public var lastDate: Day
    /// Whether the yearly target is met by this year's total.
    public var isMet: Bool

    public init(year: Int, value: Double, isComplete: Bool, lastDate: Day, isMet: Bool) {
        self.year = year
        self.value = value
        self.isComplete = isComplete
        self.lastDate = lastDate
        self.isMet = isMet
    }
}

/// Where one target stands at `as_of`: the status and every figure it was judged from, so
/// pages and charts show the same numbers the status came from.
public struct TargetProgress: Sendable {
    public var status: ProgressStatus
    public var measure: Indicator.Measure
    /// The reporting date the target was judged at.
    public var asOf: Day
    /// 31 December of the target year: where the straight path ends.
    public var targetDate: Day?
    /// The value judged: the latest observation (`level`), the running total (`cumulative`)
    /// or the total of the latest complete year, dated 31 December (`per_year`).
    public var latest: ProgressPoint?
    /// The baseline the path starts from (`level`, `cumulative`); nil for `per_year`.
    public var baseline: ProgressPoint?
    /// What the straight path from baseline to target expects by `as_of` (`level`,
    /// `cumulative`), or the yearly target (`per_year`). Nil when there is no path to walk:
    /// no data, or the baseline already meets the target.
    public var expected: Double?
    /// `level`/`cumulative`: (latest − baseline) / (expected − baseline); `per_year`: the
    /// judged year's share of its target. Nil when it would divide by zero.
    public var ratio: Double?
    /// The points to draw, oldest first: observations (one per date), running totals for
    /// `cumulative`, complete years' totals for `per_year`.
    public var series: [ProgressPoint]
    /// `per_year` only: every year observed within the plan, complete or not, oldest first.
    public var years: [YearValue]
    /// `per_year` only: the latest complete year, whose total decided the status.
    public var judgedYear: Int?
    /// Whether the judged value meets the target (`Target.isMet`).
    public var targetMet: Bool

    public init(status: ProgressStatus, measure: Indicator.Measure, asOf: Day,
                targetDate: Day?, latest: ProgressPoint? = nil, baseline: ProgressPoint? = nil,
                expected: Double? = nil, ratio: Double? = nil, series: [ProgressPoint] = [],
                years: [YearValue] = [], judgedYear: Int? = nil, targetMet: Bool = false) {
        self.status = status
        self.measure = measure
        self.asOf = asOf
        self.targetDate = targetDate
        self.latest = latest
        self.baseline = baseline
        self.expected = expected
        self.ratio = ratio
        self.series = series
        self.years = years
        self.judgedYear = judgedYear
        self.targetMet = targetMet
    }
}
