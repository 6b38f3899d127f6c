import XCTest
import TreCore

/// `per_year`: each complete year's total against the yearly target; the latest decides.
final class PerYearProgressTests: XCTestCase {
    let ten = ProgressFixture.target(10)

    func status(_ target: Target, _ rows: [(String, Double)], asOf: String = "2023-06-30") -> ProgressStatus {
        ProgressFixture.evaluate(target, .perYear, rows, asOf: asOf).status
    }

    func testLatestCompleteYearDecides() throws {
        let result = ProgressFixture.evaluate(ten, .perYear,
                                      [("2021", 12), ("2022-03", 4), ("2022-09", 3), ("2023-05", 2)],
                                      asOf: "2023-06-30")
        XCTAssertEqual(result.judgedYear, 2022)
        XCTAssertEqual(result.latest, ProgressPoint(date: ProgressFixture.day("2022"), value: 7))
        XCTAssertEqual(result.years.map(\.value), [12, 7, 2])
        XCTAssertEqual(result.years.map(\.isComplete), [true, true, false])
        XCTAssertEqual(result.years.map(\.isMet), [true, false, false])
        XCTAssertEqual(result.years.last?.lastDate, ProgressFixture.day("2023-05"))
        XCTAssertEqual(result.series.map(\.value), [12, 7])
        XCTAssertEqual(try XCTUnwrap(result.ratio), 0.7, accuracy: 1e-12)
        XCTAssertEqual(result.expected, 10)
        XCTAssertEqual(result.status, .moderate)
    }

    func testEveryStatus() {
        XCTAssertEqual(status(ten, [("2022", 12)]), .onTrack)
        XCTAssertEqual(status(ten, [("2022", 10)]), .onTrack)
        XCTAssertEqual(status(ten, [("2022", 6)]), .moderate)
        XCTAssertEqual(status(ten, [("2022", 5.9)]), .offTrack)
        XCTAssertEqual(status(ten, [("2025", 11)], asOf: "2025-12-31"), .achieved)
        XCTAssertEqual(status(ten, [("2025", 11)], asOf: "2026-03-01"), .achieved)
        XCTAssertEqual(status(ten, [("2025", 9)], asOf: "2026-03-01"), .moderate)
        XCTAssertEqual(status(ten, []), .noData)
    }

    func testAnEarlierGoodYearDoesNotCountOnceALaterYearIsIn() {
        XCTAssertEqual(status(ten, [("2021", 15), ("2022", 3)]), .offTrack)
        XCTAssertEqual(status(ten, [("2021", 3), ("2022", 15)]), .onTrack)
    }

    func testNoCompleteYearIsNoData() {
        XCTAssertEqual(status(ten, [("2023-05", 20)]), .noData)
        // "2023" means 31/12/2023, after as_of.
        XCTAssertEqual(status(ten, [("2023", 20)]), .noData)
        XCTAssertEqual(status(ten, [("2020", 20)]), .noData, "a year before the plan")
    }

    func testYearsAfterTheTargetYearAreNotJudged() {
        let early = ProgressFixture.target(10, year: 2023)
        let result = ProgressFixture.evaluate(early, .perYear, [("2023", 12), ("2024", 1)], asOf: "2025-01-01")
        XCTAssertEqual(result.judgedYear, 2023)
        XCTAssertEqual(result.status, .achieved)
    }

    func testAtMostPerYear() {
        let cap = ProgressFixture.target(5, comparator: .atMost)
        XCTAssertEqual(status(cap, [("2022", 4)]), .onTrack)
        XCTAssertEqual(status(cap, [("2022", 0)]), .onTrack)
        XCTAssertEqual(status(cap, [("2022", 8)]), .moderate)
        XCTAssertEqual(status(cap, [("2022", 10)]), .offTrack)
    }

    func testRangePerYear() {
        let range = ProgressFixture.target(8, max: 10)
        XCTAssertEqual(status(range, [("2022", 9)]), .onTrack)
        XCTAssertEqual(status(range, [("2022", 12)]), .onTrack)
        XCTAssertEqual(status(range, [("2022", 5)]), .moderate)
        XCTAssertEqual(status(range, [("2022", 4)]), .offTrack)
    }

    func testZeroTargetNeverDividesByZero() {
        let zero = ProgressFixture.target(0)
        XCTAssertEqual(status(zero, [("2022", 0)]), .onTrack)
        let result = ProgressFixture.evaluate(zero, .perYear, [("2022", -1)], asOf: "2023-06-30")
        XCTAssertNil(result.ratio)
        XCTAssertEqual(result.status, .offTrack)
    }
}
