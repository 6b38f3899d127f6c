import Foundation
import TreCore
#if canImport(Glibc)
import Glibc
#endif

/// The workspace's only way to the disk: paths confined to the content folder, atomic writes,
/// the previous version kept before each one, and a refusal when the file changed since the
/// form was opened. Nothing a person wrote is ever lost.
struct WorkspaceFiles: Sendable {
    /// The content folder, links resolved.
    let root: URL
    /// Where earlier versions go: `<content>/.tre/history/<path>/<stamp>.<ext>`. Hidden, so
    /// builds and the watcher pass it by.
    static let historyFolder = ".tre/history"

    init(content: URL) {
        root = content.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// The pages and settings the workspace edits: Markdown in the page folders, and `site.yml`.
    static let pageFolders = ["updates", "plans", "provinces", "cooperatives", "reports"]

    /// A relative path the workspace may touch, or nil: no `..`, `.`, empty or hidden segment,
    /// no backslash, NUL or absolute path, only the folders it writes, and no link that leads
    /// out of the content folder.
    func confined(_ path: String, allowing folders: Set<String> = Set(pageFolders), files: Set<String> = ["site.yml"]) -> String? {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\u{0}"), path.utf8.count < 300 else { return nil }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") && $0 != ".." }) else { return nil }
        if segments.count == 1 {
            guard files.contains(path) else { return nil }
        } else {
            guard folders.contains(String(segments[0])) else { return nil }
            // A page is `<folder>/<slug>.md`, as the content format names it; nothing deeper.
            if Self.pageFolders.contains(String(segments[0])) {
                guard segments.count == 2, segments[1].hasSuffix(".md"), Slug.isValid(String(segments[1].dropLast(3))) else { return nil }
            }
        }
        let url = root.appendingPathComponent(path)
        let real = url.resolvingSymlinksInPath().standardizedFileURL.path
        guard real.hasPrefix(root.path + "/") else { return nil }
        return path
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func read(_ path: String) -> Data? { try? Data(contentsOf: url(path)) }

    /// What a form remembers of the file it opened: a hash of its bytes ("" for no file).
    static func version(_ data: Data?) -> String {
        guard let data else { return "" }
        return Validators.etag(data).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }

    enum WriteOutcome: Equatable {
        case written
        /// The file on disk is not what the form opened: nothing was written.
        case conflict(current: Data?)
        case failed(String)
    }

    /// Writes `data` to `path` if the file is still at `expected` (its version when the form
    /// opened; "" for a file that must not exist yet). The current bytes go to the history
    /// first; then a temporary file in the same folder is renamed over the old one, so a
    /// reader sees the old file or the new, never half of one.
    func write(_ data: Data, to path: String, expected: String, now: Date = Date()) -> WriteOutcome {
        let target = url(path)
        let current = read(path)
        guard Self.version(current) == expected else { return .conflict(current: current) }
        do {
            let folder = target.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            if let current { try keep(current, of: path, now: now) }
            let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).tre-\(UUID().uuidString).tmp")
            try data.write(to: temporary)
            if current == nil {
                // A new file: link() fails if the name was taken meanwhile, so nothing is replaced.
                defer { unlink(temporary.path) }
                guard link(temporary.path, target.path) == 0 else { return .conflict(current: read(path)) }
            } else {
                guard rename(temporary.path, target.path) == 0 else {
                    unlink(temporary.path)
                    return .failed(String(cString: strerror(errno)))
                }
            }
            return .written
        } catch {
            return .failed(error.localizedDescription)
        }
    }

    /// Keeps `data`, the version about to be replaced, in the history.
    private func keep(_ data: Data, of path: String, now: Date) throws {
        let folder = root.appendingPathComponent(Self.historyFolder).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let stamp = Self.stamp(now)
        let ext = (path as NSString).pathExtension
        var name = stamp + "." + ext
        var count = 1
        while FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) {
            count += 1
            name = "\(stamp)-\(count).\(ext)"
        }
        try data.write(to: folder.appendingPathComponent(name), options: .withoutOverwriting)
    }

    /// `20250720-143005-120`, in UTC so names sort in time order whatever the clock's zone.
    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss-SSS"
        return formatter.string(from: date)
    }

    /// The kept versions of `path`, newest first.
    func history(of path: String) -> [String] {
        let folder = root.appendingPathComponent(Self.historyFolder).appendingPathComponent(path)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted(by: >)
    }

    /// One kept version, by the name `history(of:)` gave (nothing else can be named).
    func kept(_ name: String, of path: String) -> Data? {
        guard history(of: path).contains(name) else { return nil }
        return try? Data(contentsOf: root.appendingPathComponent(Self.historyFolder).appendingPathComponent(path).appendingPathComponent(name))
    }
}
