/// Reads a data block's YAML into a `DataBlockRequest`, reporting every problem at its file
/// line and column: syntax where libyaml found it, an unknown key or a bad value on its own
/// line, a missing key at the block's opening fence.
public enum DataBlockParser {
    /// The keys each kind of block accepts, in the order hints list them.
    static let allowedKeys: [DataBlock.Kind: [String]] = [
        .chart: ["plan", "indicator"],
        .targets: ["plan"],
        .cooperatives: ["province", "kind", "model", "sector", "limit"],
    ]

    /// Parses `block`. The request is nil when the block has any error.
    ///
    ///     let (request, diagnostics) = DataBlockParser.parse(block)
    ///     // "plan: ha-nam-291\nindicator: so-htx\n" in a chart block
    ///     // → .chart(plan: "ha-nam-291", indicator: "so-htx"), no diagnostics
    public static func parse(_ block: DataBlock) -> (request: DataBlockRequest?, diagnostics: Diagnostics) {
        var yaml = DataBlockYAML(block)
        guard let fields = yaml.fields() else { return (nil, yaml.diagnostics) }
        var reader = FieldReader(block: block, diagnostics: yaml.diagnostics)
        let values = reader.values(fields)
        let request = reader.request(values)
        let diagnostics = reader.diagnostics
        return (diagnostics.hasErrors ? nil : request, diagnostics)
    }
}

/// Checks keys and values against the block's kind.
struct FieldReader {
    let block: DataBlock
    var diagnostics: Diagnostics
    /// Known keys that were written, even with a bad value (already reported).
    private var written: Set<String> = []

    init(block: DataBlock, diagnostics: Diagnostics) {
        self.block = block
        self.diagnostics = diagnostics
    }

    private var kind: String { block.kind.rawValue }
    private var allowed: [String] { DataBlockParser.allowedKeys[block.kind] ?? [] }

    /// The known keys with a usable value; problems reported.
    mutating func values(_ fields: [DataBlockYAML.Field]) -> [String: DataBlockYAML.Field] {
        var values: [String: DataBlockYAML.Field] = [:]
        for field in fields {
            guard allowed.contains(field.key) else {
                unknownKey(field)
                continue
            }
            written.insert(field.key)
            if field.value == nil {
                diagnostics.error(
                    field.valueLocation, vi: "Mục `\(field.key)` chỉ nhận một giá trị, không nhận danh sách",
                    en: "`\(field.key)` takes a single value, not a list",
                    hintVi: "Viết trên một dòng: `\(field.key): ...`.", hintEn: "Write `\(field.key): ...` on one line.")
            } else if field.isNull || field.value?.allSatisfy(\.isWhitespace) == true {
                diagnostics.error(
                    field.keyLocation, vi: "Mục `\(field.key)` chưa có giá trị",
                    en: "`\(field.key)` has no value",
                    hintVi: "Viết giá trị sau dấu hai chấm, ví dụ `\(field.key): \(Self.example(field.key))`.",
                    hintEn: "Write the value after the colon, e.g. `\(field.key): \(Self.example(field.key))`.")
            } else {
                values[field.key] = field
            }
        }
        return values
    }

    /// The request, given the values; a missing required key is reported at the fence.
    mutating func request(_ values: [String: DataBlockYAML.Field]) -> DataBlockRequest? {
        switch block.kind {
        case .chart:
            guard let indicator = required("indicator", values,
                                           vi: "chỉ tiêu cần vẽ biểu đồ", en: "the indicator to chart")
            else { return nil }
            return .chart(plan: text("plan", values), indicator: indicator)
        case .targets:
            guard let plan = required("plan", values,
                                      vi: "kế hoạch cần liệt kê chỉ tiêu", en: "the plan whose targets to list")
            else { return nil }
            return .targets(plan: plan)
        case .cooperatives:
            return .cooperatives(CooperativeFilter(
                province: text("province", values), kind: cooperativeKind(values),
                model: model(values), sector: text("sector", values), limit: limit(values)))
        }
    }

    // MARK: Values

    private func text(_ key: String, _ values: [String: DataBlockYAML.Field]) -> String? {
        values[key]?.value?.trimmingSpaces
    }

