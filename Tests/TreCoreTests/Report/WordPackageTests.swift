import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import TreCore
import TreTestSupport
import XCTest

/// The `.docx` as a package: every part well-formed XML, the zip readable, the same bytes for
/// the same report, and the parts and relationships Word needs.
final class WordPackageTests: XCTestCase {
    func document(_ files: [String: String] = reportSite) throws -> WordDocument {
        let content = ContentFiles.memory(files)
        let checked = SiteBuilder.over(content).prepare()
        let site = try XCTUnwrap(checked.site), templates = try XCTUnwrap(checked.templates)
        let report = try XCTUnwrap(site.report("ha-nam-6-thang-2024"))
        return ReportDocument(report: report, context: RenderContext(site: site, templates: templates),
                              media: { try? content.read($0) }).word()
    }

    func testPartsAreWellFormedXML() throws {
        let parts = WordPackage.parts(try document())
        XCTAssertEqual(parts.map(\.path), [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
            "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
            "word/fontTable.xml", "word/header1.xml", "word/header2.xml", "word/media/image1.png",
        ])
        for (path, data) in parts where !path.hasSuffix(".png") {
            let parser = XMLParser(data: data)
            XCTAssertTrue(parser.parse(), "\(path): \(parser.parserError.map(String.init(describing:)) ?? "")")
        }
        let relationships = String(decoding: try XCTUnwrap(parts.first { $0.path == "word/_rels/document.xml.rels" }).data, as: UTF8.self)
        XCTAssertTrue(relationships.contains("Target=\"media/image1.png\""))
        let body = String(decoding: try XCTUnwrap(parts.first { $0.path == "word/document.xml" }).data, as: UTF8.self)
        // Page numbers from page 2: a first-page header of its own, and <w:titlePg/>.
        XCTAssertTrue(body.contains("<w:headerReference w:type=\"first\""))
        XCTAssertTrue(body.contains("<w:titlePg/>"))
        XCTAssertTrue(body.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4")
        // The numbered list starts where the Markdown says (3.).
        let numbering = String(decoding: try XCTUnwrap(parts.first { $0.path == "word/numbering.xml" }).data, as: UTF8.self)
        XCTAssertTrue(numbering.contains("<w:startOverride w:val=\"3\"/>"), numbering)
    }

    func testSameReportSameBytes() throws {
        let first = try WordPackage.data(try document())
        let second = try WordPackage.data(try document())
        XCTAssertEqual(first, second)
        XCTAssertEqual(Array(first.prefix(2)), [0x50, 0x4B], "a zip file")
    }

    func testNothingAUserWritesBreaksTheXML() throws {
        var files = reportSite
        files["reports/ha-nam-6-thang-2024.md"] = files["reports/ha-nam-6-thang-2024.md"]!
            .replacingOccurrences(of: "title: Kết quả", with: "title: \"<w:p> & ]]> Kết quả")
            .replacingOccurrences(of: "năm 2024\ndate:", with: "năm 2024\"\ndate:")
            .replacingOccurrences(of: "Trên đây là báo cáo./.", with: "Xem [trang](https://example.org/?a=1&b=<2>) và <b>thô</b>.")
        let parts = WordPackage.parts(try document(files))
        for (path, data) in parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            XCTAssertTrue(XMLParser(data: data).parse(), path)
        }
        let body = String(decoding: try XCTUnwrap(parts.first { $0.path == "word/document.xml" }).data, as: UTF8.self)
        XCTAssertTrue(body.contains("&lt;w:p&gt; &amp; ]]&gt; Kết quả"), "markup written as text")
        XCTAssertFalse(body.contains("<b>"), "raw HTML is left out, as on the site")
    }

    func testRuleLengthsFollowTheText() throws {
        // The Tiêu ngữ in Times New Roman bold 13 pt (Liberation Serif's widths).
        XCTAssertEqual(TextMetrics.width("Độc lập - Tự do - Hạnh phúc", size: 13, bold: true), 159.1, accuracy: 0.1)
        XCTAssertEqual(TextMetrics.width("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size: 12, bold: true), 250.3, accuracy: 0.1)
        XCTAssertEqual(TextMetrics.lines("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", size: 13, bold: true, width: 160),
                       ["SỞ NÔNG NGHIỆP VÀ", "MÔI TRƯỜNG"])
    }

    func testPDFStampFixesDatesAndIdentifiers() {
        let pdf = Data("%PDF-1.6\n/CreationDate(D:20261201203939Z')>>\n/ID [ <B8CE0F117F98FD4C9DA9A56979495C19>\n<B8CE0F117F98FD4C9DA9A56979495C19> ]\n/DocChecksum /A2E319FB4A256D6BCA192FC3D77C3534\n".utf8)
        let day = Day(year: 2024, month: 7, day: 5)!
        let fixed = PDFStamp.fix(pdf, date: day)
        XCTAssertEqual(fixed.count, pdf.count, "offsets stay right")
        let text = String(decoding: fixed, as: UTF8.self)
        XCTAssertTrue(text.contains("/CreationDate(D:20240705000000Z')"), text)
        XCTAssertFalse(text.contains("B8CE0F117F98FD4C"))
        let other = Data("%PDF-1.6\n/CreationDate(D:20991231235959Z')>>\n/ID [ <00000000000000000000000000000000>\n<11111111111111111111111111111111> ]\n/DocChecksum /FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF\n".utf8)
        XCTAssertEqual(PDFStamp.fix(other, date: day), fixed, "the clock's fields no longer decide the bytes")
    }
}
