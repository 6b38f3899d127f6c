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
        let (assembled, rendered) = SiteBuilder.over(content, themeName: "(built-in theme)", cache: cache).inMemory()
        var bytes: [String: Data] = [:]
        for (path, contents) in rendered?.files ?? [:] {
            if case .data(let data) = contents { bytes[path] = data }
        }
        return Result(diagnostics: assembled.diagnostics.items, files: bytes)
    }

    func testCachedBuildsEqualBuildsFromNothingEditAfterEdit() {
        checkEditAfterEdit(watched: false)
    }

    /// The same through a cache told what changed, as `tre serve`'s watcher tells it: files it
    /// does not name are taken from the cache without being read.
    func testAWatchedCacheEqualsBuildsFromNothingEditAfterEdit() {
        checkEditAfterEdit(watched: true)
    }

    func checkEditAfterEdit(watched: Bool) {
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
            ("a cooperative renamed (the register is sorted by name)",
             replace("data/cooperatives.csv", "htx-an-phu,HTX An Phú", "htx-an-phu,HTX Ân Phú")),
            ("a story's quote", replace("cooperatives/htx-dong-tien.md", "yên tâm sản xuất", "yên tâm làm ăn")),
            ("a new update", { $0.merging(["updates/tin-moi.md": "---\ntitle: Tin mới\ndate: 2025-05-01\n---\nNội dung tin mới.\n"]) { $1 } }),
            ("a broken front matter", replace("updates/tin-moi.md", "date: 2025-05-01", "date: 2025-13-01")),
        ]
        let cache = BuildCache()
        if watched { cache.watched() }
        var files = smallSite
        for (name, edit) in edits {
            let before = files
            files = edit(files)
            if watched {
                cache.changed(Set(before.keys).union(files.keys).filter { before[$0] != files[$0] })
            }
            let cached = build(files, cache: cache)
            let fresh = build(files, cache: nil)
            XCTAssertEqual(cached.diagnostics, fresh.diagnostics, name)
            XCTAssertEqual(cached.files.keys.sorted(), fresh.files.keys.sorted(), name)
            XCTAssertTrue(cached.files == fresh.files, "\(name): the bytes differ")
        }
        // The edits were real: they changed what is built.
        XCTAssertNotEqual(build(smallSite, cache: nil), build(files, cache: nil))
    }

    /// A watched cache trusts a file the watcher has not named (it reads nothing), and reads
    /// it again once named; a cache nobody watches compares every file's bytes.
    func testAWatchedCacheReadsOnlyTheFilesNamed() {
        let reads = Counter()
        func content(_ files: [String: String]) -> ContentFiles {
            let memory = ContentFiles.memory(files)
            return ContentFiles(displayRoot: "Content", paths: memory.paths) { path in
                reads.add(path)
                return try memory.read(path)
            }
        }
        let plan = "plans/ha-nam-291.md"
        let cache = BuildCache()
        cache.watched()
        _ = SiteBuilder.over(content(smallSite), themeName: "t", cache: cache).prepare()
        XCTAssertTrue(reads.take().contains(plan))
        var edited = smallSite
        edited[plan] = (edited[plan] ?? "") + "\nĐoạn mới.\n"
        let unseen = SiteBuilder.over(content(edited), themeName: "t", cache: cache).prepare()
        XCTAssertFalse(reads.take().contains(plan), "a file the watcher did not name is not read")
        XCTAssertFalse(unseen.site?.content.plans.first { $0.slug == "ha-nam-291" }?.body.text.contains("Đoạn mới") ?? true)
        cache.changed([plan])
        let seen = SiteBuilder.over(content(edited), themeName: "t", cache: cache).prepare()
        XCTAssertEqual(reads.take().filter { $0.hasSuffix(".md") }, [plan], "only the file named is read, once")
        XCTAssertTrue(seen.site?.content.plans.first { $0.slug == "ha-nam-291" }?.body.text.contains("Đoạn mới") ?? false)

        let unwatched = BuildCache()
        _ = SiteBuilder.over(content(smallSite), themeName: "t", cache: unwatched).prepare()
        _ = reads.take()
        let verified = SiteBuilder.over(content(edited), themeName: "t", cache: unwatched).prepare()
        XCTAssertTrue(reads.take().contains(plan))
        XCTAssertTrue(verified.site?.content.plans.first { $0.slug == "ha-nam-291" }?.body.text.contains("Đoạn mới") ?? false)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [String] = []

        func add(_ path: String) { lock.withLock { paths.append(path) } }

        /// The paths read since the last call, sorted.
        func take() -> [String] {
            lock.withLock {
                defer { paths = [] }
                return paths.sorted()
            }
        }
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
