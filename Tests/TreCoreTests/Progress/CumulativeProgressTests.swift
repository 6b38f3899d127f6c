import XCTest
import TreCore

/// `cumulative`: flows added up from the plan's `from`, judged as a level from 0 at 1/1/2021.
/// The path to 80 by 31/12/2025 expects 39.89 by 30/06/2023 (910 of 1825 days).
final class CumulativeProgressTests: XCTestCase {
    let eighty = ProgressFixture.target(80, baseline: 999, baselineYear: 2020)

    func status(_ rows: [(String, Double)], asOf: String = "2023-06-30") -> ProgressStatus {
        ProgressFixture.evaluate(eighty, .cumulative, rows, asOf: asOf).status
    }

    func testRunningTotalFromThePlanStart() throws {
        let result = ProgressFixture.evaluate(eighty, .cumulative,
                                      [("2020", 50), ("2021", 15), ("2022", 15), ("2023-06-30", 10)],
                                      asOf: "2023-06-30")
        XCTAssertEqual(result.series.map(\.value), [15, 30, 40])
        XCTAssertEqual(result.latest, ProgressPoint(date: ProgressFixture.day("2023-06-30"), value: 40))
        XCTAssertEqual(result.baseline, ProgressPoint(date: ProgressFixture.day("2021-01-01"), value: 0))
        XCTAssertEqual(try XCTUnwrap(result.expected), 80.0 * 910 / 1825, accuracy: 1e-9)
        XCTAssertEqual(result.status, .onTrack)
    }

    func testEveryStatus() {
        XCTAssertEqual(status([("2021", 50), ("2023-03", 30)]), .achieved)
        XCTAssertEqual(status([("2021", 20), ("2023-03", 20)]), .onTrack)
        XCTAssertEqual(status([("2021", 20), ("2023-03", 10)]), .moderate)
        XCTAssertEqual(status([("2021", 10), ("2023-03", 10)]), .offTrack)
        XCTAssertEqual(status([("2021", 5), ("2022", -10)]), .deteriorating)
        XCTAssertEqual(status([]), .noData)
        XCTAssertEqual(status([("2020", 90)]), .noData)
    }

    func testAfterTheTargetYear() {
        XCTAssertEqual(status([("2021", 40), ("2025", 39)], asOf: "2026-06-30"), .offTrack)
        XCTAssertEqual(status([("2021", 40), ("2025", 40)], asOf: "2026-06-30"), .achieved)
    }

    func testASingleRowIsJudgedAgainstTheZeroBaseline() {
        // 364 of 1825 days: 15.96 expected by 31/12/2021.
        XCTAssertEqual(status([("2021", 20)], asOf: "2021-12-31"), .onTrack)
        XCTAssertEqual(status([("2021", 12)], asOf: "2021-12-31"), .moderate)
    }

    func testRowsOnTheSameDateAreAllAdded() {
        let result = ProgressFixture.evaluate(eighty, .cumulative, [("2022", 10), ("2022", 5)], asOf: "2023-01-01")
        XCTAssertEqual(result.series, [ProgressPoint(date: ProgressFixture.day("2022"), value: 15)])
    }

    func testRowsAfterAsOfAreIgnored() {
        let result = ProgressFixture.evaluate(eighty, .cumulative, [("2021", 20), ("2024", 70)], asOf: "2023-06-30")
        XCTAssertEqual(result.latest?.value, 20)
    }

    func testAtMostCapOnARunningTotal() {
        let cap = ProgressFixture.target(5, comparator: .atMost)
        XCTAssertEqual(ProgressFixture.evaluate(cap, .cumulative, [("2021", 2), ("2022", 2)], asOf: "2023-01-01").status,
                       .achieved)
        XCTAssertEqual(ProgressFixture.evaluate(cap, .cumulative, [("2021", 4), ("2022", 3)], asOf: "2023-01-01").status,
                       .deteriorating)
    }
}
