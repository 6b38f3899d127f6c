import XCTest
@testable import TreCore

/// The small parts every chart relies on: number printing, scales, escaping, words.
final class ChartPartsTests: XCTestCase {
    func testCoordinatesPrintWithAtMostTwoDecimalsAndNoNegativeZero() {
        XCTAssertEqual(ChartCanvas.number(12), "12")
        XCTAssertEqual(ChartCanvas.number(12.5), "12.5")
        XCTAssertEqual(ChartCanvas.number(12.345), "12.35")
        XCTAssertEqual(ChartCanvas.number(0.05), "0.05")
        XCTAssertEqual(ChartCanvas.number(-0.001), "0")
        XCTAssertEqual(ChartCanvas.number(-3.1), "-3.1")
        XCTAssertEqual(ChartCanvas.number(.nan), "0")
        XCTAssertEqual(ChartCanvas.number(.infinity), "0")
    }

    func testCanvasClampsIntoTheViewBox() {
        let canvas = ChartCanvas(width: 100, height: 50)
        XCTAssertEqual(canvas.x(-5), 0)
        XCTAssertEqual(canvas.x(.infinity), 100)
        XCTAssertEqual(canvas.y(.nan), 0)
        let rect = canvas.rect(x0: 90, y0: -10, x1: 200, y1: 20)
        XCTAssertEqual(rect.attributes.map(\.1), ["90", "0", "10", "20"])
    }

    func testNiceTicks() {
        let scale = LinearScale(values: [3, 87], range: (0, 100), includeZero: true)
        XCTAssertEqual(scale.ticks, [0, 20, 40, 60, 80, 100])
        let percent = LinearScale(values: [40, 87], range: (0, 100), includeZero: true, percent: true)
        XCTAssertEqual(percent.upper, 100)
        let small = LinearScale(values: [0.12, 0.31], range: (0, 100), includeZero: false)
        XCTAssertEqual(small.tickDecimals, 2)
        XCTAssertEqual(LinearScale.niceStep(0.3), 0.2)
        XCTAssertEqual(LinearScale.niceStep(0.4), 0.5)
        XCTAssertEqual(LinearScale.niceStep(7.5), 10)
        XCTAssertEqual(LinearScale.niceStep(1.5e11), 2e11)
    }

    func testZeroRangeIsPaddedSoNothingDividesByZero() {
        let flat = LinearScale(values: [5, 5, 5], range: (0, 100), includeZero: false)
        XCTAssertLessThan(flat.lower, 5)
        XCTAssertGreaterThan(flat.upper, 5)
        let empty = LinearScale(values: [], range: (0, 100), includeZero: false)
        XCTAssertEqual(empty.lower, 0)
        XCTAssertEqual(empty.upper, 1)
        XCTAssertTrue(empty(3).isFinite)
        let nothingFinite = LinearScale(values: [.nan, .infinity], range: (0, 100), includeZero: true)
        XCTAssertTrue(nothingFinite(.nan).isFinite)
    }

    func testEscapingAndIdentifiers() {
        XCTAssertEqual(XMLText.escape("a & b < c > \"d\" 'e'\u{0007}"), "a &amp; b &lt; c &gt; &quot;d&quot; &#39;e&#39;")
        XCTAssertEqual(XMLText.identifier("chart-1"), "chart-1")
        XCTAssertEqual(XMLText.identifier("2 charts"), "c2-charts")
    }

    func testDescriptionSaysTheNumbersInWords() {
        let input = BulletChart.Input(
            title: "Tỷ lệ", unit: "%", measure: .level, target: ChartSamples.shareTarget,
            latest: ProgressPoint(date: ChartSamples.day(2025, 6, 30), value: 72), status: .moderate)
        let vi = BulletChart.description(input, words: ChartWords(language: .vi, unit: "%", decimals: nil))
        XCTAssertEqual(vi, "Mục tiêu: ít nhất 80% vào năm 2025. Số liệu mới nhất: 72% (30/06/2025). Trạng thái: Cần đẩy nhanh.")
        let en = BulletChart.description(ChartSamples.bullet, words: ChartWords(language: .en, unit: "%", decimals: nil))
        XCTAssertEqual(en, "Target: at least 80% by 2025. Baseline: 40% (31 December 2020). "
            + "Latest figure: 72% (30 June 2025). The straight path expects 76% by now. Status: Needs acceleration.")
        XCTAssertTrue(BulletChart.svg(input, language: .vi, idPrefix: "x").contains("<desc id=\"x-desc\">" + vi + "</desc>"))
    }

