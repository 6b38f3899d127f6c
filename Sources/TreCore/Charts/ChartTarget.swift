/// What a chart draws as the goal: a plain copy of the parts of a `Target` charts need.
public struct ChartTarget: Sendable, Hashable {
    public var comparator: Target.Comparator
    /// The target, or the lower bound of a range.
    public var value: Double
    /// The upper bound of a range ("8–10"), shown as written.
    public var maxValue: Double?
    public var year: Int

    public init(comparator: Target.Comparator, value: Double, maxValue: Double? = nil, year: Int) {
        self.comparator = comparator
        self.value = value
        self.maxValue = maxValue
        self.year = year
    }

    public init(_ target: Target) {
        self.init(comparator: target.comparator, value: target.target, maxValue: target.targetMax,
                  year: target.targetYear)
    }

    /// Whether `value` meets the target, as `Target.isMet` judges it.
    func isMet(by figure: Double) -> Bool {
        comparator == .atMost ? figure <= value : figure >= value
    }

    /// The largest number the target mentions, for sizing scales.
    var extent: [Double] { [value] + (maxValue.map { [$0] } ?? []) }
}
