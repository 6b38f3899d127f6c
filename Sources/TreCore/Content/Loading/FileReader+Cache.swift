import Foundation

extension FileReader {
    /// `make`'s result for the file at `path`, taken from the cache when the file's bytes and
    /// `key` are what they were when it was made; the messages `make` gave then are given again.
    mutating func memo<Value>(_ path: String, key: AnyHashable = 0, _ make: (inout FileReader) -> Value) -> Value {
        guard let cache else { return remembered(path, key: key, make) }
        if let hit: (value: Value, diagnostics: [Diagnostic]) = cache.trusted(path, key: key) {
            diagnostics.append(contentsOf: Diagnostics(hit.diagnostics))
            return hit.value
        }
        // Read without `exists`, which searches the list of paths: `make` checks what it needs.
        guard let bytes = try? files.read(path) else { return make(&self) }
        if let hit: (value: Value, diagnostics: [Diagnostic]) = cache.file(path, bytes: bytes, key: key) {
            diagnostics.append(contentsOf: Diagnostics(hit.diagnostics))
            return hit.value
        }
        let before = diagnostics.items.count
        readAhead = (path, bytes)
        let value = make(&self)
        readAhead = nil
        cache.store(path, BuildCache.FileEntry(bytes: bytes, key: key, value: value,
                                               diagnostics: Array(diagnostics.items[before...])))
        return value
    }

    /// `make`'s result through the disk cache of `tre build`, when there is one: a file whose
    /// stamp (and `key`) is as it was is not read at all.
    private mutating func remembered<Value>(_ path: String, key: AnyHashable, _ make: (inout FileReader) -> Value) -> Value {
        guard let disk else { return make(&self) }
        // The stamp before the bytes: a file written in between is parsed again next time.
        let stamp = files.stamp(path)
        var bytes: Data?
        let files = files
        if let hit = disk.value(path, stamp: stamp, key: key, bytes: { bytes = try? files.read(path); return bytes }),
           let value = hit.value as? Value {
            diagnostics.append(contentsOf: Diagnostics(hit.diagnostics))
            return value
        }
        guard let read = bytes ?? (try? files.read(path)) else { return make(&self) }
        let before = diagnostics.items.count
        readAhead = (path, read)
        let value = make(&self)
        readAhead = nil
        disk.store(path, stamp: stamp, bytes: read, key: key, value: value,
                   diagnostics: Array(diagnostics.items[before...]))
        return value
    }

    /// A data table through `memo`: `declared` (the names the table declares, added to what
    /// came in) is part of both the key and the result.
    mutating func table<Value>(_ path: String, key: AnyHashable = 0, declared: inout Set<String>,
                               _ load: (inout FileReader, inout Set<String>) -> Value) -> Value {
        let before = declared
        let (value, after) = memo(path, key: [key, AnyHashable(before)]) { reader in
            var names = before
            let value = load(&reader, &names)
            return (value, names)
        }
        declared = after
        return value
    }

    /// The raw bytes of a file, when there is one to read.
    func bytes(_ path: String) -> Data? {
        exists(path) ? try? read(path) : nil
    }
}

/// What a data table's rows depend on besides its own bytes.
struct TableKey: Hashable {
    var decimal: String
    /// Whether the table's CSV file and workbook both exist (an error).
    var both: Bool
    var references: References.Key
}

extension References {
    /// Everything the data loaders read from the references: plans by slug with their last
    /// year (a target's default year), the indicators (through the bytes of their table),
    /// provinces, and the names declared.
    struct Key: Hashable {
        var planEnds: [String: Int]
        var indicators: Data?
        var provinces: Set<String>
        var declared: [String: Set<String>]
        var tables: [String: String]
    }

    func key(indicators: Data?) -> Key {
        Key(planEnds: plans.mapValues(\.to), indicators: indicators, provinces: provinces, declared: declared,
            tables: tables)
    }
}
