import Foundation
import TreCore

/// The panel laid over every page while the content has errors: each problem with its file,
/// line and column, the message, the offending line with a caret, and how to fix it. It is
/// plain HTML with its own styles, so it looks the same over any theme.
enum ErrorOverlay {
    /// `excerpts` finds the line of a file (or the row of a workbook) the terminal report shows.
    static func html(_ diagnostics: Diagnostics, language: Language, excerpts: SourceExcerpts) -> String {
        let errors = diagnostics.sorted.filter { $0.severity == .error }
        let vi = language == .vi
        let title = vi ? "Nội dung có \(errors.count) lỗi" : "The content has \(errors.count) error\(errors.count == 1 ? "" : "s")"
        let lead = vi
            ? "Trang bạn đang xem là bản dựng tốt gần nhất. Sửa các lỗi dưới đây rồi lưu tệp: trang sẽ tự tải lại."
            : "You are seeing the last good build. Fix the problems below and save: the page reloads by itself."
        var items: [String] = []
        for diagnostic in errors {
            var item = "<li><p class=\"tre-where\"><code>\(HTMLText.escape(diagnostic.location.text(language)))</code></p>"
            item += "<p class=\"tre-message\">\(HTMLText.escape(diagnostic.message.text(language)))</p>"
            if let excerpt = excerpts.excerpt(diagnostic.location) {
                // The gutter's two leading spaces are the terminal's indent, not the panel's.
                let excerpt = excerpt.lines.map { String($0.dropFirst(2)) }.joined(separator: "\n")
                item += "<pre>\(HTMLText.escape(excerpt))</pre>"
            }
            if let hint = diagnostic.hint {
                item += "<p class=\"tre-hint\"><strong>\(vi ? "Cách sửa" : "Fix"):</strong> \(HTMLText.escape(hint.text(language)))</p>"
            }
            items.append(item + "</li>")
        }
        let hide = vi ? "Ẩn" : "Hide"
        return """
        <div id="tre-overlay" role="alertdialog" aria-modal="true" aria-labelledby="tre-overlay-title">\
        <style>\(style)</style>\
        <div class="tre-box"><h2 id="tre-overlay-title">\(HTMLText.escape(title))</h2><p class="tre-lead">\(HTMLText.escape(lead))</p>\
        <ol>\(items.joined())</ol>\
        <button type="button" onclick="document.getElementById('tre-overlay').remove()">\(hide)</button></div></div>
        """
    }

    /// Puts the overlay into a page, just before `</body>` (or at the end when there is none).
    static func inject(_ overlay: String, into html: String) -> String {
        if let range = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) {
            var page = html
            page.insert(contentsOf: overlay + "\n", at: range.lowerBound)
            return page
        }
        return html + overlay
    }

    private static let style = """
    #tre-overlay{position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(24,24,24,.72);\
    font:16px/1.5 system-ui,"Noto Sans",sans-serif;color:#1d1d1d;text-align:left}\
    #tre-overlay .tre-box{background:#fff;max-width:56rem;margin:5vh auto;padding:1.25rem 1.75rem 1.5rem;\
    border-top:6px solid #b3261e;border-radius:6px;box-shadow:0 8px 32px rgba(0,0,0,.35)}\
    #tre-overlay h2{margin:0 0 .25rem;font-size:1.35rem;color:#b3261e}\
    #tre-overlay .tre-lead{margin:0 0 1rem;color:#444}\
    #tre-overlay ol{margin:0;padding-left:1.5rem}#tre-overlay li{margin:0 0 1rem}\
    #tre-overlay p{margin:.15rem 0}#tre-overlay code{font:600 .95rem/1.4 ui-monospace,"DejaVu Sans Mono",monospace}\
    #tre-overlay pre{margin:.35rem 0;padding:.5rem .75rem;background:#f6f3ee;border-radius:4px;overflow:auto;\
    font:.9rem/1.4 ui-monospace,"DejaVu Sans Mono",monospace;white-space:pre}\
    #tre-overlay .tre-hint{color:#1f4e2c}\
    #tre-overlay button{margin-top:.5rem;font:inherit;padding:.35rem 1rem;border:1px solid #888;border-radius:4px;\
    background:#f3f3f3;cursor:pointer}
    """
}
