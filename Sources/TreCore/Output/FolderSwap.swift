import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Puts a staging folder in the place of the folder it replaces in one step.
enum FolderSwap {
    /// Replaces `target` with `staging` (which is then gone): one atomic exchange where the
    /// system has it, so both names stay valid at every instant.
    static func swap(_ staging: URL, into target: URL) throws(OutputFailure) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: target.path) else {
            do { try manager.moveItem(at: staging, to: target) } catch {
                try? manager.removeItem(at: staging)
                throw .io(target.path, error.localizedDescription)
            }
            return
        }
        #if os(Linux)
        let exchanged = staging.path.withCString { from in
            target.path.withCString { to in
                renameat2(AT_FDCWD, from, AT_FDCWD, to, 2 /* RENAME_EXCHANGE */) == 0
            }
        }
        if exchanged {
            try? manager.removeItem(at: staging)
            return
        }
        #endif
        let old = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).tre-old-\(getpid())")
        do {
            try? manager.removeItem(at: old)
            try manager.moveItem(at: target, to: old)
            try manager.moveItem(at: staging, to: target)
            try? manager.removeItem(at: old)
        } catch {
            if !manager.fileExists(atPath: target.path) { try? manager.moveItem(at: old, to: target) }
            try? manager.removeItem(at: staging)
            throw .io(target.path, error.localizedDescription)
        }
    }
}

#if os(Linux)
/// glibc's renameat2 (2.28+), which Swift's Glibc module does not export.
@_silgen_name("renameat2")
private func renameat2(_ oldDirectory: Int32, _ oldPath: UnsafePointer<CChar>, _ newDirectory: Int32,
                       _ newPath: UnsafePointer<CChar>, _ flags: UInt32) -> Int32
#endif
