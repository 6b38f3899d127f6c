import Foundation
import TreCore

/// Measures a staff member's real day: one file edited, one `tre build` with the build cache.
/// Each edit is timed, then the output is compared byte for byte with a build from nothing
/// (`--no-cache` into a folder of its own): an incremental build that differs is a failure.
struct BenchIncremental {
    let tre: String
    /// The site folder, holding `Content/` and the `Output/` of a cached build.
    let folder: URL
    let say: (String) -> Void

    /// One edit of each kind the issue names: an update, a plan, a row of `progress.csv`.
    enum Edit: CaseIterable {
        case update, plan, progressRow

        func label(_ language: Language) -> String {
            switch self {
            case .update: language == .vi ? "một bản tin" : "one update"
            case .plan: language == .vi ? "một kế hoạch" : "one plan"
            case .progressRow: language == .vi ? "một dòng progress.csv" : "one row of progress.csv"
            }
        }
    }

    /// Seconds of each edit's build, in `Edit.allCases` order.
    func measure() throws -> [Double] {
        var times: [Double] = []
        let log = folder.appendingPathComponent("incremental.log")
        // The cache of the last full build was written by `--no-cache`; one plain build first
        // so the measured ones start where a user's day does.
        _ = try build(["--output", "Output"], log: log)
        for (index, edit) in Edit.allCases.enumerated() {
            try apply(edit, mark: "tre-bench-incremental-\(index)")
            let seconds = try build(["--output", "Output"], log: log)
            _ = try build(["--output", "Output-clean", "--no-cache"], log: log)
            if let difference = Self.firstDifference(folder.appendingPathComponent("Output"),
                                                     folder.appendingPathComponent("Output-clean")) {
                throw BenchRunner.Failure.io("incremental build after editing \(edit.label(.en)) differs from a clean build: \(difference)")
            }
            say("  tre build after editing \(edit.label(.en)): \(BenchReport.fixed(seconds, 2)) s, same bytes as a clean build")
            times.append(seconds)
        }
        return times
    }

    func build(_ arguments: [String], log: URL) throws -> Double {
        let measurement = try BenchProcess.run(tre, ["build", "--content", "Content", "--force"] + arguments,
                                               in: folder, log: log)
        guard measurement.exitStatus == 0 else { throw BenchRunner.Failure.buildFailed(tool: "tre", log: log.path) }
        return measurement.seconds
    }

    func apply(_ edit: Edit, mark: String) throws {
        let content = folder.appendingPathComponent("Content")
        switch edit {
        case .update, .plan:
            let kind = content.appendingPathComponent(edit == .update ? "updates" : "plans")
            guard let name = (try? FileManager.default.contentsOfDirectory(atPath: kind.path))?
                .filter({ $0.hasSuffix(".md") }).sorted().first else { throw BenchRunner.Failure.io("no file in \(kind.path)") }
            let file = kind.appendingPathComponent(name)
            try (try Data(contentsOf: file) + Data("\n\nĐoạn sửa thử \(mark).\n".utf8)).write(to: file)
        case .progressRow:
            let file = content.appendingPathComponent("data/progress.csv")
            var lines = String(decoding: try Data(contentsOf: file), as: UTF8.self).components(separatedBy: "\n")
            guard let last = lines.lastIndex(where: { !$0.isEmpty }), last > 0 else { throw BenchRunner.Failure.io("empty \(file.path)") }
            var fields = lines[last].components(separatedBy: ",")
            guard fields.count > 3, let value = Double(fields[3]) else { throw BenchRunner.Failure.io("unexpected row in \(file.path)") }
            fields[3] = BenchCorpus.number(value + 1)
            lines[last] = fields.joined(separator: ",")
            try Data(lines.joined(separator: "\n").utf8).write(to: file)
        }
    }

    /// The first path whose bytes differ between two output folders (or that only one has);
    /// nil when they are the same. The build cache itself lives outside both.
    static func firstDifference(_ left: URL, _ right: URL) -> String? {
        let leftFiles = files(left), rightFiles = files(right)
        if let only = leftFiles.symmetricDifference(rightFiles).sorted().first { return "only in one: \(only)" }
        for path in leftFiles.sorted() where FileManager.default.contents(atPath: left.path + "/" + path)
            != FileManager.default.contents(atPath: right.path + "/" + path) {
            return path
        }
        return nil
    }

    static func files(_ folder: URL) -> Set<String> {
        var paths = Set<String>()
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return paths }
        while let path = walker.nextObject() as? String {
            if walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular { paths.insert(path) }
        }
        return paths
    }
}
