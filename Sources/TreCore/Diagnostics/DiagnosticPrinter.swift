/// Prints diagnostics like a compiler does:
///
///     Content/data/targets.csv:14:3: lỗi: chỉ tiêu "htx-hieu-qua" không tồn tại
///        14 | ha-nam-291,htx-hieu-qua,80
///           |   ^
///       gợi ý: ...
public struct DiagnosticPrinter: Sendable {
    public var language: Language
    /// What to show under a message at a location: a line of a file, or a workbook's row.
    public var excerpt: @Sendable (SourceLocation) -> SourceExcerpt?

    /// A printer that shows lines of text files, from `sourceLine`.
    public init(language: Language,
                sourceLine: @escaping @Sendable (_ file: String, _ line: Int) -> String? = { _, _ in nil }) {
        self.language = language
        self.excerpt = { location in
            guard let line = location.line, let text = sourceLine(location.file, line) else { return nil }
            return SourceExcerpt(line: text, number: line, column: location.column)
        }
    }

    /// A printer that shows what `excerpts` finds: lines of text files and rows of workbooks.
    public init(language: Language, excerpts: SourceExcerpts) {
        self.language = language
        self.excerpt = { excerpts.excerpt($0) }
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        let words = language == .vi
            ? (error: "lỗi", warning: "cảnh báo", hint: "cách sửa")
            : (error: "error", warning: "warning", hint: "fix")
        let severity = diagnostic.severity == .error ? words.error : words.warning
        var lines = ["\(diagnostic.location.text(language)): \(severity): \(diagnostic.message.text(language))"]
        if let excerpt = excerpt(diagnostic.location) {
            lines.append(contentsOf: excerpt.lines)
        }
        if let hint = diagnostic.hint {
            lines.append("  \(words.hint): \(hint.text(language))")
        }
        return lines.joined(separator: "\n")
    }

    /// All diagnostics, sorted, then a one-line count.
    public func report(_ diagnostics: Diagnostics) -> String {
        let sorted = diagnostics.sorted
        var parts = sorted.map(format)
        let errors = sorted.filter { $0.severity == .error }.count
        let warnings = sorted.count - errors
        if !sorted.isEmpty {
            parts.append(language == .vi
                ? "\(errors) lỗi, \(warnings) cảnh báo."
                : "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s").")
        }
        return parts.joined(separator: "\n")
    }
}
