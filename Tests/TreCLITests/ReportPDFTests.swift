import Foundation
import TreTestSupport
import XCTest

/// `tre report --pdf` read back with poppler: LibreOffice's PDF of the Word file (A4, fonts
/// embedded, tagged, every diacritic in its text, the statuses at the period's end), the
/// same bytes twice, and the print HTML through WeasyPrint when LibreOffice is absent.
final class ReportPDFTests: XCTestCase {
    static let slug = ReportCommandTests.slug

    func poppler(_ name: String, _ arguments: [String]) throws -> String {
        let tool = try ReportTools.require(name, package: "Debian poppler-utils")
        let result = try ReportTools.run(tool, arguments)
        XCTAssertEqual(result.status, 0, "\(name): \(result.stderr)")
        return result.stdout
    }

    func field(_ info: String, _ name: String) -> String? {
        info.split(separator: "\n").first { $0.hasPrefix(name + ":") }
            .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
    }

    /// Every font embedded; their names.
    func embeddedFonts(_ pdf: URL) throws -> [String] {
        let lines = try poppler("pdffonts", [pdf.path]).split(separator: "\n").dropFirst(2)
        XCTAssertFalse(lines.isEmpty)
        return lines.map { line in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            XCTAssertEqual(columns[columns.count - 5], "yes", "not embedded: \(line)")
            return String(columns[0])
        }
    }

    /// The PDF's words in reading order, each run of white space one space (table cells wrap).
    func words(_ pdf: URL) throws -> String {
        try poppler("pdftotext", [pdf.path, "-"]).precomposedStringWithCanonicalMapping
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    func makePDF(_ files: [String: String], environment: [String: String] = [:]) throws -> (URL, URL, String) {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write(files, in: folder.appendingPathComponent("Content"))
        let result = try TreProcess.run(["report", "--pdf"], in: folder, environment: environment)
        XCTAssertEqual(result.status, 0, result.stderr)
        return (folder, folder.appendingPathComponent("Output/reports/\(Self.slug).pdf"), result.stdout)
    }

    func testLibreOfficePDFOfTheWordFile() throws {
        _ = try ReportTools.require("soffice", package: "Debian libreoffice-writer-nogui")
        let (folder, pdf, stdout) = try makePDF(reportSite)
        XCTAssertTrue(stdout.contains("(PDF: LibreOffice, có gắn thẻ cho trình đọc màn hình)"), stdout)
        let info = try poppler("pdfinfo", [pdf.path])
        XCTAssertEqual(field(info, "Page size")?.hasSuffix("x 841.89 pts (A4)"), true, info)
        XCTAssertEqual(field(info, "Tagged"), "yes")
        XCTAssertEqual(field(info, "Title"), "BÁO CÁO Kết quả thực hiện Kế hoạch số 291/KH-UBND 6 tháng đầu năm 2024")
        let fonts = try embeddedFonts(pdf)
        XCTAssertTrue(fonts.contains { $0.hasSuffix("+LiberationSerif") || $0.hasSuffix("+TimesNewRomanPSMT") }, "\(fonts)")

        let pages = try poppler("pdftotext", ["-layout", pdf.path, "-"]).components(separatedBy: "\u{0C}")
        let text = try words(pdf)
        let letters = "à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ đ è é ẻ ẽ ẹ ê ề ế ể ễ ệ ì í ỉ ĩ ị ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ư ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ"
        for letter in letters.split(separator: " ").map(String.init) + ["À", "Ấ", "Đ", "Ề", "Ộ", "Ở", "Ữ", "Ỵ"] {
            XCTAssertTrue(text.contains(letter), "pdftotext lost \(letter)")
        }
        for words in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 125/BC-UBND",
                      "Hà Nam, ngày 05 tháng 7 năm 2024", "BÁO CÁO", "Kết quả đến ngày", "61% (30/06/2024)",
                      "Chậm tiến độ", "Nơi nhận:", "KT. GIÁM ĐỐC", "Trần Thị Bình"] {
            XCTAssertTrue(text.contains(words), "missing from the PDF: \(words)")
        }
        // At as_of both targets are on track: the PDF shows the period's end instead.
        XCTAssertFalse(text.contains("Đúng tiến độ"), "a status at as_of leaked into the report")
        // No page number on page 1; "2" centred at the top of page 2.
        XCTAssertGreaterThanOrEqual(pages.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.count, 2)
        XCTAssertFalse(pages[0].split(separator: "\n").first?.trimmingCharacters(in: .whitespaces) == "1")
        XCTAssertEqual(pages[1].split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
            .trimmingCharacters(in: .whitespaces), "2")

        // The same report, the same PDF bytes.
        let first = try Data(contentsOf: pdf)
        XCTAssertEqual(try TreProcess.run(["report", "--pdf"], in: folder).status, 0)
        XCTAssertEqual(try Data(contentsOf: pdf), first)
    }

