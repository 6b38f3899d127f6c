import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wakes the folder watcher the moment a file changes, so an edit is seen in milliseconds
/// rather than at the next poll. On Linux it listens to inotify on every watched folder;
/// elsewhere (or when inotify is unavailable or out of watches) `pause` simply sleeps and the
/// watcher falls back to polling alone. The watcher always confirms a change by comparing
/// snapshots, so a missed or spurious signal costs time, never correctness.
final class ChangeSignal: @unchecked Sendable {
    /// Blocking waits happen here, never on the threads of Swift's cooperative pool.
    private let queue = DispatchQueue(label: "tre.serve.watch")
    #if canImport(Glibc)
    private let descriptor: Int32

    init() {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Whether every folder is listened to; when not, the watcher polls often.
    private(set) var listening = false

    /// Listens to these folders too. Folders already listened to are not added twice.
    func watch(_ folders: [String]) {
        guard descriptor >= 0 else { return }
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
            | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
        listening = folders.allSatisfy { inotify_add_watch(descriptor, $0, mask) >= 0 }
    }

    /// Waits until something changes or `limit` passes.
    func pause(_ limit: Duration) async {
        guard descriptor >= 0 else {
            try? await Task.sleep(for: limit)
            return
        }
        let milliseconds = Int32(clamping: limit.components.seconds * 1000
            + limit.components.attoseconds / 1_000_000_000_000_000)
        let descriptor = descriptor
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            queue.async {
                var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                if poll(&request, 1, milliseconds) > 0 { Self.drain(descriptor) }
                continuation.resume()
            }
        }
    }

    /// Reads the waiting events: only their arrival matters.
    private static func drain(_ descriptor: Int32) {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }
    #else
    let listening = false

    func watch(_ folders: [String]) {}

    func pause(_ limit: Duration) async {
        try? await Task.sleep(for: limit)
    }
    #endif
}
