import Foundation
import TreTestSupport
import XCTest

/// Starting from a built site, each single mistake makes `tre build` fail with the right
/// location and leaves Output/ exactly as it was.
final class SafeOutputTests: XCTestCase {
    struct Mistake {
        var name: String
        var file: String
        var text: String?
        var data: Data?
        /// What the first error line must contain: `file:line:column`.
        var location: String
    }

    static let mistakes: [Mistake] = [
        Mistake(name: "broken quote", file: "data/targets.csv",
                text: smallSite["data/targets.csv"]!.replacingOccurrences(of: "\"ít nhất", with: "ít \"nhất"),
                location: "Content/data/targets.csv:2:"),
        Mistake(name: "unknown indicator", file: "data/progress.csv",
                text: smallSite["data/progress.csv"]! + "ha-nam-291,htx-khong-co,2024,5,,\n",
                location: "Content/data/progress.csv:7:12"),
        Mistake(name: "year as words", file: "plans/ke-hoach-chung.md",
                text: smallSite["plans/ke-hoach-chung.md"]!.replacingOccurrences(of: "from: 2023", with: "from: năm hai nghìn"),
                location: "Content/plans/ke-hoach-chung.md:3:7"),
        Mistake(name: "extra field", file: "data/progress.csv",
                text: smallSite["data/progress.csv"]!.replacingOccurrences(of: "2024,9,Minh họa,", with: "2024,9,Minh họa,,thừa"),
                location: "Content/data/progress.csv:4:"),
        Mistake(name: "120 in a % indicator", file: "data/progress.csv",
                text: smallSite["data/progress.csv"]!.replacingOccurrences(of: "2025-06-30,76", with: "2025-06-30,120"),
                location: "Content/data/progress.csv:3:36"),
        Mistake(name: "31/02/2019", file: "data/progress.csv",
                text: smallSite["data/progress.csv"]!.replacingOccurrences(of: "30/06/2024", with: "31/02/2019"),
                location: "Content/data/progress.csv:6:24"),
        Mistake(name: "chart block naming a missing plan", file: "plans/ke-hoach-chung.md",
                text: smallSite["plans/ke-hoach-chung.md"]! + "\n```chart\nplan: khong-co\nindicator: tht-moi\n```\n",
                location: "Content/plans/ke-hoach-chung.md:8"),
        Mistake(name: "plan naming a missing province", file: "plans/ke-hoach-chung.md",
                text: smallSite["plans/ke-hoach-chung.md"]!.replacingOccurrences(of: "from: 2023", with: "province: ha-tay\nfrom: 2023"),
                location: "Content/plans/ke-hoach-chung.md:"),
        Mistake(name: "Windows-1258 file", file: "data/cooperatives.csv",
                data: Data("id,name,kind,province\nhtx-a,HTX ".utf8) + Data([0xD0, 0xEC, 0x6E, 0x68]) + Data(",HTX,ha-nam\n".utf8),
                location: "Content/data/cooperatives.csv:2:"),
        Mistake(name: "site.yml without title", file: "site.yml",
                text: "description: Không có tiêu đề\n", location: "Content/site.yml:1"),
    ]

    func testEachMistakeFailsAndLeavesOutputUntouched() throws {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write(smallSite, in: folder.appendingPathComponent("Content"))
        let first = try TreProcess.run(["build"], in: folder)
        XCTAssertEqual(first.status, 0, first.stderr)
        let before = FolderSnapshot.take(folder.appendingPathComponent("Output"))
        XCTAssertGreaterThan(before.count, 20)
        for mistake in Self.mistakes {
            let url = folder.appendingPathComponent("Content").appendingPathComponent(mistake.file)
            let original = try Data(contentsOf: url)
            try (mistake.data ?? Data((mistake.text ?? "").utf8)).write(to: url)
            let result = try TreProcess.run(["build"], in: folder)
            XCTAssertEqual(result.status, 1, "\(mistake.name): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(mistake.location),
                          "\(mistake.name): expected \(mistake.location) in\n\(result.stderr)")
            XCTAssertEqual(FolderSnapshot.take(folder.appendingPathComponent("Output")), before,
                           "\(mistake.name) changed Output/")
            try original.write(to: url)
        }
        XCTAssertEqual(try TreProcess.run(["check"], in: folder).status, 0)
    }

    func testRefusesToReplaceAFolderTreDidNotCreate() throws {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write(smallSite, in: folder.appendingPathComponent("Content"))
        try Fixture.write(["ghi-chu.txt": "của tôi"], in: folder.appendingPathComponent("Output"))
        let refused = try TreProcess.run(["build"], in: folder)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("--force"), refused.stderr)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("Output/ghi-chu.txt"), encoding: .utf8), "của tôi")
        let forced = try TreProcess.run(["build", "--force"], in: folder)
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/index.html").path))
    }

    func testRebuildingKeepsTheHandbook() throws {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write(smallSite, in: folder.appendingPathComponent("Content"))
        XCTAssertEqual(try TreProcess.run(["build"], in: folder).status, 0)
        let handbook = try TreProcess.run(["handbook"], in: folder)
        XCTAssertEqual(handbook.status, 0, handbook.stderr)
        let book = folder.appendingPathComponent("Output/handbook/index.html")
        let before = try Data(contentsOf: book)
        let rebuilt = try TreProcess.run(["build"], in: folder)
        XCTAssertEqual(rebuilt.status, 0, rebuilt.stderr)
        XCTAssertEqual(try Data(contentsOf: book), before, "tre build must not delete what tre handbook made")
    }

    func testCheckWritesNothingAndUsesExitCodes() throws {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write(smallSite, in: folder.appendingPathComponent("Content"))
        XCTAssertEqual(try TreProcess.run(["check"], in: folder).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
        XCTAssertEqual(try TreProcess.run(["check", "--no-such-flag"], in: folder).status, 2)
        try "title: X\nlanguage: fr\n".write(to: folder.appendingPathComponent("Content/site.yml"), atomically: true, encoding: .utf8)
        let english = try TreProcess.run(["check", "--lang", "en"], in: folder)
        XCTAssertEqual(english.status, 1)
        XCTAssertTrue(english.stderr.contains("Content/site.yml:2:11: error: Language \"fr\" is not supported."), english.stderr)
    }

    func testSymlinkOutOfContentIsNotFollowed() throws {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write(smallSite, in: folder.appendingPathComponent("Content"))
        try "bí mật".write(to: folder.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("Content/media/secret.txt").path,
                                                   withDestinationPath: folder.appendingPathComponent("secret.txt").path)
        let result = try TreProcess.run(["build"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("Content/media/secret.txt"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/media/secret.txt").path))
    }
}
