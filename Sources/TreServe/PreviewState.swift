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
    /// The newest build's pages not rendered yet (`installPages`): each is rendered when first
    /// asked for, until the whole site has been rendered and installed.
    private var pending: PageRenderer?
    private var stale: Set<String> = []
    /// The page files of the site being served, to drop pages an edit removed.
    private var pagePaths: Set<String> = []
    /// Counts `installPages`, so a whole-site render of an older edit is not installed.
    private(set) var generation = 0
    /// Requests for files that only the whole-site render makes, waiting for it.
    private var waiting: [CheckedContinuation<Void, Never>] = []
    /// Theme assets swapped in while the whole site was rendering: that render read the theme
    /// before, so its copies are older and must not replace these.
    private var swapped: [String: Data?] = [:]
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
    /// keep their `Last-Modified`. A whole-site render for an older `generation` than the
    /// latest edit's is dropped (nil).
    @discardableResult
    func install(_ next: SiteFiles, pages: Set<String> = [], generation expected: Int? = nil, now: Date = Date()) -> String? {
        lock.withLock {
            if let expected, expected != generation { return nil }
            resumeWaiting()
            pending = nil
            stale = []
            pagePaths = pages
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
            for (path, data) in swapped {
                if let data { put(path, .data(data), now: now) } else { drop(path) }
            }
            swapped = [:]
            overlayHTML = nil
            return nextBuild()
        }
    }

    /// An edit was checked and is good: from now on each page is rendered from the new site
    /// when it is first asked for, so what the browser reloads is up to date at once. Other
    /// files (charts, feeds, downloads) stay as they were until `install` brings the whole
    /// site. Returns the build and the generation to hand to that `install`.
    func installPages(_ pages: PageRenderer, adding extra: SiteFiles = SiteFiles(),
                      now: Date = Date()) -> (build: String, generation: Int) {
        let paths = pages.paths
        return lock.withLock {
            if files == nil { files = SiteFiles() }
            for path in pagePaths.subtracting(paths) { drop(path) }
            for (path, contents) in extra.files { put(path, contents, now: now) }
            pending = pages
            stale = paths
            swapped = [:]
            pagePaths = paths
            overlayHTML = nil
            generation += 1
            return (nextBuild(), generation)
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

    /// Whether the whole site of the latest edit is still being rendered.
    var rendering: Bool { lock.withLock { pending != nil } }

    /// Waits until the whole site of the latest good edit has been rendered: a chart or
    /// download of a page just added is served late rather than missing.
    func wholeSite() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ready = lock.withLock {
                guard pending != nil else { return true }
                waiting.append(continuation)
                return false
            }
            if ready { continuation.resume() }
        }
    }

    /// Called with the lock held.
    private func resumeWaiting() {
        for continuation in waiting { continuation.resume() }
        waiting = []
    }

    /// Theme assets changed and nothing else: swap them in without rendering the pages again.
    /// `nil` removes a file.
    @discardableResult
    func replace(_ changed: [String: Data?], now: Date = Date()) -> String {
        lock.withLock {
            if files == nil { files = SiteFiles() }
            for (path, data) in changed {
                if pending != nil { swapped[path] = data }
                guard let data else {
                    drop(path)
                    continue
                }
                files?.add(path, data: data)
                modified[path] = now
                etags[path] = nil
            }
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
        lock.withLock { files?.files[path] != nil || stale.contains(path) }
    }

    /// The bytes and validators of a file, or nil when the site has no such file (or it can no
    /// longer be read).
    func file(_ path: String) -> Hit? {
        renderIfStale(path)
        let found: (SiteFiles.Contents, Date, String?)? = lock.withLock {
            guard let contents = files?.files[path], let date = modified[path] else { return nil }
            return (contents, date, etags[path])
        }
        guard let (contents, date, cached) = found else { return nil }
        let data: Data
        switch contents {
        case .text(let text): data = Data(text.utf8)
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

    /// Renders a page of the newest build that has not been rendered yet, outside the lock
    /// (two requests for it may both render; they make the same bytes).
    private func renderIfStale(_ path: String, now: Date = Date()) {
        let job: (PageRenderer, Int)? = lock.withLock {
            guard stale.contains(path), let pending else { return nil }
            return (pending, generation)
        }
        guard let (pages, rendered) = job else { return }
        let data = pages.render(path)
        lock.withLock {
            guard rendered == generation, stale.remove(path) != nil else { return }
            if let data { put(path, .data(data), now: now) } else { drop(path) }
        }
    }

    /// Serves `contents` at `path`, in place (`files` holds the whole site, and a copy of it
    /// per file would be slow); unchanged bytes keep their date and validator. Lock held.
    private func put(_ path: String, _ contents: SiteFiles.Contents, now: Date) {
        if let old = files?.files[path], modified[path] != nil, Self.same(old, contents) { return }
        files?.add(path, contents)
        modified[path] = now
        etags[path] = nil
    }

    /// Stops serving `path`. Lock held.
    private func drop(_ path: String) {
        files?.remove(path)
        modified[path] = nil
        etags[path] = nil
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
