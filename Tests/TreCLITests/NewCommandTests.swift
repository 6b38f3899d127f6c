import Foundation
import TreTestSupport
import XCTest

/// `tre new site|update|plan|province|story` and `tre --version` through the real binary: the
/// starter builds with no message, titles in Vietnamese become the right file names, and no
/// file is ever written over.
final class NewCommandTests: XCTestCase {
    /// A new site in a fresh temporary folder; returns the project folder.
    func newSite(_ extra: [String] = []) throws -> URL {
        let parent = try Fixture.temporaryFolder("tre-new")
        let result = try TreProcess.run(["new", "site", "htx-lam-dong"] + extra, in: parent)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertTrue(result.stdout.contains("HUONG-DAN.md"), result.stdout)
        return parent.appendingPathComponent("htx-lam-dong")
    }

    func assertBuildsSilently(_ project: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let check = try TreProcess.run(["check"], in: project)
        XCTAssertEqual(check.status, 0, check.stderr, file: file, line: line)
        XCTAssertEqual(check.stderr, "", "tre check says nothing but that the content is valid", file: file, line: line)
        let build = try TreProcess.run(["build"], in: project)
        XCTAssertEqual(build.status, 0, build.stderr, file: file, line: line)
        XCTAssertEqual(build.stderr, "", "tre build prints no warning for a new site", file: file, line: line)
        XCTAssertTrue(FileManager.default.fileExists(atPath: project.appendingPathComponent("Output/index.html").path),
                      file: file, line: line)
    }

    func text(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    func testVersion() throws {
        let result = try TreProcess.run(["--version"], in: Fixture.packageRoot)
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.hasPrefix("tre "), result.stdout)
        XCTAssertTrue(result.stdout.contains("1.1"), "names the content format it reads: \(result.stdout)")
    }

