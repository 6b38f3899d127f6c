import Foundation
import TreCore
import TreTestSupport
import XCTest

/// The PDF itself, made by the engine on this machine and read back with poppler-utils:
/// paper size, a page per chapter, page numbers in the contents, embedded fonts, and
/// Vietnamese text that survives extraction.
final class HandbookPDFTests: XCTestCase {
    override func setUpWithError() throws {
        try Poppler.require(["weasyprint": PDFEngine.find(.weasyprint)?.executable,
                             "pdfinfo": Poppler.tool("pdfinfo"), "pdffonts": Poppler.tool("pdffonts"),
                             "pdftotext": Poppler.tool("pdftotext")])
    }

    /// Makes the handbook of `files` with `--pdf` and returns the PDF's path.
    func makePDF(_ files: [String: String], _ arguments: [String] = [], name: String,
                 environment: [String: String] = [:]) throws -> (URL, String) {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write(files, in: folder.appendingPathComponent("Content"))
        let result = try TreProcess.run(["handbook", "--pdf"] + arguments, in: folder, environment: environment)
        XCTAssertEqual(result.status, 0, result.stderr)
        let pdf = folder.appendingPathComponent("Output/handbook/\(name).pdf")
        XCTAssertTrue(FileManager.default.fileExists(atPath: pdf.path), result.stdout)
        return (pdf, result.stdout)
    }

    func field(_ info: String, _ name: String) -> String? { Poppler.field(info, name) }
    func run(_ name: String, _ arguments: [String]) throws -> String { try Poppler.text(name, arguments) }
    func pages(_ pdf: URL) throws -> [String] { try Poppler.pages(pdf) }

    /// Debian's WeasyPrint (57) first on PATH, whatever else is installed: what users of
    /// `apt-get install weasyprint` get.
    func debianWeasyPrint() throws -> [String: String] {
        let debian = URL(fileURLWithPath: "/usr/bin/weasyprint")
        try Poppler.require(["Debian's weasyprint": FileManager.default.isExecutableFile(atPath: debian.path) ? debian : nil])
        let folder = try Fixture.temporaryFolder("tre-debian-path")
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("weasyprint"), withDestinationURL: debian)
        return ["PATH": folder.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")]
    }

    func testA4HandbookOfTheSmallSite() throws {
        let (pdf, stdout) = try makePDF(smallSite, name: "so-tay", environment: try debianWeasyPrint())
        let info = try run("pdfinfo", [pdf.path])
        XCTAssertEqual(field(info, "Page size"), "595.276 x 841.89 pts (A4)")
        let count = try XCTUnwrap(field(info, "Pages").flatMap { Int($0) })
        XCTAssertTrue(stdout.contains("Đã tạo sổ tay 2 chương: \(count) trang A4 (WeasyPrint 5"), stdout)
        // Debian's 57 makes the PDF, untagged, and Tre says what would tag it.
        XCTAssertTrue(stdout.contains(", chưa gắn thẻ cho trình đọc màn hình: cần WeasyPrint 59 trở lên (pip install weasyprint)) trong "), stdout)
        XCTAssertEqual(field(info, "Tagged"), "no")
        XCTAssertEqual(field(info, "Title"), "Sổ tay kế hoạch phát triển hợp tác xã")

        // Every font embedded.
        XCTAssertEqual(try Poppler.unembeddedFonts(pdf), [])
        let fonts = try run("pdffonts", [pdf.path]).split(separator: "\n")
        XCTAssertTrue(fonts.contains { $0.contains("Noto-Serif") } && fonts.contains { $0.contains("Noto-Sans") }, "\(fonts)")

        // Vietnamese reads back intact: provinces, statuses, cooperatives.
        let pages = try pages(pdf)
        let text = pages.joined(separator: "\n")
        for words in ["Ninh Bình", "Hà Nam", "Kế hoạch chưa nêu tỉnh", "HTX Đồng Tiến", "Liên kết giúp bà con yên tâm sản xuất",
                      "Đúng tiến độ", "Chưa có số liệu", "Cách đánh giá tiến độ", "Đồng bằng sông Hồng"] {
            XCTAssertTrue(text.contains(words), "missing from the PDF text: \(words)")
        }

        // The contents give each chapter's page, and that page opens the chapter.
        for (number, title) in [(1, "Ninh Bình"), (2, "Kế hoạch chưa nêu tỉnh")] {
            XCTAssertEqual(try Poppler.chapterPage(number, title, in: pages) % 2, 1, "chapters open on a right-hand (odd) page")
        }
        // Running header with the chapter title and the page number on a later page of chapter 1.
        let opening = try XCTUnwrap(pages.firstIndex { $0.contains("CHƯƠNG 1") })
        let next = pages[opening + 1].split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        XCTAssertEqual(next.first?.trimmingCharacters(in: .whitespaces), "Sổ tay kế hoạch phát triển hợp tác xã",
                       "left pages carry the book's title")
        XCTAssertTrue(next.last?.trimmingCharacters(in: .whitespaces).hasPrefix("\(opening + 2)") == true,
                      "page number outside on a left page: \(next.last ?? "")")
    }

    func testA5PaperFromSiteYMLAndOneProvince() throws {
        var files = smallSite
        files["site.yml"]! += "handbook:\n  paper: A5\n"
        let (pdf, _) = try makePDF(files, ["--province", "ha-nam"], name: "ha-nam")
        let info = try run("pdfinfo", [pdf.path])
        XCTAssertEqual(field(info, "Page size"), "419.528 x 595.276 pts", "A5: 148 × 210 mm")
        let text = try pages(pdf).joined(separator: "\n")
        XCTAssertTrue(text.contains("Đã sáp nhập vào Ninh Bình từ ngày 01/07/2025."))
        XCTAssertFalse(text.contains("Kế hoạch chưa nêu tỉnh"))
    }
}
