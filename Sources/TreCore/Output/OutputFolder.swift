import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder being filled with the site, one file at a time, from any number of threads.
/// `tre build` renders straight into the staging folder through it, so the site is never held
/// in memory whole; `OutputPublisher` swaps the folder in only when everything was written.
public final class OutputFolder: @unchecked Sendable {
    public let root: URL
    private let lock = NSLock()
    private var madeDirectories: Set<String> = []
    private var pages = 0
    private var charts = 0

    init(root: URL) {
        self.root = root
    }

    /// HTML pages and chart files written so far.
    public var counts: (pages: Int, charts: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (pages, charts)
    }

    public func write(_ path: String, text: String) throws {
        var text = text
        try text.withUTF8 { try write(path, bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Every file of a site held in memory (media are read as they are written).
    public func write(_ files: SiteFiles) throws {
        for path in files.paths {
            if let data = try files.data(path) { try write(path, data: data) }
        }
    }

    public func write(_ path: String, data: Data) throws {
        try data.withUnsafeBytes { try write(path, bytes: $0) }
    }

    /// Writes the bytes with plain system calls: no intermediate `Data`, no temporary file
    /// (the whole folder is the temporary).
    func write(_ path: String, bytes: UnsafeRawBufferPointer) throws {
        guard SiteFiles.isSafe(path) else { throw OutputPublisher.Failure.unsafePath(path) }
        let file = root.path + "/" + path
        if let slash = path.lastIndex(of: "/") { try makeDirectory(String(path[..<slash])) }
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputPublisher.Failure.io(file, String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputPublisher.Failure.io(file, String(cString: strerror(errno)))
            }
            offset += written
        }
        lock.lock()
        if path.hasSuffix(".html") { pages += 1 }
        if path.hasPrefix("charts/"), path.hasSuffix(".svg") { charts += 1 }
        lock.unlock()
    }

    /// `mkdir -p` for a folder under the root, remembering what exists so each is made once.
    private func makeDirectory(_ relative: String) throws {
        lock.lock()
        let known = madeDirectories.contains(relative)
        lock.unlock()
        if known { return }
        var current = root.path
        for part in relative.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0, errno != EEXIST {
                throw OutputPublisher.Failure.io(current, String(cString: strerror(errno)))
            }
        }
        lock.lock()
        madeDirectories.insert(relative)
        lock.unlock()
    }
}
