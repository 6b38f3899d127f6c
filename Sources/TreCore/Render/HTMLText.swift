import TreMustache

/// Text made safe for HTML: what templates do to every `{{value}}` (`MustacheEscaping.html`),
/// and what `tre serve`'s error overlay does to messages and lines of content.
public enum HTMLText {
    /// Replaces `<`, `>`, `&`, `"` and `'` with entities, exactly as swift-mustache did:
    /// character by character, so one that a combining mark joins (`<` + U+0338) stays as it is.
    public static func escape(_ text: String) -> String {
        MustacheEscaping.html(text)
    }
}
