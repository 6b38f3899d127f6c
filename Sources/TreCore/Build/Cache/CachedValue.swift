import Foundation

/// What the loaders give for one file, in the form the disk cache keeps: a Markdown page's
/// value, or a data table's rows with the names it declares. Anything else is not kept.
enum CachedValue {
    private enum Kind: UInt8 {
        case page = 1, indicators, targets, observations, cooperatives
    }

    /// The kind and bytes of `value`, when it is one the cache keeps.
    static func encode(_ value: Any) -> (kind: UInt8, bytes: [UInt8])? {
        var writer = CacheWriter()
        let kind: Kind
        switch value {
        case let page as PageFile.Loaded?:
            kind = .page
            encode(page, &writer)
        case let (rows, names) as ([Indicator], Set<String>):
            kind = .indicators
            writer.write(rows)
            writer.write(names.sorted())
        case let (rows, names) as ([Target], Set<String>):
            kind = .targets
            writer.write(rows)
            writer.write(names.sorted())
        case let (rows, names) as ([Observation], Set<String>):
            kind = .observations
            writer.write(rows)
            writer.write(names.sorted())
        case let (rows, names) as ([Cooperative], Set<String>):
            kind = .cooperatives
            writer.write(rows)
            writer.write(names.sorted())
        default:
            return nil
        }
        return (kind.rawValue, writer.bytes)
    }

    /// The value `encode` was given, typed as the loaders expect it.
    static func decode(kind raw: UInt8, _ bytes: [UInt8]) throws(CacheReader.Damaged) -> Any {
        guard let kind = Kind(rawValue: raw) else { throw CacheReader.Damaged() }
        var reader = CacheReader(bytes)
        let value: Any
        switch kind {
        case .page: value = try page(&reader) as PageFile.Loaded?
        case .indicators: value = (try reader.array(Indicator.self), Set(try reader.strings()))
        case .targets: value = (try reader.array(Target.self), Set(try reader.strings()))
        case .observations: value = (try reader.array(Observation.self), Set(try reader.strings()))
        case .cooperatives: value = (try reader.array(Cooperative.self), Set(try reader.strings()))
        }
        guard reader.isAtEnd else { throw CacheReader.Damaged() }
        return value
    }

    private static func encode(_ page: PageFile.Loaded?, _ writer: inout CacheWriter) {
        switch page {
        case nil: writer.write(UInt64(0))
        case .province(let value)?: writer.write(UInt64(1)); writer.write(value)
        case .plan(let value)?: writer.write(UInt64(2)); writer.write(value)
        case .story(let value)?: writer.write(UInt64(3)); writer.write(value)
        case .update(let value)?: writer.write(UInt64(4)); writer.write(value)
        case .report(let value)?: writer.write(UInt64(5)); writer.write(value)
        }
    }

    private static func page(_ reader: inout CacheReader) throws(CacheReader.Damaged) -> PageFile.Loaded? {
        switch try reader.uint() {
        case 0: return nil
        case 1: return .province(try reader.value())
        case 2: return .plan(try reader.value())
        case 3: return .story(try reader.value())
        case 4: return .update(try reader.value())
        case 5: return .report(try reader.value())
        default: throw CacheReader.Damaged()
        }
    }

    /// A stable digest of what a loader's result depends on besides the file's bytes (the
    /// keys `FileReader.memo` is given), or nil for a key of a kind the cache does not know.
    static func digest(_ key: AnyHashable) -> Fingerprint? {
        var digest = Fingerprint()
        return add(key, to: &digest) ? digest : nil
    }

    private static func add(_ key: AnyHashable, to digest: inout Fingerprint) -> Bool {
        switch key.base {
        case let number as Int:
            digest.combine("i")
            digest.combine(UInt64(bitPattern: Int64(number)))
        case let flag as Bool:
            digest.combine(flag ? "t" : "f")
        case let text as String:
            digest.combine("s")
            digest.combine(text)
        case let names as Set<String>:
            add(names, &digest)
        case let list as [AnyHashable]:
            digest.combine("[\(list.count)")
            for item in list where !add(item, to: &digest) { return false }
        case let table as TableKey:
            digest.combine("table")
            digest.combine(table.decimal)
            digest.combine(table.both ? "t" : "f")
            let references = table.references
            for (slug, end) in references.planEnds.sorted(by: { $0.key < $1.key }) {
                digest.combine(slug)
                digest.combine(UInt64(bitPattern: Int64(end)))
            }
            digest.combine("indicators")
            digest.combine(Fingerprint(bytes: references.indicators ?? Data()))
            add(references.provinces, &digest)
            for (kind, names) in references.declared.sorted(by: { $0.key < $1.key }) {
                digest.combine(kind)
                add(names, &digest)
            }
            for (table, path) in references.tables.sorted(by: { $0.key < $1.key }) {
                digest.combine(table)
                digest.combine(path)
            }
        default:
            return false
        }
        return true
    }

    private static func add(_ names: Set<String>, _ digest: inout Fingerprint) {
        digest.combine("{\(names.count)")
        for name in names.sorted() { digest.combine(name) }
    }
}
