import Foundation

/// A whole content folder in one string, in the spirit of Hugo's integration tests:
///
///     -- site.yml --
///     title: Thử nghiệm
///     -- data/indicators.csv --
///     id,name,unit,direction,measure
///
/// Each `-- path --` line starts a file; its text runs to the next such line.
public enum Fixture {
    public static func files(_ text: String) -> [String: String] {
        var files: [String: String] = [:]
        var current: String?
        var lines: [Substring] = []
        func flush() {
            if let current { files[current] = lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n") }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                flush()
                current = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else if current != nil {
                lines.append(line)
            }
        }
        flush()
        return files
    }

    /// Replaces or adds files in a fixture; `nil` removes one.
    public static func with(_ base: [String: String], _ changes: [String: String?]) -> [String: String] {
        var files = base
        for (path, text) in changes { files[path] = text }
        return files
    }

    /// Writes files into a new temporary folder and returns it.
    public static func write(_ files: [String: String], in folder: URL) throws {
        for (path, text) in files {
            try write(Data(text.utf8), to: folder.appendingPathComponent(path))
        }
    }

    public static func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// A fresh, empty temporary folder.
    public static func temporaryFolder(_ name: String = "tre-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The package's root folder, found from this source file.
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