    func testNewSiteWithWorkbooksBuildsWithNoMessage() throws {
        let project = try newSite()
        let content = project.appendingPathComponent("Content")
        for path in ["site.yml", "provinces/tinh-vi-du.md", "plans/ke-hoach-vi-du.md", "data/indicators.xlsx",
                     "data/targets.xlsx", "data/progress.xlsx", "data/cooperatives.xlsx"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: content.appendingPathComponent(path).path), path)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: content.appendingPathComponent("data/progress.csv").path))
        var isFolder: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: content.appendingPathComponent("media").path, isDirectory: &isFolder))
        XCTAssertTrue(isFolder.boolValue)
        XCTAssertTrue(try text(project.appendingPathComponent("HUONG-DAN.md")).contains("tre serve"))
        // Every key of site.yml is there, set or commented out, each under a comment of its own.
        let yaml = try text(content.appendingPathComponent("site.yml"))
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for key in ["title", "description", "organization", "language", "base_url", "as_of", "sample", "handbook",
                    "paper", "binding", "caliper", "csv", "decimal", "markdown", "unsafe_html"] {
            guard let index = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key + ":")
                || $0.trimmingCharacters(in: .whitespaces).hasPrefix("# " + key + ":") }) else {
                XCTFail("site.yml lacks \(key)"); continue
            }
            XCTAssertTrue(index > 0 && lines[index - 1].trimmingCharacters(in: .whitespaces).hasPrefix("#"),
                          "\(key) has a comment above it")
        }
        try assertBuildsSilently(project)
    }

    func testNewSiteWithCSVBuildsWithNoMessage() throws {
        let project = try newSite(["--csv"])
        let data = project.appendingPathComponent("Content/data")
        let progress = try text(data.appendingPathComponent("progress.csv"))
        XCTAssertTrue(progress.hasPrefix("plan,indicator,date,value,source,note\n"), progress)
        XCTAssertTrue(progress.contains("ke-hoach-vi-du"), "the example row names the starter's plan")
        XCTAssertFalse(FileManager.default.fileExists(atPath: data.appendingPathComponent("progress.xlsx").path))
        try assertBuildsSilently(project)
    }

    func testRefusesAFolderThatIsNotEmpty() throws {
        let parent = try Fixture.temporaryFolder("tre-new")
        let folder = parent.appendingPathComponent("co-san")
        try Fixture.write(["ghi-chu.txt": "của tôi\n"], in: folder)
        let result = try TreProcess.run(["new", "site", "co-san"], in: parent)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("không trống"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["ghi-chu.txt"], "nothing added")
        XCTAssertEqual(try text(folder.appendingPathComponent("ghi-chu.txt")), "của tôi\n")
        let english = try TreProcess.run(["new", "site", "co-san", "--lang", "en"], in: parent)
        XCTAssertEqual(english.status, 1)
        XCTAssertTrue(english.stderr.contains("is not empty"), english.stderr)
    }

    func testEachKindWithVietnameseTitlesBuilds() throws {
        let project = try newSite(["--csv"])
        // The story's cooperative: the starter's example row, made a showcase.
        let register = project.appendingPathComponent("Content/data/cooperatives.csv")
        try Data(try text(register).replacingOccurrences(of: ",có,không,không,không", with: ",có,không,không,có").utf8)
            .write(to: register)
        let update = try TreProcess.run(["new", "update", "Hội chợ OCOP Đà Lạt: “Nông sản sạch”", "--date", "2025-07-20",
                                         "--province", "tinh-vi-du", "--plan", "ke-hoach-vi-du"], in: project)
        XCTAssertEqual(update.status, 0, update.stderr)
        XCTAssertEqual(update.stdout, "Content/updates/2025-07-20-hoi-cho-ocop-da-lat-nong-san-sach.md\n")
        let written = try text(project.appendingPathComponent("Content/updates/2025-07-20-hoi-cho-ocop-da-lat-nong-san-sach.md"))
        XCTAssertTrue(written.hasPrefix("---\ntitle: \"Hội chợ OCOP Đà Lạt: “Nông sản sạch”\"\ndate: 2025-07-20\nprovince: tinh-vi-du\nplan: ke-hoach-vi-du\n---\n"),
                      written)
        let plan = try TreProcess.run(["new", "plan", "Kế hoạch phát triển HTX giai đoạn 2026–2030", "--province", "tinh-vi-du"], in: project)
        XCTAssertEqual(plan.status, 0, plan.stderr)
        XCTAssertEqual(plan.stdout, "Content/plans/ke-hoach-phat-trien-htx-giai-doan-2026-2030.md\n")
        let planText = try text(project.appendingPathComponent("Content/plans/ke-hoach-phat-trien-htx-giai-doan-2026-2030.md"))
        XCTAssertTrue(planText.contains("from: 2026\nto: 2030\n"), planText)
        let province = try TreProcess.run(["new", "province", "Lâm Đồng"], in: project)
        XCTAssertEqual(province.stdout, "Content/provinces/lam-dong.md\n", province.stderr)
        XCTAssertTrue(try text(project.appendingPathComponent("Content/provinces/lam-dong.md")).contains("name: \"Lâm Đồng\"\n"))
        let story = try TreProcess.run(["new", "story", "htx-vi-du"], in: project)
        XCTAssertEqual(story.stdout, "Content/cooperatives/htx-vi-du.md\n", story.stderr)
        // An update dated today by default.
        let dated = try TreProcess.run(["new", "update", "Đoàn công tác đến thăm"], in: project)
        XCTAssertEqual(dated.status, 0, dated.stderr)
        XCTAssertTrue(dated.stdout.hasPrefix("Content/updates/20") && dated.stdout.hasSuffix("-doan-cong-tac-den-tham.md\n"), dated.stdout)
        try assertBuildsSilently(project)
        let page = try text(project.appendingPathComponent("Output/updates/2025-07-20-hoi-cho-ocop-da-lat-nong-san-sach/index.html"))
        XCTAssertTrue(page.contains("Hội chợ OCOP Đà Lạt"))
    }

    func testNeverOverwritesAndRefusesUnknownNames() throws {
        let project = try newSite(["--csv"])
        let first = try TreProcess.run(["new", "province", "Lâm Đồng"], in: project)
        XCTAssertEqual(first.status, 0, first.stderr)
        let path = project.appendingPathComponent("Content/provinces/lam-dong.md")
        try Data("---\nname: \"Lâm Đồng\"\n---\n\nBài của tôi.\n".utf8).write(to: path)
        // The same name written another way (NFD, the other tone placement) is the same file.
        for name in ["Lâm Đồng", "La\u{0302}m \u{0110}o\u{0302}\u{0300}ng"] {
            let again = try TreProcess.run(["new", "province", name], in: project)
            XCTAssertEqual(again.status, 1)
            XCTAssertTrue(again.stderr.contains("đã có tệp Content/provinces/lam-dong.md") && again.stderr.contains("không ghi đè"), again.stderr)
        }
        let english = try TreProcess.run(["new", "province", "Lâm Đồng", "--lang", "en"], in: project)
        XCTAssertTrue(english.stderr.contains("already exists; Tre never replaces a file"), english.stderr)
        XCTAssertEqual(try text(path), "---\nname: \"Lâm Đồng\"\n---\n\nBài của tôi.\n", "the file is as its owner left it")
        for arguments in [["update", "Tin", "--date", "2025-07-20"], ["update", "Tin", "--date", "2025-07-20"]] {
            _ = try TreProcess.run(["new"] + arguments, in: project)
        }
        let clash = try TreProcess.run(["new", "update", "Tin", "--date", "2025-07-20"], in: project)
        XCTAssertEqual(clash.status, 1, "a second update of the same title and day is refused")
        let unknown = try TreProcess.run(["new", "update", "Tin khác", "--province", "ha-noi"], in: project)
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("--province ha-noi") && unknown.stderr.contains("tinh-vi-du"), unknown.stderr)
        let story = try TreProcess.run(["new", "story", "htx-khong-co"], in: project)
        XCTAssertEqual(story.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: project.appendingPathComponent("Content/cooperatives/htx-khong-co.md").path))
        let empty = try TreProcess.run(["new", "update", "!!!"], in: project)
        XCTAssertEqual(empty.status, 1)
        XCTAssertTrue(empty.stderr.contains("không có chữ"), empty.stderr)
        let badDate = try TreProcess.run(["new", "update", "Tin", "--date", "31/02/2025"], in: project)
        XCTAssertEqual(badDate.status, 2, "a date that does not exist is wrong usage: \(badDate.stderr)")
    }
}
