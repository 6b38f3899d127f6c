import Foundation

extension ContentFiles {
    /// Lists a content folder on disk. Hidden files and folders (`.git`, `.DS_Store`) are
    /// skipped. A symbolic link is followed only when it stays inside the folder: one that
    /// leads out is reported and left out, so a build can never read outside `Content/`.
    public static func disk(at folder: URL, displayRoot: String) -> (files: ContentFiles, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        var paths: [String] = []
        walk(root, relative: "", root: root, into: &paths, diagnostics: &diagnostics, displayRoot: displayRoot)
        let files = ContentFiles(displayRoot: displayRoot, paths: paths) { relative in
            try Data(contentsOf: root.appendingPathComponent(relative))
        }
        return (files, diagnostics)
    }

    private static func walk(_ directory: URL, relative: String, root: URL, into paths: inout [String],
                             diagnostics: inout Diagnostics, displayRoot: String) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = directory.appendingPathComponent(name)
            let path = relative.isEmpty ? name : relative + "/" + name
            let resolved = url.resolvingSymlinksInPath()
            if resolved.path != url.path, !isInside(resolved, root) {
                diagnostics.warning(
                    SourceLocation(file: displayRoot + "/" + path),
                    vi: "Liên kết tượng trưng trỏ ra ngoài thư mục nội dung nên bị bỏ qua.",
                    en: "Symbolic link points outside the content folder and is ignored.",
                    hintVi: "Chép tệp thật vào thư mục nội dung thay cho liên kết.",
                    hintEn: "Copy the real file into the content folder instead of linking to it.")
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: resolved.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(url, relative: path, root: root, into: &paths, diagnostics: &diagnostics, displayRoot: displayRoot)
            } else {
                paths.append(path)
            }
        }
    }

    static func isInside(_ url: URL, _ root: URL) -> Bool {
        let path = url.standardizedFileURL.path
        return path == root.path || path.hasPrefix(root.path + "/")
    }
}
