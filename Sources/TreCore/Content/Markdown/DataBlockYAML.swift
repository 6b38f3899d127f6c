import Yams

/// A data block's YAML read into `key: value` fields with their file positions. Reports
/// syntax errors where libyaml found them, mapped from the block to its file, and refuses
/// input too long or too deeply nested to be a data block before handing it to Yams, whose
/// composer recurses once per nesting level.
struct DataBlockYAML {
    /// One `key: value` line. `value` is nil when the value is not a single scalar.
    struct Field {
        var key: String
        var keyLocation: SourceLocation
        var value: String?
        var valueLocation: SourceLocation
        /// True for an empty, `~` or `null` value.
        var isNull: Bool
    }

    static let maxBytes = 64 * 1024
    static let maxDepth = 32

    let block: DataBlock
    let lines: [Substring]
    var diagnostics = Diagnostics()

    init(_ block: DataBlock) {
        self.block = block
        // A block too long to read is reported at its fence, so its lines are never needed.
        lines = block.yaml.utf8.count > Self.maxBytes
            ? [] : block.yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    /// The fields in order, or nil if the block could not be read (errors reported).
    mutating func fields() -> [Field]? {
        guard checkSize() else { return nil }
        let root: Node?
        do {
            // UTF-8 named outright: Yams works out its default by reading the whole
            // environment, on every call.
            root = try Yams.compose(yaml: block.yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            report(error)
            return nil
        } catch {
            syntaxError(at: block.location, detail: "\(error)")
            return nil
        }
        guard let root else { return [] }
        switch root {
        case .mapping(let mapping):
            return fields(of: mapping)
        case .scalar(let scalar) where Self.isNull(scalar):
            return []
        default:
            diagnostics.error(
                location(root.mark), vi: "Khối `\(kind)` phải gồm các dòng dạng `khoá: giá trị`",
                en: "a `\(kind)` block must be lines of `key: value`",
                hintVi: "Ví dụ:\n    plan: ha-nam-291\n    indicator: so-htx",
                hintEn: "For example:\n    plan: ha-nam-291\n    indicator: so-htx")
            return nil
        }
    }

    var kind: String { block.kind.rawValue }

    private mutating func fields(of mapping: Node.Mapping) -> [Field]? {
        var result: [Field] = []
        var ok = true
        for (key, value) in mapping {
            guard case .scalar(let name) = key else {
                ok = false
                diagnostics.error(
                    location(key.mark), vi: "Tên mục trong khối `\(kind)` phải là một từ, ví dụ `plan`",
                    en: "a key in a `\(kind)` block must be a plain word such as `plan`")
                continue
            }
            var field = Field(key: VietnameseText.nfc(name.string), keyLocation: location(name.mark),
                              value: nil, valueLocation: location(value.mark ?? name.mark),
                              isNull: false)
            if case .scalar(let scalar) = value {
                field.value = VietnameseText.nfc(scalar.string)
                field.isNull = Self.isNull(scalar)
            }
            result.append(field)
        }
        return ok ? result : nil
    }

    private static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    // MARK: Positions

    /// The file location of a libyaml mark (1-based line; column counted in Unicode scalars).
    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return block.location }
        return location(line: mark.line, scalarColumn: mark.column)
    }

    func location(line: Int, scalarColumn: Int) -> SourceLocation {
        let line = max(1, line)
        var column = max(1, scalarColumn)
        if line <= lines.count {
            let prefix = lines[line - 1].unicodeScalars.prefix(column - 1)
            column = String(String.UnicodeScalarView(prefix)).count + 1
        }
        // cmark strips an indented fence's indentation from the lines inside it.
        let indent = max(0, (block.location.column ?? 1) - 1)
        return SourceLocation(file: block.location.file, line: block.yamlFirstLine + line - 1,
                              column: column + indent)
    }

    // MARK: Errors

    private mutating func report(_ error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // At the end of the text ("unexpected end of stream") the problem is where the
            // unfinished thing began, e.g. an opening quote: libyaml's context mark.
            let atEnd = mark.line > lines.count || (mark.line == lines.count && lines.last?.isEmpty == true)
            syntaxError(at: location(atEnd ? context?.mark ?? mark : mark), detail: problem)
        case .reader(let problem, let offset, _, _):
            syntaxError(at: offset.map(location(characterOffset:)) ?? block.location, detail: problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            diagnostics.error(
                secondOccurrence(of: key) ?? location(context.mark),
                vi: "Mục `\(key)` được viết hai lần trong khối `\(kind)`",
                en: "the key `\(key)` appears twice in a `\(kind)` block",
                hintVi: "Giữ lại một dòng `\(key): ...` và xoá dòng kia.",
                hintEn: "Keep one `\(key): ...` line and delete the other.")
        default:
            syntaxError(at: block.location, detail: "\(error)")
        }
    }

