import Yams

/// A YAML value with its position in the content file (not in the YAML snippet), copied out
/// of Yams' tree so that it is `Sendable` and carries file lines and Character columns.
public struct YAMLNode: Sendable {
    public enum Value: Sendable {
        /// The scalar's text exactly as written (NFC), never resolved to a date or number:
        /// `2024-02-22` stays the text `2024-02-22`. `plain` is false for quoted and block
        /// scalars, which are always text.
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var value: Value
    public var location: SourceLocation

    /// The scalar's text, or nil for a sequence or mapping.
    public var scalar: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    /// A YAML null: `~`, `null` or nothing at all, unquoted.
    public var isNull: Bool {
        if case .scalar(let text, plain: true) = value {
            return ["", "~", "null", "Null", "NULL"].contains(text)
        }
        return false
    }

    /// What the value is, for messages: "a list", "a group of keys", "text".
    var kindName: LocalizedText {
        switch value {
        case .scalar: LocalizedText(vi: "một đoạn chữ", en: "text")
        case .sequence: LocalizedText(vi: "một danh sách", en: "a list")
        case .mapping: LocalizedText(vi: "một nhóm khóa", en: "a group of keys")
        }
    }
}

/// One `key: value` of a mapping.
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode
}

/// Copies a Yams tree into `YAMLNode`s, moving positions into the file.
struct YAMLNodeConverter {
    let file: String
    /// File line of the YAML's first line.
    let firstLine: Int
    let lines: [Substring]
    /// Nodes left before giving up: `YAMLGuard` already refuses aliases, so this is only a
    /// second fence against a tree far bigger than its text.
    var budget = 200_000

    init(yaml: String, firstLine: Int, file: String) {
        self.file = file
        self.firstLine = firstLine
        lines = TextPosition.lines(of: yaml)
    }

    /// A location in the file for a Yams mark (1-based line, column in Unicode scalars).
    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file, line: firstLine, column: 1) }
        return location(line: mark.line, scalarColumn: mark.column)
    }

    /// A location in the file for a line of the YAML and a column counted in Unicode scalars.
    func location(line: Int, scalarColumn: Int) -> SourceLocation {
        let line = max(1, line)
        let text = line <= lines.count ? lines[line - 1] : ""
        return SourceLocation(file: file, line: firstLine + line - 1,
                              column: TextPosition.characterColumn(scalarColumn: max(1, scalarColumn), line: text))
    }

    /// The converted node, or nil when the budget ran out.
    mutating func convert(_ node: Node, depth: Int = 0) -> YAMLNode? {
        budget -= 1
        guard budget >= 0, depth <= YAMLGuard.maxDepth * 2 else { return nil }
        switch node {
        case .scalar(let scalar):
            let plain = scalar.style == .plain || scalar.style == .any
            return YAMLNode(value: .scalar(ContentText.normalize(scalar.string), plain: plain),
                            location: location(scalar.mark))
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for item in sequence {
                guard let converted = convert(item, depth: depth + 1) else { return nil }
                items.append(converted)
            }
            return YAMLNode(value: .sequence(items), location: location(sequence.mark))
        case .mapping(let mapping):
            var pairs: [YAMLPair] = []
            for (key, value) in mapping {
                guard let key = convert(key, depth: depth + 1),
                      let value = convert(value, depth: depth + 1) else { return nil }
                pairs.append(YAMLPair(key: key, value: value))
            }
            return YAMLNode(value: .mapping(pairs), location: location(mapping.mark))
        case .alias(let alias):
            return YAMLNode(value: .scalar("*" + alias.anchor.rawValue, plain: true), location: location(alias.mark))
        }
    }
}
