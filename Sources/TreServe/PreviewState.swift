import Foundation
import TreCore

/// What the preview serves right now: the last good site in memory, when each of its files
/// last changed, and the problems of the latest build (shown over every page until fixed).
/// Builds replace it in one step, so a request never sees half of a rebuild.
final class PreviewState: @unchecked Sendable {
    /// One file ready to send.
    struct Hit {
        var data: Data
        var validators: Validators
    }

    private let lock = NSLock()
    private var files: SiteFiles?
    private var modified: [String: Date] = [:]
    private var etags: [String: String] = [:]
    private var overlayHTML: String?
    private(set) var buildCount = 0
    private var currentBuild: String
    /// Says whether a deferred file (media, read from the content folder when asked for) may
    /// be read: false when it has become a link leading outside the content folder.
    private let mayRead: @Sendable (String) -> Bool

    init(session: String, mayRead: @escaping @Sendable (String) -> Bool = { _ in true }) {
        currentBuild = session + "-0"
        self.session = session
        self.mayRead = mayRead
    }

    private let session: String

    /// Identifies what the browser shows: changes on every rebuild, whether it succeeded or not,
    /// and differs between two runs of `tre serve` (so a reconnecting page knows to reload).
    var buildID: String { lock.withLock { currentBuild } }
    var hasSite: Bool { lock.withLock { files != nil } }
    /// The diagnostics overlay while the content is broken, nil when all is well.
    var overlay: String? { lock.withLock { overlayHTML } }

    /// A successful build: serve it, and clear the overlay. Files whose bytes did not change
    /// keep their `Last-Modified`.
    @discardableResult
    func install(_ next: SiteFiles, now: Date = Date()) -> String {
        lock.withLock {
            var dates: [String: Date] = [:]
            for (path, contents) in next.files {
                if let old = files?.files[path], let date = modified[path], Self.same(old, contents) {
                    dates[path] = date
                } else {
                    dates[path] = now
                    etags[path] = nil
                }
            }
            etags = etags.filter { dates[$0.key] != nil }
            files = next
            modified = dates
            overlayHTML = nil
            return nextBuild()
        }
    }

    /// A failed build: keep serving the last good site, with the overlay over every page.
    @discardableResult
    func fail(overlay: String) -> String {
        lock.withLock {
            overlayHTML = overlay
            return nextBuild()
        }
    }

    /// Theme assets changed and nothing else: swap them in without rendering the pages again.
    /// `nil` removes a file.
    @discardableResult
    func replace(_ changed: [String: Data?], now: Date = Date()) -> String {
        lock.withLock {
            var next = files ?? SiteFiles()
            for (path, data) in changed {
                etags[path] = nil
                if let data {
                    next.add(path, data: data)
                    modified[path] = now
                } else {
                    next.remove(path)
                    modified[path] = nil
                }
            }
            files = next
            return nextBuild()
        }
    }

    /// Files read from disk when asked for (media) changed in place: only their dates move.
    @discardableResult
    func touch(_ paths: [String], now: Date = Date()) -> String {
        lock.withLock {
            for path in paths where modified[path] != nil {
                modified[path] = now
                etags[path] = nil
            }
            return nextBuild()
        }
    }

    func contains(_ path: String) -> Bool {
        lock.withLock { files?.files[path] != nil }
    }

    /// The bytes and validators of a file, or nil when the site has no such file (or it can no
    /// longer be read).
    func file(_ path: String) -> Hit? {
        let found: (SiteFiles.Contents, Date, String?)? = lock.withLock {
            guard let contents = files?.files[path], let date = modified[path] else { return nil }
            return (contents, date, etags[path])
        }
        guard let (contents, date, cached) = found else { return nil }
        let data: Data
        switch contents {
        case .data(let bytes): data = bytes
        case .deferred(let read):
            guard mayRead(path), let bytes = try? read() else { return nil }
            data = bytes
        }
        let validators = Validators(etag: cached ?? Validators.etag(data), lastModified: date)
        if cached == nil, case .data = contents {
            lock.withLock { etags[path] = validators.etag }
        }
        return Hit(data: data, validators: validators)
    }

    private func nextBuild() -> String {
        buildCount += 1
        currentBuild = "\(session)-\(buildCount)"
        return currentBuild
    }

    private static func same(_ a: SiteFiles.Contents, _ b: SiteFiles.Contents) -> Bool {
        switch (a, b) {
        case (.data(let x), .data(let y)): x == y
        default: false
        }
    }
}
