import Foundation

/// What the last build made of each input, so that `tre serve` parses again only what
/// changed: a file whose bytes (and whatever else its result depends on) are as they were
/// gives back the same value and the same messages without being read again. A Markdown
/// body gives back its data blocks, links and messages, and a data block what it asks for.
///
/// `tre build` runs without one: a one-off build would only pay for filling it. Each build
/// keeps the entries it used and drops the rest, so the cache never grows past one site.
///
/// A file's entry is checked against its bytes until someone who watches the folder vouches
/// for it (`watched()`): from then on it is trusted without reading the file, until that
/// watcher names the file as changed (`changed(_:)`). A national site has thousands of
/// files, and reading each one on every edit cost more than parsing the one that changed.
public final class BuildCache: @unchecked Sendable {
    /// One file's result: valid while the bytes and `key` are the same.
    struct FileEntry {
        var bytes: Data
        var key: AnyHashable
        var value: Any
        var diagnostics: [Diagnostic]
        /// The watcher has not named the file since `bytes` were read from it.
        var trusted = false
    }

    /// What a body or data block gave, found by where it starts (cheap to hash) and valid while
    /// `input` is the same; `build` is the last build that used it.
    struct Stamped<Input, Output> {
        var input: Input
        var output: Output
        var build: Int
    }

    typealias Parsed = (request: DataBlockRequest?, diagnostics: Diagnostics)

    private let lock = NSLock()
    private var files: [String: FileEntry] = [:]
    private var bodies: [SourceLocation: Stamped<(text: String, unsafeHTML: Bool), RenderedMarkdown>] = [:]
    private var blocks: [SourceLocation: Stamped<DataBlock, Parsed>] = [:]
    /// Values made from the whole content (`derived`), by name.
    private var derivedValues: [String: (input: Any, output: Any)] = [:]
    private var build = 0
    /// Whether a watcher reports every change to the files (`watched()`).
    private var watching = false

    public init() {}

    /// A watcher that reports every change to the content files through `changed(_:)` has
    /// started: files read from now on are trusted until it names them.
    public func watched() {
        lock.withLock { watching = true }
    }

    /// The watcher saw these files (relative to the content folder) change, appear or go.
    public func changed(_ paths: some Sequence<String>) {
        lock.withLock {
            for path in paths { files[path]?.trusted = false }
        }
    }

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

    /// The entry for `path` when it can be trusted without reading the file.
    func trusted<Value>(_ path: String, key: AnyHashable) -> (value: Value, diagnostics: [Diagnostic])? {
        lock.withLock {
            guard let entry = files[path], entry.trusted, entry.key == key,
                  let value = entry.value as? Value else { return nil }
            return (value, entry.diagnostics)
        }
    }

    func file<Value>(_ path: String, bytes: Data, key: AnyHashable) -> (value: Value, diagnostics: [Diagnostic])? {
        lock.withLock {
            guard var entry = files[path], entry.key == key, entry.bytes == bytes,
                  let value = entry.value as? Value else { return nil }
            entry.trusted = watching
            files[path] = entry
            return (value, entry.diagnostics)
        }
    }

    func store(_ path: String, _ entry: FileEntry) {
        lock.withLock {
            var entry = entry
            entry.trusted = watching
            files[path] = entry
        }
    }

    /// `make()`, or what it gave last time `name` was made from the same `input`: for the
    /// parts of the site graph that an edit to one plan leaves alone (sorting 20,000
    /// cooperatives by their Vietnamese names, for one).
    func derived<Input, Output>(_ name: String, from input: Input, same: (Input, Input) -> Bool,
                                make: () -> Output) -> Output {
        let found: Output? = lock.withLock {
            guard let entry = derivedValues[name], let old = entry.input as? Input, same(old, input) else { return nil }
            return entry.output as? Output
        }
        if let found { return found }
        let made = make()
        lock.withLock { derivedValues[name] = (input, made) }
        return made
    }

    /// `MarkdownRenderer.survey(source, unsafeHTML:)`, once per body.
    func surveyed(_ source: MarkdownSource, unsafeHTML: Bool) -> RenderedMarkdown {
        once(\.bodies, at: source.start, (source.text, unsafeHTML),
             same: { $0.unsafeHTML == $1.unsafeHTML && Self.same($0.text, $1.text) }) {
            MarkdownRenderer.survey(source, unsafeHTML: unsafeHTML)
        }
    }

    /// `DataBlockParser.parse(block)`, once per block (their YAML goes through Yams).
    func parsed(_ block: DataBlock) -> Parsed {
        once(\.blocks, at: block.location, block, same: ==) { DataBlockParser.parse(block) }
    }

    /// `make()`, or what it gave last time for the same `input` at `location`. It runs outside
    /// the lock, so bodies are surveyed on all cores.
    private func once<Input, Output>(_ table: ReferenceWritableKeyPath<BuildCache, [SourceLocation: Stamped<Input, Output>]>,
                                     at location: SourceLocation, _ input: Input, same: (Input, Input) -> Bool,
                                     make: () -> Output) -> Output {
        let found: Output? = lock.withLock {
            guard var entry = self[keyPath: table][location], same(entry.input, input) else { return nil }
            entry.build = build
            self[keyPath: table][location] = entry
            return entry.output
        }
        if let found { return found }
        let made = make()
        lock.withLock { self[keyPath: table][location] = Stamped(input: input, output: made, build: build) }
        return made
    }

    /// Byte equality: unlike `==` on strings, it never normalises, and it is what matters here.
    static func same(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard x.count == y.count else { return false }
                guard let p = x.baseAddress, let q = y.baseAddress, p != q else { return true }
                return memcmp(p, q, x.count) == 0
            }
        }
    }
}
