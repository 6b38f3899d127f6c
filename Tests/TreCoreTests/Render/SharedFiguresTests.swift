import XCTest
@testable import TreCore

/// A chart drawn once with its id left open gives exactly the bytes of drawing it with each id.
final class SharedFiguresTests: XCTestCase {
    /// Stands for a chart: the id in the four places `ChartFrame` puts it, and a title.
    func draw(_ prefix: String, title: String = "Tỷ lệ <HTX>") -> String {
        let id = XMLText.identifier(prefix)
        return "<svg aria-labelledby=\"\(id)-title \(id)-desc\"><title id=\"\(id)-title\">\(title)</title>"
            + "<desc id=\"\(id)-desc\">mô tả</desc></svg>"
    }

    func testKeptDrawingGivesEachIdItsOwnBytes() {
        let figures = SharedFigures()
        var draws = 0
        for id in ["tien-do-ke-hoach-1-htx-2026", "tien-do", "9 số"] {
            let svg = figures.svg("k", id: id) { draws += 1; return draw($0) }
            XCTAssertEqual(svg, draw(id))
        }
        XCTAssertEqual(figures.svg("k", id: "bieu-do", keep: false) { draws += 1; return draw($0) }, draw("bieu-do"))
        XCTAssertEqual(draws, 1, "drawn once for pages and file")
    }

    func testAFileNoPageDrewIsDrawnWithItsIdAndNotKept() {
        let figures = SharedFigures()
        var draws = 0
        XCTAssertEqual(figures.svg("k", id: "tien-do", keep: false) { draws += 1; return draw($0) }, draw("tien-do"))
        XCTAssertEqual(figures.svg("k", id: "tien-do", keep: false) { draws += 1; return draw($0) }, draw("tien-do"))
        XCTAssertEqual(draws, 2)
    }

    func testATitleHoldingTheMarkerIsDrawnWithItsId() {
        let figures = SharedFigures()
        let title = "x " + OpenSVG.marker + " y"
        XCTAssertEqual(figures.svg("k", id: "tien-do") { draw($0, title: title) }, draw("tien-do", title: title))
        XCTAssertNil(OpenSVG(draw(OpenSVG.marker, title: title)))
    }
}
