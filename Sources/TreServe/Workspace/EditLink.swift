import Foundation
import TreCore

/// The "Sửa trang này" link on a previewed page, added as the page is served (like the
/// live-reload script), so the site in memory, `--output` and `tre build` never hold it.
enum EditLink {
    static let marker = "tre-edit-link"

    static func inject(_ html: String, source: String, language: Language) -> String {
        let label = language == .vi ? "Sửa trang này" : "Edit this page"
        let href = Workspace.prefix + "/page?path=" + FormData.encode(source)
        let link = """
        <a id="\(marker)" href="\(href)" style="position:fixed;right:1rem;bottom:1rem;z-index:2147483646;background:#0b5d3b;color:#fff;\
        padding:.55rem .9rem;border-radius:4px;font:600 15px/1.3 system-ui,sans-serif;text-decoration:underline;box-shadow:0 1px 4px rgba(0,0,0,.3)">\(label)</a>

        """
        guard let body = html.range(of: "</body>", options: .backwards) else { return html + link }
        return html.replacingCharacters(in: body.lowerBound..<body.lowerBound, with: link)
    }
}
