import Foundation
@testable import TreCore
import TreTestSupport
import XCTest

/// The one disk writer: a staging folder swapped in at once, each command replacing only its
/// own part of `Output/` and carrying over what the others made.
final class FolderWriterTests: XCTestCase {
    var output: URL!

    override func setUpWithError() throws {
        output = try Fixture.temporaryFolder("tre-writer").appendingPathComponent("Output")
    }

    func write(_ files: [String: String], part: OutputPart, force: Bool = false) throws {
        let writer = try FolderWriter(output: output, part: part, force: force)
        for (path, text) in files { try writer.write(path, text: text) }
        try writer.commit()
    }

    func contents() -> [String: String] {
        var files: [String: String] = [:]
        let walk = FileManager.default.enumerator(atPath: output.path)
        while let path = walk?.nextObject() as? String {
            guard walk?.fileAttributes?[.type] as? FileAttributeType == .typeRegular,
                  let data = FileManager.default.contents(atPath: output.path + "/" + path) else { continue }
            files[path] = String(decoding: data, as: UTF8.self)
        }
        return files
    }

    func testEachPartReplacesOnlyItself() throws {
        try write(["index.html": "1", "reports/bc/index.html": "trang 1", "plans/a/index.html": "a"], part: .site)
        try write(["index.html": "sổ tay"], part: .handbook)
        try write(["bc.docx": "word 1", "bc.pdf": "pdf 1"], part: .reports)
        XCTAssertEqual(contents()["reports/bc/index.html"], "trang 1", "tre report keeps the site's report pages")

        try write(["index.html": "2", "reports/bc/index.html": "trang 2"], part: .site)
        XCTAssertEqual(contents(), [
            ".tre-output": FolderWriter.markerText, "index.html": "2", "reports/bc/index.html": "trang 2",
            "handbook/index.html": "sổ tay", "reports/bc.docx": "word 1", "reports/bc.pdf": "pdf 1",
        ], "the site replaces its own pages (plans/a is gone) and keeps the handbook and the reports")

        try write(["bc.docx": "word 2"], part: .reports)
        XCTAssertEqual(contents()["reports/bc.docx"], "word 2")
        XCTAssertNil(contents()["reports/bc.pdf"], "a report document not made again is gone")
        XCTAssertEqual(contents()["reports/bc/index.html"], "trang 2")
        XCTAssertEqual(contents()["index.html"], "2")
    }

    func testCarriedFilesKeepTheirDates() throws {
        try write(["index.html": "1"], part: .site)
        try write(["so-tay.pdf": "pdf"], part: .handbook)
        let pdf = output.path + "/handbook/so-tay.pdf"
        let before = try FileManager.default.attributesOfItem(atPath: pdf)[.modificationDate] as? Date
        usleep(20_000)
        try write(["index.html": "2"], part: .site)
        let after = try FileManager.default.attributesOfItem(atPath: pdf)[.modificationDate] as? Date
        XCTAssertEqual(before, after)
    }

    func testAFailedOrDiscardedWriteLeavesTheOutputAsItWas() throws {
        try write(["index.html": "1"], part: .site)
        let before = contents()
        let writer = try FolderWriter(output: output, part: .site)
        try writer.write("index.html", text: "2")
        XCTAssertThrowsError(try writer.write("../outside.html", text: "x")) { error in
            XCTAssertEqual(error as? OutputFailure, .unsafePath("../outside.html"))
        }
        writer.discard()
        XCTAssertEqual(contents(), before)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
        XCTAssertEqual(siblings, ["Output"], "no staging folder is left behind")
    }

    func testAFolderTreDidNotMakeIsRefused() throws {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: output.appendingPathComponent("notes.txt"))
        XCTAssertThrowsError(try FolderWriter(output: output, part: .site)) { error in
            XCTAssertEqual(error as? OutputFailure, .notTreOutput(output.standardizedFileURL.path, part: .site))
        }
        XCTAssertThrowsError(try FolderWriter(output: output, part: .handbook, force: true))
        XCTAssertEqual(contents(), ["notes.txt": "mine"])
        try write(["index.html": "1"], part: .site, force: true)
        XCTAssertEqual(contents(), [".tre-output": FolderWriter.markerText, "index.html": "1"])
    }

    func testAPartInANewFolderMarksIt() throws {
        try write(["index.html": "sổ tay"], part: .handbook)
        XCTAssertEqual(contents(), [".tre-output": FolderWriter.markerText, "handbook/index.html": "sổ tay"])
        try write(["index.html": "1"], part: .site)
        XCTAssertEqual(contents()["handbook/index.html"], "sổ tay")
    }
}
