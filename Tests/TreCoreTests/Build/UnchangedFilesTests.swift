import Foundation
@testable import TreCore
import TreTestSupport
import XCTest

/// A build rewrites only the files whose bytes changed: the others keep their inode and date,
/// so an upload with `rsync` sends only what changed, and a failed build still changes nothing.
final class UnchangedFilesTests: XCTestCase {
    var output: URL!

    override func setUpWithError() throws {
        output = try Fixture.temporaryFolder("tre-unchanged").appendingPathComponent("Output")
    }

    func write(_ files: [String: String], commit: Bool = true) throws {
        let writer = try FolderWriter(output: output, part: .site)
        for (path, text) in files.sorted(by: { $0.key < $1.key }) { try writer.write(path, text: text) }
        if commit { try writer.commit() } else { writer.discard() }
    }

    func stamp(_ path: String) throws -> (inode: UInt64, date: Date?) {
        let attributes = try FileManager.default.attributesOfItem(atPath: output.path + "/" + path)
        return ((attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0, attributes[.modificationDate] as? Date)
    }

    func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: output.path + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    func testOnlyChangedBytesAreWritten() throws {
        try write(["a/index.html": "giữ nguyên", "b/index.html": "cũ", "c.css": "x"])
        let keptBefore = try stamp("a/index.html"), changedBefore = try stamp("b/index.html")
        usleep(20_000)
        try write(["a/index.html": "giữ nguyên", "b/index.html": "mới", "c.css": "y", "d.js": "new"])
        let keptAfter = try stamp("a/index.html"), changedAfter = try stamp("b/index.html")
        XCTAssertEqual(keptAfter.inode, keptBefore.inode, "the same bytes are the same file")
        XCTAssertEqual(keptAfter.date, keptBefore.date)
        XCTAssertNotEqual(changedAfter.inode, changedBefore.inode)
        XCTAssertEqual(text("b/index.html"), "mới")
        XCTAssertEqual(text("c.css"), "y", "same size, other bytes: written")
        XCTAssertEqual(text("d.js"), "new")
    }

    func testSameSizeDifferentBytesAreWritten() throws {
        let long = String(repeating: "a", count: 200_000)
        try write(["big.html": long + "1"])
        try write(["big.html": long + "2"])
        XCTAssertEqual(text("big.html")?.suffix(1), "2", "a difference after the first block is seen")
    }

    func testDiscardedBuildLeavesTheLinkedFilesAlone() throws {
        try write(["a.html": "một", "b.html": "hai"])
        // The second build links a.html, then writes the same name again, then fails.
        let writer = try FolderWriter(output: output, part: .site)
        try writer.write("a.html", text: "một")
        try writer.write("a.html", text: "khác")
        writer.discard()
        XCTAssertEqual(text("a.html"), "một", "writing a name twice never writes through the old file")
        XCTAssertEqual(text("b.html"), "hai")
    }
}
