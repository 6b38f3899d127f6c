import Foundation
import TreCore
import TreTestSupport
import XCTest

/// The repository's own Content/ (made from the five seed plans) builds into a complete site.
final class SampleSiteTests: XCTestCase {
    static let provinces = ["ha-nam", "nam-dinh", "binh-phuoc", "an-giang", "ninh-binh", "dong-nai", "kien-giang"]

    func buildSample() throws -> (folder: URL, result: TreProcess.Result) {
        let folder = try Fixture.temporaryFolder("tre-sample")
        try FileManager.default.copyItem(at: Fixture.packageRoot.appendingPathComponent("Content"),
                                         to: folder.appendingPathComponent("Content"))
        return (folder, try TreProcess.run(["build"], in: folder))
    }

    func testSampleSiteBuildsCompletely() throws {
        let (folder, result) = try buildSample()
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "", "the sample content builds without warnings")
        let output = folder.appendingPathComponent("Output")
        let pages = FolderSnapshot.take(output).keys.filter { $0.hasSuffix(".html") }
        XCTAssertGreaterThanOrEqual(pages.count, 15)
        for slug in Self.provinces {
            XCTAssertTrue(pages.contains("provinces/\(slug)/index.html"), "no page for \(slug)")
        }
        let html = pages.compactMap { try? String(contentsOf: output.appendingPathComponent($0), encoding: .utf8) }
            .joined()
        for number in ["291/KH-UBND", "139/KH-UBND"] {
            XCTAssertTrue(html.contains(number), "plan number \(number) as printed")
        }
        XCTAssertTrue(html.contains("Đồng Nai") && html.contains("Ninh Bình"))
    }

    func testSampleHasAtLeast35Targets() throws {
        let url = Fixture.packageRoot.appendingPathComponent("Content/data/targets.csv")
        let table = CSVReader.parse(try String(contentsOf: url, encoding: .utf8), file: "targets.csv")
        XCTAssertTrue(table.diagnostics.isEmpty)
        XCTAssertGreaterThanOrEqual(table.rows.count, 35)
        XCTAssertEqual(Set(table.rows.map { $0.fields[0].value }).count, 5, "every seed plan has targets")
    }

    func testSampleChecksClean() throws {
        let folder = try Fixture.temporaryFolder("tre-sample")
        let result = try TreProcess.run(["check", "--content", Fixture.packageRoot.appendingPathComponent("Content").path],
                                        in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
    }
}