    func testEnglishPDF() throws {
        _ = try ReportTools.require("soffice", package: "Debian libreoffice-writer-nogui")
        let (_, pdf, _) = try makePDF(englishReportSite)
        let text = try words(pdf)
        for words in ["SOCIALIST REPUBLIC OF VIET NAM", "REPORT", "Off track", "No data", "Recipients:"] {
            XCTAssertTrue(text.contains(words), "missing from the PDF: \(words)")
        }
        for word in ["BÁO CÁO", "Chậm tiến độ", "Chưa có số liệu"] { XCTAssertFalse(text.contains(word), word) }
    }

    /// Without LibreOffice, the print HTML goes through WeasyPrint: still A4, fonts embedded,
    /// the same figures; Tre says which program ran and that the PDF is not tagged.
    func testWithoutLibreOfficeTheHTMLGoesThroughWeasyPrint() throws {
        let weasyprint = try ReportTools.require("weasyprint", package: "Debian weasyprint")
        _ = try ReportTools.require("pdfinfo", package: "Debian poppler-utils")
        let bin = try Fixture.temporaryFolder("tre-bin")
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("weasyprint"), withDestinationURL: weasyprint)
        let (_, pdf, stdout) = try makePDF(reportSite, environment: ["PATH": bin.path])
        XCTAssertTrue(stdout.contains("(PDF: weasyprint; PDF không gắn thẻ"), stdout)
        let info = try poppler("pdfinfo", [pdf.path])
        XCTAssertEqual(field(info, "Page size"), "595.276 x 841.89 pts (A4)")
        _ = try embeddedFonts(pdf)
        let text = try words(pdf)
        for words in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 125/BC-UBND", "Chậm tiến độ", "61%", "Nơi nhận:", "Trần Thị Bình",
                      "ự ỳ ý ỷ ỹ ỵ"] {
            XCTAssertTrue(text.contains(words), "missing from the PDF: \(words)")
        }
    }

    /// The sample report, as staff would send it.
    func testSampleReport() throws {
        _ = try ReportTools.require("soffice", package: "Debian libreoffice-writer-nogui")
        let folder = try Fixture.temporaryFolder()
        let content = Fixture.packageRoot.appendingPathComponent("Content")
        let result = try TreProcess.run(["report", "--pdf", "--content", content.path], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let pdf = folder.appendingPathComponent("Output/reports/ha-nam-291-6-thang-dau-nam-2025.pdf")
        let info = try poppler("pdfinfo", [pdf.path])
        XCTAssertEqual(field(info, "Tagged"), "yes")
        XCTAssertGreaterThanOrEqual(Int(field(info, "Pages") ?? "") ?? 0, 2)
        _ = try embeddedFonts(pdf)
        let text = try words(pdf)
        for words in ["UBND TỈNH HÀ NAM", "Số: 125/BC-UBND", "Hà Nam, ngày 30 tháng 6 năm 2025", "BÁO CÁO",
                      "Kết quả đến ngày", "Nơi nhận:", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] {
            XCTAssertTrue(text.contains(words), "missing from the sample PDF: \(words)")
        }
    }
}
