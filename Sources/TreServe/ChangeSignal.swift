import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wakes the folder watcher the moment a file changes, and says which: on Linux it listens to
/// inotify on every watched folder; elsewhere (or when inotify is unavailable or out of
/// watches) `pause` simply sleeps and the watcher falls back to polling alone. A missed or
/// spurious signal costs time, never correctness: the watcher still compares whole snapshots
/// at every pause that ends without news.
final class ChangeSignal: @unchecked Sendable {
    /// How a pause ended.
    enum Wake: Equatable {
        /// Nothing happened before the time was up.
        case quiet
        /// These paths (folder + "/" + name) were created, written, removed or renamed.
        case named(Set<String>)
        /// Something happened that names no file (events were lost, a watched folder itself
        /// moved): only a whole snapshot tells what.
        case unknown
    }

    /// Blocking waits happen here, never on the threads of Swift's cooperative pool.
    private let queue = DispatchQueue(label: "tre.serve.watch")
    #if canImport(Glibc)
    private let descriptor: Int32
    private let lock = NSLock()
    /// The folder behind each watch descriptor.
    private var folders: [Int32: String] = [:]
    /// The watched folders that have no watched parent to name them when they go.
    private let roots: Set<String>

    init(roots: [String]) {
        self.roots = Set(roots)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Whether every folder is listened to; when not, the watcher polls often.
    private(set) var listening = false

    /// Listens to these folders too. Folders already listened to are not added twice.
    func watch(_ paths: [String]) {
        guard descriptor >= 0 else { return }
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
            | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
        var all = true
        lock.withLock {
            for path in paths {
                let watch = inotify_add_watch(descriptor, path, mask)
                if watch >= 0 { folders[watch] = path } else { all = false }
            }
        }
        listening = all
    }

    /// Waits until something changes or `limit` passes.
    func pause(_ limit: Duration) async -> Wake {
        guard descriptor >= 0 else {
            try? await Task.sleep(for: limit)
            return .quiet
        }
        let milliseconds = Int32(clamping: limit.components.seconds * 1000
            + limit.components.attoseconds / 1_000_000_000_000_000)
        return await withCheckedContinuation { (continuation: CheckedContinuation<Wake, Never>) in
            queue.async { [self] in
                var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                continuation.resume(returning: poll(&request, 1, milliseconds) > 0 ? drain() : .quiet)
            }
        }
    }

    /// Reads the waiting events into the paths they name.
    private func drain() -> Wake {
        var named = Set<String>()
        var unknown = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let header = MemoryLayout<inotify_event>.size
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            buffer.withUnsafeBytes { bytes in
                var offset = 0
                while offset + header <= count {
                    let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    let length = Int(event.len)
                    let name = length == 0 ? "" : String(decoding: bytes[(offset + header)..<(offset + header + length)]
                        .prefix { $0 != 0 }, as: UTF8.self)
                    offset += header + length
                    if event.mask & UInt32(IN_IGNORED) != 0 {
                        lock.withLock { folders[event.wd] = nil }
                        continue
                    }
                    let folder = lock.withLock { folders[event.wd] }
                    if let folder, !name.isEmpty {
                        named.insert(folder + "/" + name)
                    } else if event.mask & UInt32(IN_Q_OVERFLOW) != 0 || folder.map(roots.contains) != false {
                        // Events were lost, or a root itself went: nothing names what changed.
                        // (A folder inside is named by its parent's event.)
                        unknown = true
                    }
                }
            }
        }
        if unknown { return .unknown }
        return named.isEmpty ? .quiet : .named(named)
    }
    #else
    let listening = false

    init(roots: [String]) {}

    func watch(_ paths: [String]) {}

    func pause(_ limit: Duration) async -> Wake {
        try? await Task.sleep(for: limit)
        return .quiet
    }
    #endif
}
