/// What a request's path asks for, decided before anything is looked up. The preview serves
/// only the site in memory, but a path that tries to climb out of it is refused outright rather
/// than normalised, so a mistake can never reach a file beside the site.
enum RequestPath: Equatable {
    /// A file of the site, by its path from the site root (`plans/x/index.html`).
    case file(String)
    /// A folder asked for without its trailing slash: redirect to this location.
    case folder(file: String, redirect: String)
    /// `..`, `.`, an encoded slash or backslash, a NUL, or broken percent-encoding.
    case refused

    /// Reads the raw, still percent-encoded path of a request target (without its query).
    /// `query` is kept on redirects so `/plans?x=1` goes to `/plans/?x=1`.
    static func parse(_ raw: String, query: String? = nil) -> RequestPath {
        guard raw.hasPrefix("/") else { return .refused }
        let lowered = raw.lowercased()
        // An encoded separator would let one segment hide a `/` or `\` from the checks below.
        for encoded in ["%2f", "%5c", "%00"] where lowered.contains(encoded) { return .refused }
        guard let decoded = raw.removingPercentEncoding else { return .refused }
        if decoded.contains("\\") || decoded.contains("\u{0}") { return .refused }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        if parts.contains(where: { $0 == ".." || $0 == "." }) { return .refused }
        let segments = parts.filter { !$0.isEmpty }.map(String.init)
        let path = segments.joined(separator: "/")
        if decoded.hasSuffix("/") || path.isEmpty {
            return .file(path.isEmpty ? "index.html" : path + "/index.html")
        }
        let suffix = query.map { $0.isEmpty ? "" : "?" + $0 } ?? ""
        return .folder(file: path, redirect: raw + "/" + suffix)
    }
}

extension RequestPath {
    /// The file to try first: a path without a trailing slash may still name a file
    /// (`assets/style.css`); only when it does not is it treated as a folder.
    var candidate: String? {
        switch self {
        case .file(let path): path
        case .folder(let file, _): file
        case .refused: nil
        }
    }
}
