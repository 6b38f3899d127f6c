import Yams

/// A YAML mapping (front matter, `site.yml`, a data block) whose keys and values know their
/// file line and column. Typed accessors (in `YAMLFields+Values.swift`) read values and
/// record any problem at the right place.
public struct YAMLFields: Sendable {
    public let file: String
    /// The pairs in the order written; keys are scalars.
    public let pairs: [YAMLPair]
    /// Where a missing required key is reported: the line that opens this mapping (the
    /// opening `---` of a front matter, the key of a nested mapping).
    public let location: SourceLocation

    /// The keys in the order written.
    public var keys: [String] { pairs.compactMap(\.key.scalar) }

    /// The value of `key`, or nil when the key is absent.
    public func node(_ key: String) -> YAMLNode? {
        pairs.first { $0.key.scalar == key }?.value
    }

    /// The location of `key` itself (for "unknown key" and similar messages).
    public func keyLocation(_ key: String) -> SourceLocation? {
        pairs.first { $0.key.scalar == key }?.key.location
    }

    /// Parses `yaml`, whose first line is line `firstLine` of the file printed as `file`.
    ///
    /// Empty YAML is an empty mapping. Syntax errors, a document that is not a mapping,
    /// keys that are not text, anchors, aliases and excessive nesting are errors at their
    /// file line and column; the fields are nil then.
    public static func parse(_ yaml: String, firstLine: Int, file: String) -> (fields: YAMLFields?, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let opening = SourceLocation(file: file, line: max(1, firstLine - 1), column: 1)
        var converter = YAMLNodeConverter(yaml: yaml, firstLine: firstLine, file: file)

        if let (problem, line, column) = YAMLGuard.check(yaml) {
            let text = line <= converter.lines.count ? converter.lines[line - 1] : ""
            let location = SourceLocation(
                file: file, line: firstLine + line - 1,
                column: TextPosition.characterColumn(scalarColumn: column, line: text))
            YAMLMessages.report(problem, at: location, into: &diagnostics)
            return (nil, diagnostics)
        }
        let root: Node?
        do {
            // UTF-8 named outright: Yams works out its default by reading the whole
            // environment, on every call.
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch {
            YAMLMessages.report(error, yaml: yaml, converter: converter, into: &diagnostics)
            return (nil, diagnostics)
        }
        guard let root else {
            return (YAMLFields(file: file, pairs: [], location: opening), diagnostics)
        }
        guard let node = converter.convert(root) else {
            diagnostics.error(
                converter.location(root.mark),
                vi: "Phần YAML này quá lớn hoặc lồng nhau quá sâu.",
                en: "This YAML is too large or too deeply nested.",
                hintVi: "Viết mỗi thông tin thành một dòng `khóa: giá trị` đơn giản.",
                hintEn: "Write each setting as a simple `key: value` line.")
            return (nil, diagnostics)
        }
        return (fields(from: node, location: opening, into: &diagnostics), diagnostics)
    }

    /// A mapping node as fields; errors for anything else and for keys that are not text.
    static func fields(from node: YAMLNode, location: SourceLocation,
                       into diagnostics: inout Diagnostics) -> YAMLFields? {
        if node.isNull { return YAMLFields(file: location.file, pairs: [], location: location) }
        guard case .mapping(let pairs) = node.value else {
            diagnostics.error(
                node.location,
                vi: "Phần này phải gồm các dòng dạng `khóa: giá trị`, nhưng ở đây là \(node.kindName.vi).",
                en: "This must be a set of `key: value` lines, but it is \(node.kindName.en).",
                hintVi: "Viết mỗi thông tin trên một dòng, ví dụ `title: Kế hoạch phát triển HTX`; nhớ dấu hai chấm và dấu cách sau tên khóa.",
                hintEn: "Write one setting per line, e.g. `title: Cooperative development plan`; mind the colon and the space after the key.")
            return nil
        }
        var good: [YAMLPair] = []
        for pair in pairs {
            guard pair.key.scalar != nil, !pair.key.isNull else {
                diagnostics.error(
                    pair.key.location,
                    vi: "Tên khóa phải là một từ, ví dụ `title`, nhưng ở đây là \(pair.key.kindName.vi).",
                    en: "A key must be a word such as `title`, but this one is \(pair.key.kindName.en).",
                    hintVi: "Kiểm tra dòng này: mỗi dòng bắt đầu bằng tên khóa, dấu hai chấm rồi giá trị.",
                    hintEn: "Check this line: each line starts with the key's name, a colon, then the value.")
                continue
            }
            good.append(pair)
        }
        return YAMLFields(file: location.file, pairs: good, location: location)
    }

    /// Warns about each key not in `allowed`, at the key, naming the closest allowed key
    /// when it looks like a typo. Unknown keys are ignored, not fatal, so an older `tre`
    /// can still build content written for a newer one.
    public func warnUnknownKeys(allowed: Set<String>, into diagnostics: inout Diagnostics) {
        for pair in pairs {
            guard let key = pair.key.scalar, !allowed.contains(key) else { continue }
            let near = EditDistance.suggestion(for: key, among: allowed)
            let list = allowed.sorted().joined(separator: ", ")
            diagnostics.warning(
                pair.key.location,
                vi: "Khóa `\(key)` không được hỗ trợ ở đây và sẽ bị bỏ qua.",
                en: "Key `\(key)` is not supported here and will be ignored.",
                hintVi: near.map { "Có phải bạn định viết `\($0)`?" } ?? "Các khóa dùng được: \(list).",
                hintEn: near.map { "Did you mean `\($0)`?" } ?? "The supported keys are: \(list).")
        }
    }
}
