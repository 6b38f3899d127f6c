import XCTest
import TreCore

/// `level`: a stock read at a date, judged against the straight path from its baseline.
/// Plan 2021–2025; with baseline 40 at 31/12/2020 and target 80 at 31/12/2025, the path
/// expects 59.96 by 30/06/2023 (911 of 1826 days).
final class LevelProgressTests: XCTestCase {
    let rising = ProgressFixture.target(80, baseline: 40, baselineYear: 2020)

    func status(_ target: Target, _ rows: [(String, Double)], asOf: String = "2023-06-30") -> ProgressStatus {
        ProgressFixture.evaluate(target, .level, rows, asOf: asOf).status
    }

    func testAtLeastEveryStatusBeforeTheTargetYear() {
        XCTAssertEqual(status(rising, [("2023-06-30", 85)]), .achieved)
        XCTAssertEqual(status(rising, [("2023-06-30", 60)]), .onTrack)
        XCTAssertEqual(status(rising, [("2023-06-30", 55)]), .moderate)
        XCTAssertEqual(status(rising, [("2023-06-30", 45)]), .offTrack)
        XCTAssertEqual(status(rising, [("2023-06-30", 35)]), .deteriorating)
        XCTAssertEqual(status(rising, []), .noData)
    }

    func testFiguresBehindTheStatus() throws {
        let result = ProgressFixture.evaluate(rising, .level, [("2022", 50), ("2023-06-30", 55)], asOf: "2023-06-30")
        XCTAssertEqual(result.baseline, ProgressPoint(date: ProgressFixture.day("2020"), value: 40))
        XCTAssertEqual(result.latest, ProgressPoint(date: ProgressFixture.day("2023-06-30"), value: 55))
        XCTAssertEqual(try XCTUnwrap(result.expected), 40 + 40 * 911 / 1826, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(result.ratio), 15 / (40 * 911 / 1826), accuracy: 1e-9)
        XCTAssertEqual(result.series.map(\.value), [50, 55])
        XCTAssertEqual(result.targetDate, ProgressFixture.day("2025"))
        XCTAssertFalse(result.targetMet)
    }

    func testAfterTheTargetYear() {
        XCTAssertEqual(status(rising, [("2025", 79)], asOf: "2026-03-31"), .offTrack)
        XCTAssertEqual(status(rising, [("2025", 80)], asOf: "2026-03-31"), .achieved)
        XCTAssertEqual(status(rising, [("2025", 30)], asOf: "2026-03-31"), .deteriorating)
        // On 31 December of the target year the year has not passed yet.
        XCTAssertEqual(status(rising, [("2025", 79)], asOf: "2025-12-31"), .onTrack)
    }

    func testRatioThresholdsAreInclusive() {
        // as_of on the target date: the whole path is expected, so the ratio is latest/target.
        let fromZero = ProgressFixture.target(100, baseline: 0, baselineYear: 2020)
        XCTAssertEqual(status(fromZero, [("2025", 95)], asOf: "2025-12-31"), .onTrack)
        XCTAssertEqual(status(fromZero, [("2025", 94.9)], asOf: "2025-12-31"), .moderate)
        XCTAssertEqual(status(fromZero, [("2025", 60)], asOf: "2025-12-31"), .moderate)
        XCTAssertEqual(status(fromZero, [("2025", 59.9)], asOf: "2025-12-31"), .offTrack)
    }

    func testAtMostEveryStatus() {
        let falling = ProgressFixture.target(10, baseline: 30, baselineYear: 2020, comparator: .atMost)
        XCTAssertEqual(status(falling, [("2023-06-30", 10)]), .achieved)
        XCTAssertEqual(status(falling, [("2023-06-30", 20)]), .onTrack)
        XCTAssertEqual(status(falling, [("2023-06-30", 23)]), .moderate)
        XCTAssertEqual(status(falling, [("2023-06-30", 25)]), .offTrack)
        XCTAssertEqual(status(falling, [("2023-06-30", 31)]), .deteriorating)
        XCTAssertEqual(status(falling, [("2025", 11)], asOf: "2026-01-01"), .offTrack)
    }

    func testRangeIsMetFromTheLowerBoundAndAboveTheUpper() {
        let range = ProgressFixture.target(40, max: 50, baseline: 20, baselineYear: 2020)
        XCTAssertEqual(status(range, [("2023-06-30", 40)]), .achieved)
        XCTAssertEqual(status(range, [("2023-06-30", 45)]), .achieved)
        XCTAssertEqual(status(range, [("2023-06-30", 55)]), .achieved)
        XCTAssertEqual(status(range, [("2023-06-30", 30)]), .onTrack)
        XCTAssertEqual(status(range, [("2023-06-30", 15)]), .deteriorating)
    }

