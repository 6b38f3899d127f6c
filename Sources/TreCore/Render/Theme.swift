import Foundation

/// A theme: the Mustache templates, UI strings and static assets that shape the site.
/// Read from a folder (`Templates/` or `--templates DIR`), or the default theme built into `tre`.
public struct Theme: Sendable {
    /// Relative path → file bytes.
    public var files: [String: Data]

    public init(files: [String: Data]) {
        self.files = files
    }

    /// The default theme, as it was in `Templates/` when `tre` was built.
    public static var builtIn: Theme {
        Theme(files: EmbeddedTheme.files.compactMapValues { Data(base64Encoded: $0) })
    }

    public func text(_ path: String) -> String? {
        files[path].flatMap { String(data: $0, encoding: .utf8) }
    }
}
