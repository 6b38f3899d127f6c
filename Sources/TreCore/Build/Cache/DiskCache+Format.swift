/// The cache file: a magic line, the identity, the entries by path, and a fingerprint of all
/// that, so a file cut short or changed by anything but Tre is recognised and not used.
extension DiskCache {
    static func bytes(of entries: [String: Entry], identity: Fingerprint) -> [UInt8] {
        var writer = CacheWriter()
        writer.write(identity.value)
        writer.write(UInt64(entries.count))
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            writer.write(path)
            writer.write(entry.stamp)
            writer.write(entry.digest.value)
            writer.write(entry.key.value)
            writer.write(UInt64(entry.kind))
            writer.write(entry.value)
            writer.write(entry.diagnostics)
            writer.write(entry.verify)
        }
        let body = writer.bytes
        var checksum = CacheWriter()
        checksum.write(Fingerprint(bytes: body).value)
        return magic + body + checksum.bytes
    }

    /// The entries of a cache file; nil when it is not one, is from another identity or is
    /// damaged.
    static func entries(in file: [UInt8], identity: Fingerprint) -> [String: Entry]? {
        guard file.count > magic.count, Array(file.prefix(magic.count)) == magic else { return nil }
        var reader = CacheReader(Array(file.dropFirst(magic.count)))
        do {
            guard try reader.uint() == identity.value else { return nil }
            let count = try reader.count()
            var entries: [String: Entry] = [:]
            for _ in 0..<count {
                let path = try reader.string()
                let stamp: FileStamp = try reader.value()
                let digest = Fingerprint(value: try reader.uint())
                let key = Fingerprint(value: try reader.uint())
                let kind = try reader.uint()
                guard kind <= UInt64(UInt8.max) else { return nil }
                entries[path] = Entry(stamp: stamp, digest: digest, key: key, kind: UInt8(kind),
                                      value: try reader.byteArray(), diagnostics: try reader.array(),
                                      verify: try reader.bool())
            }
            let bodyEnd = magic.count + reader.offset
            let checksum = try reader.uint()
            guard reader.isAtEnd, Fingerprint(bytes: file[magic.count..<bodyEnd]).value == checksum else { return nil }
            return entries
        } catch {
            return nil
        }
    }
}
