import Foundation
import TreTestSupport
import XCTest

/// Live reload belongs to the preview only: `tre build` output must never carry it.
final class BuildOutputTests: XCTestCase {
    func testBuildOutputHasNoLiveReload() throws {
        let folder = try Fixture.temporaryFolder("tre-serve-build")
        try Fixture.write(smallSite, in: folder.appendingPathComponent("Content"))
        let process = Process()
        process.executableURL = ServeProcess.executable
        process.arguments = ["build"]
        process.currentDirectoryURL = folder
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let output = folder.appendingPathComponent("Output")
        let files = try XCTUnwrap(FileManager.default.enumerator(atPath: output.path)).compactMap { $0 as? String }
        var pages = 0
        for path in files {
            guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(path).path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            if path.hasSuffix(".html") { pages += 1 }
            for needle in ["__tre", "live-reload", "EventSource", "tre-overlay"] {
                XCTAssertFalse(text.contains(needle), "\(path) contains \(needle)")
            }
        }
        XCTAssertGreaterThan(pages, 10)
    }
}
