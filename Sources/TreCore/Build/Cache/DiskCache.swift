import Foundation

/// The load stage's results kept on disk between runs of `tre build` (in `.tre/cache/`), so a
/// build after an edit parses only the files that changed: each file's value and messages,
/// with the file's stamp and what the value depended on besides its bytes. A cache made by
/// another version of Tre, or damaged in any way, is not used at all: the build reads
/// everything, as from nothing. Used by many threads at once.
public final class DiskCache: @unchecked Sendable {
    struct Entry {
        var stamp: FileStamp
        /// Of the file's bytes, for a file written too close to the moment it was read.
        var digest: Fingerprint
        /// Of what the value depends on besides the bytes (`CachedValue.digest`).
        var key: Fingerprint
        var kind: UInt8
        var value: [UInt8]
        var diagnostics: [Diagnostic]
        /// Written within `racyWindow` of being read: compare the bytes before trusting it.
        var verify: Bool
    }

    static let magic = Array("TRE-CACHE 1\n".utf8)
    /// A file changed less than this long before it was read may change again with the same
    /// stamp on a file system with coarse times.
    static let racyWindow: Int64 = 2_000_000_000

    /// Where the cache is kept.
    public let url: URL
    /// What the cache was made by and for: another identity discards it.
    let identity: Fingerprint
    private let lock = NSLock()
    private var stored: [String: Entry]
    private var kept: [String: Entry] = [:]
    /// How many files were taken from the cache, and how many parsed, in this build.
    public private(set) var hits = 0
    public private(set) var misses = 0

    /// Opens the cache at `url`; an empty one when there is none, or when it is from another
    /// identity or damaged. `identity` names the Tre build and the content folder.
    public init(at url: URL, identity: Fingerprint) {
        self.url = url
        self.identity = identity
        stored = (try? Data(contentsOf: url)).flatMap { Self.entries(in: [UInt8]($0), identity: identity) } ?? [:]
    }

    /// An empty cache that will be written to `url` (`--no-cache`).
    public init(replacing url: URL, identity: Fingerprint) {
        self.url = url
        self.identity = identity
        stored = [:]
    }

    /// Whether the cache held anything when it was opened.
    public var wasEmpty: Bool { lock.withLock { stored.isEmpty } }

    /// The value and messages kept for `path`, when its stamp and key are as they were.
    func value(_ path: String, stamp: FileStamp?, key: AnyHashable,
               bytes: () -> Data?) -> (value: Any, diagnostics: [Diagnostic])? {
        guard let stamp, let digest = CachedValue.digest(key) else { return nil }
        guard let entry = lock.withLock({ stored[path] }), entry.stamp == stamp, entry.key == digest else {
            lock.withLock { misses += 1 }
            return nil
        }
        if entry.verify {
            guard let bytes = bytes(), Fingerprint(bytes: bytes) == entry.digest else {
                lock.withLock { misses += 1 }
                return nil
            }
        }
        guard let value = try? CachedValue.decode(kind: entry.kind, entry.value) else {
            lock.withLock { misses += 1 }
            return nil
        }
        lock.withLock {
            hits += 1
            kept[path] = entry
        }
        return (value, entry.diagnostics)
    }

    /// Keeps what the loader made of `path` for the next build.
    func store(_ path: String, stamp: FileStamp?, bytes: Data, key: AnyHashable, value: Any,
               diagnostics: [Diagnostic], now: Int64 = DiskCache.now()) {
        guard let stamp, let digest = CachedValue.digest(key), let (kind, encoded) = CachedValue.encode(value) else {
            return
        }
        let verify = max(stamp.modified, stamp.changed) > now - Self.racyWindow
        let entry = Entry(stamp: stamp, digest: Fingerprint(bytes: bytes), key: digest, kind: kind, value: encoded,
                          diagnostics: diagnostics, verify: verify)
        lock.withLock { kept[path] = entry }
    }

    /// Writes what this build used or made (nothing else: the cache never grows past one
    /// site), through a temporary file renamed over the old one.
    public func save() throws {
        let bytes = lock.withLock { Self.bytes(of: kept, identity: identity) }
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)")
        try Data(bytes).write(to: temporary)
        if rename(temporary.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }

    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}

extension DiskCache {
    /// Where `tre build` keeps the cache of an output folder: `.tre/cache/` beside it.
    public static func location(output: URL, content: URL) -> URL {
        let output = output.standardizedFileURL
        var name = Fingerprint()
        name.combine(content.standardizedFileURL.path)
        return output.deletingLastPathComponent().appendingPathComponent(".tre/cache")
            .appendingPathComponent("\(output.lastPathComponent)-\(name).cache")
    }

    /// What a cache is valid for: this very build of Tre (its executable's stamp: any other
    /// version, even one built a minute later, starts from nothing) and this content folder
    /// as messages name it.
    public static func identity(content: URL, displayRoot: String) -> Fingerprint {
        var identity = Fingerprint()
        identity.combine("tre build cache, format 1")
        let executable = FileStamp.of("/proc/self/exe") ?? FileStamp.of(CommandLine.arguments.first ?? "")
        if let executable {
            var writer = CacheWriter()
            executable.encode(to: &writer)
            identity.combine(bytes: writer.bytes)
        } else {
            identity.combine(UInt64(now()))
        }
        identity.combine(content.standardizedFileURL.path)
        identity.combine(displayRoot)
        return identity
    }
}
