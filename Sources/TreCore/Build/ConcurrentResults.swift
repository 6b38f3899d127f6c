import Foundation

/// Results filled in by concurrent iterations, each writing only its own slot.
final class ConcurrentResults<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}

/// The first error of concurrent work, so the others can stop early.
final class FirstFailure<Failure: Error>: @unchecked Sendable {
    private var first: Failure?
    private let lock = NSLock()

    func record(_ error: Failure) {
        lock.lock()
        if first == nil { first = error }
        lock.unlock()
    }

    var error: Failure? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }

    var happened: Bool { error != nil }
}
