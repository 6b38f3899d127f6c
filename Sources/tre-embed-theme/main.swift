import Foundation

// Writes a Swift file holding every file of the theme folder as a string, keyed by its
// path relative to the folder. Used by EmbedThemePlugin at build time.
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: tre-embed-theme THEME_DIR OUTPUT.swift\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL
var entries: [(String, String)] = []
if let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
    for case let url as URL in files where !url.hasDirectoryPath {
        let path = url.standardizedFileURL.path.dropFirst(root.path.count + 1)
        if path.hasPrefix(".") { continue }
        guard let data = try? Data(contentsOf: url) else { continue }
        entries.append((String(path), data.base64EncodedString()))
    }
}
entries.sort { $0.0 < $1.0 }
var source = "// Generated from Templates/ by tre-embed-theme. Do not edit.\n"
source += "enum EmbeddedTheme {\n    /// Relative path → base64 of the file's bytes.\n"
source += "    static let files: [String: String] = [\n"
for (path, base64) in entries {
    source += "        \"\(path)\": \"\(base64)\",\n"
}
source += "    ]\n}\n"
do {
    try source.write(toFile: arguments[2], atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("tre-embed-theme: \(error)\n".utf8))
    exit(1)
}