    func testWithoutBaselineTheEarliestObservationIsTheBaseline() {
        // Path from 40 at 31/12/2021 to 80 at 31/12/2025 expects 54.95 by 30/06/2023.
        let plain = ProgressFixture.target(80)
        let result = ProgressFixture.evaluate(plain, .level, [("2021", 40), ("2023-06-30", 50)], asOf: "2023-06-30")
        XCTAssertEqual(result.baseline, ProgressPoint(date: ProgressFixture.day("2021"), value: 40))
        XCTAssertEqual(result.status, .moderate)
        XCTAssertEqual(status(plain, [("2021", 40), ("2023-06-30", 60)]), .onTrack)
        XCTAssertEqual(status(plain, [("2021", 40), ("2023-06-30", 45)]), .offTrack)
        XCTAssertEqual(status(plain, [("2021", 40), ("2023-06-30", 39)]), .deteriorating)
    }

    func testSingleObservationWithoutBaselineIsNoDataUnlessMet() {
        let plain = ProgressFixture.target(80)
        XCTAssertEqual(status(plain, [("2023", 60)], asOf: "2024-01-01"), .noData)
        XCTAssertEqual(status(plain, [("2023", 85)], asOf: "2024-01-01"), .achieved)
        // Two rows on one date are still a single observation.
        XCTAssertEqual(status(plain, [("2023", 50), ("2023", 60)], asOf: "2024-01-01"), .noData)
    }

    func testBaselineWithoutYearStartsWithThePlan() {
        let result = ProgressFixture.evaluate(ProgressFixture.target(80, baseline: 40), .level, [("2023-06-30", 60)],
                                      asOf: "2023-06-30")
        XCTAssertEqual(result.baseline?.date, Day.startOf(year: 2021))
        XCTAssertEqual(result.status, .onTrack)
    }

    func testNoTimeElapsedExpectsTheBaseline() {
        let target = ProgressFixture.target(80, baseline: 40, baselineYear: 2022)
        let result = ProgressFixture.evaluate(target, .level, [("2022", 50)], asOf: "2022-12-31")
        XCTAssertEqual(result.expected, 40)
        XCTAssertNil(result.ratio)
        XCTAssertEqual(result.status, .onTrack)
        XCTAssertEqual(status(target, [("2022", 40)], asOf: "2022-12-31"), .onTrack)
        XCTAssertEqual(status(target, [("2022", 30)], asOf: "2022-12-31"), .deteriorating)
    }

    func testTargetAlreadyMetAtBaseline() {
        let target = ProgressFixture.target(80, baseline: 85, baselineYear: 2020)
        let kept = ProgressFixture.evaluate(target, .level, [("2023", 82)], asOf: "2024-01-01")
        XCTAssertEqual(kept.status, .achieved)
        XCTAssertNil(kept.expected)
        XCTAssertNil(kept.ratio)
        XCTAssertEqual(status(target, [("2023", 78)], asOf: "2024-01-01"), .deteriorating)
    }

    func testTargetYearBeforeBaselineIsDueAtOnce() {
        let target = ProgressFixture.target(80, year: 2020, baseline: 40, baselineYear: 2022)
        let result = ProgressFixture.evaluate(target, .level, [("2023", 60)], asOf: "2023-12-31")
        XCTAssertEqual(result.expected, 80)
        XCTAssertEqual(result.status, .offTrack)
    }

    func testObservationsAfterAsOfAreIgnored() {
        let result = ProgressFixture.evaluate(rising, .level, [("2023-06-30", 45), ("2024", 90)], asOf: "2023-06-30")
        XCTAssertEqual(result.latest?.value, 45)
        XCTAssertEqual(result.series.count, 1)
        XCTAssertEqual(result.status, .offTrack)
    }

    func testDuplicateDatesKeepTheLastRow() {
        let result = ProgressFixture.evaluate(rising, .level, [("2023-06-30", 45), ("2023-06-30", 60)],
                                      asOf: "2023-06-30")
        XCTAssertEqual(result.series, [ProgressPoint(date: ProgressFixture.day("2023-06-30"), value: 60)])
        XCTAssertEqual(result.status, .onTrack)
    }

    func testRowsAreJudgedInDateOrderWhateverTheFileOrder() {
        let result = ProgressFixture.evaluate(rising, .level, [("2023-06-30", 60), ("2021", 45)], asOf: "2023-06-30")
        XCTAssertEqual(result.latest?.value, 60)
        XCTAssertEqual(result.series.map(\.value), [45, 60])
    }

    func testRowsOlderThanAnExplicitBaselineAreDrawnButNotJudged() {
        let target = ProgressFixture.target(80, baseline: 40, baselineYear: 2022)
        let result = ProgressFixture.evaluate(target, .level, [("2021", 45)], asOf: "2023-06-30")
        XCTAssertEqual(result.status, .noData)
        XCTAssertEqual(result.series.count, 1)
        XCTAssertNil(result.latest)
    }

    func testDecreasingIndicatorUsesItsComparator() {
        let target = ProgressFixture.target(10, baseline: 30, baselineYear: 2020, comparator: .atMost)
        let result = ProgressFixture.evaluate(target, .level, [("2023-06-30", 20)], asOf: "2023-06-30",
                                      direction: .decrease)
        XCTAssertEqual(result.status, .onTrack)
        XCTAssertEqual(try XCTUnwrap(result.ratio), 10 / (20 * 911 / 1826), accuracy: 1e-9)
    }
}
