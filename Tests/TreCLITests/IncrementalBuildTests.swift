import Foundation
import TreTestSupport
import XCTest

/// `tre build` with its build cache (`.tre/cache/` beside the output) gives exactly what a
/// build from nothing gives, after any sequence of edits: files of every kind added, changed,
/// renamed and deleted, the theme and `site.yml` edited, errors made and mended, the cache
/// itself damaged. Every step builds both ways through the real binary and compares the
/// output folders byte for byte, the exit status and the messages.
final class IncrementalBuildTests: XCTestCase {
    var folder: URL!
    var content: URL { folder.appendingPathComponent("Content") }

    override func setUpWithError() throws {
        folder = try Fixture.temporaryFolder("tre-incremental")
        try Fixture.write(smallSite, in: content)
        let theme = Fixture.packageRoot.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: theme, to: folder.appendingPathComponent("Templates"))
    }

    func testRandomEditsBuildAsFromNothing() throws {
        var random = SplitMix64(seed: 18)
        var counter = 0
        try compare("first build")
        for step in 1...36 {
            counter += 1
            let edit = Edit.allCases.randomElement(using: &random) ?? .touch
            let done = try apply(edit, counter: counter, random: &random)
            try compare("step \(step): \(done)")
        }
    }

    func testNoCacheAndDamagedCacheBuildEverything() throws {
        try compare("first build")
        let cache = try XCTUnwrap(cacheFile())
        try Data("not a cache".utf8).write(to: cache)
        try compare("cache replaced by junk")
        try Data().write(to: cache)
        try compare("empty cache")
        let plain = try TreProcess.run(["build", "--content", "Content", "--output", "Output", "--no-cache"], in: folder)
        XCTAssertEqual(plain.status, 0, plain.stderr)
    }

    func testUnchangedPagesKeepTheirDates() throws {
        try compare("first build")
        let page = folder.appendingPathComponent("Output/provinces/ninh-binh/index.html")
        let before = try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date
        usleep(50_000)
        try append("\n\nThêm một đoạn.\n", to: "updates/tin-dau-tien.md")
        try compare("an update edited")
        let after = try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date
        XCTAssertEqual(before, after, "a page whose bytes did not change keeps its date, so rsync skips it")
    }

    // MARK: - Edits

    enum Edit: CaseIterable {
        case planBody, planTitle, addUpdate, renameUpdate, deleteUpdate, progressValue, progressAmbiguous,
             addCooperative, story, decimalMark, siteTitle, theme, media, sameSizeEdit, touch, damageCache
    }

    /// Applies `edit` and says what it did.
    func apply(_ edit: Edit, counter: Int, random: inout SplitMix64) throws -> String {
        switch edit {
        case .planBody:
            try append("\n\nĐoạn thêm số \(counter).\n", to: "plans/ha-nam-291.md")
        case .planTitle:
            try replace("title: Kế hoạch phát triển tổ hợp tác", with: "title: Kế hoạch phát triển tổ hợp tác \(counter)",
                        in: "plans/ke-hoach-chung.md")
        case .addUpdate:
            try write("updates/tin-\(counter).md", """
                ---
                title: Bản tin số \(counter) về hợp tác xã
                date: 2025-06-\(String(format: "%02d", counter % 28 + 1))
                province: ninh-binh
                ---
                Nội dung bản tin \(counter).
                """)
        case .renameUpdate:
            guard let name = updates().randomElement(using: &random) else { return "no update to rename" }
            try FileManager.default.moveItem(at: content.appendingPathComponent("updates/\(name)"),
                                             to: content.appendingPathComponent("updates/doi-ten-\(counter).md"))
            return "renamed updates/\(name)"
        case .deleteUpdate:
            guard let name = updates().randomElement(using: &random) else { return "no update to delete" }
            try FileManager.default.removeItem(at: content.appendingPathComponent("updates/\(name)"))
            return "deleted updates/\(name)"
        case .progressValue:
            try append("ha-nam-291,htx-thanh-lap,2025-0\(counter % 6 + 1)-01,\(counter % 12),Minh họa,\n", to: "data/progress.csv")
        case .progressAmbiguous:
            // An error, then mended: the cache must give the same message, and then forget it.
            try append("ha-nam-291,htx-hieu-qua,2025-07-01,25.000,Minh họa,\n", to: "data/progress.csv")
            try compare("an ambiguous number in progress.csv")
            try replace("2025-07-01,25.000,", with: "2025-07-01,77,", in: "data/progress.csv")
        case .addCooperative:
            try append("htx-moi-\(counter),HTX Mới \(counter),HTX,ninh-binh,Hoa Lư,Trồng trọt,2020,\(counter),10,kha,0,,,no,no,no,no\n",
                       to: "data/cooperatives.csv")
        case .story:
            let path = "cooperatives/htx-an-phu.md"
            if FileManager.default.fileExists(atPath: content.appendingPathComponent(path).path) {
                try FileManager.default.removeItem(at: content.appendingPathComponent(path))
                return "deleted \(path)"
            }
            try write(path, "---\nquote: Câu nói \(counter).\n---\nCâu chuyện \(counter).\n")
        case .decimalMark:
            // The same tables read in the other mode: 3500.5 is refused with ",", read with ".".
            let site = try read("site.yml")
            if site.contains("decimal: \",\"") {
                try replace("decimal: \",\"\n", with: "", in: "site.yml")
            } else {
                try append("decimal: \",\"\n", to: "site.yml")
            }
        case .siteTitle:
            try replace("organization: Liên minh Hợp tác xã tỉnh Thử Nghiệm",
                        with: "organization: Liên minh Hợp tác xã tỉnh Thử Nghiệm \(counter)", in: "site.yml")
        case .theme:
            let card = folder.appendingPathComponent("Templates/partials/update-card.mustache")
            try (try Data(contentsOf: card) + Data("<!-- sửa \(counter) -->\n".utf8)).write(to: card)
            return "theme edited"
        case .media:
            try write("media/anh.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>Ảnh \(counter)</title></svg>")
        case .sameSizeEdit:
            // Same size, same second: only the bytes tell the change.
            let text = try read("plans/ha-nam-291.md")
            let swapped = text.contains("Ít nhất 80%") ? text.replacingOccurrences(of: "Ít nhất 80%", with: "Ít nhất 90%")
                : text.replacingOccurrences(of: "Ít nhất 90%", with: "Ít nhất 80%")
            try write("plans/ha-nam-291.md", swapped)
        case .touch:
            let path = content.appendingPathComponent("data/targets.csv").path
            try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
        case .damageCache:
            guard let cache = cacheFile(), var bytes = try? [UInt8](Data(contentsOf: cache)), !bytes.isEmpty else {
                return "no cache to damage"
            }
            let index = Int.random(in: 0..<bytes.count, using: &random)
            bytes[index] ^= 0x5A
            try Data(bytes).write(to: cache)
            return "cache byte \(index) flipped"
        }
        return "\(edit)"
    }

    // MARK: - Comparing

    /// Builds with the cache into `Output/` and from nothing into `Clean/`: same exit status,
    /// same messages, same bytes.
    func compare(_ step: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let cached = try TreProcess.run(["build", "--content", "Content", "--output", "Output"], in: folder)
        let clean = try TreProcess.run(["build", "--content", "Content", "--output", "Clean", "--no-cache"], in: folder)
        XCTAssertEqual(cached.status, clean.status, "\(step): exit status\n\(cached.stderr)\n\(clean.stderr)", file: file, line: line)
        XCTAssertEqual(cached.stderr, clean.stderr, "\(step): messages", file: file, line: line)
        XCTAssertEqual(Self.withoutTime(cached.stdout),
                       Self.withoutTime(clean.stdout).replacingOccurrences(of: "→ Clean/", with: "→ Output/"),
                       step, file: file, line: line)
        let ours = FolderSnapshot.take(folder.appendingPathComponent("Output"))
        let theirs = FolderSnapshot.take(folder.appendingPathComponent("Clean"))
        XCTAssertEqual(Set(ours.keys), Set(theirs.keys), "\(step): the same files", file: file, line: line)
        let different = ours.keys.filter { ours[$0] != theirs[$0] }.sorted()
        XCTAssertEqual(different, [], "\(step): files whose bytes differ", file: file, line: line)
    }

    static func withoutTime(_ text: String) -> String {
        text.replacingOccurrences(of: #"[0-9]+[,.][0-9]+ (giây|seconds?|s)"#, with: "…", options: .regularExpression)
    }

    func cacheFile() -> URL? {
        let folder = self.folder.appendingPathComponent(".tre/cache")
        return (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
            .first { $0.hasPrefix("Output-") }.map { folder.appendingPathComponent($0) }
    }

    func updates() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("updates").path)) ?? []).sorted()
    }

    func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: content.appendingPathComponent(path)), as: UTF8.self)
    }

    func write(_ path: String, _ text: String) throws {
        try Fixture.write(Data(text.utf8), to: content.appendingPathComponent(path))
    }

    func append(_ text: String, to path: String) throws {
        try write(path, try read(path) + text)
    }

    func replace(_ old: String, with new: String, in path: String) throws {
        let text = try read(path)
        XCTAssertTrue(text.contains(old), "\(path) holds \(old)")
        try write(path, text.replacingOccurrences(of: old, with: new))
    }
}
