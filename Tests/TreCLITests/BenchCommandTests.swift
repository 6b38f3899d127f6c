import Foundation
import TreBench
import TreCore
import TreTestSupport
import XCTest

/// `tre bench` through the real command, on a corpus small enough for the suite: both sites
/// build, the table has its row, and the Hugo site lists what Tre lists. (The preview is
/// timed at scale 1 only, too big for the suite.)
final class BenchCommandTests: XCTestCase {
    func testBenchBuildsBothSitesAndPrintsTheTable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tre-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let hugo = BenchRunner.hugoInstalled
        if !hugo, ProcessInfo.processInfo.environment["CI"] == "true" {
            XCTFail("hugo is missing: `bash .ci/setup test` installs Debian's hugo package")
        }
        var arguments = ["bench", "--scale", "0.02", "--runs", "2", "--edits", "0", "--keep", folder.path, "--lang", "en"]
        if !hugo { arguments.append("--no-hugo") }
        let result = try TreProcess.run(arguments, in: folder)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        XCTAssertTrue(result.stdout.contains("Machine: \(cores) CPU cores. Each tool ran 2 time(s)"), result.stdout)
        let row = try XCTUnwrap(lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("0.02× ") }, result.stdout)
        let cells = row.split(separator: " ")
        XCTAssertGreaterThanOrEqual(cells.count, hugo ? 11 : 5, row)
        // Each edit's cached build was compared with a build from nothing; a difference fails the bench.
        let incremental = try XCTUnwrap(lines.first { $0.hasPrefix("tre build after one edit at 0.02×") }, result.stdout)
        for edit in ["one update", "one plan", "one row of progress.csv"] {
            XCTAssertTrue(incremental.contains(edit), incremental)
        }
        XCTAssertTrue(result.stdout.contains("same bytes as a clean build"), result.stdout)

        // The page weights are printed and within the budgets, the query measured in Chromium
        // (unless Chromium is missing outside CI).
        let weights = try XCTUnwrap(lines.first { $0.hasPrefix("Weights at 0.02×: largest HTML page ") }, result.stdout)
        XCTAssertTrue(lines.contains("Budgets (HTML ≤ 150 KB, JS/CSS ≤ 100 KB, search ≤ 120 KB): met."), result.stdout)
        let chromium = FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
        if chromium || ProcessInfo.processInfo.environment["CI"] == "true" {
            XCTAssertFalse(weights.contains("not measured"), weights)
        }
        // The same figures from the kept output, sized here: no page or script over its budget.
        let kept = BenchWeights.files(folder.appendingPathComponent("scale-0.02/tre/Output"))
        XCTAssertEqual(kept.overBudget, [])
        XCTAssertTrue(kept.largestPage.bytes > 1000 && kept.largestPage.bytes <= BenchWeights.pageBudget)
        XCTAssertTrue(weights.contains(kept.largestPage.path), weights)

        // The last run's output is left in place; the first run's was moved aside and deleted
        // at the end.
        let base = folder.appendingPathComponent("scale-0.02")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".discarded").path))
        let tre = base.appendingPathComponent("tre/Output")
        XCTAssertTrue(FileManager.default.fileExists(atPath: tre.appendingPathComponent("index.html").path))
        guard hugo else { return }
        let public_ = base.appendingPathComponent("hugo/public")
        let provinces = try FileManager.default.contentsOfDirectory(atPath: tre.appendingPathComponent("provinces").path)
            .filter { !$0.hasSuffix(".html") }
        XCTAssertGreaterThan(provinces.count, 30)
        var checked = 0
        for province in provinces {
            let path = "provinces/\(province)/index.html"
            guard let ours = try? String(contentsOf: tre.appendingPathComponent(path), encoding: .utf8),
                  let theirs = try? String(contentsOf: public_.appendingPathComponent(path), encoding: .utf8) else { continue }
            XCTAssertEqual(Self.planLinks(ours), Self.planLinks(theirs), path)
            if !Self.planLinks(ours).isEmpty { checked += 1 }
        }
        XCTAssertGreaterThan(checked, 0, "some province has plans")
    }

    /// The plans a page links to, by slug.
    static func planLinks(_ html: String) -> Set<String> {
        var slugs = Set<String>()
        var rest = html[...]
        while let range = rest.range(of: "plans/") {
            let slug = rest[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" }
            if !slug.isEmpty, rest[range.upperBound...].dropFirst(slug.count).first == "/" { slugs.insert(String(slug)) }
            rest = rest[range.upperBound...]
        }
        return slugs
    }
}
