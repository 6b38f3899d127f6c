import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension ContentFiles {
    /// Lists a content folder on disk. Hidden files and folders (`.git`, `.DS_Store`) are
    /// skipped, and so are Office's lock files (`~$targets.xlsx`, there while Excel has the
    /// workbook open). A symbolic link is followed only when it stays inside the folder: one that
    /// leads out is reported and left out, so a build can never read outside `Content/`.
    public static func disk(at folder: URL, displayRoot: String) -> (files: ContentFiles, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        var paths: [String] = []
        walk(root, relative: "", root: root, into: &paths, diagnostics: &diagnostics, displayRoot: displayRoot)
        let base = root.path + "/"
        var files = ContentFiles(displayRoot: displayRoot, paths: paths) { relative in
            try Data(contentsOf: URL(fileURLWithPath: base + relative))
        }
        files.stamp = { FileStamp.of(base + $0) }
        return (files, diagnostics)
    }

    /// The listing after the files at `changed` (relative paths) changed: `previous` again
    /// when each is a plain file it already lists, as when a file is edited in place (walking
    /// a national site's folders took longer than checking the edit); else a new walk.
    public static func disk(at folder: URL, displayRoot: String, changed: [String],
                            previous: (files: ContentFiles, diagnostics: Diagnostics)?)
        -> (files: ContentFiles, diagnostics: Diagnostics) {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        if let previous,
           changed.allSatisfy({ previous.files.lists($0) && Kind.of(root + $0, following: false) == .file }) {
            return previous
        }
        return disk(at: folder, displayRoot: displayRoot)
    }

    private static func walk(_ directory: URL, relative: String, root: URL, into paths: inout [String],
                             diagnostics: inout Diagnostics, displayRoot: String) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("~$") {
            let url = directory.appendingPathComponent(name)
            let path = relative.isEmpty ? name : relative + "/" + name
            // Only links need resolving (a national site has thousands of plain files, and
            // resolving each one costs several system calls).
            var kind = Kind.of(url.path, following: false)
            if kind == .link {
                let resolved = url.resolvingSymlinksInPath()
                guard isInside(resolved, root) else {
                    diagnostics.warning(
                        SourceLocation(file: displayRoot + "/" + path),
                        vi: "Liên kết tượng trưng trỏ ra ngoài thư mục nội dung nên bị bỏ qua.",
                        en: "Symbolic link points outside the content folder and is ignored.",
                        hintVi: "Chép tệp thật vào thư mục nội dung thay cho liên kết.",
                        hintEn: "Copy the real file into the content folder instead of linking to it.")
                    continue
                }
                kind = Kind.of(resolved.path, following: true)
            }
            switch kind {
            case .directory:
                walk(url, relative: path, root: root, into: &paths, diagnostics: &diagnostics, displayRoot: displayRoot)
            case .file:
                paths.append(path)
            case .link, .other:
                continue
            }
        }
    }

    /// What a path is, from one `lstat` (or `stat` when following links).
    enum Kind {
        case file, directory, link, other

        static func of(_ path: String, following: Bool) -> Kind {
            var info = stat()
            guard (following ? stat(path, &info) : lstat(path, &info)) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .directory
            case S_IFLNK: return .link
            default: return .other
            }
        }
    }

    static func isInside(_ url: URL, _ root: URL) -> Bool {
        let path = url.standardizedFileURL.path
        return path == root.path || path.hasPrefix(root.path + "/")
    }
}
