import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes one part of the output folder (`OutputPart`: the whole site, or `handbook/`) into a
/// fresh staging folder beside it, from any number of threads, and on `commit` swaps the
/// staging folder in with one rename. Until then the previous output is untouched, and on any
/// failure it stays exactly as it was. What other commands made inside the part is carried
/// into the new version (hard links: no copy, and their dates stay). A folder Tre did not
/// create is never replaced without `force`.
public final class FolderWriter: SiteWriter, @unchecked Sendable {
    /// Marks a folder as Tre's own output.
    public static let marker = ".tre-output"
    static let markerText = "Tre output. This folder is replaced on every build.\n"

    let output: URL
    let part: OutputPart
    /// The folder being replaced: the output itself, or the part's folder inside it.
    let target: URL
    let staging: URL
    private let lock = NSLock()
    private var madeDirectories: Set<String> = []
    private var finished = false

    /// Checks that `output` may be written and makes the staging folder.
    public init(output: URL, part: OutputPart = .site, force: Bool = false) throws(OutputFailure) {
        let output = output.standardizedFileURL
        self.output = output
        self.part = part
        let exists = try Self.checkFolder(output, part: part, force: force)
        if let folder = part.folder {
            if !exists { try Self.makeFolder(output) }
            if exists, try Self.isEmpty(output) { try Self.mark(output) }
            target = output.appendingPathComponent(folder)
        } else {
            target = output
        }
        staging = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).tre-new-\(getpid())")
        let manager = FileManager.default
        try? manager.removeItem(at: staging)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .io(staging.path, error.localizedDescription)
        }
    }

    /// A writer for `part` of `output`, or why `output` may not be written.
    public static func opening(_ output: URL, part: OutputPart = .site,
                               force: Bool = false) -> Result<any SiteWriter, OutputFailure> {
        do {
            return .success(try FolderWriter(output: output, part: part, force: force))
        } catch {
            return .failure(error)
        }
    }

    deinit {
        if !finished { try? FileManager.default.removeItem(at: staging) }
    }

    public func write(_ path: String, _ contents: SiteFiles.Contents) throws(OutputFailure) {
        let failure: OutputFailure?
        switch contents {
        case .text(let text):
            var text = text
            failure = text.withUTF8 { put(path, bytes: UnsafeRawBufferPointer($0)) }
        case .data(let data):
            failure = data.withUnsafeBytes { put(path, bytes: $0) }
        case .deferred(let read):
            do {
                failure = try read().withUnsafeBytes { put(path, bytes: $0) }
            } catch {
                failure = .io(path, error.localizedDescription)
            }
        }
        if let failure { throw failure }
    }

    public func commit() throws(OutputFailure) {
        do {
            try carryOver()
            if part.folder == nil { try write(Self.marker, text: Self.markerText) }
        } catch {
            discard()
            throw error
        }
        finished = true
        try FolderSwap.swap(staging, into: target)
    }

    public func discard() {
        finished = true
        try? FileManager.default.removeItem(at: staging)
    }

    /// Writes the bytes with plain system calls: no intermediate `Data`, no temporary file
    /// (the whole folder is the temporary). A file whose bytes are those of the previous
    /// output is linked instead (`keepUnchanged`). Returns what went wrong.
    func put(_ path: String, bytes: UnsafeRawBufferPointer) -> OutputFailure? {
        guard SiteFiles.isSafe(path) else { return .unsafePath(path) }
        let file = staging.path + "/" + path
        if let slash = path.lastIndex(of: "/") {
            do { try makeDirectory(String(path[..<slash])) } catch { return error }
        }
        if keepUnchanged(path, bytes: bytes, at: file) { return nil }
        // A name written twice may be a link to the previous output's file: never write
        // through it, or the output that stays on failure would change.
        unlink(file)
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .io(file, String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return .io(file, String(cString: strerror(errno)))
            }
            offset += written
        }
        return nil
    }

    /// `mkdir -p` for a folder under the staging folder, remembering what exists so each is
    /// made once.
    func makeDirectory(_ relative: String) throws(OutputFailure) {
        if lock.withLock({ madeDirectories.contains(relative) }) { return }
        var current = staging.path
        for name in relative.split(separator: "/") {
            current += "/" + name
            if mkdir(current, 0o755) != 0, errno != EEXIST {
                throw .io(current, String(cString: strerror(errno)))
            }
        }
        lock.withLock { _ = madeDirectories.insert(relative) }
    }
}
