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

    func escapeText(_ text: String) -> String { HTMLText.escape(text) }
}
