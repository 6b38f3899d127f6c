import Foundation

/// Finds every link in a built site that leads nowhere: `href`, `src` and `action` in HTML,
/// `href` in Atom feeds and `<loc>` in the sitemap. A relative link must resolve to a file
/// inside the output folder (a folder link to its `index.html`), a `#fragment` to an `id` on
/// the page it points at, and no link may start with `/`, which would break under a sub-path.
struct LinkChecker {
    let root: URL
    /// With `base_url`: absolute links under it are allowed only in machine-read places.
    var base: String?

    struct Problem: CustomStringConvertible {
        var file: String
        var link: String
        var reason: String
        var description: String { "\(file): \(link) – \(reason)" }
    }

    static let htmlLink = try! NSRegularExpression(pattern: #"<(a|link|img|script|form|source)\b[^>]*?\s(href|src|action)="([^"]*)""#)
    static let atomLink = try! NSRegularExpression(pattern: #"<link\b[^>]*?\shref="([^"]*)""#)
    static let sitemapLoc = try! NSRegularExpression(pattern: #"<loc>([^<]*)</loc>"#)
    static let anchor = try! NSRegularExpression(pattern: #"\sid="([^"]*)""#)

    func files() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String { paths.append(path) }
        return paths.sorted()
    }

    func text(_ path: String) -> String {
        (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    static func matches(_ regex: NSRegularExpression, _ text: String, group: Int) -> [String] {
        regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: group), in: text).map { XMLEntities.decode(String(text[$0])) }
        }
    }

    /// Every problem in the site, in file order; empty when every link works.
    func problems() -> [Problem] {
        var problems: [Problem] = []
        var ids: [String: Set<String>] = [:]
        func idsOf(_ file: String) -> Set<String> {
            if let known = ids[file] { return known }
            let found = Set(Self.matches(Self.anchor, text(file), group: 1))
            ids[file] = found
            return found
        }
        for file in files() {
            let links: [(tag: String, url: String)]
            if file.hasSuffix(".html") {
                let html = text(file)
                links = Self.htmlLink.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
                    guard let tag = Range(match.range(at: 1), in: html), let url = Range(match.range(at: 3), in: html) else { return nil }
                    return (String(html[tag]), XMLEntities.decode(String(html[url])))
                }
            } else if file.hasSuffix("feed.xml") {
                links = Self.matches(Self.atomLink, text(file), group: 1).map { ("atom", $0) }
            } else if file == "sitemap.xml" {
                links = Self.matches(Self.sitemapLoc, text(file), group: 1).map { ("sitemap", $0) }
            } else {
                continue
            }
            for (tag, link) in links {
                if let reason = check(link, tag: tag, from: file, ids: idsOf) {
                    problems.append(Problem(file: file, link: link, reason: reason))
                }
            }
        }
        return problems
    }

    func check(_ link: String, tag: String, from file: String, ids: (String) -> Set<String>) -> String? {
        if link.hasPrefix("/") { return "root-relative: breaks under a sub-path and from disk" }
        if let base, link.hasPrefix(base) {
            // Pages link to each other relatively; only feeds, the sitemap and <link> (canonical,
            // feed) carry absolute addresses.
            // 404.html is shown at any depth, so its links are absolute when they can be.
            if file != "404.html", ["a", "img", "script", "form"].contains(tag) { return "absolute link to the site itself" }
            return check(String(link.dropFirst(base.count)), tag: tag, from: "", ids: ids)
        }
        if link.contains("://") || link.hasPrefix("mailto:") || link.hasPrefix("tag:") { return nil }
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts[0].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        var target: String
        if pathPart.isEmpty {
            target = file
        } else {
            let folder = file.contains("/") ? String(file[..<file.lastIndex(of: "/")!]) + "/" : ""
            guard let resolved = Self.resolve(folder + pathPart) else { return "leads outside the site" }
            target = resolved
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent(target).path, isDirectory: &isFolder)
            if target.isEmpty || pathPart.hasSuffix("/") || (exists && isFolder.boolValue) {
                target += (target.isEmpty || target.hasSuffix("/") ? "" : "/") + "index.html"
            }
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent(target).path) else {
                return "no such file: \(target)"
            }
        }
        if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), !ids(target).contains(fragment) {
            return "no id=\"\(fragment)\" in \(target)"
        }
        return nil
    }

    /// `a/b/../c/./d` → `a/c/d`; nil when `..` climbs above the root.
    static func resolve(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/") + (path.hasSuffix("/") && !parts.isEmpty ? "/" : "")
    }
}

enum XMLEntities {
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
