import XCTest
import TreCore

/// From progress rows to a chart through the convenience initialisers, as a page would do it:
/// the chart must show the very figures the status was judged from.
final class ChartFromProgressTests: XCTestCase {
    func testLevelProgressDrawsItsPathAndDescribesItsStatus() throws {
        let target = ProgressFixture.target(80, baseline: 40, baselineYear: 2020)
        let indicator = ProgressFixture.indicator(.level)
        let progress = ProgressFixture.evaluate(target, .level, [("2022", 50), ("2023-06-30", 55)], asOf: "2023-06-30")
        XCTAssertEqual(progress.status, .moderate)

        let series = TimeSeriesChart.Input(title: "Tỷ lệ", indicator: indicator, target: target,
                                           progress: progress, from: 2021, to: 2025)
        XCTAssertEqual(series.baseline?.value, 40)
        XCTAssertEqual(series.points.count, 2)
        let svg = TimeSeriesChart.svg(series, language: .vi, idPrefix: "p")
        XCTAssertEqual(try SVGCheck.check(svg).problems, [])
        XCTAssertTrue(svg.contains("class=\"path\""))
        XCTAssertTrue(svg.contains("Số liệu mới nhất: 55% (30/06/2023). Trạng thái: Cần đẩy nhanh."))

        let bullet = BulletChart.Input(title: "Tỷ lệ", indicator: indicator, target: target, progress: progress)
        XCTAssertEqual(bullet.expected, progress.expected)
        XCTAssertEqual(try SVGCheck.check(BulletChart.svg(bullet, language: .en, idPrefix: "q")).problems, [])
    }

    func testTargetMetAtBaselineDrawsNoPath() {
        let target = ProgressFixture.target(80, baseline: 85, baselineYear: 2020)
        let progress = ProgressFixture.evaluate(target, .level, [("2023", 82)], asOf: "2024-01-01")
        let series = TimeSeriesChart.Input(title: "Tỷ lệ", indicator: ProgressFixture.indicator(.level), target: target,
                                           progress: progress, from: 2021, to: 2025)
        XCTAssertNil(series.baseline)
        XCTAssertFalse(TimeSeriesChart.svg(series, language: .vi, idPrefix: "p").contains("class=\"path\""))
    }

    func testPerYearProgressDrawsItsYears() throws {
        let target = ProgressFixture.target(10)
        let indicator = ProgressFixture.indicator(.perYear, unit: "HTX")
        let progress = ProgressFixture.evaluate(target, .perYear, [("2021", 12), ("2022", 7), ("2023-05", 2)],
                                        asOf: "2023-06-30")
        let series = TimeSeriesChart.Input(title: "HTX mới", indicator: indicator, target: target,
                                           progress: progress, from: 2021, to: 2025)
        let svg = TimeSeriesChart.svg(series, language: .vi, idPrefix: "y")
        XCTAssertEqual(try SVGCheck.check(svg).problems, [])
        XCTAssertEqual(svg.components(separatedBy: "class=\"year").count - 1, 3)
        XCTAssertTrue(svg.contains("Năm 2022: 7 HTX."))

        let row = ComparisonChart.Row(name: "Hà Nam", target: target, progress: progress)
        XCTAssertEqual(row.value, 7)
        XCTAssertEqual(row.status, .moderate)
    }
}
