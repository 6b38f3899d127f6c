/// What a plan promises for one indicator by one year (`data/targets.csv`).
public struct Target: Sendable {
    public enum Comparator: String, Sendable, CaseIterable { case atLeast = "at_least", atMost = "at_most", range }

    public var plan: String
    public var indicator: String
    public var target: Double
    public var targetMax: Double?
    public var targetYear: Int
    public var baseline: Double?
    public var baselineYear: Int?
    public var comparator: Comparator
    public var label: String?
    public var location: SourceLocation

    public init(plan: String, indicator: String, target: Double, targetMax: Double? = nil,
                targetYear: Int, baseline: Double? = nil, baselineYear: Int? = nil,
                comparator: Comparator, label: String? = nil, location: SourceLocation) {
        self.plan = plan
        self.indicator = indicator
        self.target = target
        self.targetMax = targetMax
        self.targetYear = targetYear
        self.baseline = baseline
        self.baselineYear = baselineYear
        self.comparator = comparator
        self.label = label
        self.location = location
    }

    /// Does `value` meet this target? A range is met from its lower bound up.
    public func isMet(by value: Double) -> Bool {
        switch comparator {
        case .atLeast, .range: value >= target
        case .atMost: value <= target
        }
    }
}

/// One figure achieved at a date (`data/progress.csv`).
public struct Observation: Sendable {
    public var plan: String
    public var indicator: String
    public var date: Day
    public var value: Double
    public var source: String?
    public var note: String?
    public var location: SourceLocation

    public init(plan: String, indicator: String, date: Day, value: Double,
                source: String? = nil, note: String? = nil, location: SourceLocation) {
        self.plan = plan
        self.indicator = indicator
        self.date = date
        self.value = value
        self.source = source
        self.note = note
        self.location = location
    }
}
