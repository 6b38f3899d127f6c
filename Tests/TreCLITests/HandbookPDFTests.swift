import Foundation
import TreCore
import TreTestSupport
import XCTest

/// The PDF itself, made by the engine on this machine and read back with poppler-utils:
/// paper size, a page per chapter, page numbers in the contents, embedded fonts, and
/// Vietnamese text that survives extraction.
final class HandbookPDFTests: XCTestCase {
    override func setUpWithError() throws {
        guard PDFEngine.find(.weasyprint) != nil else { throw XCTSkip("WeasyPrint is not installed (.ci/setup test installs it)") }
        for name in ["pdfinfo", "pdffonts", "pdftotext"] where tool(name) == nil {
            throw XCTSkip("\(name) is not installed (poppler-utils)")
        }
    }

    func tool(_ name: String) -> URL? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    func run(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = try XCTUnwrap(tool(name))
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(name) \(arguments)")
        return String(decoding: data, as: UTF8.self)
    }

    /// Makes the handbook of `files` with `--pdf` and returns the PDF's path.
    func makePDF(_ files: [String: String], _ arguments: [String] = [], name: String) throws -> (URL, String) {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write(files, in: folder.appendingPathComponent("Content"))
        let result = try TreProcess.run(["handbook", "--pdf"] + arguments, in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let pdf = folder.appendingPathComponent("Output/handbook/\(name).pdf")
        XCTAssertTrue(FileManager.default.fileExists(atPath: pdf.path), result.stdout)
        return (pdf, result.stdout)
    }

    func field(_ info: String, _ name: String) -> String? {
        info.split(separator: "\n").first { $0.hasPrefix(name + ":") }
            .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
    }

    /// The text of each page (pdftotext separates pages with form feeds).
    func pages(_ pdf: URL) throws -> [String] {
        try run("pdftotext", ["-layout", pdf.path, "-"]).components(separatedBy: "\u{0C}")
    }

    func testA4HandbookOfTheSmallSite() throws {
        let (pdf, stdout) = try makePDF(smallSite, name: "so-tay")
        let info = try run("pdfinfo", [pdf.path])
        XCTAssertEqual(field(info, "Page size"), "595.276 x 841.89 pts (A4)")
        let count = try XCTUnwrap(field(info, "Pages").flatMap { Int($0) })
        XCTAssertTrue(stdout.contains("Đã tạo sổ tay 2 chương: \(count) trang A4 (weasyprint) trong "), stdout)
        XCTAssertEqual(field(info, "Title"), "Sổ tay kế hoạch phát triển hợp tác xã")

        // Every font embedded.
        let fonts = try run("pdffonts", [pdf.path]).split(separator: "\n").dropFirst(2)
        XCTAssertFalse(fonts.isEmpty)
        for line in fonts {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            XCTAssertEqual(columns[columns.count - 5], "yes", "not embedded: \(line)")
        }
        XCTAssertTrue(fonts.contains { $0.contains("Noto-Serif") } && fonts.contains { $0.contains("Noto-Sans") }, "\(fonts)")

        // Vietnamese reads back intact: provinces, statuses, cooperatives.
        let pages = try pages(pdf)
        let text = pages.joined(separator: "\n")
        for words in ["Ninh Bình", "Hà Nam", "Kế hoạch chưa nêu tỉnh", "HTX Đồng Tiến", "Liên kết giúp bà con yên tâm sản xuất",
                      "Đúng tiến độ", "Chưa có số liệu", "Cách đánh giá tiến độ", "Đồng bằng sông Hồng"] {
            XCTAssertTrue(text.contains(words), "missing from the PDF text: \(words)")
        }

        // The contents give each chapter's page, and that page opens the chapter.
        let contents = try XCTUnwrap(pages.first { $0.contains("Mục lục") })
        for (number, title) in [(1, "Ninh Bình"), (2, "Kế hoạch chưa nêu tỉnh")] {
            let line = try XCTUnwrap(contents.split(separator: "\n").first { $0.contains("Chương \(number)") && $0.contains(title) },
                                     contents)
            let page = try XCTUnwrap(line.split(separator: " ").last.flatMap { Int($0) }, String(line))
            XCTAssertTrue(pages[page - 1].contains("CHƯƠNG \(number)"), "page \(page): \(pages[page - 1].prefix(200))")
            XCTAssertTrue(pages[page - 1].contains(title))
            XCTAssertEqual(page % 2, 1, "chapters open on a right-hand (odd) page")
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

    /// The real sample content, as a print shop would get it.
    func testSampleHandbook() throws {
        let content = Fixture.packageRoot.appendingPathComponent("Content")
        let folder = try Fixture.temporaryFolder()
        let result = try TreProcess.run(["handbook", "--pdf", "--content", content.path], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let pdf = folder.appendingPathComponent("Output/handbook/so-tay.pdf")
        let info = try run("pdfinfo", [pdf.path])
        XCTAssertEqual(field(info, "Page size"), "595.276 x 841.89 pts (A4)")
        let count = try XCTUnwrap(field(info, "Pages").flatMap { Int($0) })
        XCTAssertGreaterThan(count, 40)
        for line in try run("pdffonts", [pdf.path]).split(separator: "\n").dropFirst(2) {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            XCTAssertEqual(columns[columns.count - 5], "yes", "not embedded: \(line)")
        }
        let text = try pages(pdf).joined(separator: "\n")
        for words in ["An Giang", "Đồng Nai", "Ninh Bình", "Bình Phước", "Nam Định", "HTX Dệt lụa Bờ Tiền",
                      "HTX Điều hữu cơ Đồi Nắng", "Cần đẩy nhanh", "Chậm tiến độ", "Đạt"] {
            XCTAssertTrue(text.contains(words), "missing from the PDF text: \(words)")
        }
    }
}
