import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs independent pieces of work on threads of their own at a lower scheduling priority.
/// `tre serve` renders the whole site behind the pages it has already answered; with these
/// threads that render gives way to what the user waits for (checking the next edit,
/// answering the browser) instead of splitting the cores with it, and still uses every core
/// when nothing else wants them.
public enum BackgroundWork {
    /// How many steps the kernel's scheduler puts these threads below ordinary work (`nice`).
    static let niceness: Int32 = 10

    /// Calls `body` once for each index in `0..<iterations`, on up to one thread per core,
    /// and returns when all calls have returned.
    public static func perform(iterations: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard iterations > 0 else { return }
        let next = NextIndex(end: iterations)
        let group = DispatchGroup()
        for _ in 0..<min(iterations, max(1, ProcessInfo.processInfo.activeProcessorCount)) {
            group.enter()
            let thread = Thread {
                lowerPriority()
                while let index = next.take() { body(index) }
                group.leave()
            }
            thread.start()
        }
        group.wait()
    }

    /// Lowers the calling thread's priority (Linux keeps one per thread).
    private static func lowerPriority() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(threadID()), niceness)
        #endif
    }

    /// Hands out indices to the threads, each once.
    private final class NextIndex: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private let end: Int

        init(end: Int) { self.end = end }

        func take() -> Int? {
            lock.withLock {
                guard next < end else { return nil }
                defer { next += 1 }
                return next
            }
        }
    }
}

#if os(Linux)
/// glibc's gettid (2.30+), which Swift's Glibc module does not export.
@_silgen_name("gettid")
private func threadID() -> Int32
#endif
