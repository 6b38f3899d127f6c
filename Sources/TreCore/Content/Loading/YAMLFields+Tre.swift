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
}
