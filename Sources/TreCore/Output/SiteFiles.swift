import Foundation

/// The rendered site in memory: every output file by its path from the site root.
/// `MemoryWriter` fills it for the preview server, which serves it as it is.
public struct SiteFiles: Sendable {
    public enum Contents: Sendable {
        /// A page or other text file as rendered; kept as UTF-8 `data` once added here.
        case text(String)
        case data(Data)
        /// Read only when written, so media files are not held in memory.
        case deferred(@Sendable () throws -> Data)
    }

    public private(set) var files: [String: Contents] = [:]

    public init() {}

    public var paths: [String] { files.keys.sorted() }
    public var count: Int { files.count }

    public mutating func add(_ path: String, text: String) {
        files[path] = .data(Data(text.utf8))
    }

    public mutating func add(_ path: String, data: Data) {
        files[path] = .data(data)
    }

    public mutating func add(_ path: String, deferred read: @escaping @Sendable () throws -> Data) {
        files[path] = .deferred(read)
    }

    public mutating func add(_ path: String, _ contents: Contents) {
        if case .text(let text) = contents {
            files[path] = .data(Data(text.utf8))
        } else {
            files[path] = contents
        }
    }

    /// Takes a file out (used by `tre serve` when a theme asset is deleted).
    public mutating func remove(_ path: String) {
        files[path] = nil
    }

    public mutating func merge(_ other: SiteFiles) {
        files.merge(other.files) { _, new in new }
    }

    public func data(_ path: String) throws -> Data? {
        switch files[path] {
        case .text(let text): Data(text.utf8)
        case .data(let data): data
        case .deferred(let read): try read()
        case nil: nil
        }
    }

    public func text(_ path: String) -> String? {
        (try? data(path)).flatMap { $0.flatMap { String(data: $0, encoding: .utf8) } }
    }

    /// A path that stays inside the output folder: relative, no `..`, no empty parts.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .allSatisfy { !$0.isEmpty && $0 != ".." && $0 != "." }
    }
}
