/// Text made safe for HTML: what templates do to every `{{value}}` (`TemplateEscaping`),
/// and what `tre serve`'s error overlay does to messages and lines of content.
public enum HTMLText {
    /// Replaces `<`, `>`, `&`, `"` and `'` with entities, exactly as swift-mustache does:
    /// character by character, so one that a combining mark joins (`<` + U+0338) stays as it is.
    public static func escape(_ text: String) -> String {
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
