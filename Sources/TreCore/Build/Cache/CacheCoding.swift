import Foundation

/// Values kept in the build cache between runs of `tre build`: written field by field into a
/// compact binary form, and read back the same way. Written by hand for each type (Codable
/// through reflection was too slow for a register of 20,000 rows); `CacheCodingTests` checks
/// that every stored property of every type is written and read back.
protocol CacheCodable {
    func encode(to writer: inout CacheWriter)
    init(from reader: inout CacheReader) throws(CacheReader.Damaged)
}

/// Appends values to a byte buffer: integers as variable-length numbers, text as UTF-8 with
/// its length.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    init() {}

    mutating func write(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7f) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func write(_ value: Int) {
        // Zig-zag, so small negative numbers stay short.
        write(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))))
    }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ value: Double) {
        var bits = value.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(bits & 0xff))
            bits >>= 8
        }
    }

    mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { text in
            write(UInt64(text.count))
            bytes.append(contentsOf: text)
        }
    }

    mutating func write(_ value: [UInt8]) {
        write(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    mutating func write<T: CacheCodable>(_ value: T) { value.encode(to: &self) }

    mutating func write<T: CacheCodable>(_ value: T?) {
        write(value != nil)
        value?.encode(to: &self)
    }

    mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write(_ value: Int?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write(_ value: Double?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write<T: CacheCodable>(_ values: [T]) {
        write(UInt64(values.count))
        for value in values { value.encode(to: &self) }
    }

    mutating func write(_ values: [String]) {
        write(UInt64(values.count))
        for value in values { write(value) }
    }

    /// A dictionary in key order, so the same values give the same bytes.
    mutating func write<T: CacheCodable>(_ values: [String: T]) {
        write(UInt64(values.count))
        for key in values.keys.sorted() {
            write(key)
            values[key]?.encode(to: &self)
        }
    }

    mutating func write(_ values: [String: String]) {
        write(UInt64(values.count))
        for key in values.keys.sorted() {
            write(key)
            write(values[key] ?? "")
        }
    }

    mutating func write<T: RawRepresentable>(raw value: T) where T.RawValue == String { write(value.rawValue) }

    mutating func write<T: RawRepresentable>(raw value: T?) where T.RawValue == String { write(value?.rawValue) }
}

/// Reads back what a `CacheWriter` wrote; anything out of shape is `Damaged`, and the cache
/// is then not used at all.
struct CacheReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func uint() throws(Damaged) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws(Damaged) -> Int {
        let raw = try uint()
        return Int(truncatingIfNeeded: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    mutating func count() throws(Damaged) -> Int {
        let value = try uint()
        guard value <= UInt64(bytes.count - offset) else { throw Damaged() }
        return Int(value)
    }

    mutating func bool() throws(Damaged) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Damaged() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func double() throws(Damaged) -> Double {
        guard offset + 8 <= bytes.count else { throw Damaged() }
        var bits: UInt64 = 0
        for index in 0..<8 { bits |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        offset += 8
        return Double(bitPattern: bits)
    }

    mutating func string() throws(Damaged) -> String {
        let length = try count()
        let text = String(decoding: bytes[offset..<offset + length], as: UTF8.self)
        offset += length
        return text
    }

    mutating func byteArray() throws(Damaged) -> [UInt8] {
        let length = try count()
        defer { offset += length }
        return Array(bytes[offset..<offset + length])
    }

    mutating func value<T: CacheCodable>(_ type: T.Type = T.self) throws(Damaged) -> T {
        try T(from: &self)
    }

    mutating func optional<T: CacheCodable>(_ type: T.Type = T.self) throws(Damaged) -> T? {
        try bool() ? try T(from: &self) : nil
    }

    mutating func optionalString() throws(Damaged) -> String? { try bool() ? try string() : nil }
    mutating func optionalInt() throws(Damaged) -> Int? { try bool() ? try int() : nil }
    mutating func optionalDouble() throws(Damaged) -> Double? { try bool() ? try double() : nil }

    mutating func array<T: CacheCodable>(_ type: T.Type = T.self) throws(Damaged) -> [T] {
        let count = try count()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try T(from: &self)) }
        return values
    }

    mutating func strings() throws(Damaged) -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    mutating func dictionary<T: CacheCodable>(_ type: T.Type = T.self) throws(Damaged) -> [String: T] {
        let count = try count()
        var values: [String: T] = [:]
        for _ in 0..<count { values[try string()] = try T(from: &self) }
        return values
    }

    mutating func stringDictionary() throws(Damaged) -> [String: String] {
        let count = try count()
        var values: [String: String] = [:]
        for _ in 0..<count { values[try string()] = try string() }
        return values
    }

    mutating func raw<T: RawRepresentable>(_ type: T.Type = T.self) throws(Damaged) -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Damaged() }
        return value
    }

    mutating func optionalRaw<T: RawRepresentable>(_ type: T.Type = T.self) throws(Damaged) -> T? where T.RawValue == String {
        guard try bool() else { return nil }
        return try raw(T.self)
    }
}
