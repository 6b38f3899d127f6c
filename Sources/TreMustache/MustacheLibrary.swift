import Foundation

/// Named templates that can include each other as partials (`{{>partials/card}}`) and
/// inherit from each other (`{{<layout}}`), with the escaping used for `{{value}}`.
public struct MustacheLibrary: Sendable {
    private var templates: [String: MustacheTemplate]
    /// What `{{value}}` does to a value's text (HTML escaping unless told otherwise).
    let escape: @Sendable (String) -> String

    public init(templates: [String: MustacheTemplate] = [:],
                escape: @escaping @Sendable (String) -> String = MustacheEscaping.html) {
        self.templates = templates
        self.escape = escape
    }

    public mutating func register(_ template: MustacheTemplate, named name: String) {
        templates[name] = template
    }

    public func template(named name: String) -> MustacheTemplate? {
        templates[name]
    }

    public var names: [String] { templates.keys.sorted() }

    /// Renders the template `name` over `value`; nil when there is no such template.
    /// A `recorder` is told every name that was found, for checks that names are provided.
    public func render(_ value: MustacheValue, withTemplate name: String, recorder: MustacheRecorder? = nil) -> String? {
        guard let template = templates[name] else { return nil }
        return render(value, with: template, recorder: recorder)
    }

    /// Renders `template` over `value`, with this library's partials.
    public func render(_ value: MustacheValue, with template: MustacheTemplate, recorder: MustacheRecorder? = nil) -> String {
        var out = ""
        MustacheRenderer(library: self, recorder: recorder).render(template, MustacheFrame(stack: [value]), into: &out)
        return out
    }
}

extension MustacheTemplate {
    /// Renders over `value` with no partials but itself.
    public func render(_ value: MustacheValue) -> String {
        MustacheLibrary().render(value, with: self)
    }
}

/// Collects the names renders found, so a test can name those no value ever provides.
/// Safe to share between the threads a build renders on.
public final class MustacheRecorder: @unchecked Sendable {
    private var names: Set<String> = []
    private let lock = NSLock()

    public init() {}

    func found(_ name: String) {
        lock.lock()
        names.insert(name)
        lock.unlock()
    }

    /// The names (as templates spell them) that were found at least once.
    public var found: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return names
    }
}
