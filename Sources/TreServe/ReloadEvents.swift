import Foundation

/// The Server-Sent Events that open pages listen to. Each `/__tre/events` connection
/// subscribes; a rebuild publishes to all of them at once.
final class ReloadEvents: @unchecked Sendable {
    enum Kind: String {
        /// The site was rebuilt: reload the page.
        case reload
        /// Only stylesheets changed: swap them without reloading.
        case css
        /// The content is broken: show (or refresh) the overlay.
        case errors
    }

    private let lock = NSLock()
    private var listeners: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextID = 0
    private var closed = false

    var count: Int { lock.withLock { listeners.count } }

    /// A stream of ready-to-send event text, starting with `hello` and the current build.
    func subscribe(build: String) -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        let id: Int? = lock.withLock {
            guard !closed else { return nil }
            nextID += 1
            listeners[nextID] = continuation
            return nextID
        }
        guard let id else {
            continuation.finish()
            return stream
        }
        // Browsers reconnect after `retry` milliseconds when the server goes away and comes back.
        continuation.yield("retry: 500\n" + Self.event("hello", build))
        continuation.onTermination = { [weak self] _ in
            self?.lock.withLock { _ = self?.listeners.removeValue(forKey: id) }
        }
        return stream
    }

    func publish(_ kind: Kind, build: String) {
        send(Self.event(kind.rawValue, build))
    }

    /// A comment line, so idle connections stay open and closed ones are noticed.
    func heartbeat() {
        send(": tre\n\n")
    }

    /// Ends every stream (shutdown), and refuses new ones.
    func close() {
        let all = lock.withLock {
            closed = true
            defer { listeners = [:] }
            return Array(listeners.values)
        }
        for continuation in all { continuation.finish() }
    }

    private func send(_ text: String) {
        let all = lock.withLock { Array(listeners.values) }
        for continuation in all { continuation.yield(text) }
    }

    static func event(_ name: String, _ data: String) -> String {
        "event: \(name)\ndata: \(data)\n\n"
    }
}
