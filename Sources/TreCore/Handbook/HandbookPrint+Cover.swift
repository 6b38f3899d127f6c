import Foundation

/// The cover spread: one sheet with the back cover on the left, the spine, and the front cover
/// (the reading PDF's first page) on the right, with bleed and crop marks around it.
extension HandbookPrint {
    static let coverTemplate = "handbook/cover-spread"
    static let coverStylesheet = "handbook/cover-spread.css"

    /// The cover spread's HTML for an interior of `pages` pages (already padded).
    public func coverHTML(pages: Int) -> String {
        let document = HandbookDocument(context: context, scope: scope) { _ in nil }
        var values = document.bookValues()
        let theme = context.templates.theme
        let css = (HandbookDocument.stylesheets + ["handbook/paper-\(paper.rawValue.lowercased()).css", Self.coverStylesheet])
            .compactMap { theme.text($0) }
        values["css"] = (css + [geometry(pages: pages)]).joined(separator: "\n")
        values["description"] = context.site.config.description
        if spineCarriesTitle(pages: pages) { values["spine_title"] = document.title }
        return context.templates.render(Self.coverTemplate, values)
    }

    /// Sizes that depend on the page count, as CSS: the sheet, the three panels, and the spine's
    /// title turned to read from top to bottom, as on books in Vietnamese and English.
    func geometry(pages: Int) -> String {
        let (width, height) = paper.size
        let spine = spineWidth(pages: pages)
        let titleSize = min(12, spine * 0.5 * 72 / 25.4)
        return """
        @page cover { size: \(mm(spreadWidth(pages: pages))) \(mm(height)); }
        .spread { width: \(mm(spreadWidth(pages: pages))); height: \(mm(height)); }
        .back-cover { left: 0; width: \(mm(width)); }
        .spine { left: \(mm(width)); width: \(mm(spine)); }
        .front-cover { left: \(mm(width + spine)); width: \(mm(width)); }
        .spine-title { width: \(mm(height)); height: \(mm(spine)); line-height: \(mm(spine));
          left: \(mm(spine / 2 - height / 2)); top: \(mm(height / 2 - spine / 2)); font-size: \(String(format: "%.1f", titleSize))pt; }
        """
    }

    func mm(_ value: Double) -> String {
        String(format: "%.2fmm", value)
    }
}
