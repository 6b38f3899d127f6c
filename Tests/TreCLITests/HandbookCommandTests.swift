import Foundation
import TreCore
import TreTestSupport
import XCTest

/// `tre handbook` end to end: what a user runs, what lands in Output/handbook/, and, where a
/// PDF engine is installed (`.ci/setup test` installs WeasyPrint), the PDF read back with
/// poppler's pdfinfo, pdffonts and pdftotext.
final class HandbookCommandTests: XCTestCase {
    func makeSite(_ files: [String: String] = smallSite) throws -> URL {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write(files, in: folder.appendingPathComponent("Content"))
        return folder
    }

    func exists(_ folder: URL, _ path: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path)
    }

    func testWritesOnlyInsideOutputHandbook() throws {
        let folder = try makeSite()
        XCTAssertEqual(try TreProcess.run(["build"], in: folder).status, 0)
        let site = FolderSnapshot.take(folder.appendingPathComponent("Output"))
        let result = try TreProcess.run(["handbook"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("Đã tạo sổ tay 2 chương trong "), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("→ Output/handbook/index.html (thêm --pdf để có tệp PDF)\n"), result.stdout)
        let after = FolderSnapshot.take(folder.appendingPathComponent("Output"))
        for (path, data) in site { XCTAssertEqual(after[path], data, "\(path) changed") }
        XCTAssertEqual(Set(after.keys).subtracting(site.keys), ["handbook/index.html"])
        let html = try String(contentsOf: folder.appendingPathComponent("Output/handbook/index.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<h1 class=\"chapter-title\">Ninh Bình</h1>"))
        // No temporary folder is left beside it.
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Output").path)
        XCTAssertFalse(entries.contains { $0.contains("tre-new") || $0.contains("tre-old") }, "\(entries)")
    }

    /// `tre handbook` runs the same pipeline as the library's in-memory handbook: the same bytes.
    func testTheCommandWritesWhatThePipelineRenders() throws {
        let folder = try makeSite()
        XCTAssertEqual(try TreProcess.run(["handbook"], in: folder).status, 0)
        let written = try String(contentsOf: folder.appendingPathComponent("Output/handbook/index.html"), encoding: .utf8)
        let (files, _) = ContentFiles.disk(at: folder.appendingPathComponent("Content"), displayRoot: "Content")
        let rendered = SiteBuilder.over(files).handbook().rendered
        XCTAssertEqual(written, rendered?.html)
    }

    func testRefusesAnOutputFolderTreDidNotMake() throws {
        let folder = try makeSite()
        try Fixture.write(["Output/ghi-chu.txt": "của tôi"], in: folder)
        let result = try TreProcess.run(["handbook"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("tre: lỗi: thư mục "), result.stderr)
        XCTAssertTrue(result.stderr.contains("không do Tre tạo ra nên Tre không ghi sổ tay vào đó; chọn thư mục khác bằng --output"))
        XCTAssertEqual(FolderSnapshot.take(folder.appendingPathComponent("Output")), ["ghi-chu.txt": Data("của tôi".utf8)])
    }

    func testUnknownProvinceIsAUsageError() throws {
        let folder = try makeSite()
        let result = try TreProcess.run(["handbook", "--province", "ha-nma", "--lang", "en"], in: folder)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "tre: error: there is no province \"ha-nma\" in provinces/; did you mean \"ha-nam\"? "
            + "The provinces are: ha-nam, ninh-binh\n")
        XCTAssertFalse(exists(folder, "Output"))
    }

    func testContentErrorsWriteNothing() throws {
        var files = smallSite
        files["data/progress.csv"]! += "ha-nam-291,htx-hieu-qua,31/02/2019,15,,\n"
        let folder = try makeSite(files)
        let result = try TreProcess.run(["handbook"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("Content/data/progress.csv:7:"), result.stderr)
        XCTAssertFalse(exists(folder, "Output"))
    }

    func testNoPDFEngineSaysWhatToInstall() throws {
        let folder = try makeSite()
        let empty = try Fixture.temporaryFolder("tre-empty-path")
        let result = try TreProcess.run(["handbook", "--pdf"], in: folder, environment: ["PATH": empty.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "tre: lỗi: " + PDFEngine.missing(nil).vi + "\n")
        XCTAssertFalse(exists(folder, "Output"))
    }
}
