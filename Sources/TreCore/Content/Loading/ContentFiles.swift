import Foundation

/// The files of a content folder, as the loader sees them: a list of relative paths and a way
/// to read each. The disk version refuses links that lead outside the folder; the in-memory
/// version lets tests describe a whole site in strings.
public struct ContentFiles: Sendable {
    /// How paths are shown in messages, e.g. `Content` → `Content/data/targets.csv`.
    public var displayRoot: String
    /// Relative paths of every regular file, sorted, using `/`.
    public var paths: [String]
    public var read: @Sendable (_ relativePath: String) throws -> Data
    /// The file system's stamp of a file, for the build cache; nil for files held in memory.
    public var stamp: @Sendable (_ relativePath: String) -> FileStamp? = { _ in nil }

    public init(displayRoot: String, paths: [String], read: @escaping @Sendable (String) throws -> Data) {
        self.displayRoot = displayRoot
        self.paths = paths.sorted()
        self.read = read
    }

    /// Whether `relativePath` is one of `paths` (a binary search: they are sorted).
    public func lists(_ relativePath: String) -> Bool {
        var low = 0, high = paths.count
        while low < high {
            let middle = (low + high) / 2
            if paths[middle] < relativePath { low = middle + 1 } else { high = middle }
        }
        return low < paths.count && paths[low] == relativePath
    }

    /// The path to print for a file of this folder.
    public func display(_ relativePath: String) -> String {
        displayRoot.isEmpty ? relativePath : displayRoot + "/" + relativePath
    }

    /// A content folder held in memory: relative path → text.
    public static func memory(_ files: [String: String], displayRoot: String = "Content") -> ContentFiles {
        let data = files.mapValues { Data($0.utf8) }
        return memory(data: data, displayRoot: displayRoot)
    }

    public static func memory(data: [String: Data], displayRoot: String = "Content") -> ContentFiles {
        ContentFiles(displayRoot: displayRoot, paths: Array(data.keys)) { path in
            guard let bytes = data[path] else { throw CocoaError(.fileNoSuchFile) }
            return bytes
        }
    }
}