    private mutating func syntaxError(at location: SourceLocation, detail: String) {
        diagnostics.error(
            location,
            vi: "Không đọc được khối `\(kind)`: cách viết chưa đúng (\(detail))",
            en: "cannot read the `\(kind)` block: \(detail)",
            hintVi: "Mỗi dòng viết dạng `khoá: giá trị`, ví dụ `plan: ha-nam-291`. Thụt lề bằng dấu "
                + "cách, không dùng phím Tab; giá trị có dấu `:` hoặc `#` thì đặt trong ngoặc kép.",
            hintEn: "Write one `key: value` per line, e.g. `plan: ha-nam-291`. Indent with spaces, "
                + "not tabs; quote values that contain `:` or `#`.")
    }

    private func location(characterOffset: Int) -> SourceLocation {
        var remaining = characterOffset
        for (index, line) in lines.enumerated() {
            let length = line.count + 1  // the line break
            if remaining < length {
                let column = String(line.prefix(remaining)).unicodeScalars.count + 1
                return location(line: index + 1, scalarColumn: column)
            }
            remaining -= length
        }
        return location(line: lines.count, scalarColumn: 1)
    }

    /// Where a duplicated key is written the second time, found in the text because Yams
    /// reports the first.
    private func secondOccurrence(of key: String) -> SourceLocation? {
        var seen = 0
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop(while: { $0 == " " })
            guard trimmed.hasPrefix(key + ":") || trimmed.hasPrefix("\"\(key)\":") else { continue }
            seen += 1
            if seen == 2 {
                return location(line: index + 1, scalarColumn: line.count - trimmed.count + 1)
            }
        }
        return nil
    }
}

extension DataBlockYAML {
    /// False (with an error) when the block is too long or nested too deeply to be a data
    /// block. A data block is a few flat `key: value` lines, so the limits are far above
    /// anything valid and only stop input that could exhaust memory or the stack.
    mutating func checkSize() -> Bool {
        if block.yaml.utf8.count > Self.maxBytes {
            diagnostics.error(
                block.location,
                vi: "Khối `\(kind)` quá dài (hơn \(Self.maxBytes / 1024) KB)",
                en: "the `\(kind)` block is too long (over \(Self.maxBytes / 1024) KB)",
                hintVi: "Khối dữ liệu chỉ cần vài dòng `khoá: giá trị`; kiểm tra xem dòng ``` đóng khối có bị thiếu không.",
                hintEn: "A data block needs only a few `key: value` lines; check that its closing ``` is there.")
            return false
        }
        if let (line, column) = tooDeep() {
            diagnostics.error(
                location(line: line, scalarColumn: column),
                vi: "Khối `\(kind)` lồng nhau quá sâu",
                en: "the `\(kind)` block is nested too deeply",
                hintVi: "Mỗi dòng chỉ cần dạng `khoá: giá trị`, không lồng danh sách hay ngoặc vào nhau.",
                hintEn: "Each line only needs `key: value`, with no nested lists or brackets.")
            return false
        }
        return true
    }

    /// Where an upper bound on the nesting depth first passes `maxDepth`, as a 1-based line
    /// and column in the block. Each block level needs a column of indentation (beyond the
    /// block's own margin) or an indicator (`- `, `? `, `: `) at the start of a line; each
    /// flow level needs an open bracket. Every `[` and `{` counts, closed or not and even in
    /// quotes or comments: any smarter reading could be fooled (`[ "]", [ "]", ...` nests
    /// while looking balanced), and no valid data block comes near the limit.
    func tooDeep() -> (line: Int, column: Int)? {
        let isIndent: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        let margin = lines
            .filter { !$0.allSatisfy(\.isWhitespace) }
            .map { $0.prefix(while: isIndent).count }
            .min() ?? 0
        var brackets = 0
        for (index, line) in lines.enumerated() {
            let prefix = line.prefix(while: { isIndent($0) || $0 == "-" || $0 == "?" || $0 == ":" })
            let block = max(0, prefix.count - margin)
            if block + brackets > Self.maxDepth { return (index + 1, 1) }
            var column = prefix.count
            for character in line.dropFirst(prefix.count) {
                column += 1
                guard character == "[" || character == "{" else { continue }
                brackets += 1
                if block + brackets > Self.maxDepth { return (index + 1, column) }
            }
        }
        return nil
    }
}
