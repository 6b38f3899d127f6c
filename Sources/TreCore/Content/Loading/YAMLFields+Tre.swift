extension YAMLFields {
    /// Where each key's value was written.
    var valueLocations: [String: SourceLocation] {
        var locations: [String: SourceLocation] = [:]
        for pair in pairs {
            if let key = pair.key.scalar, locations[key] == nil { locations[key] = pair.value.location }
        }
        return locations
    }

    /// A slug that names another page (`province: ha-nam`); anything else is an error at the value.
    func slug(_ key: String, into diagnostics: inout Diagnostics) -> String? {
        value(key, required: false, into: &diagnostics, ValueParser.slug)
    }

    /// Reports a problem with the value of `key`, at the value.
    func valueError(into diagnostics: inout Diagnostics, _ key: String, vi: String, en: String,
                    hintVi: String? = nil, hintEn: String? = nil) {
        diagnostics.error(node(key)?.location ?? location, vi: vi, en: en, hintVi: hintVi, hintEn: hintEn)
    }

    /// Photos: a list whose items are a path (`media/a.jpg`) or a path with its alt text
    /// (`{ src: media/a.jpg, alt: "Cánh đồng lúa" }`); a single path is a list of one.
    func photos(_ key: String, into diagnostics: inout Diagnostics) -> (paths: [String], alts: [String: String]) {
        guard let node = node(key), !node.isNull else { return ([], [:]) }
        let items: [YAMLNode]
        if case .sequence(let list) = node.value { items = list } else { items = [node] }
        var paths: [String] = []
        var alts: [String: String] = [:]
        for item in items {
            switch item.value {
            case .scalar(let text, _):
                paths.append(text.trimmingSpaces)
            case .mapping(let pairs):
                let value = { (name: String) in pairs.first { $0.key.scalar == name }?.value.scalar?.trimmingSpaces }
                guard let src = value("src"), !src.isEmpty else {
                    diagnostics.error(
                        item.location,
                        vi: "Ảnh này thiếu `src`, đường dẫn tới tệp ảnh.",
                        en: "This photo has no `src`, the path to its file.",
                        hintVi: "Ví dụ: `- { src: media/anh.jpg, alt: \"Mô tả ảnh\" }`",
                        hintEn: "For example: `- { src: media/photo.jpg, alt: \"What it shows\" }`")
                    continue
                }
                paths.append(src)
                if let alt = value("alt"), !alt.isEmpty { alts[src] = alt }
            case .sequence:
                diagnostics.error(
                    item.location,
                    vi: "Mỗi ảnh là một đường dẫn, hoặc một nhóm `src` và `alt`, không phải một danh sách.",
                    en: "Each photo is a path, or a `src` with an `alt`, not a list.",
                    hintVi: "Ví dụ: `- media/anh.jpg`", hintEn: "For example: `- media/photo.jpg`")
            }
        }
        return (paths, alts)
    }
}
