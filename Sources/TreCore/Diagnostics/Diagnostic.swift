/// One problem found in the content: where, what, and how to fix it.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable, Comparable {
        case error
        case warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: LocalizedText
    public var hint: LocalizedText?

    public init(_ severity: Severity, at location: SourceLocation, _ message: LocalizedText,
                hint: LocalizedText? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }
}

/// The problems collected while reading and checking a site. Every stage appends to it
/// instead of stopping at the first problem, so users see everything at once.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) {
        self.items = items
    }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { items.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { items.filter { $0.severity == .warning } }
    public var isEmpty: Bool { items.isEmpty }

    public mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    public mutating func append(contentsOf other: Diagnostics) {
        items.append(contentsOf: other.items)
    }

    public mutating func error(_ location: SourceLocation, vi: String, en: String,
                               hintVi: String? = nil, hintEn: String? = nil) {
        append(Diagnostic(.error, at: location, LocalizedText(vi: vi, en: en),
                          hint: Self.hint(hintVi, hintEn)))
    }

    public mutating func warning(_ location: SourceLocation, vi: String, en: String,
                                 hintVi: String? = nil, hintEn: String? = nil) {
        append(Diagnostic(.warning, at: location, LocalizedText(vi: vi, en: en),
                          hint: Self.hint(hintVi, hintEn)))
    }

    /// Sorted by file, line and column, errors before warnings at the same place; duplicates removed.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return items
            .filter { seen.insert($0).inserted }
            .sorted {
                if $0.location != $1.location { return $0.location < $1.location }
                if $0.severity != $1.severity { return $0.severity < $1.severity }
                return $0.message.en < $1.message.en
            }
    }

    private static func hint(_ vi: String?, _ en: String?) -> LocalizedText? {
        guard let vi else { return nil }
        return LocalizedText(vi: vi, en: en ?? vi)
    }
}
