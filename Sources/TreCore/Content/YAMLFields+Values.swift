import Foundation

/// Typed reading of `YAMLFields`. Each accessor returns nil when the key is absent, null or
/// wrong, and records why into `diagnostics`: a missing required key at the mapping's
/// opening line, anything wrong with a value at the value itself.
extension YAMLFields {
    /// Text. Numbers and dates written without quotes are text too (`code: 35` → `"35"`),
    /// because every scalar keeps the text it was written as. Empty text counts as absent.
    public func string(_ key: String, required: Bool = false, into diagnostics: inout Diagnostics) -> String? {
        guard let node = present(key, required: required, into: &diagnostics) else { return nil }
        guard let text = node.scalar else {
            wrongKind(key, node, expected: LocalizedText(vi: "một đoạn chữ", en: "text"), into: &diagnostics)
            return nil
        }
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else {
            if required { emptyRequired(key, node, into: &diagnostics) }
            return nil
        }
        return trimmed
    }

    /// A whole number within `range`.
    public func int(_ key: String, required: Bool = false, range: ClosedRange<Int>,
                    into diagnostics: inout Diagnostics) -> Int? {
        value(key, required: required, into: &diagnostics) { ValueParser.integer($0, range: range) }
    }

    /// A year (1900–2100), e.g. a plan's `from` and `to`.
    public func year(_ key: String, required: Bool = false, into diagnostics: inout Diagnostics) -> Int? {
        guard let (text, node) = scalar(key, required: required, into: &diagnostics) else { return nil }
        guard case .success(let year) = ValueParser.year(text) else {
            // `2.025` is 2025 with a thousands separator (the *Numbers* rule): say so.
            let example = NumberText.year(text).map(String.init) ?? "2024"
            diagnostics.error(
                node.location,
                vi: "`\(key)` phải là một năm, ví dụ 2024 (đang ghi: «\(text)»).",
                en: "`\(key)` must be a year, e.g. 2024 (found \"\(text)\").",
                hintVi: "Ghi năm bằng 4 chữ số, không kèm chữ hay dấu chấm: `\(key): \(example)`.",
                hintEn: "Write the year as 4 digits, without words or separators: `\(key): \(example)`.")
            return nil
        }
        return year
    }

    /// A full date, `YYYY-MM-DD` or `DD/MM/YYYY`. Read from the scalar's text, so Yams
    /// never turns it into a timestamp with a time zone.
    public func day(_ key: String, required: Bool = false, into diagnostics: inout Diagnostics) -> Day? {
        value(key, required: required, into: &diagnostics) { ValueParser.date($0, partial: false) }
    }

    /// `yes`/`no`, `true`/`false`, `có`/`không`.
    public func bool(_ key: String, required: Bool = false, into diagnostics: inout Diagnostics) -> Bool? {
        value(key, required: required, into: &diagnostics, ValueParser.bool)
    }

    /// A list of texts: a YAML sequence of scalars, or one scalar as a list of one.
    public func stringList(_ key: String, required: Bool = false, into diagnostics: inout Diagnostics) -> [String]? {
        guard let node = present(key, required: required, into: &diagnostics) else { return nil }
        switch node.value {
        case .scalar(let text, _):
            let trimmed = text.trimmingWhitespace
            return trimmed.isEmpty ? [] : [trimmed]
        case .sequence(let items):
            var result: [String] = []
            for item in items where !item.isNull {
                guard let text = item.scalar else {
                    wrongKind(key, item, expected: LocalizedText(vi: "một đoạn chữ", en: "text"), into: &diagnostics)
                    continue
                }
                let trimmed = text.trimmingWhitespace
                if !trimmed.isEmpty { result.append(trimmed) }
            }
            return result
        case .mapping:
            wrongKind(key, node, expected: LocalizedText(vi: "một danh sách", en: "a list"), into: &diagnostics)
            return nil
        }
    }

