import Foundation
import TreCore
import TreTestSupport
import XCTest

/// `tre handbook --print` with WeasyPrint 70 from PyPI (`.ci/setup test` installs it in
/// /opt/weasyprint-70), read back as a print shop's preflight would: the boxes of every page,
/// the page count padded to whole sheets, chapters still on right-hand pages, crop marks and
/// bleed in the pixels, the cover spread's width from the page count, fonts and text. One
/// `tre` run per test; each makes three PDFs.
final class HandbookPrintPDFTests: XCTestCase {
    static let weasyPrint70 = URL(fileURLWithPath: "/opt/weasyprint-70/bin")
    let environment = ["PATH": weasyPrint70.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")]

    override func setUpWithError() throws {
        try Poppler.require(["WeasyPrint 70 (PyPI)": Poppler.tool("weasyprint", path: Self.weasyPrint70.path),
                             "pdfinfo": Poppler.tool("pdfinfo"), "pdffonts": Poppler.tool("pdffonts"),
                             "pdftotext": Poppler.tool("pdftotext"), "pdftoppm": Poppler.tool("pdftoppm")])
    }

    /// Runs `tre handbook --print` on the `Content/` that `prepare` writes.
    func makePrint(name: String, _ prepare: (URL) throws -> Void) throws -> (folder: URL, stdout: String) {
        let folder = try Fixture.temporaryFolder()
        try prepare(folder.appendingPathComponent("Content"))
        let result = try TreProcess.run(["handbook", "--print"], in: folder, environment: environment)
        XCTAssertEqual(result.status, 0, result.stderr)
        let handbook = folder.appendingPathComponent("Output/handbook")
        for file in [name, name + "-ruot", name + "-bia"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: handbook.appendingPathComponent(file + ".pdf").path), file)
        }
        return (handbook, result.stdout)
    }

    /// Millimetres as pdfinfo prints points.
    func points(_ mm: Double) -> Double { mm / 25.4 * 72 }

    func numbers(_ box: String?) throws -> [Double] {
        let values = try XCTUnwrap(box).split(separator: " ").compactMap { Double($0) }
        XCTAssertEqual(values.count, 4)
        return values
    }

    func testA5SaddleStitchedInteriorAndCover() throws {
        var files = smallSite
        files["site.yml"]! += "handbook:\n  paper: A5\n"
        let (folder, stdout) = try makePrint(name: "so-tay") { try Fixture.write(files, in: $0) }
        let reading = folder.appendingPathComponent("so-tay.pdf")
        let interior = folder.appendingPathComponent("so-tay-ruot.pdf")
        let cover = folder.appendingPathComponent("so-tay-bia.pdf")

        // The reading PDF: tagged for screen readers, no bleed, no marks; Tre names the engine.
        XCTAssertTrue(stdout.contains("(WeasyPrint 70.0, có thẻ cấu trúc PDF/UA cho trình đọc màn hình)"), stdout)
        XCTAssertEqual(Poppler.field(try Poppler.info(reading), "Tagged"), "yes")
        let readingPages = try Poppler.pageCount(reading)
        for (page, boxes) in try Poppler.boxes(reading) {
            XCTAssertEqual(boxes["MediaBox"], "0.00 0.00 419.53 595.28", "reading page \(page)")
            XCTAssertEqual(boxes["TrimBox"], boxes["MediaBox"], "reading page \(page)")
        }

        // The interior: every page trimmed to A5 with 3 mm (8.50 pt) of bleed, in fours.
        let pages = try Poppler.pageCount(interior)
        XCTAssertEqual(pages % 4, 0)
        XCTAssertEqual(pages, (readingPages + 3) / 4 * 4, "padded from the reading PDF's \(readingPages)")
        XCTAssertTrue(stdout.contains("Bản cho nhà in: ruột \(pages) trang ("), stdout)
        let boxes = try Poppler.boxes(interior)
        XCTAssertEqual(boxes.count, pages)
        for (page, box) in boxes {
            XCTAssertEqual(box["TrimBox"], "0.00 0.00 419.53 595.28", "interior page \(page)")
            XCTAssertEqual(box["BleedBox"], "-8.50 -8.50 428.03 603.78", "interior page \(page)")
        }
        XCTAssertEqual(try Poppler.unembeddedFonts(interior), [])
        let text = try Poppler.pages(interior)
        for words in ["Ninh Bình", "Hà Nam", "HTX Đồng Tiến", "Đúng tiến độ", "Chưa có số liệu", "Đồng bằng sông Hồng"] {
            XCTAssertTrue(text.joined().contains(words), "missing from the interior's text: \(words)")
        }
        for (number, title) in [(1, "Ninh Bình"), (2, "Kế hoạch chưa nêu tỉnh")] {
            XCTAssertEqual(try Poppler.chapterPage(number, title, in: text) % 2, 1, "chapter \(number) on a right-hand page")
        }
        // Pixels at 144 dpi, where the 3 mm bleed is 17 px: a crop mark on the trim line in the
        // bleed, and the title page's dark band running off the top-left corner.
        let imprint = try Poppler.greys(interior, page: 2, dpi: 144)
        XCTAssertLessThan((0..<6).map { imprint.pixels[$0 * imprint.width + 17] }.min() ?? 255, 128, "crop mark")
        XCTAssertGreaterThan(imprint.pixels[3 * imprint.width + 3], 200, "white bleed where nothing runs off")
        let title = try Poppler.greys(interior, page: 1, dpi: 144)
        XCTAssertLessThan(title.pixels[3 * title.width + 3], 100, "the band runs into the bleed")

        // The cover spread: back, spine, front; 2 × 148 mm + spine + 2 × 3 mm bleed.
        XCTAssertEqual(try Poppler.pageCount(cover), 1)
        let spine = Double(pages) / 2 * 0.1
        let coverBoxes = try XCTUnwrap(try Poppler.boxes(cover)[1])
        let trim = try numbers(coverBoxes["TrimBox"]), bleed = try numbers(coverBoxes["BleedBox"])
        XCTAssertEqual(trim[2] - trim[0], points(2 * 148 + spine), accuracy: 0.02)
        XCTAssertEqual(bleed[2] - bleed[0], points(2 * 148 + spine + 2 * 3), accuracy: 0.02)
        XCTAssertEqual(bleed[3] - bleed[1], points(210 + 2 * 3), accuracy: 0.02)
        XCTAssertEqual(try Poppler.unembeddedFonts(cover), [])
        let coverText = try Poppler.pages(cover).joined()
        XCTAssertTrue(coverText.contains("Liên minh Hợp tác xã tỉnh Thử Nghiệm"))
        XCTAssertTrue(coverText.contains("Theo dõi chỉ tiêu và tiến độ"), "the back cover's description")
        XCTAssertTrue(stdout.contains("gáy hẹp hơn 6 mm nên không in tên sách trên gáy"), stdout)
    }

    /// The real sample, perfect bound on thick paper: sixteens, and a spine wide enough for the title.
    func testSamplePerfectBoundWithTitleOnTheSpine() throws {
        let (folder, stdout) = try makePrint(name: "so-tay") { content in
            try FileManager.default.copyItem(at: Fixture.packageRoot.appendingPathComponent("Content"), to: content)
            let siteYML = content.appendingPathComponent("site.yml")
            let site = try String(contentsOf: siteYML, encoding: .utf8)
            XCTAssertTrue(site.contains("  binding: perfect\n  caliper: 0.1\n"), "the sample is perfect bound on 80 g/m² paper")
            try Data(site.replacingOccurrences(of: "  caliper: 0.1\n", with: "  caliper: 0.25\n").utf8).write(to: siteYML)
        }
        let reading = folder.appendingPathComponent("so-tay.pdf")
        let interior = folder.appendingPathComponent("so-tay-ruot.pdf")
        let cover = folder.appendingPathComponent("so-tay-bia.pdf")

        XCTAssertEqual(Poppler.field(try Poppler.info(reading), "Tagged"), "yes")
        XCTAssertEqual(Poppler.field(try Poppler.info(reading), "Page size"), "595.276 x 841.89 pts (A4)")
        XCTAssertGreaterThan(try Poppler.pageCount(reading), 40)
        XCTAssertEqual(try Poppler.unembeddedFonts(reading), [])
        let text = try Poppler.pages(reading).joined(separator: "\n")
        for words in ["An Giang", "Đồng Nai", "Ninh Bình", "Bình Phước", "Nam Định", "HTX Dệt lụa Bờ Tiền",
                      "HTX Điều hữu cơ Đồi Nắng", "Cần đẩy nhanh", "Chậm tiến độ", "Đạt"] {
            XCTAssertTrue(text.contains(words), "missing from the PDF text: \(words)")
        }

        let pages = try Poppler.pageCount(interior)
        XCTAssertEqual(pages % 16, 0)
        XCTAssertEqual(pages, (try Poppler.pageCount(reading) + 15) / 16 * 16)
        let first = try XCTUnwrap(try Poppler.boxes(interior)[pages])
        XCTAssertEqual(first["TrimBox"], "0.00 0.00 595.28 841.89", "the last, blank page is trimmed to A4 too")
        XCTAssertEqual(first["BleedBox"], "-8.50 -8.50 603.78 850.39")

        // The spine: one 0.25 mm leaf per two pages, with the title on it, read from its strip.
        let spine = Double(pages) / 2 * 0.25
        XCTAssertGreaterThanOrEqual(spine, HandbookPrint.spineTitleMinimum)
        let bleed = try numbers(try Poppler.boxes(cover)[1]?["BleedBox"])
        XCTAssertEqual(bleed[2] - bleed[0], points(2 * 210 + spine + 2 * 3), accuracy: 0.02)
        let strip = try Poppler.text("pdftotext", ["-x", String(Int(points(3 + 210))), "-y", "0", "-W", String(Int(points(spine))),
                                                   "-H", String(Int(points(303))), cover.path, "-"])
        XCTAssertTrue(strip.filter { !$0.isWhitespace }.contains("Sổtaykếhoạchpháttriểnhợptácxãnôngnghiệp"), strip)
        XCTAssertTrue(stdout.contains("đóng keo gáy vuông, bội của 16"), stdout)
        XCTAssertTrue(stdout.contains("có tên sách trên gáy"), stdout)
    }
}
