import Foundation

/// Makes the site's HTML fit one printed document. The handbook reuses the site's view models,
/// which link between pages (`plans/x/`, `indicators/y/`) and to files (`media/a.svg`); on
/// paper those become in-document anchors (printed with their page number), absolute URLs
/// (printed in full), or plain text when there is nowhere to go. Images are inlined as
/// `data:` URIs so `index.html` stands alone.
struct HandbookLinks {
    /// Site path prefix → anchor prefix, for pages that have a place in the handbook.
    let anchors: [String: String]
    /// Absolute base from `site.yml`, for pages not in the handbook.
    let baseURL: String?
    /// Bytes of a media file, by its path from the content folder.
    let media: (String) -> Data?

    /// The anchor of a site page inside the handbook (`plans/x/` → `ke-hoach-x`).
    static func anchor(for path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count == 2 else { return nil }
        switch parts[0] {
        case "provinces": return "tinh-" + parts[1]
        case "plans": return "ke-hoach-" + parts[1]
        case "cooperatives": return "mo-hinh-" + parts[1]
        case "indicators": return "chi-tieu-" + parts[1]
        default: return nil
        }
    }

    /// Rewrites every `<a href>` and `<img src>` of a whole document.
    func rewrite(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var rest = html[...]
        var openSpan = false
        while let lt = rest.firstIndex(of: "<") {
            out += rest[..<lt]
            rest = rest[lt...]
            guard let gt = rest.firstIndex(of: ">") else { break }
            let tag = rest[...gt]
            rest = rest[rest.index(after: gt)...]
            if tag.hasPrefix("<a ") {
                let (replacement, unwrapped) = link(String(tag), text: rest)
                out += replacement
                openSpan = unwrapped
            } else if tag == "</a>" && openSpan {
                out += "</span>"
                openSpan = false
            } else if tag.hasPrefix("<img ") {
                out += image(String(tag))
            } else {
                out += tag
            }
        }
        out += rest
        return out
    }

    /// One opening `<a …>` tag; returns the new tag and whether it became a `<span>`.
    func link(_ tag: String, text: Substring) -> (String, Bool) {
        guard let href = Self.attribute("href", in: tag) else { return (tag, false) }
        let value = HTMLAttribute.unescape(href)
        if value.hasPrefix("#") { return (tag, false) }
        if Self.hasScheme(value) {
            // An address written out as its own text is not printed twice.
            let label = text.prefix { $0 != "<" }
            let bare = HTMLAttribute.unescape(String(label)) == value && Self.attribute("class", in: tag) == nil
            return (bare ? tag.replacingOccurrences(of: "<a ", with: "<a class=\"bare\" ") : tag, false)
        }
        var path = value
        var fragment = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        while path.hasPrefix("./") { path.removeFirst(2) }
        while path.hasPrefix("../") { path.removeFirst(3) }
        if let anchor = Self.anchor(for: path), anchors[anchor] != nil {
            let target = fragment.isEmpty ? anchor : anchor + "--" + fragment
            var rewritten = Self.replace("href", in: tag, with: "#" + target)
            // Marked so print CSS can add the page number where the reference is in running text.
            if Self.attribute("class", in: rewritten) == nil { rewritten.insert(contentsOf: " class=\"xref\"", at: rewritten.index(before: rewritten.endIndex)) }
            return (rewritten, false)
        }
        if let baseURL {
            return (Self.replace("href", in: tag, with: baseURL + path + (fragment.isEmpty ? "" : "#" + fragment)), false)
        }
        // Nowhere to send a reader of paper: keep the words, drop the link.
        return ("<span class=\"link-offline\">", true)
    }

    /// One `<img …>` tag with its `src` inlined.
    func image(_ tag: String) -> String {
        guard let src = Self.attribute("src", in: tag) else { return tag }
        var path = HTMLAttribute.unescape(src)
        if path.hasPrefix("data:") || Self.hasScheme(path) { return tag }
        while path.hasPrefix("./") { path.removeFirst(2) }
        while path.hasPrefix("../") { path.removeFirst(3) }
        guard let data = media(path) else { return tag }
        return Self.replace("src", in: tag, with: "data:\(Self.mimeType(path));base64,\(data.base64EncodedString())")
    }

    static func mimeType(_ path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        default: "application/octet-stream"
        }
    }

    static func hasScheme(_ value: String) -> Bool {
        guard let colon = value.firstIndex(of: ":") else { return false }
        let scheme = value[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
    }

    /// The raw (still escaped) value of a double-quoted attribute.
    static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    static func replace(_ name: String, in tag: String, with value: String) -> String {
        guard let start = tag.range(of: " \(name)=\""),
              let end = tag[start.upperBound...].firstIndex(of: "\"") else { return tag }
        return String(tag[..<start.upperBound]) + XMLText.escape(value) + String(tag[end...])
    }

    /// Makes the ids of one body unique in the document: `muc-tieu` in a plan's text becomes
    /// `ke-hoach-x--muc-tieu`, with the links and ARIA references that point at it.
    static func scope(_ html: String, prefix: String) -> String {
        var out = html.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)--")
        out = out.replacingOccurrences(of: " href=\"#", with: " href=\"#\(prefix)--")
        guard out.contains(" aria-labelledby=\"") else { return out }
        var result = ""
        var rest = out[...]
        while let range = rest.range(of: " aria-labelledby=\"") {
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            result += rest[..<end].split(separator: " ").map { "\(prefix)--\($0)" }.joined(separator: " ")
            rest = rest[end...]
        }
        return result + rest
    }
}

/// Reading back attribute values the renderers escaped.
enum HTMLAttribute {
    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
