/// A value a template can show: what `{{name}}` prints, what `{{#name}}` tests or walks,
/// what `{{a.b}}` looks into. Templates read these without dynamic casts: the renderer
/// switches over the cases, and looks names up in dictionaries or through `MustacheObject`.
///
/// Truth follows the renderer Tre used before (swift-mustache): only `false`, an empty list
/// and `null` are false; an empty string, `0` and an empty object are true.
public enum MustacheValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([MustacheValue])
    case object([String: MustacheValue])
    /// A value that answers names itself (a view model, a lazy table, a recording probe).
    case custom(any MustacheObject)

    /// The value under `name`, or nil when there is none (then lookup climbs the context
    /// stack). Only objects have names; a string, number or list has none.
    func child(named name: String) -> MustacheValue? {
        switch self {
        case .object(let values): values[name]
        case .custom(let object): object.value(named: name)
        default: nil
        }
    }

    /// The text `{{name}}` shows before escaping; nil shows nothing.
    var text: String? {
        switch self {
        case .null: nil
        case .bool(let bool): bool ? "true" : "false"
        case .int(let int): String(int)
        case .double(let double): String(describing: double)
        case .string(let string): string
        case .list, .object: ""
        case .custom(let object): object.text
        }
    }
}

/// A value with names of its own: typed view models conform to this so a template reads
/// their fields through a `switch` on the name rather than through `Mirror` or `Any`.
public protocol MustacheObject: Sendable {
    /// The value under `name`; nil when this object has no such name.
    func value(named name: String) -> MustacheValue?
    /// What `{{object}}` shows; nil shows nothing.
    var text: String? { get }
}

extension MustacheObject {
    public var text: String? { nil }
}

extension MustacheValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: MustacheValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
