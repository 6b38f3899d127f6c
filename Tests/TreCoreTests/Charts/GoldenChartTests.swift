import Foundation
import XCTest
import TreCore

/// Each chart kind against an SVG stored in `Golden/`. When a change to the drawing is
/// intended, regenerate with `TRE_UPDATE_GOLDEN=1 swift test --filter GoldenChartTests`,
/// look at the files, and commit them.
final class GoldenChartTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")
    static var updating: Bool { ProcessInfo.processInfo.environment["TRE_UPDATE_GOLDEN"] == "1" }

    func testEveryChartMatchesItsGoldenFile() throws {
        for (name, svg) in ChartSamples.all() {
            let url = Self.folder.appendingPathComponent(name + ".svg")
            if Self.updating {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try svg.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            if svg != expected {
                XCTFail("\(name).svg differs (run with TRE_UPDATE_GOLDEN=1 if intended): " + Self.firstDifference(svg, expected))
            }
        }
    }

    /// The first line that differs, so a failure points at the change instead of two whole files.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, e.count) where index >= a.count || index >= e.count || a[index] != e[index] {
            let got = index < a.count ? String(a[index]) : "<end>"
            let want = index < e.count ? String(e[index]) : "<end>"
            return "line \(index + 1)\n  got:  \(got)\n  want: \(want)"
        }
        return "same lines"
    }

    func testGoldenFilesAreWellFormedAndInsideTheirViewBox() throws {
        for (name, svg) in ChartSamples.all() {
            let report = try SVGCheck.check(svg)
            XCTAssertEqual(report.problems, [], name)
            XCTAssertTrue(report.hasTitle, name)
        }
    }

    func testRenderingTwiceGivesTheSameBytes() {
        let first = ChartSamples.all().map(\.1)
        let second = ChartSamples.all().map(\.1)
        XCTAssertEqual(first, second)
    }
}
