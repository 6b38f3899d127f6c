import Foundation
@testable import TreCore
import XCTest

/// `tre serve` lists the content folder again only when an edit may have changed the list.
final class DiskListingTests: XCTestCase {
    func testAnEditInPlaceKeepsTheListingAndAnythingElseWalksAgain() throws {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("tre-listing-\(UUID().uuidString)")
        try manager.createDirectory(at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: folder) }
        try Data("a".utf8).write(to: folder.appendingPathComponent("plans/a.md"))
        try Data("s".utf8).write(to: folder.appendingPathComponent("site.yml"))
        let first = ContentFiles.disk(at: folder, displayRoot: "Content")
        XCTAssertEqual(first.files.paths, ["plans/a.md", "site.yml"])
        XCTAssertTrue(first.files.lists("plans/a.md") && !first.files.lists("plans/b.md") && !first.files.lists("plans"))

        try Data("aa".utf8).write(to: folder.appendingPathComponent("plans/a.md"))
        let edited = ContentFiles.disk(at: folder, displayRoot: "Content", changed: ["plans/a.md"], previous: first)
        XCTAssertEqual(edited.files.paths, first.files.paths)
        XCTAssertEqual(try edited.files.read("plans/a.md"), Data("aa".utf8), "files are read when asked for")

        try Data("b".utf8).write(to: folder.appendingPathComponent("plans/b.md"))
        let added = ContentFiles.disk(at: folder, displayRoot: "Content", changed: ["plans/b.md"], previous: edited)
        XCTAssertEqual(added.files.paths, ["plans/a.md", "plans/b.md", "site.yml"])

        try manager.removeItem(at: folder.appendingPathComponent("plans/a.md"))
        let removed = ContentFiles.disk(at: folder, displayRoot: "Content", changed: ["plans/a.md"], previous: added)
        XCTAssertEqual(removed.files.paths, ["plans/b.md", "site.yml"])

        // A plain file replaced by a folder of the same name is not an edit in place.
        try manager.removeItem(at: folder.appendingPathComponent("site.yml"))
        try manager.createDirectory(at: folder.appendingPathComponent("site.yml"), withIntermediateDirectories: true)
        let replaced = ContentFiles.disk(at: folder, displayRoot: "Content", changed: ["site.yml"], previous: removed)
        XCTAssertEqual(replaced.files.paths, ["plans/b.md"])
    }
}