    private mutating func required(_ key: String, _ values: [String: DataBlockYAML.Field],
                                   vi: String, en: String) -> String? {
        if let value = text(key, values) { return value }
        guard !written.contains(key) else { return nil }
        diagnostics.error(
            block.location, vi: "Khối `\(kind)` thiếu mục `\(key)` (\(vi))",
            en: "the `\(kind)` block is missing `\(key)` (\(en))",
            hintVi: "Thêm dòng `\(key): \(Self.example(key))` vào trong khối.",
            hintEn: "Add a line `\(key): \(Self.example(key))` inside the block.")
        return nil
    }

    private mutating func cooperativeKind(_ values: [String: DataBlockYAML.Field]) -> String? {
        guard let field = values["kind"], let value = field.value?.trimmingSpaces else { return nil }
        let upper = value.uppercased()
        if ["HTX", "THT", "LHHTX"].contains(upper) { return upper }
        diagnostics.error(
            field.valueLocation, vi: "Loại `\(value)` không có; `kind` chỉ nhận HTX, THT hoặc LHHTX",
            en: "unknown kind `\(value)`: `kind` takes HTX, THT or LHHTX",
            hintVi: "HTX là hợp tác xã, THT là tổ hợp tác, LHHTX là liên hiệp hợp tác xã.",
            hintEn: "HTX: cooperative, THT: cooperative group, LHHTX: union of cooperatives.")
        return nil
    }

    private mutating func model(_ values: [String: DataBlockYAML.Field]) -> Bool? {
        guard let field = values["model"], let value = field.value?.trimmingSpaces else { return nil }
        switch value.lowercased() {
        case "yes", "true", "có": return true
        case "no", "false", "không": return false
        default:
            diagnostics.error(
                field.valueLocation, vi: "`model` chỉ nhận có hoặc không, không nhận `\(value)`",
                en: "`model` must be yes or no, not `\(value)`",
                hintVi: "Viết `model: có` để chỉ lấy HTX điển hình, `model: không` để lấy các HTX còn lại "
                    + "(cũng được viết yes/no hoặc true/false).",
                hintEn: "Write `model: yes` for showcase cooperatives only, `model: no` for the others "
                    + "(true/false and có/không also work).")
            return nil
        }
    }

    private mutating func limit(_ values: [String: DataBlockYAML.Field]) -> Int? {
        guard let field = values["limit"], let value = field.value?.trimmingSpaces else { return nil }
        if value.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(value), number > 0 {
            return number
        }
        diagnostics.error(
            field.valueLocation, vi: "`limit` phải là số nguyên lớn hơn 0, không phải `\(value)`",
            en: "`limit` must be a whole number above 0, not `\(value)`",
            hintVi: "Ví dụ `limit: 10` để hiện tối đa 10 hợp tác xã.",
            hintEn: "For example `limit: 10` to show at most 10 cooperatives.")
        return nil
    }

    // MARK: Keys

    private mutating func unknownKey(_ field: DataBlockYAML.Field) {
        let list = allowed.map { "`\($0)`" }.joined(separator: ", ")
        var hintVi = "Khối `\(kind)` chỉ nhận các mục: \(list)."
        var hintEn = "A `\(kind)` block takes: \(list)."
        if let guess = Self.closest(to: field.key, in: allowed) {
            hintVi = "Có phải bạn định viết `\(guess)`? " + hintVi
            hintEn = "Did you mean `\(guess)`? " + hintEn
        }
        diagnostics.error(
            field.keyLocation, vi: "Khối `\(kind)` không có mục `\(field.key)`",
            en: "unknown key `\(field.key)` in a `\(kind)` block", hintVi: hintVi, hintEn: hintEn)
    }

    /// The allowed key within two edits of `key` (ignoring case), for "did you mean".
    static func closest(to key: String, in allowed: [String]) -> String? {
        let typed = Array(key.lowercased())
        guard typed.count <= 40 else { return nil }
        return allowed
            .map { ($0, editDistance(typed, Array($0))) }
            .filter { $0.1 <= 2 }
            .min { $0.1 < $1.1 }?.0
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var row = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var next = [i + 1]
            for (j, y) in b.enumerated() {
                next.append(min(row[j + 1] + 1, next[j] + 1, row[j] + (x == y ? 0 : 1)))
            }
            row = next
        }
        return row[b.count]
    }

    static func example(_ key: String) -> String {
        switch key {
        case "plan": "ha-nam-291"
        case "indicator": "so-htx-thanh-lap-moi"
        case "province": "ha-nam"
        case "kind": "HTX"
        case "model": "có"
        case "sector": "nông nghiệp"
        default: "10"
        }
    }
}
