import Foundation

/// The edition a print shop prints from (`tre handbook --print`): the interior, the reading
/// PDF's pages with bleed, crop marks and blank pages to fill the last sheet, and the cover
/// spread (back, spine and front on one sheet) sized from the interior's page count.
///
/// Pure: it turns a page count into HTML and millimetres; the engine that counts the pages
/// and prints the HTML is the caller's (`HandbookPDFs`).
public struct HandbookPrint: Sendable {
    /// Bleed on every side of every page, in millimetres: what print shops ask for.
    public static let bleed = 3.0
    /// The narrowest spine that carries the book's title, in millimetres. Below it even 8 pt
    /// type with a margin either side does not fit, and a title printed across the fold
    /// would show on the covers when the spine is a little off.
    public static let spineTitleMinimum = 6.0

    public let paper: SiteConfig.Paper
    public let binding: SiteConfig.Binding
    /// Millimetres a leaf (two pages).
    public let caliper: Double
    let context: RenderContext
    let scope: HandbookScope
    /// The interior's HTML before padding.
    let interior: String

    init(context: RenderContext, scope: HandbookScope, interior: String) {
        let handbook = context.site.config.handbook
        paper = handbook.paper
        binding = handbook.binding
        caliper = handbook.caliper
        self.context = context
        self.scope = scope
        self.interior = interior
    }

    /// `pages` rounded up to whole sheets: a multiple of 4 (saddle stitch) or 16 (perfect binding).
    public func paddedPageCount(_ pages: Int) -> Int {
        let signature = binding.pagesPerSignature
        return max(signature, (pages + signature - 1) / signature * signature)
    }

    /// The spine's width for an interior of `pages` pages: one caliper a leaf, to 0.01 mm.
    public func spineWidth(pages: Int) -> Double {
        (Double(pages) / 2 * caliper * 100).rounded() / 100
    }

    /// The cover spread's trimmed width: back, spine and front.
    public func spreadWidth(pages: Int) -> Double {
        2 * paper.size.width + spineWidth(pages: pages)
    }

    /// True when the spine is wide enough for the title.
    public func spineCarriesTitle(pages: Int) -> Bool {
        spineWidth(pages: pages) >= Self.spineTitleMinimum
    }

    static let blankPage = "<div class=\"print-blank\"></div>\n"

    /// The interior with `blankPages` blank pages after the last one. They go at the end, so
    /// every chapter keeps the right-hand page it opens on.
    public func interiorHTML(blankPages: Int) -> String {
        let blanks = String(repeating: Self.blankPage, count: max(0, blankPages))
        guard let end = interior.range(of: "</body>", options: .backwards) else { return interior + blanks }
        var html = interior
        html.insert(contentsOf: blanks, at: end.lowerBound)
        return html
    }

    /// File names beside the reading PDF's: `so-tay-ruot.pdf` and `so-tay-bia.pdf` (Vietnamese
    /// print-shop words), `handbook-interior.pdf` and `handbook-cover.pdf` in English.
    public static func fileNames(slug: String, language: Language) -> (interior: String, cover: String) {
        language == .vi ? (slug + "-ruot.pdf", slug + "-bia.pdf") : (slug + "-interior.pdf", slug + "-cover.pdf")
    }
}
