import Foundation
@testable import TreBench
import TreCore
import TreTestSupport
import XCTest

/// The benchmark's corpus must be valid content (or the benchmark measures error reporting),
/// the same for the same seed (or runs are not comparable), and sized as the issue asks.
final class BenchCorpusTests: XCTestCase {
    func files(_ corpus: BenchCorpus, hugo: Bool = false) -> [String: String] {
        var files: [String: String] = [:]
        let write = { (path: String, text: String) in files[path] = text }
        if hugo { corpus.writeHugo(write) } else { corpus.writeTre(write) }
        return files
    }

    func testScaleOneHasTheNationalCounts() {
        let corpus = BenchCorpus(scale: 1)
        XCTAssertEqual(corpus.planCount, 400)
        XCTAssertEqual(corpus.cooperativeCount, 20_000)
        XCTAssertEqual(corpus.updateCount, 2_000)
        let files = files(corpus)
        XCTAssertEqual(files.keys.filter { $0.hasPrefix("provinces/") }.count, 63)
        XCTAssertEqual(files.keys.filter { $0.hasPrefix("cooperatives/") }.count, 1_000)
        XCTAssertEqual(files["data/targets.csv"]?.split(separator: "\n").count, 1 + 400 * 8)
        let register = files["data/cooperatives.csv"] ?? ""
        XCTAssertEqual(register.split(separator: "\n").filter { $0.hasSuffix(",yes") }.count, 4_000)
        let merged = files.filter { $0.key.hasPrefix("provinces/") && $0.value.contains("merged_into:") }
        XCTAssertEqual(merged.count, 29, "63 provinces became 34")
        XCTAssertTrue(files["provinces/ha-nam.md"]?.contains("merged_into: ninh-binh") == true)
        let planBody = files.first { $0.key.hasPrefix("plans/") }?.value ?? ""
        XCTAssertGreaterThan(planBody.utf8.count, 3_000, "bodies of several KB")
    }

    func testSameSeedSameCorpusOtherSeedOtherCorpus() {
        let a = files(BenchCorpus(scale: 0.05, seed: 7))
        XCTAssertEqual(a, files(BenchCorpus(scale: 0.05, seed: 7)))
        XCTAssertNotEqual(a, files(BenchCorpus(scale: 0.05, seed: 8)))
    }

    func testTheCorpusBuildsWithoutAnyDiagnostic() {
        let content = ContentFiles.memory(files(BenchCorpus(scale: 0.05)))
        let memory = MemoryWriter()
        let built = SiteBuilder.over(content, themeName: "(built-in theme)").build { .success(memory) }
        let diagnostics = built.assembled.diagnostics
        XCTAssertTrue(diagnostics.isEmpty, "\(diagnostics.items.prefix(3).map(\.message.en))")
        // 63 provinces, 20 plans, 24 indicators, 200 showcases, 100 updates, 7 lists, search;
        // then the register (its list and a page per new province, 34), and the later pages
        // of the lists (`…/trang-n/`) and the provinces' news lists.
        let html = memory.files.paths.filter { $0.hasSuffix(".html") }
        let register = html.filter { $0.hasPrefix("register/") && !$0.contains("/trang-") }
        XCTAssertEqual(register.count, 1 + 34)
        let later = html.filter { $0.contains("/trang-") || ($0.hasPrefix("provinces/") && $0.contains("/updates/")) }
        XCTAssertTrue(html.contains("updates/trang-2/index.html"), "100 updates, 40 a page")
        XCTAssertTrue(html.contains("cooperatives/trang-5/index.html"), "200 showcases, 48 a page")
        XCTAssertEqual(built.rendered?.pages, 63 + 20 + 24 + 200 + 100 + 7 + 1 + register.count + later.count)
        XCTAssertEqual(memory.files.paths.filter { $0.hasSuffix(".html") }.count, built.rendered?.pages)
    }

    func testTheHugoSiteHasTheSamePagesAndBodies() {
        let corpus = BenchCorpus(scale: 0.05)
        let tre = files(corpus), hugo = files(corpus, hugo: true)
        for section in ["provinces", "plans", "updates"] {
            let trePages = Set(tre.keys.filter { $0.hasPrefix(section + "/") })
            let hugoPages = Set(hugo.keys.filter { $0.hasPrefix("content/\(section)/") && !$0.hasSuffix("_index.md") }
                .map { String($0.dropFirst("content/".count)) })
            XCTAssertEqual(trePages, hugoPages, section)
        }
        let plan = tre.keys.first { $0.hasPrefix("plans/") } ?? ""
        let body = { (text: String?) in
            text?.components(separatedBy: "\n---\n").last?.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        XCTAssertEqual(body(tre[plan]), body(hugo["content/" + plan]))
        XCTAssertEqual(hugo.keys.filter { $0.hasPrefix("content/cooperatives/") && !$0.hasSuffix("_index.md") }.count, 200)
        XCTAssertNotNil(hugo["layouts/plans/single.html"])
    }

    func testReportTable() {
        let tre = BenchResult.Tool(pages: 6494, files: 15000, seconds: 2, peakBytes: 100 * 1_048_576)
        let hugo = BenchResult.Tool(pages: 6494, files: 7000, seconds: 10, peakBytes: 800 * 1_048_576)
        let table = BenchReport.table([BenchResult(scale: 1, tre: tre, hugo: hugo)], cores: 2, runs: 3, language: .en)
        let lines = table.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "Machine: 2 CPU cores. Each tool ran 3 time(s): time is the median, memory the highest peak.")
        XCTAssertEqual(lines[2].split(separator: " ").map(String.init),
                       ["1×", "6494", "2.00", "100", "3247", "6494", "10.00", "800", "649", "5.0×", "0.12×"])
    }
}
