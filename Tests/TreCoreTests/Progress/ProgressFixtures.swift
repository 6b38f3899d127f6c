import TreCore

/// Small builders so each progress test reads like a row of targets.csv and progress.csv.
enum ProgressFixture {
    static let here = SourceLocation(file: "test.csv", line: 1)

    static func day(_ text: String) -> Day {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        switch parts.count {
        case 1: return Day.endOf(year: parts[0]) ?? Day(year: 2000, month: 1, day: 1)!
        case 2: return Day(year: parts[0], month: parts[1], day: Day.daysIn(month: parts[1], year: parts[0]))!
        default: return Day(year: parts[0], month: parts[1], day: parts[2])!
        }
    }

    static func indicator(_ measure: Indicator.Measure, direction: Indicator.Direction = .increase,
                          unit: String = "%") -> Indicator {
        Indicator(id: "chi-so", name: "Chỉ số", unit: unit, direction: direction,
                  measure: measure, location: here)
    }

    static func target(_ value: Double, max: Double? = nil, year: Int = 2025,
                       baseline: Double? = nil, baselineYear: Int? = nil,
                       comparator: Target.Comparator = .atLeast) -> Target {
        Target(plan: "ke-hoach", indicator: "chi-so", target: value, targetMax: max,
               targetYear: year, baseline: baseline, baselineYear: baselineYear,
               comparator: max == nil ? comparator : .range, location: here)
    }

    static func rows(_ pairs: [(String, Double)]) -> [Observation] {
        pairs.map { Observation(plan: "ke-hoach", indicator: "chi-so", date: day($0.0), value: $0.1,
                                location: here) }
    }

    static func evaluate(_ target: Target, _ measure: Indicator.Measure,
                         _ pairs: [(String, Double)], asOf: String,
                         direction: Indicator.Direction = .increase,
                         from: Int = 2021, to: Int = 2025) -> TargetProgress {
        ProgressEvaluator.evaluate(target: target, indicator: indicator(measure, direction: direction),
                                   from: from, to: to, observations: rows(pairs), asOf: day(asOf))
    }
}
