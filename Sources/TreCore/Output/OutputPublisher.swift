import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a rendered site to the output folder in one step: everything is written to a
/// temporary folder beside it, then the two are swapped. On any failure the previous output
/// stays exactly as it was. A folder Tre did not create is never replaced without `force`.
public enum OutputPublisher {
    /// Marks a folder as Tre's own output.
    public static let marker = ".tre-output"

    public enum Failure: Error, Sendable {
        case notTreOutput(String)
        case notAFolder(String)
        case unsafePath(String)
        case io(String, String)

        public func message(_ language: Language) -> LocalizedText {
            switch self {
            case .notTreOutput(let path):
                LocalizedText(
                    vi: "Thư mục \(path) đã có sẵn và không do Tre tạo ra nên Tre không ghi đè lên nó; chọn thư mục khác bằng --output, hoặc thêm --force nếu chắc chắn muốn thay toàn bộ nội dung của nó.",
                    en: "\(path) already exists and was not created by Tre, so Tre will not overwrite it; choose another folder with --output, or add --force if you really want to replace everything in it.")
            case .notAFolder(let path):
                LocalizedText(vi: "\(path) không phải là một thư mục.", en: "\(path) is not a folder.")
            case .unsafePath(let path):
                LocalizedText(vi: "Đường dẫn «\(path)» nằm ngoài thư mục xuất bản.", en: "Path \"\(path)\" is outside the output folder.")
            case .io(let path, let reason):
                LocalizedText(vi: "Không ghi được \(path): \(reason).", en: "Cannot write \(path): \(reason).")
            }
        }
    }

    /// - Parameter keep: folders of the current output that other commands made (the
    ///   handbook) and that this site does not itself contain: copied into the new output so a
    ///   rebuild does not delete them.
    public static func publish(_ site: SiteFiles, to output: URL, force: Bool = false,
                               keep: [String] = []) throws(Failure) {
        try publish(to: output, force: force, keep: keep) { try $0.write(site) }
    }

    /// Lets `fill` write the site into a fresh staging folder beside `output`, then swaps it in.
    /// If `fill` throws, the staging folder is removed and `output` is left exactly as it was.
    /// `keep` as above: kept unless `fill` wrote that folder itself.
    public static func publish(to output: URL, force: Bool = false, keep: [String] = [],
                               _ fill: (OutputFolder) throws -> Void) throws(Failure) {
        let output = output.standardizedFileURL
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: output.path, isDirectory: &isDirectory)
        if exists {
            let attributes = try? manager.attributesOfItem(atPath: output.path)
            if attributes?[.type] as? FileAttributeType == .typeSymbolicLink || !isDirectory.boolValue {
                throw .notAFolder(output.path)
            }
            let entries = (try? manager.contentsOfDirectory(atPath: output.path)) ?? []
            if !entries.isEmpty, !entries.contains(marker), !force { throw .notTreOutput(output.path) }
        }
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).tre-new-\(getpid())")
        do {
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            let folder = OutputFolder(root: staging)
            try fill(folder)
            for kept in keep where exists && !manager.fileExists(atPath: staging.appendingPathComponent(kept).path) {
                let old = output.appendingPathComponent(kept)
                if manager.fileExists(atPath: old.path) {
                    try manager.copyItem(at: old, to: staging.appendingPathComponent(kept))
                }
            }
            try folder.write(marker, text: "Tre output. This folder is replaced on every build.\n")
        } catch let failure as Failure {
            try? manager.removeItem(at: staging)
            throw failure
        } catch {
            try? manager.removeItem(at: staging)
            throw .io(staging.path, error.localizedDescription)
        }
        try swap(staging, into: output, exists: exists)
    }

    /// Replaces `output` with `staging`: one atomic exchange where the system has it.
    static func swap(_ staging: URL, into output: URL, exists: Bool) throws(Failure) {
        let manager = FileManager.default
        guard exists else {
            do { try manager.moveItem(at: staging, to: output) } catch {
                try? manager.removeItem(at: staging)
                throw .io(output.path, error.localizedDescription)
            }
            return
        }
        #if os(Linux)
        // renameat2(RENAME_EXCHANGE): both names stay valid at every instant.
        let exchanged = staging.path.withCString { from in
            output.path.withCString { to in
                renameat2(AT_FDCWD, from, AT_FDCWD, to, 2 /* RENAME_EXCHANGE */) == 0
            }
        }
        if exchanged {
            try? manager.removeItem(at: staging)
            return
        }
        #endif
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).tre-old-\(getpid())")
        do {
            try? manager.removeItem(at: old)
            try manager.moveItem(at: output, to: old)
            try manager.moveItem(at: staging, to: output)
            try? manager.removeItem(at: old)
        } catch {
            if !manager.fileExists(atPath: output.path) { try? manager.moveItem(at: old, to: output) }
            try? manager.removeItem(at: staging)
            throw .io(output.path, error.localizedDescription)
        }
    }
}

#if os(Linux)
/// glibc's renameat2 (2.28+), which Swift's Glibc module does not export.
@_silgen_name("renameat2")
private func renameat2(_ oldDirectory: Int32, _ oldPath: UnsafePointer<CChar>, _ newDirectory: Int32,
                       _ newPath: UnsafePointer<CChar>, _ flags: UInt32) -> Int32
#endif
