import Foundation

/// Prints the handbook's PDFs with an engine: the reading PDF (`so-tay.pdf`), and with the
/// print edition the interior and the cover spread beside it. The interior's page count comes
/// from the reading PDF, whose pages are the same (bleed lies outside the page box, so it
/// moves nothing), which spares a render to count them.
public enum HandbookPDFs {
    public struct Made: Sendable {
        /// File names inside `handbook/` and their bytes, the reading PDF first.
        public var files: [(name: String, data: Data)]
        /// Pages of the reading PDF.
        public var pages: Int
        public var printed: Printed?
    }

    /// What was made for the print shop.
    public struct Printed: Sendable {
        public var interior: String
        public var cover: String
        /// Pages of the interior: the reading PDF's and the blank ones after them.
        public var pages: Int
        public var blankPages: Int
        public var binding: SiteConfig.Binding
        /// Millimetres.
        public var spine: Double
        public var spreadWidth: Double
        public var height: Double
        public var spineTitle: Bool
    }

    /// Above this many pages a saddle-stitched book is hard to fold and staple on 80 g/m² paper.
    public static let saddleLimit = 64

    public static func make(html: String, slug: String, language: Language, print: HandbookPrint?,
                            engine: PDFEngine) throws(PDFEngine.Failure) -> Made {
        let reading = try engine.render(html: html, for: .reading)
        let pages = PDFEngine.pageCount(reading)
        var made = Made(files: [(slug + ".pdf", reading)], pages: pages, printed: nil)
        guard let print else { return made }
        guard engine.kind == .weasyprint else { throw PDFEngine.Failure(message: printNeedsWeasyPrint) }

        var padded = print.paddedPageCount(pages)
        var interior = try engine.render(html: print.interiorHTML(blankPages: padded - pages), for: .printing)
        let counted = PDFEngine.pageCount(interior)
        if counted != padded {
            // The title page or a theme's print-shop CSS moved a break: pad what was printed instead.
            let content = counted - (padded - pages)
            padded = print.paddedPageCount(content)
            interior = try engine.render(html: print.interiorHTML(blankPages: padded - content), for: .printing)
            guard PDFEngine.pageCount(interior) == padded else {
                throw PDFEngine.Failure(message: LocalizedText(
                    vi: "ruột sách in ra \(PDFEngine.pageCount(interior)) trang, không phải \(padded) trang như đã tính; kiểm tra handbook/print-shop.css của giao diện",
                    en: "the interior printed \(PDFEngine.pageCount(interior)) pages, not the \(padded) computed; check the theme's handbook/print-shop.css"))
            }
        }
        let cover = try engine.render(html: print.coverHTML(pages: padded), for: .printing)
        guard PDFEngine.pageCount(cover) == 1 else {
            throw PDFEngine.Failure(message: LocalizedText(
                vi: "bìa trải in ra \(PDFEngine.pageCount(cover)) trang thay vì 1; kiểm tra handbook/cover-spread.mustache và cover-spread.css của giao diện",
                en: "the cover spread printed \(PDFEngine.pageCount(cover)) pages instead of 1; check the theme's handbook/cover-spread.mustache and cover-spread.css"))
        }
        let names = HandbookPrint.fileNames(slug: slug, language: language)
        made.files += [(names.interior, interior), (names.cover, cover)]
        made.printed = Printed(interior: names.interior, cover: names.cover, pages: padded, blankPages: padded - pages,
                               binding: print.binding, spine: print.spineWidth(pages: padded),
                               spreadWidth: print.spreadWidth(pages: padded), height: print.paper.size.height,
                               spineTitle: print.spineCarriesTitle(pages: padded))
        return made
    }

    /// Chromium knows no bleed, crop marks or trim box.
    public static let printNeedsWeasyPrint = LocalizedText(
        vi: "bản cho nhà in (--print) cần WeasyPrint: Chromium không in được phần tràn lề, dấu cắt và khung xén; cài bằng: pip install weasyprint (hoặc sudo apt-get install weasyprint), rồi bỏ --engine chromium",
        en: "the print shop's edition (--print) needs WeasyPrint: Chromium cannot print bleed, crop marks or a trim box; install it with: pip install weasyprint (or sudo apt-get install weasyprint), and leave out --engine chromium")
}
