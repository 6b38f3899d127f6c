import Foundation

/// The fields of an `application/x-www-form-urlencoded` body or query, as browsers send forms.
/// A field given twice keeps its first value; a broken escape drops that field.
struct FormData: Sendable {
    private(set) var fields: [String: String] = [:]

    init(query: String) {
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { continue }
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if let value, fields[name] == nil { fields[name] = value }
        }
    }

    init(body: Data) {
        self.init(query: String(decoding: body, as: UTF8.self))
    }

    subscript(_ name: String) -> String? { fields[name] }

    /// `+` is a space; then percent-decoding.
    private static func decode(_ part: Substring) -> String? {
        part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// Encodes a value for a query string.
    static func encode(_ text: String) -> String {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