    /// A nested mapping, e.g. `handbook:` or `csv:` in `site.yml`. A missing required key
    /// inside it is reported at this key's line.
    public func mapping(_ key: String, required: Bool = false, into diagnostics: inout Diagnostics) -> YAMLFields? {
        guard let node = present(key, required: required, into: &diagnostics) else { return nil }
        guard case .mapping = node.value else {
            wrongKind(key, node, expected: LocalizedText(vi: "một nhóm khóa", en: "a group of keys"), into: &diagnostics)
            return nil
        }
        let anchor = keyLocation(key) ?? node.location
        return Self.fields(from: node, location: anchor, into: &diagnostics)
    }

    // MARK: - Shared steps

    /// Reads a scalar with a value parser, putting its problem at the value.
    func value<T>(_ key: String, required: Bool, into diagnostics: inout Diagnostics,
                  _ parse: (String) -> Result<T, ValueProblem>) -> T? {
        guard let (text, node) = scalar(key, required: required, into: &diagnostics) else { return nil }
        switch parse(text) {
        case .success(let value): return value
        case .failure(let problem):
            diagnostics.error(problem.about(key), at: node.location)
            return nil
        }
    }

    /// The non-empty scalar text of `key` and its node.
    func scalar(_ key: String, required: Bool, into diagnostics: inout Diagnostics) -> (String, YAMLNode)? {
        guard let node = present(key, required: required, into: &diagnostics) else { return nil }
        guard let text = node.scalar else {
            wrongKind(key, node, expected: LocalizedText(vi: "một giá trị đơn", en: "a single value"), into: &diagnostics)
            return nil
        }
        guard !text.trimmingSpaces.isEmpty else {
            if required { emptyRequired(key, node, into: &diagnostics) }
            return nil
        }
        return (text, node)
    }

    /// The value of `key` unless absent or null; reports a missing required key.
    func present(_ key: String, required: Bool, into diagnostics: inout Diagnostics) -> YAMLNode? {
        if let node = node(key), !node.isNull { return node }
        if required {
            if let node = node(key) {
                emptyRequired(key, node, into: &diagnostics)
            } else {
                diagnostics.error(
                    location,
                    vi: "Thiếu khóa bắt buộc `\(key)`.",
                    en: "Missing required key `\(key)`.",
                    hintVi: "Thêm một dòng `\(key): ...` vào phần thông tin ở đây.",
                    hintEn: "Add a line `\(key): ...` here.")
            }
        }
        return nil
    }

    private func emptyRequired(_ key: String, _ node: YAMLNode, into diagnostics: inout Diagnostics) {
        diagnostics.error(
            keyLocation(key) ?? node.location,
            vi: "Khóa bắt buộc `\(key)` chưa có giá trị.",
            en: "Required key `\(key)` has no value.",
            hintVi: "Viết giá trị sau dấu hai chấm, ví dụ `\(key): ...`.",
            hintEn: "Write the value after the colon, e.g. `\(key): ...`.")
    }

    private func wrongKind(_ key: String, _ node: YAMLNode, expected: LocalizedText,
                           into diagnostics: inout Diagnostics) {
        diagnostics.error(
            node.location,
            vi: "`\(key)` phải là \(expected.vi), nhưng ở đây là \(node.kindName.vi).",
            en: "`\(key)` must be \(expected.en), but it is \(node.kindName.en).",
            hintVi: "Viết giá trị trên cùng dòng với khóa, ví dụ `\(key): ...`; nếu giá trị bắt đầu bằng `[`, `{` hoặc `-`, hãy đặt nó trong ngoặc kép.",
            hintEn: "Write the value on the key's line, e.g. `\(key): ...`; if it starts with `[`, `{` or `-`, put it in double quotes.")
    }
}

extension String {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` (whose set is Unicode's White_Space
    /// and the zero width space), without the trip through NSString when there is nothing to
    /// trim, as for nearly every value.
    var trimmingWhitespace: String {
        func trimmed(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace || scalar == "\u{200B}" }
        guard let first = unicodeScalars.first, let last = unicodeScalars.last, !trimmed(first), !trimmed(last) else {
            return trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return self
    }
}
