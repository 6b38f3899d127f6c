import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension FolderWriter {
    /// Whether `output` exists; throws when it may not be written: not a folder (or a link),
    /// or holding files without Tre's marker. Only the whole site may replace such a folder,
    /// and only with `force`; a part (the handbook) is never written into one.
    static func checkFolder(_ output: URL, part: OutputPart, force: Bool) throws(OutputFailure) -> Bool {
        guard try isRealFolder(output) else { return false }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        if !entries.isEmpty, !entries.contains(marker), !(force && part.folder == nil) {
            throw .notTreOutput(output.path, part: part)
        }
        if let folder = part.folder { _ = try isRealFolder(output.appendingPathComponent(folder)) }
        return true
    }

    /// Whether something is at `url`; throws when it is not a folder of its own.
    static func isRealFolder(_ url: URL) throws(OutputFailure) -> Bool {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return false }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(url.path) }
        return true
    }

    static func isEmpty(_ folder: URL) throws(OutputFailure) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).isEmpty
    }

    static func makeFolder(_ folder: URL) throws(OutputFailure) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .io(folder.path, error.localizedDescription)
        }
        try mark(folder)
    }

    /// Marks a new output folder as Tre's, so a later `tre build` may replace it.
    static func mark(_ folder: URL) throws(OutputFailure) {
        do {
            try Data(markerText.utf8).write(to: folder.appendingPathComponent(marker))
        } catch {
            throw .io(folder.path, error.localizedDescription)
        }
    }

    /// Links into the staging folder what other commands made in the version being replaced,
    /// unless this build wrote the same path itself.
    func carryOver() throws(OutputFailure) {
        let manager = FileManager.default
        for kept in part.kept {
            let old = kept.folder.isEmpty ? target : target.appendingPathComponent(kept.folder)
            guard let walk = manager.enumerator(atPath: old.path) else { continue }
            while let relative = walk.nextObject() as? String {
                let path = kept.folder.isEmpty ? relative : kept.folder + "/" + relative
                guard walk.fileAttributes?[.type] as? FileAttributeType == .typeRegular, kept.keeps(path),
                      SiteFiles.isSafe(path) else { continue }
                let from = old.path + "/" + relative
                let to = staging.path + "/" + path
                if access(to, F_OK) == 0 { continue }
                if let slash = path.lastIndex(of: "/") { try makeDirectory(String(path[..<slash])) }
                if link(from, to) != 0 {
                    do { try manager.copyItem(atPath: from, toPath: to) } catch {
                        throw .io(to, error.localizedDescription)
                    }
                }
            }
        }
    }
}
