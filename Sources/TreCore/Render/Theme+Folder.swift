import Foundation

extension Theme {
    /// A theme read from a folder; hidden files are skipped.
    public static func folder(_ url: URL) throws -> Theme {
        var files: [String: Data] = [:]
        let root = url.standardizedFileURL.resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else {
            throw CocoaError(.fileReadNoSuchFile)
        }
        for case let file as URL in enumerator {
            guard (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = String(file.standardizedFileURL.resolvingSymlinksInPath().path.dropFirst(root.path.count + 1))
            files[path] = try Data(contentsOf: file)
        }
        return Theme(files: files)
    }
}
