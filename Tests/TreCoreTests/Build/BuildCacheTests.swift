import Foundation
@testable import TreCore
import TreTestSupport
import XCTest

/// `tre serve` keeps a `BuildCache` between builds so that an edit parses only what changed.
/// A build through the cache must give exactly what a build from nothing gives: the same
/// messages and the same bytes, edit after edit, including edits that change what unchanged
/// files mean (a plan's end year is the default year of its targets; an indicator's direction
/// and measure shape every target of it).
final class BuildCacheTests: XCTestCase {
    struct Result: Equatable {
        var diagnostics: [Diagnostic]
        var files: [String: Data]
    }

    func build(_ files: [String: String], cache: BuildCache?) -> Result {
        let content = ContentFiles.memory(files)
        let checked = SiteBuilder.check(content: content, theme: .builtIn, themeName: "(built-in theme)", cache: cache)
        guard !checked.diagnostics.hasErrors, let site = checked.site, let templates = checked.templates else {
            return Result(diagnostics: checked.diagnostics.items, files: [:])
        }
        let rendered = SiteRenderer.render(RenderContext(site: site, templates: templates), media: content)
        var bytes: [String: Data] = [:]
        for (path, contents) in rendered.files {
            if case .data(let data) = contents { bytes[path] = data }
        }
        return Result(diagnostics: checked.diagnostics.items, files: bytes)
    }

    func testCachedBuildsEqualBuildsFromNothingEditAfterEdit() {
        func replace(_ path: String, _ old: String, _ new: String) -> ([String: String]) -> [String: String] {
            { files in
                var files = files
                let text = files[path] ?? ""
                XCTAssertTrue(text.contains(old), "\(path) has no \(old)")
                files[path] = text.replacingOccurrences(of: old, with: new)
                return files
            }
        }
        let plan = "plans/ha-nam-291.md"
        let edits: [(String, ([String: String]) -> [String: String])] = [
            ("no change", { $0 }),
            ("a plan's body", replace(plan, "## Tổ chức thực hiện", "Đoạn mới thêm vào.\n\n## Tổ chức thực hiện")),
            ("a plan's end year (the default year of its targets)", replace(plan, "to: 2025", "to: 2026")),
            ("an indicator's direction and measure",
             replace("data/indicators.csv", "htx-thanh-lap,HTX thành lập mới mỗi năm,HTX,increase,per_year",
                     "htx-thanh-lap,HTX thành lập mới mỗi năm,HTX,decrease,cumulative")),
            ("a broken progress row", replace("data/progress.csv", "2024,9,", "2024,chín,")),
            ("the row fixed", replace("data/progress.csv", "2024,chín,", "2024,9,")),
            ("a province a body links to is removed", { files in
                var files = files
                files["provinces/ha-nam.md"] = nil
                return files
            }),
            ("and it comes back", { $0.merging(["provinces/ha-nam.md": smallSite["provinces/ha-nam.md"] ?? ""]) { $1 } }),
            ("a new update", { $0.merging(["updates/tin-moi.md": "---\ntitle: Tin mới\ndate: 2025-05-01\n---\nNội dung tin mới.\n"]) { $1 } }),
            ("a broken front matter", replace("updates/tin-moi.md", "date: 2025-05-01", "date: 2025-13-01")),
        ]
        let cache = BuildCache()
        var files = smallSite
        for (name, edit) in edits {
            files = edit(files)
            let cached = build(files, cache: cache)
            let fresh = build(files, cache: nil)
            XCTAssertEqual(cached.diagnostics, fresh.diagnostics, name)
            XCTAssertEqual(cached.files.keys.sorted(), fresh.files.keys.sorted(), name)
            XCTAssertTrue(cached.files == fresh.files, "\(name): the bytes differ")
        }
        // The edits were real: they changed what is built.
        XCTAssertNotEqual(build(smallSite, cache: nil), build(files, cache: nil))
    }

    /// An unchanged file gives its warnings again on every build, not only the first.
    func testAnUnchangedFileRepeatsItsWarnings() {
        var files = smallSite
        files["data/notes.txt"] = "ghi chú"
        let cache = BuildCache()
        let first = build(files, cache: cache).diagnostics
        XCTAssertFalse(first.isEmpty)
        XCTAssertEqual(build(files, cache: cache).diagnostics, first)
    }
}
