import Foundation

/// A theme made ready for the handbook. Themes copied from an older Tre have no `handbook/`
/// folder and no `handbook_` strings; rather than refuse them, the built-in handbook fills
/// in whatever they lack, so a site's own look never stops the handbook from printing.
enum HandbookTheme {
    static func completed(_ theme: Theme, builtIn: Theme = .builtIn) -> Theme {
        var files = theme.files
        for (path, data) in builtIn.files where path.hasPrefix("handbook/") && files[path] == nil {
            files[path] = data
        }
        for language in Language.allCases {
            let path = "strings/\(language.rawValue).yml"
            guard let own = theme.text(path), let defaults = builtIn.text(path) else { continue }
            let missing = handbookLines(defaults).filter { !own.contains("\n" + $0.key + ":") && !own.hasPrefix($0.key + ":") }
            guard !missing.isEmpty else { continue }
            let text = own + (own.hasSuffix("\n") ? "" : "\n") + "# handbook (from Tre's built-in theme)\n"
                + missing.map(\.line).joined(separator: "\n") + "\n"
            files[path] = Data(text.utf8)
        }
        return Theme(files: files)
    }

    /// The `handbook_…: "…"` lines of a strings file, each on one line.
    static func handbookLines(_ text: String) -> [(key: String, line: String)] {
        text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("handbook_"), let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), String(line))
        }
    }
}
