import TreMustache

/// Page contexts are still built as `[String: Any]`; they become `MustacheValue`s here, once
/// per render, so the renderer itself reads typed values and never casts. Each value is cast
/// once at this boundary instead of at every `{{name}}` that reads it (swift-mustache cast on
/// every lookup, through `Mirror` for anything not a dictionary). Typed view models that build
/// `MustacheValue`s directly are the next step (issue 18); this conversion then goes away.
enum TemplateValues {
    static func value(_ any: Any) -> MustacheValue {
        switch any {
        case let string as String: return .string(string)
        case let values as [String: Any]: return object(values)
        case let strings as [String: String]: return .object(strings.mapValues { .string($0) })
        case let list as [[String: Any]]: return .list(list.map(object))
        case let strings as [String]: return .list(strings.map { .string($0) })
        case let bool as Bool: return .bool(bool)
        case let int as Int: return .int(int)
        case let double as Double: return .double(double)
        case let value as MustacheValue: return value
        case let list as [Any]: return .list(list.map(value))
        case let substring as Substring: return .string(String(substring))
        case let optional as any OptionalValue: return optional.wrapped.map(value) ?? .null
        default: return .string(String(describing: any))
        }
    }

    static func object(_ values: [String: Any]) -> MustacheValue {
        .object(values.mapValues(value))
    }
}

/// Lets the boundary see through an `Optional` held in an `Any`.
protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    var wrapped: Any? { self.map { $0 as Any } }
}
