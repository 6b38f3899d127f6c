import Foundation

/// What the last build made of each input, so that `tre serve` parses again only what
/// changed: a file whose bytes (and whatever else its result depends on) are as they were
/// gives back the same value and the same messages without being read again. A Markdown
/// body gives back its rendered chunks, links and messages.
///
/// `tre build` runs without one: a one-off build would only pay for filling it. Each build
/// keeps the entries it used and drops the rest, so the cache never grows past one site.
public final class BuildCache: @unchecked Sendable {
    /// One file's result: valid while the bytes and `key` are the same.
    struct FileEntry {
        var bytes: Data
        var key: AnyHashable
        var value: Any
        var diagnostics: [Diagnostic]
    }

    struct BodyKey: Hashable {
        var text: String
        var start: SourceLocation
        var unsafeHTML: Bool
    }

    private let lock = NSLock()
    private var files: [String: FileEntry] = [:]
    private var bodies: [BodyKey: RenderedMarkdown] = [:]
    /// The previous build's bodies: looked up when this build's do not have one, and dropped
    /// when this build ends.
    private var previousBodies: [BodyKey: RenderedMarkdown] = [:]

    public init() {}

    /// Starts a build: bodies the last build used stay reachable until `finish`.
    func start() {
        lock.withLock {
            previousBodies.merge(bodies) { _, new in new }
            bodies = [:]
        }
    }

    /// Ends a build: forgets files that are gone and bodies no page uses any more.
    func finish(paths: [String]) {
        let present = Set(paths)
        lock.withLock {
            files = files.filter { present.contains($0.key) }
            previousBodies = [:]
        }
    }

    func file<Value>(_ path: String, bytes: Data, key: AnyHashable) -> (value: Value, diagnostics: [Diagnostic])? {
        lock.withLock {
            guard let entry = files[path], entry.key == key, entry.bytes == bytes,
                  let value = entry.value as? Value else { return nil }
            return (value, entry.diagnostics)
        }
    }

    func store(_ path: String, _ entry: FileEntry) {
        lock.withLock { files[path] = entry }
    }

    /// `MarkdownRenderer.render(source, unsafeHTML:)` with no link rewriting, once per body.
    func rendered(_ source: MarkdownSource, unsafeHTML: Bool) -> RenderedMarkdown {
        let key = BodyKey(text: source.text, start: source.start, unsafeHTML: unsafeHTML)
        let found: RenderedMarkdown? = lock.withLock {
            if let hit = bodies[key] { return hit }
            guard let hit = previousBodies[key] else { return nil }
            bodies[key] = hit
            return hit
        }
        if let found { return found }
        let made = MarkdownRenderer.render(source, unsafeHTML: unsafeHTML)
        lock.withLock { bodies[key] = made }
        return made
    }
}
