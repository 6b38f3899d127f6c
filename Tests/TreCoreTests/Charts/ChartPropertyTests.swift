import TreTestSupport
import XCTest
import TreCore

/// Random inputs, weighted towards the awkward ones: empty series, one point, equal values,
/// huge and negative numbers, the edges of 0–100%. Every chart must stay well-formed with
/// every coordinate finite and inside its view box, and render the same bytes twice.
final class ChartPropertyTests: XCTestCase {
    static let awkward: [Double] = [0, 100, -5, 1e12, -1e12, 1e-9, 50, 99.99, 0.5, -0.001, 7]

    struct Generator {
        var rng: SplitMix64

        mutating func value(percent: Bool) -> Double {
            if Bool.random(using: &rng) {
                let v = ChartPropertyTests.awkward.randomElement(using: &rng) ?? 0
                return percent ? min(max(v, 0), 100) : v
            }
            return percent ? Double.random(in: 0...100, using: &rng) : Double.random(in: -1e6...1e9, using: &rng)
        }

        mutating func day() -> Day {
            Day(year: Int.random(in: 2015...2030, using: &rng), month: Int.random(in: 1...12, using: &rng),
                day: Int.random(in: 1...28, using: &rng)) ?? Day(year: 2020, month: 1, day: 1)!
        }

        mutating func points(percent: Bool) -> [ProgressPoint] {
            let count = [0, 1, 2, Int.random(in: 3...12, using: &rng)].randomElement(using: &rng) ?? 0
            let same = Bool.random(using: &rng) ? value(percent: percent) : nil
            return (0..<count).map { _ in ProgressPoint(date: day(), value: same ?? value(percent: percent)) }
                .sorted { $0.date < $1.date }
        }

        mutating func target(percent: Bool) -> ChartTarget {
            let comparator = [Target.Comparator.atLeast, .atMost, .range].randomElement(using: &rng) ?? .atLeast
            let low = value(percent: percent)
            return ChartTarget(comparator: comparator, value: low,
                               maxValue: comparator == .range ? low + abs(value(percent: percent)) : nil,
                               year: Int.random(in: 2018...2032, using: &rng))
        }

        mutating func status() -> ProgressStatus {
            ProgressStatus.allCases.randomElement(using: &rng) ?? .noData
        }

        mutating func maybe<T>(_ make: (inout Generator) -> T) -> T? {
            Bool.random(using: &rng) ? make(&self) : nil
        }
    }

    func assertValid(_ render: () -> String, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        let svg = render()
        XCTAssertEqual(svg, render(), "\(label): not deterministic", file: file, line: line)
        do {
            let report = try SVGCheck.check(svg)
            XCTAssertEqual(report.problems, [], label, file: file, line: line)
            XCTAssertTrue(report.hasTitle, label, file: file, line: line)
            XCTAssertFalse(svg.contains("NaN") || svg.contains("inf"), label, file: file, line: line)
        } catch {
            XCTFail("\(label): \(error)\n\(svg)", file: file, line: line)
        }
    }

    func testBulletAndTimeSeriesOverRandomData() {
        var g = Generator(rng: SplitMix64(seed: 0x7472_6531))
        for round in 0..<300 {
            let percent = Bool.random(using: &g.rng)
            let unit = percent ? "%" : "HTX"
            let measure = [Indicator.Measure.level, .cumulative, .perYear].randomElement(using: &g.rng) ?? .level
            let points = g.points(percent: percent)
            let target = g.target(percent: percent)
            let baseline = g.maybe { ProgressPoint(date: $0.day(), value: $0.value(percent: percent)) }
            let language: Language = round % 2 == 0 ? .vi : .en
            let bullet = BulletChart.Input(title: "Chỉ số \(round)", unit: unit, measure: measure, target: target,
                                           baseline: baseline, latest: points.last,
                                           expected: g.maybe { $0.value(percent: percent) }, status: g.status())
            assertValid({ BulletChart.svg(bullet, language: language, idPrefix: "b\(round)") }, "bullet \(round)")

            let years = Dictionary(grouping: points, by: \.date.year).keys.sorted().map { year in
                YearValue(year: year, value: g.value(percent: percent), isComplete: Bool.random(using: &g.rng),
                          lastDate: Day.endOf(year: year) ?? points[0].date, isMet: false)
            }
            let series = TimeSeriesChart.Input(
                title: "Chuỗi \(round)", unit: unit, measure: measure, target: target, baseline: baseline,
                points: points, years: years, latest: points.last, status: g.status(),
                from: Int.random(in: 2016...2026, using: &g.rng), to: Int.random(in: 2016...2030, using: &g.rng))
            assertValid({ TimeSeriesChart.svg(series, language: language, idPrefix: "t\(round)") }, "series \(round)")
        }
    }

    func testComparisonAndBreakdownOverRandomData() {
        var g = Generator(rng: SplitMix64(seed: 42))
        for round in 0..<200 {
            let percent = Bool.random(using: &g.rng)
            let count = [0, 1, 2, Int.random(in: 3...30, using: &g.rng)].randomElement(using: &g.rng) ?? 0
            let rows = (0..<count).map { index in
                ComparisonChart.Row(name: ["Hà Nam", "Đồng Tháp", "An Giang", "Bà Rịa – Vũng Tàu <&>"][index % 4]
                                        + " \(index)",
                                    value: g.maybe { $0.value(percent: percent) }, date: g.maybe { $0.day() },
                                    target: g.target(percent: percent), status: g.status())
            }
            let comparison = ComparisonChart.Input(title: "So sánh \(round)", unit: percent ? "%" : "THT", rows: rows)
            assertValid({ ComparisonChart.svg(comparison, language: .vi, idPrefix: "c\(round)") }, "comparison \(round)")

            func bars(_ keys: [String]) -> [BreakdownChart.Bar] {
                keys.map { .init(key: $0, label: $0, count: [0, 1, 7, 1_000_000].randomElement(using: &g.rng) ?? 0) }
            }
            let breakdown = BreakdownChart.Input(title: "Tỉnh \(round)", ratings: bars(["tot", "kha", "yeu"]),
                                                 kinds: count == 0 ? [] : bars(["HTX", "THT"]))
            assertValid({ BreakdownChart.svg(breakdown, language: .en, idPrefix: "d\(round)") }, "breakdown \(round)")
        }
    }

    func testHostileTextIsEscapedAndIdsAreSafe() throws {
        var input = ChartSamples.bullet
        input.title = "Tỷ lệ <b>\"HTX\"</b> & 'THT' \u{0001}"
        let svg = BulletChart.svg(input, language: .vi, idPrefix: "1 bad\"id<")
        let report = try SVGCheck.check(svg)
        XCTAssertEqual(report.problems, [])
        XCTAssertTrue(svg.contains("<title id=\"c1-bad-id--title\">Tỷ lệ &lt;b&gt;&quot;HTX&quot;&lt;/b&gt; &amp; &#39;THT&#39; </title>"))
    }

    func testTwoChartsOnOnePageDoNotShareIds() throws {
        let page = "<div>" + BulletChart.svg(ChartSamples.bullet, language: .vi, idPrefix: "a")
            + TimeSeriesChart.svg(ChartSamples.level, language: .vi, idPrefix: "b") + "</div>"
        XCTAssertEqual(try SVGCheck.check(page).problems.filter { $0.hasPrefix("duplicate") }, [])
    }
}
