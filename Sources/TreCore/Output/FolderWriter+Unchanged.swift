import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension FolderWriter {
    /// Puts the previous output's file at `path` into the staging folder, as a hard link, when
    /// its bytes are exactly `bytes`. The file then keeps its modification time, so `rsync`
    /// and other uploaders send only the files whose bytes changed. Returns false (and the
    /// caller writes the bytes) when there is no such file, it differs, or it cannot be linked.
    func keepUnchanged(_ path: String, bytes: UnsafeRawBufferPointer, at file: String) -> Bool {
        let old = target.path + "/" + path
        var status = stat()
        guard lstat(old, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              Int(status.st_size) == bytes.count, Self.holds(old, bytes) else { return false }
        return link(old, file) == 0
    }

    /// Whether the file at `path` holds exactly `bytes`, read in blocks.
    static func holds(_ path: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let block = 1 << 16
        var buffer = [UInt8](repeating: 0, count: block)
        var offset = 0
        while true {
            let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, block) }
            if got < 0 {
                if errno == EINTR { continue }
                return false
            }
            if got == 0 { return offset == bytes.count }
            guard offset + got <= bytes.count, let base = bytes.baseAddress else { return false }
            let same = buffer.withUnsafeBytes { block in
                block.baseAddress.map { memcmp($0, base + offset, got) == 0 } ?? false
            }
            guard same else { return false }
            offset += got
        }
    }
}
