import Foundation

/// Where a build's files go: the one way every command writes. The render stage hands each
/// file to a writer as soon as it is made, from many threads at once; `commit` makes the
/// whole set visible in one step, `discard` drops it. Two implementations: `MemoryWriter`
/// (the preview serves the site from memory) and `FolderWriter` (a staging folder swapped in
/// for `Output/` or one part of it).
public protocol SiteWriter: AnyObject, Sendable {
    /// Adds the file at `path` (relative to the site root, `/`-separated). Safe to call from
    /// any thread.
    func write(_ path: String, _ contents: SiteFiles.Contents) throws(OutputFailure)
    /// Makes everything written visible at once.
    func commit() throws(OutputFailure)
    /// Forgets everything written (a build with errors, or one a newer edit stopped).
    func discard()
}

extension SiteWriter {
    public func write(_ path: String, text: String) throws(OutputFailure) {
        try write(path, .text(text))
    }

    public func write(_ path: String, data: Data) throws(OutputFailure) {
        try write(path, .data(data))
    }

    /// Every file of a site held in memory.
    public func write(_ files: SiteFiles) throws(OutputFailure) {
        for (path, contents) in files.files { try write(path, contents) }
    }
}

/// The site in memory, for the preview and for tests.
public final class MemoryWriter: SiteWriter, @unchecked Sendable {
    private let lock = NSLock()
    private var written = SiteFiles()

    public init() {}

    public func write(_ path: String, _ contents: SiteFiles.Contents) throws(OutputFailure) {
        guard SiteFiles.isSafe(path) else { throw .unsafePath(path) }
        lock.withLock { written.add(path, contents) }
    }

    public func commit() {}

    public func discard() {
        lock.withLock { written = SiteFiles() }
    }

    /// What was written.
    public var files: SiteFiles { lock.withLock { written } }
}
