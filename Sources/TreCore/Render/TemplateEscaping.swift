import Mustache

/// How templates escape `{{value}}`: the same bytes as swift-mustache's own HTML escaping,
/// much faster. The library's escaper looks every Character up in a dictionary, which was
/// a third of all template time in a national build although most values need nothing.
///
/// swift-mustache has no switch for the default escaping, but a template can choose its
/// content type with a `{{% CONTENT_TYPE: … }}` pragma, and partials start again from HTML;
/// so `TemplateLibrary` puts `pragma` at the top of every template it parses. The pragma
/// stands on a line of its own, which Mustache drops whole: the template renders as before.
struct TemplateEscaping: MustacheContentType {
    static let name = "TRE_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Registers the content type with swift-mustache (once per process, before parsing).
    static let registered: Void = MustacheContentTypes.register(TemplateEscaping(), named: name)

    func escapeText(_ text: String) -> String { Self.escape(text) }

    /// Replaces `<`, `>`, `&`, `"` and `'` with entities, exactly as swift-mustache does:
    /// character by character, so one that a combining mark joins (`<` + U+0338) stays as it is.
    static func escape(_ text: String) -> String {
        // Most values have none of the five bytes: give them back without a copy.
        guard needsEscaping(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Whether any of the five bytes occurs. No other character is canonically equivalent
    /// to one of them, so without these bytes the escaper would change nothing.
    static func needsEscaping(_ text: String) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for byte in bytes where byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27 {
                return true
            }
            return false
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        var copy = text
        return copy.withUTF8(scan)
    }
}
