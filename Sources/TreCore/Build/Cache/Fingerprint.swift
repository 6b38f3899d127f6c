/// A stable 64-bit digest (FNV-1a): the same bytes give the same fingerprint in every run and
/// on every machine, as the build cache needs (Swift's `Hasher` is seeded anew per process).
public struct Fingerprint: Hashable, Sendable, CustomStringConvertible {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    init(value: UInt64) {
        self.value = value
    }

    public init(bytes: some Sequence<UInt8>) {
        combine(bytes: bytes)
    }

    /// The fingerprint of a value as the cache writes it.
    init(of value: some CacheCodable) {
        var writer = CacheWriter()
        value.encode(to: &writer)
        combine(bytes: writer.bytes)
    }

    mutating func combine(bytes: some Sequence<UInt8>) {
        var hash = value
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        value = hash
    }

    mutating func combine(_ number: UInt64) {
        var number = number
        for _ in 0..<8 {
            combine(bytes: CollectionOfOne(UInt8(number & 0xff)))
            number >>= 8
        }
    }

    mutating func combine(_ text: String) {
        combine(bytes: text.utf8)
        // A separator that UTF-8 never holds, so "ab" + "c" differs from "a" + "bc".
        combine(bytes: CollectionOfOne(UInt8(0xff)))
    }

    mutating func combine(_ other: Fingerprint) { combine(other.value) }

    public var description: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
