import Foundation

/// What the last build made of each input, so that `tre serve` parses again only what
/// changed: a file whose bytes (and whatever else its result depends on) are as they were
/// gives back the same value and the same messages without being read again. A Markdown
/// body gives back its data blocks, links and messages, and a data block what it asks for.
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

    /// A surveyed body, found by where it starts (cheap to hash) and valid while its text and
    /// options are the same. `build` is the last build that used it.
    struct BodyEntry {
        var text: String
        var unsafeHTML: Bool
        var rendered: RenderedMarkdown
        var build: Int
    }

    /// A parsed data block, valid while the block is the same; `build` as for bodies.
    struct BlockEntry {
        var block: DataBlock
        var parsed: (request: DataBlockRequest?, diagnostics: Diagnostics)
        var build: Int
    }

    private let lock = NSLock()
    private var files: [String: FileEntry] = [:]
    private var bodies: [SourceLocation: BodyEntry] = [:]
    private var blocks: [SourceLocation: BlockEntry] = [:]
    private var build = 0

    public init() {}

    /// Starts a build.
    func start() {
        lock.withLock { build += 1 }
    }

    /// Ends a build: forgets files that are gone and bodies this build did not use.
    func finish(paths: [String]) {
        let present = Set(paths)
        lock.withLock {
            files = files.filter { present.contains($0.key) }
            bodies = bodies.filter { $0.value.build == build }
            blocks = blocks.filter { $0.value.build == build }
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

    /// `MarkdownRenderer.survey(source, unsafeHTML:)`, once per body.
    func surveyed(_ source: MarkdownSource, unsafeHTML: Bool) -> RenderedMarkdown {
        let found: RenderedMarkdown? = lock.withLock {
            guard var entry = bodies[source.start], entry.unsafeHTML == unsafeHTML,
                  Self.same(entry.text, source.text) else { return nil }
            entry.build = build
            bodies[source.start] = entry
            return entry.rendered
        }
        if let found { return found }
        let made = MarkdownRenderer.survey(source, unsafeHTML: unsafeHTML)
        lock.withLock {
            bodies[source.start] = BodyEntry(text: source.text, unsafeHTML: unsafeHTML, rendered: made, build: build)
        }
        return made
    }

    /// `DataBlockParser.parse(block)`, once per block (their YAML goes through Yams).
    func parsed(_ block: DataBlock) -> (request: DataBlockRequest?, diagnostics: Diagnostics) {
        let found: (request: DataBlockRequest?, diagnostics: Diagnostics)? = lock.withLock {
            guard var entry = blocks[block.location], entry.block == block else { return nil }
            entry.build = build
            blocks[block.location] = entry
            return entry.parsed
        }
        if let found { return found }
        let made = DataBlockParser.parse(block)
        lock.withLock { blocks[block.location] = BlockEntry(block: block, parsed: made, build: build) }
        return made
    }

    /// Byte equality: unlike `==` on strings, it never normalises, and it is what matters here.
    static func same(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                x.count == y.count && x.elementsEqual(y)
            }
        }
    }
}
