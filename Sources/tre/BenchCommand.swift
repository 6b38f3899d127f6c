import ArgumentParser
import Foundation
import TreBench
import TreCore

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Đo tốc độ trên kho nội dung toàn quốc tổng hợp, so với Hugo / Benchmark a synthetic national corpus against Hugo.")

    @Option(name: .long, help: "Các quy mô, cách nhau bởi dấu phẩy / scales, comma-separated (1 = 400 plans, 20,000 cooperatives).")
    var scale: String = "0.25,0.5,1,2"

    @Option(name: .long, help: "Giữ kho nội dung và kết quả trong thư mục này / keep the corpora and outputs in this folder.")
    var keep: String?

    @Flag(name: .long, help: "Không chạy Hugo / do not run Hugo.")
    var noHugo = false

    @Option(name: .long, help: "Số lần chạy mỗi công cụ / runs per tool (median time).")
    var runs: Int = 3

    @Option(name: .long, help: "Hạt giống ngẫu nhiên / random seed of the corpus.")
    var seed: UInt64 = 2025

    @Option(name: .long, help: "Số lần sửa một kế hoạch khi đo tre serve ở quy mô 1 (0: không đo) / plan edits timed in tre serve at scale 1 (0: none).")
    var edits: Int = 5

    @Flag(name: .long, help: "Không đo tre build sau một lần sửa / do not time tre build after one edit (the build cache).")
    var noIncremental = false

    @Option(name: .long, help: "Ngôn ngữ / language: vi or en.")
    var lang: Language = .vi

    func validate() throws {
        guard let scales = Self.scales(scale), !scales.isEmpty else {
            throw ValidationError("--scale: " + (lang == .vi ? "cần các số dương cách nhau bởi dấu phẩy, ví dụ 0.25,0.5,1,2"
                                                            : "expects positive numbers separated by commas, e.g. 0.25,0.5,1,2"))
        }
        guard runs >= 1 else { throw ValidationError("--runs ≥ 1") }
    }

    static func scales(_ text: String) -> [Double]? {
        let values = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard values.allSatisfy({ ($0 ?? 0) > 0 }) else { return nil }
        return values.compactMap { $0 }
    }

    func run() throws {
        var options = BenchRunner.Options()
        options.scales = Self.scales(scale) ?? options.scales
        options.runs = runs
        options.seed = seed
        options.previewEdits = max(0, edits)
        options.incremental = !noIncremental
        options.hugo = !noHugo && Console.hugoAvailable(lang)
        #if DEBUG
        Console.fail(lang == .vi ? "đây là bản gỡ lỗi (debug), số đo không đại diện; hãy dùng swift build -c release"
                                 : "this is a debug build, so the numbers mean little; use swift build -c release",
                     language: lang)
        #endif
        let folder = keep.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("tre-bench-\(getpid())")
        defer { if keep == nil { try? FileManager.default.removeItem(at: folder) } }
        let runner = BenchRunner(options: options, folder: folder) { Console.say($0) }
        do {
            let results = try runner.run()
            Console.say("\n" + BenchReport.table(results, cores: ProcessInfo.processInfo.activeProcessorCount,
                                                 runs: runs, language: lang))
        } catch let failure as BenchRunner.Failure {
            Console.fail(failure.message(lang), language: lang)
            throw ExitCode.failure
        }
    }
}

extension Console {
    static func hugoAvailable(_ language: Language) -> Bool {
        if BenchRunner.hugoInstalled { return true }
        fail(language == .vi ? "không tìm thấy hugo nên chỉ đo Tre; cài bằng: sudo apt-get install hugo"
                             : "hugo was not found, so only Tre is measured; install it with: sudo apt-get install hugo",
             language: language)
        return false
    }
}
