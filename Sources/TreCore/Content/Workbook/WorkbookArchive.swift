import Foundation
import ZIPFoundation

/// The zip archive a workbook is, read part by part with limits, so that a hostile file is
/// refused early: a part whose declared size is past `partLimit` or whose declared
/// compression is past `ratioLimit` is refused before any byte is inflated, a part that
/// inflates past its declared size is refused at the first chunk that does, and a part whose
/// prolog holds a document type declaration is refused at its first bytes.
struct WorkbookArchive {
    /// Largest inflated part: a sheet of some 300,000 rows.
    static let partLimit = 256 << 20
    /// Largest inflated workbook, all parts read together.
    static let totalLimit = 512 << 20
    /// Real parts compress about 10 times (openpyxl's 20,000-row register: 15 MB to 1.6 MB);
    /// deflate can reach 1,000. Past 100 times and 1 MB, a part is taken for a zip bomb.
    static let ratioLimit: UInt64 = 100
    static let ratioFloor: UInt64 = 1 << 20

    private let archive: Archive
    /// Entries by lower-cased path: part names in a package are case-insensitive.
    private let entries: [String: Entry]
    private var inflated = 0

    /// Opens `data`, or says what kind of file it is when it is not a workbook.
    init(_ data: Data) throws(WorkbookProblem) {
        if let kind = WorkbookProblem.sniff(data) { throw kind }
        guard Self.staysInside(data), let archive = try? Archive(data: data, accessMode: .read) else { throw .damaged }
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            entries[Self.normalise(entry.path)] = entry
        }
        guard !entries.isEmpty else { throw .damaged }
        if entries["xl/workbook.xml"] == nil, entries["mimetype"] != nil || entries["content.xml"] != nil {
            throw .openDocument
        }
        self.archive = archive
        self.entries = entries
    }

    /// Whether the archive has a part at `path` (`xl/workbook.xml`, `/xl/styles.xml`).
    func has(_ path: String) -> Bool { entries[Self.normalise(path)] != nil }

    /// The inflated bytes of the part at `path`; nil when the archive has none.
    mutating func part(_ path: String) throws(WorkbookProblem) -> [UInt8]? {
        guard let entry = entries[Self.normalise(path)] else { return nil }
        let declared = entry.uncompressedSize
        let compressed = max(entry.compressedSize, 1)
        if declared > UInt64(Self.partLimit) || inflated + Int(declared) > Self.totalLimit
            || (declared > Self.ratioFloor && declared / compressed > Self.ratioLimit) {
            throw .tooLarge(part: path)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(declared, 64 << 20)))
        var prologChecked = false
        var stop: WorkbookProblem?
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, bufferSize: 64 << 10) { chunk in
                guard bytes.count + chunk.count <= Int(declared) else {
                    stop = .tooLarge(part: path)
                    throw Archive.ArchiveError.cancelledOperation
                }
                bytes.append(contentsOf: chunk)
                if !prologChecked {
                    do {
                        prologChecked = try bytes.withUnsafeBufferPointer(XMLScanner.checkProlog)
                    } catch {
                        stop = .declaration(part: path)
                        throw Archive.ArchiveError.cancelledOperation
                    }
                }
            }
        } catch {
            throw stop ?? .damaged
        }
        // A part shorter than declared, or whose checksum is wrong, was cut or changed.
        guard bytes.count == Int(declared), checksum == entry.checksum else { throw .damaged }
        inflated += bytes.count
        return bytes
    }

    /// Whether every place the zip's directories point at lies inside `data`. ZIPFoundation
    /// reads an archive held in memory through a stream that traps when asked to seek past
    /// its end, so a damaged file would stop Tre instead of being reported: the directory
    /// is walked here first, as ZIPFoundation will walk it. Workbooks never need ZIP64 (a
    /// part over 4 GB), so an archive that uses it is taken as damaged.
    static func staysInside(_ data: Data) -> Bool {
        let bytes = [UInt8](data)
        let count = bytes.count
        func u16(_ at: Int) -> Int { at >= 0 && at + 2 <= count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : -1 }
        func u32(_ at: Int) -> Int { at >= 0 && at + 4 <= count ? u16(at) | u16(at + 2) << 16 : -1 }
        // The end-of-directory record, found from the end as ZIPFoundation finds it.
        var end = count - 22
        while end >= 0, u32(end) != 0x0605_4B50 { end -= 1 }
        guard end >= 0, end < 20 || u32(end - 20) != 0x0706_4B50 else { return false }
        let entries = u16(end + 10)
        var directory = u32(end + 16)
        guard entries >= 0, directory >= 0, directory <= count else { return false }
        for _ in 0..<entries {
            guard u32(directory) == 0x0201_4B50, directory + 46 <= count else { return false }
            let flags = u16(directory + 8), method = u16(directory + 10)
            let compressed = u32(directory + 20), uncompressed = u32(directory + 24)
            let local = u32(directory + 42)
            guard compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, local != 0xFFFF_FFFF,
                  local + 30 <= count, u32(local) == 0x0403_4B50 else { return false }
            let start = local + 30 + u16(local + 26) + u16(local + 28)
            let stored = method == 0 ? uncompressed : compressed
            guard start <= count, flags & 0x8 == 0 || start + stored <= count else { return false }
            directory += 46 + u16(directory + 28) + u16(directory + 30) + u16(directory + 32)
            guard directory <= count else { return false }
        }
        return true
    }

    /// `xl/worksheets/sheet1.xml` for `/xl/worksheets/sheet1.xml` or `xl\worksheets\sheet1.xml`.
    static func normalise(_ path: String) -> String {
        var path = path.replacingOccurrences(of: "\\", with: "/").lowercased()
        while path.hasPrefix("/") { path.removeFirst() }
        return path
    }

    /// `base`'s folder joined with a relationship's `target` (relative, or absolute from the
    /// package root), with `..` resolved.
    static func resolve(_ target: String, from base: String) -> String {
        if target.hasPrefix("/") { return normalise(target) }
        var parts = normalise(base).split(separator: "/").dropLast().map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/").lowercased()
    }
}