    func testTargetPhrases() {
        let words = ChartWords(language: .vi, unit: "HTX", decimals: nil)
        let range = ChartTarget(comparator: .range, value: 8, maxValue: 10, year: 2025)
        XCTAssertEqual(words.targetPhrase(range), "từ 8 đến 10 HTX")
        XCTAssertEqual(words.targetValue(range), "8–10 HTX")
        XCTAssertEqual(words.targetSentence(range, measure: .perYear), "Mục tiêu: từ 8 đến 10 HTX mỗi năm, đến năm 2025.")
        XCTAssertEqual(words.targetPhrase(ChartTarget(comparator: .atMost, value: 1234.5, year: 2030)),
                       "không quá 1.234,5 HTX")
        XCTAssertEqual(words.tick(1.5e12, decimals: 0), "1,5 nghìn tỷ")
        XCTAssertEqual(ChartWords(language: .en, unit: "HTX", decimals: nil).tick(2e9, decimals: 0), "2B")
    }

    func testComparisonSortsByShareOfTargetThenVietnameseName() {
        let target = ChartTarget(comparator: .atLeast, value: 50, year: 2025)
        let rows = [
            ComparisonChart.Row(name: "Đồng Tháp", value: 40, target: target, status: .moderate),
            ComparisonChart.Row(name: "Bắc Ninh", value: nil, target: target, status: .noData),
            ComparisonChart.Row(name: "Điện Biên", value: 40, target: target, status: .moderate),
            ComparisonChart.Row(name: "An Giang", value: 20, target: ChartTarget(comparator: .atLeast, value: 10, year: 2025),
                                status: .achieved),
            ComparisonChart.Row(name: "Ân Thi", value: nil, target: target, status: .noData),
        ]
        XCTAssertEqual(ComparisonChart.sorted(rows).map(\.name), ["An Giang", "Điện Biên", "Đồng Tháp", "Ân Thi", "Bắc Ninh"])
    }

    func testTablesEscapeAndUseScopes() {
        let table = ChartTable(caption: "A & B", columns: ["Tên", "Giá trị"], rows: [["<Hà Nam>", "72%"]])
        XCTAssertEqual(table.html(), """
            <table class="tre-chart-table">
              <caption>A &amp; B</caption>
              <thead>
                <tr><th scope="col">Tên</th><th scope="col">Giá trị</th></tr>
              </thead>
              <tbody>
                <tr><th scope="row">&lt;Hà Nam&gt;</th><td>72%</td></tr>
              </tbody>
            </table>

            """)
    }

    func testChartTablesCarryTheFigures() {
        let perYear = TimeSeriesChart.table(ChartSamples.perYear, language: .vi)
        XCTAssertEqual(perYear.rows.map(\.[2]), ["Có", "Không", "Có", "Chưa hết năm"])
        let level = TimeSeriesChart.table(ChartSamples.level, language: .vi)
        XCTAssertEqual(level.rows.first, ["31/12/2020", "40%", "Mốc cơ sở"])
        XCTAssertEqual(level.rows.last, ["31/12/2025", "80%", "Mục tiêu"])
        let bullet = BulletChart.table(ChartSamples.bullet, language: .en)
        XCTAssertEqual(bullet.rows, [["at least 80% (2025)", "40% (31 December 2020)", "72% (30 June 2025)", "76%",
                                      "Needs acceleration"]])
        let breakdown = BreakdownChart.table(ChartSamples.breakdown, language: .vi)
        XCTAssertEqual(breakdown.rows.first, ["Tốt", "Xếp loại", "42 (25%)"])
        XCTAssertEqual(ComparisonChart.table(ChartSamples.comparison, language: .vi).rows.map(\.[0]).first, "Thanh Hoá")
    }

    func testBreakdownCountsCooperatives() {
        let here = SourceLocation(file: "data/cooperatives.csv")
        var a = Cooperative(id: "a", name: "A", kind: .htx, province: "ha-nam", location: here)
        a.rating = .tot
        let b = Cooperative(id: "b", name: "B", kind: .tht, province: "ha-nam", location: here)
        let input = BreakdownChart.Input(title: "Hà Nam", cooperatives: [a, b], language: .vi)
        XCTAssertEqual(input.ratings.map(\.label), ["Tốt", "Khá", "Trung bình", "Yếu", "Chưa xếp loại"])
        XCTAssertEqual(input.ratings.map(\.count), [1, 0, 0, 0, 1])
        XCTAssertEqual(input.kinds.map(\.count), [1, 1, 0])
    }

    func testStatusIsWrittenNotOnlyColoured() {
        let svg = TimeSeriesChart.svg(ChartSamples.level, language: .vi, idPrefix: "s")
        XCTAssertTrue(svg.contains(">◐ Cần đẩy nhanh</text>"))
        XCTAssertTrue(svg.contains("class=\"status status-moderate\""))
    }
}
