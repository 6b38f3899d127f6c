import Foundation
import TreTestSupport
import XCTest
@testable import TreCore

/// Finding a PDF engine on PATH and reading back what it made.
final class PDFEngineTests: XCTestCase {
    func folder(with programs: [String]) throws -> URL {
        let folder = try TreTestSupport.Fixture.temporaryFolder("tre-path")
        for name in programs {
            let url = folder.appendingPathComponent(name)
            try Data("#!/bin/sh\n".utf8).write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
        return folder
    }

    func testPrefersWeasyPrintThenChromium() throws {
        let both = try folder(with: ["chromium", "weasyprint"])
        XCTAssertEqual(PDFEngine.find(path: both.path)?.kind, .weasyprint)
        XCTAssertEqual(PDFEngine.find(.chromium, path: both.path)?.executable.lastPathComponent, "chromium")
        let chrome = try folder(with: ["google-chrome"])
        XCTAssertEqual(PDFEngine.find(path: "/nonexistent:" + chrome.path)?.kind, .chromium)
        XCTAssertNil(PDFEngine.find(.weasyprint, path: chrome.path))
        XCTAssertNil(PDFEngine.find(path: try folder(with: []).path))
    }

    /// A stand-in `weasyprint` that answers `--version` as the real one does.
    func weasyprint(saying version: String) throws -> PDFEngine {
        let folder = try TreTestSupport.Fixture.temporaryFolder("tre-path")
        let url = folder.appendingPathComponent("weasyprint")
        try Data("#!/bin/sh\necho 'WeasyPrint version \(version)'\n".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return try XCTUnwrap(PDFEngine.find(path: folder.path)).probed()
    }

    func testTagsTheReadingPDFFromWeasyPrint59On() throws {
        let input = URL(fileURLWithPath: "/tmp/in.html"), output = URL(fileURLWithPath: "/tmp/out.pdf")
        let debian = try weasyprint(saying: "57.2")
        XCTAssertEqual(debian.version, "57.2")
        XCTAssertEqual(debian.name, "WeasyPrint 57.2")
        XCTAssertFalse(debian.tags)
        XCTAssertFalse(debian.arguments(input: input, output: output).contains("--pdf-variant"))
        XCTAssertTrue(HandbookPDFs.engineNote(debian).vi.contains("cần WeasyPrint 59 trở lên"))

        let pypi = try weasyprint(saying: "70.0")
        XCTAssertTrue(pypi.tags)
        XCTAssertEqual(pypi.arguments(input: input, output: output, for: .reading),
                       ["--quiet", "--media-type", "print", "--pdf-variant", "pdf/ua-1", "/tmp/in.html", "/tmp/out.pdf"])
        XCTAssertFalse(pypi.arguments(input: input, output: output, for: .printing).contains("--pdf-variant"),
                       "the print shop's files carry no tags")
        XCTAssertEqual(HandbookPDFs.engineNote(pypi).en, "WeasyPrint 70.0, tagged PDF/UA for screen readers")
        XCTAssertNil(try XCTUnwrap(PDFEngine.find(path: try folder(with: ["weasyprint"]).path)).probed().version,
                     "an engine that says nothing has no version and no tags")
    }

    func testMissingEngineSaysWhatToInstall() {
        XCTAssertTrue(PDFEngine.missing(nil).vi.contains("sudo apt-get install weasyprint"))
        XCTAssertTrue(PDFEngine.missing(nil).en.contains("pip install weasyprint"))
        XCTAssertTrue(PDFEngine.missing(.chromium).en.contains("sudo apt-get install chromium"))
    }

    func testCountsPageObjectsNotThePageTree() {
        let pdf = "%PDF-1.7\n1 0 obj <</Type /Pages /Kids [2 0 R 3 0 R] /Count 2>> endobj\n"
            + "2 0 obj <</Type /Page /Parent 1 0 R>> endobj\n3 0 obj <</Type/Page/Parent 1 0 R>> endobj\n%%EOF\n"
        XCTAssertEqual(PDFEngine.pageCount(Data(pdf.utf8)), 2)
        XCTAssertEqual(PDFEngine.pageCount(Data()), 0)
    }
}
