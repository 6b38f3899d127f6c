/// Writes the theme's UI strings into its templates once, when they are loaded: `{{t.key}}`
/// becomes the string itself, escaped, instead of a lookup through the context stack on every
/// page. The strings are the same on every page of a build and a layout shows a dozen of them,
/// so this was a sixth of all template time.
///
/// Only a plain `{{t.key}}` is written in, and only when doing so cannot change what the
/// template renders:
/// - the key is in `strings` (a missing one renders as nothing, and stays a tag);
/// - the string has a visible character (an empty one could make a neighbouring section tag
///   "standalone", which would drop its line break), no line break (Mustache indents lines of
///   template text inside indented partials, but not lines of a value) and no brace (which
///   could join a neighbouring tag's delimiters);
/// - no brace touches the tag (`{{{t.key}}}` shows the string unescaped);
/// - the template changes no delimiters and has no comments, whose ends text matching could misread.
/// Templates are always rendered with `t` set to these same strings (`Page`, `DataBlockView`,
/// `HandbookDocument`), and no view model has a `t` of its own that could hide them.
enum TemplateStrings {
    static func writeIn(_ strings: [String: String], into template: String) -> String {
        guard !strings.isEmpty, !template.contains("{{="), !template.contains("{{!") else { return template }
        var out = ""
        var index = template.startIndex
        while let open = template[index...].firstRange(of: "{{t."),
              let close = template[open.upperBound...].firstRange(of: "}}") {
            let key = template[open.upperBound..<close.lowerBound]
            let before = open.lowerBound > template.startIndex ? template[template.index(before: open.lowerBound)] : nil
            let after = close.upperBound < template.endIndex ? template[close.upperBound] : nil
            if before != "{", after != "}", isKey(key), let value = strings[String(key)], canWriteIn(value) {
                out += template[index..<open.lowerBound]
                out += HTMLText.escape(value)
            } else {
                out += template[index..<close.upperBound]
            }
            index = close.upperBound
        }
        out += template[index...]
        return out
    }

    static func isKey(_ key: Substring) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-": true
            default: false
            }
        }
    }

    static func canWriteIn(_ value: String) -> Bool {
        value.contains { !$0.isWhitespace } && !value.contains { $0.isNewline || $0 == "{" || $0 == "}" }
    }
}
