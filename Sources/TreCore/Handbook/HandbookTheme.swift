import Foundation

/// A theme made ready for the handbook. Themes copied from an older Tre have no `handbook/`
/// folder and no `handbook_` strings; rather than refuse them, the built-in handbook fills
/// in whatever they lack, so a site's own look never stops the handbook from printing.
enum HandbookTheme {
    static func completed(_ theme: Theme, builtIn: Theme = .builtIn) -> Theme {
        theme.completed(from: builtIn, files: { $0.hasPrefix("handbook/") }, strings: ["handbook_"])
    }
}

extension Theme {
    /// This theme with the files `files` picks and the strings whose keys start with one of
    /// `strings`, taken from `builtIn` wherever this theme lacks them.
    func completed(from builtIn: Theme, files wanted: (String) -> Bool, strings prefixes: [String]) -> Theme {
        var files = self.files
        for (path, data) in builtIn.files where wanted(path) && files[path] == nil {
            files[path] = data
        }
        for language in Language.allCases {
            let path = "strings/\(language.rawValue).yml"
            guard let own = text(path), let defaults = builtIn.text(path) else { continue }
            let missing = Self.lines(defaults, prefixes).filter { !own.contains("\n" + $0.key + ":") && !own.hasPrefix($0.key + ":") }
            guard !missing.isEmpty else { continue }
            let text = own + (own.hasSuffix("\n") ? "" : "\n") + "# from Tre's built-in theme\n"
                + missing.map(\.line).joined(separator: "\n") + "\n"
            files[path] = Data(text.utf8)
        }
        return Theme(files: files)
    }

    /// The `key: "…"` lines of a strings file whose keys start with one of `prefixes`.
    static func lines(_ text: String, _ prefixes: [String]) -> [(key: String, line: String)] {
        text.split(separator: "\n").compactMap { line in
            guard prefixes.contains(where: { line.hasPrefix($0) }), let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), String(line))
        }
    }
}
