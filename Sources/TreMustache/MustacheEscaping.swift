/// How `{{value}}` escapes text.
public enum MustacheEscaping {
    /// Replaces `<`, `>`, `&`, `"` and `'` with entities, exactly as swift-mustache does:
    /// Character by Character, so one that a combining mark joins (`<` + U+0338) stays as it
    /// is. Most values have none of the five bytes and come back without a copy.
    @Sendable
    public static func html(_ text: String) -> String {
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

    /// Whether any of the five bytes occurs. No other character is canonically equivalent to
    /// one of them, so without these bytes escaping would change nothing.
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
