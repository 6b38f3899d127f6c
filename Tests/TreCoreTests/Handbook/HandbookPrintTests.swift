import Foundation
import TreTestSupport
import XCTest
@testable import TreCore

/// The print shop's edition without an engine: padding to whole sheets, the spine and the
/// cover spread's sizes, the interior's blank pages, and the settings in site.yml.
final class HandbookPrintTests: XCTestCase {
    func built(_ changes: [String: String?] = [:]) throws -> HandbookRenderer.Rendered {
        let files = Fixture.with(smallSite, changes).compactMapValues { $0 }
        let built = SiteBuilder.over(.memory(files)).handbook(print: true)
        XCTAssertFalse(built.diagnostics.hasErrors, "\(built.diagnostics)")
        return try XCTUnwrap(built.rendered)
    }

    func siteYML(_ handbook: String) -> [String: String?] {
        ["site.yml": (smallSite["site.yml"] ?? "") + "handbook:\n" + handbook]
    }

    func testPadsToFoursForSaddleStitchAndSixteensForPerfectBinding() throws {
        let saddle = try XCTUnwrap(built().print)
        XCTAssertEqual(saddle.binding, .saddle, "saddle stitch is the default")
        XCTAssertEqual([1, 4, 5, 92, 93].map(saddle.paddedPageCount), [4, 4, 8, 92, 96])
        let perfect = try XCTUnwrap(built(siteYML("  binding: perfect\n")).print)
        XCTAssertEqual([1, 16, 17, 92, 97].map(perfect.paddedPageCount), [16, 16, 32, 96, 112])
    }

    func testSpineIsOneCaliperALeafAndCarriesTheTitleFromSixMillimetres() throws {
        let book = try XCTUnwrap(built(siteYML("  paper: A5\n")).print)
        XCTAssertEqual(book.caliper, 0.1, "80 g/m² paper by default")
        XCTAssertEqual(book.spineWidth(pages: 96), 4.8, accuracy: 0.0001)
        XCTAssertEqual(book.spreadWidth(pages: 96), 2 * 148 + 4.8, accuracy: 0.0001)
        XCTAssertFalse(book.spineCarriesTitle(pages: 116))
        XCTAssertTrue(book.spineCarriesTitle(pages: 120))

        let narrow = book.coverHTML(pages: 96)
        XCTAssertTrue(narrow.contains("@page cover { size: 300.80mm 210.00mm; }"), narrow)
        XCTAssertTrue(narrow.contains(".front-cover { left: 152.80mm; width: 148.00mm; }"))
        XCTAssertFalse(narrow.contains("class=\"spine-title\""))

        let thick = try XCTUnwrap(built(siteYML("  paper: A4\n  caliper: 0,25\n")).print)
        let wide = thick.coverHTML(pages: 64)
        XCTAssertTrue(wide.contains("@page cover { size: 428.00mm 297.00mm; }"), "2 × 210 + 32 × 0.25")
        XCTAssertTrue(wide.contains("<p class=\"spine-title\">Sổ tay kế hoạch phát triển hợp tác xã</p>"), wide)
        // The front is the reading PDF's cover; the back carries the description and publisher.
        XCTAssertTrue(wide.contains("<section class=\"cover\" id=\"bia\">"))
        XCTAssertTrue(wide.contains("<section class=\"back-cover\">"))
    }

    func testInteriorIsTheReadingPagesWithBleedAndBlankPagesAtTheEnd() throws {
        let built = try built()
        let book = try XCTUnwrap(built.print)
        let reading = built.html
        let interior = book.interiorHTML(blankPages: 3)
        XCTAssertEqual(interior.components(separatedBy: "<div class=\"print-blank\"></div>").count - 1, 3)
        XCTAssertTrue(interior.hasSuffix("<div class=\"print-blank\"></div>\n</body>\n</html>\n")
                      || interior.contains("<div class=\"print-blank\"></div>\n</body>"), String(interior.suffix(200)))
        XCTAssertTrue(interior.contains("@page { bleed: 3mm; marks: crop; }"))
        XCTAssertFalse(reading.contains("bleed:"), "the reading PDF has no bleed and no marks")
        XCTAssertFalse(reading.contains("print-blank"))
        // Everything else is the same document, so the pages fall where the reading PDF's do.
        let body = { (html: String) in html.components(separatedBy: "<body").last ?? "" }
        XCTAssertEqual(body(interior).replacingOccurrences(of: HandbookPrint.blankPage, with: ""), body(reading))
    }

    func testFileNamesFollowTheSlugAndLanguage() {
        XCTAssertEqual(HandbookPrint.fileNames(slug: "so-tay", language: .vi).interior, "so-tay-ruot.pdf")
        XCTAssertEqual(HandbookPrint.fileNames(slug: "ninh-binh", language: .vi).cover, "ninh-binh-bia.pdf")
        XCTAssertEqual(HandbookPrint.fileNames(slug: "handbook", language: .en).cover, "handbook-cover.pdf")
    }

    func testBadBindingAndCaliperArePositioned() throws {
        let yml = (smallSite["site.yml"] ?? "") + "handbook:\n  binding: spiral\n  caliper: 2\n"
        let lines = yml.split(separator: "\n", omittingEmptySubsequences: false)
        let bindingLine = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("  binding:") }) + 1
        let built = SiteBuilder.over(.memory(Fixture.with(smallSite, ["site.yml": yml]).compactMapValues { $0 })).handbook(print: true)
        let errors = built.diagnostics.items.filter { $0.severity == .error }
        XCTAssertEqual(errors.count, 2, "\(errors)")
        let binding = try XCTUnwrap(errors.first { $0.message.en.contains("Binding \"spiral\"") })
        XCTAssertEqual(binding.location.line, bindingLine)
        XCTAssertEqual(binding.location.column, 12)
        XCTAssertTrue(binding.hint?.vi.contains("saddle") == true)
        let caliper = try XCTUnwrap(errors.first { $0.message.en.contains("`caliper`") })
        XCTAssertEqual(caliper.location.line, bindingLine + 1)
        XCTAssertEqual(caliper.location.column, 12)
        XCTAssertTrue(caliper.message.vi.contains("từ 0,04 đến 0,5"), caliper.message.vi)
        XCTAssertNil(built.rendered)
    }

    /// A zlib object stream as WeasyPrint 59+ writes it, holding the page tree and two pages.
    func testCountsPagesInsideCompressedObjectStreams() throws {
        let packed = try XCTUnwrap(Data(base64Encoded:
            "eJyzsdEPqSxIVdAPSExPLVbQ985MKVaINlQwUAhSMAKRsQr6zvmleSUKRnZ2XDbIqkFkUSpQxhikDiELlkSXAwD7dB0E"))
        var pdf = Data("%PDF-1.7\n4 0 obj\n<</Type /ObjStm /N 3 /First 14 /Filter /FlateDecode /Length \(packed.count)>>\nstream\n".utf8)
        pdf += packed
        pdf += Data("\nendstream\nendobj\n5 0 obj\n<</Type /Page /Parent 3 0 R>>\nendobj\n%%EOF\n".utf8)
        XCTAssertEqual(PDFEngine.pageCount(pdf), 3, "two packed, one plain")
        XCTAssertEqual(PDFPageCount.inflate([UInt8](packed)[...]).map { String(decoding: $0, as: UTF8.self) }?.hasPrefix("<</Type /Pages"), true)
        XCTAssertNil(PDFPageCount.inflate(Array("not zlib".utf8)[...]))
    }
}
