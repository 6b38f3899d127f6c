import Foundation
import TreCore

/// The benchmark's edge: writes each scale's corpus for Tre and for Hugo to disk, builds both
/// as child processes, and measures them. Everything it writes stays under one work folder.
public struct BenchRunner {
    public struct Options: Sendable {
        public var scales: [Double] = [0.25, 0.5, 1, 2]
        public var runs = 3
        public var hugo = true
        public var seed: UInt64 = 2025
        /// Edits timed in `tre serve` at the 1× scale (none when 0 or 1× is not measured).
        public var previewEdits = 5
        /// Whether to time `tre build` after one edit of each kind (with the build cache),
        /// each compared byte for byte with a build from nothing.
        public var incremental = true
        /// The `tre` executable to measure; the running one by default.
        public var tre = BenchProcess.currentExecutable()

        public init() {}
    }

    public enum Failure: Error, Sendable {
        case buildFailed(tool: String, log: String)
        case io(String)

        public func message(_ language: Language) -> String {
            switch self {
            case .buildFailed(let tool, let log):
                language == .vi ? "\(tool) không tạo được trang thử; xem nhật ký \(log)"
                    : "\(tool) failed to build the test site; see the log \(log)"
            case .io(let reason):
                language == .vi ? "không ghi được kho nội dung thử: \(reason)" : "cannot write the test corpus: \(reason)"
            }
        }
    }

    public let options: Options
    public let folder: URL
    /// Progress lines (what is being generated or built), for the console.
    public let say: (String) -> Void

    public init(options: Options, folder: URL, say: @escaping (String) -> Void) {
        self.options = options
        self.folder = folder
        self.say = say
    }

    public func run() throws -> [BenchResult] {
        defer { try? FileManager.default.removeItem(at: discarded) }
        return try options.scales.map(measure)
    }

    /// Where old outputs and corpora go until the bench ends.
    var discarded: URL { folder.appendingPathComponent(".discarded") }

    /// Moves `url` out of the way instead of deleting it. On ext4 without a journal (as on
    /// this project's machines), a file created within 30 seconds of thousands being deleted
    /// makes the kernel step past each freed inode (ext4's `recently_deleted`): deleting one
    /// run's output made the next run, of either tool, pay for it. Deleted when the bench ends.
    func discard(_ url: URL) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: url.path) else { return }
        try? manager.createDirectory(at: discarded, withIntermediateDirectories: true)
        let place = discarded.appendingPathComponent(UUID().uuidString)
        if (try? manager.moveItem(at: url, to: place)) == nil { try? manager.removeItem(at: url) }
    }

    func measure(_ scale: Double) throws -> BenchResult {
        let base = folder.appendingPathComponent("scale-\(BenchReport.scale(scale).dropLast())")
        let treFolder = base.appendingPathComponent("tre"), hugoFolder = base.appendingPathComponent("hugo")
        let corpus = BenchCorpus(scale: scale, seed: options.seed)
        say("\(BenchReport.scale(scale)): \(corpus.planCount) plans, \(corpus.cooperativeCount) cooperatives, "
            + "\(corpus.updateCount) updates → \(base.path)")
        try write(corpus.writeTre, into: treFolder.appendingPathComponent("Content"))
        let treOutput = treFolder.appendingPathComponent("Output")
        let tre = try tool("tre", runs: options.runs, output: treOutput, log: treFolder.appendingPathComponent("build.log")) {
            // From nothing every time: the build cache would make later runs incremental.
            try BenchProcess.run(options.tre, ["build", "--content", "Content", "--output", "Output", "--force", "--no-cache"],
                                 in: treFolder, log: $0)
        }
        var hugo: BenchResult.Tool?
        if options.hugo {
            try write(corpus.writeHugo, into: hugoFolder)
            let hugoOutput = hugoFolder.appendingPathComponent("public")
            hugo = try self.tool("hugo", runs: options.runs, output: hugoOutput,
                                 log: hugoFolder.appendingPathComponent("build.log")) {
                try BenchProcess.run("hugo", ["--quiet", "--destination", "public"], in: hugoFolder, log: $0)
            }
        }
        var result = BenchResult(scale: scale, tre: tre, hugo: hugo)
        say("  tre: measuring page weights and a search in Chromium")
        result.weights = BenchWeights.measure(treOutput)
        if options.incremental {
            result.incremental = try BenchIncremental(tre: options.tre, folder: treFolder, say: say).measure()
        }
        if scale == 1, options.previewEdits > 0 {
            say("  tre serve: starting on the corpus")
            do {
                let preview = BenchPreview(tre: options.tre, folder: treFolder, say: say)
                (result.serveStartup, result.previewEdits) = try preview.measure(edits: options.previewEdits)
            } catch let failure as BenchPreview.Failure {
                throw Failure.io(failure.reason)
            }
        }
        return result
    }

    /// Runs one tool `runs` times from an empty output folder each time (the last run's
    /// output is moved aside, see `discard`).
    func tool(_ name: String, runs: Int, output: URL, log: URL,
              _ build: (URL) throws -> BenchProcess.Measurement) throws -> BenchResult.Tool {
        var measurements: [BenchProcess.Measurement] = []
        for run in 1...max(1, runs) {
            discard(output)
            let measurement = try build(log)
            guard measurement.exitStatus == 0 else { throw Failure.buildFailed(tool: name, log: log.path) }
            say("  \(name) #\(run): \(BenchReport.fixed(measurement.seconds, 2)) s, "
                + "\(BenchReport.megabytes(measurement.peakBytes)) MB")
            measurements.append(measurement)
        }
        let times = measurements.map(\.seconds).sorted()
        let (pages, files) = Self.count(output)
        return BenchResult.Tool(pages: pages, files: files, seconds: times[times.count / 2],
                                peakBytes: measurements.map(\.peakBytes).max() ?? 0)
    }

    func write(_ generate: ((String, String) -> Void) -> Void, into root: URL) throws {
        let manager = FileManager.default
        discard(root)
        var made = Set<String>()
        var failure: Error?
        generate { path, text in
            guard failure == nil else { return }
            let url = root.appendingPathComponent(path)
            let directory = url.deletingLastPathComponent().path
            do {
                if made.insert(directory).inserted {
                    try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
                }
                try Data(text.utf8).write(to: url)
            } catch {
                failure = error
            }
        }
        if let failure { throw Failure.io(failure.localizedDescription) }
    }

    /// HTML pages and all files under a folder.
    static func count(_ folder: URL) -> (pages: Int, files: Int) {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return (0, 0) }
        var pages = 0, files = 0
        while let path = walker.nextObject() as? String {
            guard walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular else { continue }
            files += 1
            if path.hasSuffix(".html") { pages += 1 }
        }
        return (pages, files)
    }
}

extension BenchRunner {
    /// Whether Hugo is on PATH.
    public static var hugoInstalled: Bool { BenchProcess.available("hugo") }
}
