import Foundation
@testable import TreCore
import TreTestSupport
import XCTest

/// The load stage's cache on disk: a build after an edit parses only the files that changed,
/// gives exactly the messages and files a build from nothing gives, and a cache that is
/// damaged or from another build of Tre is never used.
final class DiskCacheTests: XCTestCase {
    var folder: URL!
    var cacheFile: URL!
    let identity = Fingerprint(bytes: Array("test".utf8))

    override func setUpWithError() throws {
        folder = try Fixture.temporaryFolder("tre-disk-cache")
        try Fixture.write(smallSite, in: folder.appendingPathComponent("Content"))
        cacheFile = folder.appendingPathComponent(".tre/cache/Output.cache")
    }

    struct Built: Equatable {
        var diagnostics: [Diagnostic]
        var files: [String: Data]
    }

    /// A build of the folder through a cache opened from `cacheFile` (saved afterwards).
    func build(_ cache: DiskCache? = nil, now: Int64? = nil) throws -> (Built, DiskCache) {
        let disk = cache ?? DiskCache(at: cacheFile, identity: identity)
        let (files, _) = ContentFiles.disk(at: folder.appendingPathComponent("Content"), displayRoot: "Content")
        var builder = SiteBuilder.over(files)
        builder.disk = disk
        let (assembled, rendered) = builder.inMemory()
        try disk.save()
        var bytes: [String: Data] = [:]
        for path in rendered?.paths ?? [] { bytes[path] = try rendered?.data(path) }
        return (Built(diagnostics: assembled.diagnostics.sorted, files: bytes), disk)
    }

    /// Sets every content file's modification time an hour back, as files that were not just
    /// written are (their change time stays recent, so the cache still compares their bytes).
    func age() throws {
        let walk = FileManager.default.enumerator(atPath: folder.appendingPathComponent("Content").path)
        while let path = walk?.nextObject() as? String {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)],
                                                  ofItemAtPath: folder.appendingPathComponent("Content/" + path).path)
        }
        usleep(10_000)
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        let url = folder.appendingPathComponent("Content/" + path)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }

    func testOnlyChangedFilesAreParsedAgainAndTheResultIsAsFromNothing() throws {
        try age()
        let (first, cold) = try build()
        XCTAssertEqual(cold.hits, 0)
        let (second, warm) = try build()
        XCTAssertEqual(second, first)
        XCTAssertEqual(warm.misses, 0, "nothing changed, nothing is parsed")
        XCTAssertGreaterThan(warm.hits, 6)

        try edit("plans/ha-nam-291.md") { $0 + "\nĐoạn mới về kế hoạch.\n" }
        try edit("data/progress.csv") { $0 + "ha-nam-291,htx-hieu-qua,2025-03-31,77,,\n" }
        let (edited, cache) = try build()
        XCTAssertEqual(cache.misses, 2, "the two edited files, and only they, are parsed")
        let (clean, _) = try build(DiskCache(replacing: cacheFile, identity: identity))
        XCTAssertEqual(edited, clean, "a build through the cache is the build from nothing")
        XCTAssertNotEqual(edited, first)
    }

    func testAPlanEndingLaterChangesItsTargetsThroughTheKey() throws {
        try age()
        _ = try build()
        // The targets table is unchanged, but its rows' default year comes from the plan.
        try edit("plans/ha-nam-291.md") { $0.replacingOccurrences(of: "to: 2025", with: "to: 2026") }
        let (edited, _) = try build()
        let (clean, _) = try build(DiskCache(replacing: cacheFile, identity: identity))
        XCTAssertEqual(edited, clean)
    }

    func testMessagesComeBackFromTheCache() throws {
        try edit("data/progress.csv") { $0 + "ha-nam-291,htx-hieu-qua,31/02/2025,77,,\n" }
        try age()
        let (first, _) = try build()
        XCTAssertTrue(first.diagnostics.contains { $0.severity == .error && $0.location.file == "Content/data/progress.csv" })
        let (second, warm) = try build()
        XCTAssertEqual(warm.misses, 0)
        XCTAssertEqual(second.diagnostics, first.diagnostics)
    }

    func testAFileWrittenJustBeforeItWasReadIsComparedByItsBytes() throws {
        _ = try build()
        // Written a moment ago: a later write within the same tick could keep the stamp, so
        // the cache compares bytes rather than trusting the stamp.
        let (second, warm) = try build()
        XCTAssertEqual(warm.misses, 0, "same bytes: still taken from the cache")
        XCTAssertFalse(second.files.isEmpty)
    }

    func testADamagedOrForeignCacheIsNotUsed() throws {
        try age()
        let (first, _) = try build()
        var bytes = try [UInt8](Data(contentsOf: cacheFile))
        bytes[bytes.count / 2] ^= 0x40
        try Data(bytes).write(to: cacheFile)
        let damaged = DiskCache(at: cacheFile, identity: identity)
        XCTAssertTrue(damaged.wasEmpty)
        let (rebuilt, cache) = try build(damaged)
        XCTAssertEqual(cache.hits, 0)
        XCTAssertEqual(rebuilt, first)
        XCTAssertFalse(DiskCache(at: cacheFile, identity: identity).wasEmpty, "the next build writes a good one")
        XCTAssertTrue(DiskCache(at: cacheFile, identity: Fingerprint(bytes: Array("other".utf8))).wasEmpty)
        try Data().write(to: cacheFile)
        XCTAssertTrue(DiskCache(at: cacheFile, identity: identity).wasEmpty)
    }
}
