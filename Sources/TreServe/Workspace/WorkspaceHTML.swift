import Foundation
import TreCore

/// The frame every workspace page shares: language, title, the navigation, the stylesheet and
/// script, and the token the script sends with each change. Pages are plain HTML forms that
/// work without the script; the script adds the live preview, the file name as it is typed,
/// uploads and the search filter.
struct WorkspaceHTML {
    let language: Language
    let token: String

    var vi: Bool { language == .vi }

    func t(_ vi: String, _ en: String) -> String { self.vi ? vi : en }

    static let base = "/__tre/edit/"

    func page(title: String, current: String, body: String) -> String {
        let nav = [("", t("Nội dung", "Content")), ("new", t("Viết bản tin", "New update")),
                   ("figure", t("Thêm số liệu", "Add a figure"))]
            .map { path, label in
                let here = path == current ? " aria-current=\"page\"" : ""
                return "<a href=\"\(Self.base)\(path)\"\(here)>\(label)</a>"
            }.joined(separator: "\n")
        return """
        <!DOCTYPE html>
        <html lang="\(vi ? "vi" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="tre-token" content="\(Self.escape(token))">
        <title>\(Self.escape(title)) – \(t("Không gian soạn thảo Tre", "Tre workspace"))</title>
        <link rel="stylesheet" href="\(Self.base)workspace.css">
        </head>
        <body>
        <a class="skip" href="#main">\(t("Bỏ qua, đến nội dung chính", "Skip to the main content"))</a>
        <header class="bar">
        <p class="brand"><a href="/">\(t("Xem trang web", "View the site"))</a></p>
        <nav aria-label="\(t("Không gian soạn thảo", "Workspace"))">
        \(nav)
        </nav>
        </header>
        <main id="main">
        <h1>\(Self.escape(title))</h1>
        \(body)
        </main>
        <script src="\(Self.base)workspace.js"></script>
        </body>
        </html>

        """
    }

    /// A message at the top of a page: saved, refused, or what to do next.
    func notice(_ text: String, kind: String = "info") -> String {
        "<div class=\"notice \(kind)\" role=\"\(kind == "error" ? "alert" : "status")\">\(text)</div>"
    }

    /// The hidden field every changing form carries.
    var tokenField: String { "<input type=\"hidden\" name=\"token\" value=\"\(Self.escape(token))\">" }

    /// Problems as a list, each with its line, in the page's language.
    func problems(_ items: [Diagnostic], id: String) -> String {
        guard !items.isEmpty else { return "" }
        let rows = items.map { item -> String in
            let word = item.severity == .error ? t("Lỗi", "Error") : t("Lưu ý", "Warning")
            var where_ = ""
            if let line = item.location.line { where_ = t("dòng \(line)", "line \(line)") + ": " }
            let hint = item.hint.map { " <span class=\"hint\">\(Self.escape($0.text(language)))</span>" } ?? ""
            return "<li class=\"\(item.severity == .error ? "error" : "warning")\"><strong>\(word):</strong> \(where_)\(Self.escape(item.message.text(language)))\(hint)</li>"
        }
        return "<ul class=\"problems\" id=\"\(id)\">\(rows.joined(separator: "\n"))</ul>"
    }

    /// Text for HTML: the site's own escaping (`HTMLText.escape`), so the workspace and the
    /// pages it previews escape alike.
    static func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }

    static func link(_ path: String, _ query: [(String, String)]) -> String {
        let tail = query.map { "\($0.0)=\(FormData.encode($0.1))" }.joined(separator: "&amp;")
        return base + path + (tail.isEmpty ? "" : "?" + tail)
    }
}
