/// Why a value could not be read, in both languages, with a hint. Value parsers return it
/// instead of a diagnostic because they do not know where the value came from; the caller
/// puts it at the field's or the key's location.
public struct ValueProblem: Error, Hashable, Sendable {
    public var message: LocalizedText
    public var hint: LocalizedText?

    public init(_ message: LocalizedText, hint: LocalizedText? = nil) {
        self.message = message
        self.hint = hint
    }

    init(vi: String, en: String, hintVi: String? = nil, hintEn: String? = nil) {
        message = LocalizedText(vi: vi, en: en)
        hint = hintVi.map { LocalizedText(vi: $0, en: hintEn ?? $0) }
    }

    /// The same problem, prefixed with the name of the column or key it is about:
    /// "`target`: «12,5» không phải là một số …".
    public func about(_ name: String) -> ValueProblem {
        ValueProblem(LocalizedText(vi: "`\(name)`: " + message.vi, en: "`\(name)`: " + message.en),
                     hint: hint)
    }
}

extension Diagnostics {
    /// Records `problem` as an error at `location`.
    public mutating func error(_ problem: ValueProblem, at location: SourceLocation) {
        append(Diagnostic(.error, at: location, problem.message, hint: problem.hint))
    }
}
