import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the file system says of a file without reading it: its device and inode, size, and
/// the times it was last written and last changed, to the nanosecond. A file whose stamp is as
/// it was when the cache read it is taken to hold the same bytes (as git and rsync do); one
/// written within a moment of that reading is read again, since a second write in the same
/// tick would leave the stamp unchanged.
public struct FileStamp: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var changed: Int64

    /// The stamp of the file at `path`, following links; nil when there is no such file.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(info)
    }

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }

    init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }
}

extension FileStamp: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(device)
        writer.write(inode)
        writer.write(Int(size))
        writer.write(Int(modified))
        writer.write(Int(changed))
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(device: try reader.uint(), inode: try reader.uint(), size: Int64(try reader.int()),
                  modified: Int64(try reader.int()), changed: Int64(try reader.int()))
    }
}
