/// Prints diagnostics like a compiler does:
///
///     Content/data/targets.csv:14:3: lỗi: chỉ tiêu "htx-hieu-qua" không tồn tại
///        14 | ha-nam-291,htx-hieu-qua,80
///           |   ^
///       gợi ý: ...
public struct DiagnosticPrinter: Sendable {
    public var language: Language
    /// Returns the text of a line of a file, to show it under the message.
    public var sourceLine: @Sendable (_ file: String, _ line: Int) -> String?

    public init(language: Language,
                sourceLine: @escaping @Sendable (_ file: String, _ line: Int) -> String? = { _, _ in nil }) {
        self.language = language
        self.sourceLine = sourceLine
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        let words = language == .vi
            ? (error: "lỗi", warning: "cảnh báo", hint: "cách sửa")
            : (error: "error", warning: "warning", hint: "fix")
        let severity = diagnostic.severity == .error ? words.error : words.warning
        var lines = ["\(diagnostic.location): \(severity): \(diagnostic.message.text(language))"]
        if let line = diagnostic.location.line, let text = sourceLine(diagnostic.location.file, line) {
            let gutter = String(line)
            let shown = text.count > 160 ? String(text.prefix(160)) + "…" : text
            lines.append("  \(gutter) | \(shown)")
            if let column = diagnostic.location.column, column >= 1, column <= shown.count + 1 {
                // Keep tabs so the caret lines up under the same character.
                let lead = shown.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
                lines.append("  \(String(repeating: " ", count: gutter.count)) | \(lead)^")
            }
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
