import Foundation

extension MustacheValue {
    /// `name(value)` in a tag, as swift-mustache offers them: `empty`, `count`, `first`,
    /// `last`, `reversed` on lists; `empty` and case changes on strings; arithmetic tests on
    /// integers. Nil (an unknown transform, or one this kind of value lacks) shows nothing.
    func transform(_ name: String) -> MustacheValue? {
        switch self {
        case .string(let string):
            switch name {
            case "empty": .bool(string.isEmpty)
            case "capitalized": .string(string.capitalized)
            case "lowercased": .string(string.lowercased())
            case "uppercased": .string(string.uppercased())
            case "reversed": .string(String(string.reversed()))
            default: nil
            }
        case .list(let items):
            switch name {
            case "first": items.first
            case "last": items.last
            case "reversed": .list(items.reversed())
            case "count": .int(items.count)
            case "empty": .bool(items.isEmpty)
            default: nil
            }
        case .object(let values):
            switch name {
            case "count": .int(values.count)
            case "empty": .bool(values.isEmpty)
            default: nil
            }
        case .int(let int):
            switch name {
            case "equalzero": .bool(int == 0)
            case "plusone": .int(int + 1)
            case "minusone": .int(int - 1)
            case "even": .bool(int & 1 == 0)
            case "odd": .bool(int & 1 == 1)
            default: nil
            }
        case .null, .bool, .double, .custom:
            nil
        }
    }
}
