import Foundation
import TreTestSupport
import XCTest

/// A real browser (headless Chromium through Debian's python3-selenium and chromium-driver)
/// on a page served by `tre serve`. Installed by `.ci/setup test`; missing tools fail the test.
final class ServeBrowserTests: XCTestCase {
    func testOpenPageReloadsByItselfAndShowsErrors() throws {
        for tool in ["/usr/bin/python3", "/usr/bin/chromium", "/usr/bin/chromedriver"] {
            XCTAssertTrue(FileManager.default.isExecutableFile(atPath: tool), "\(tool) is missing: run `bash .ci/setup test`")
        }
        let folder = try Fixture.temporaryFolder("tre-serve-browser")
        try Fixture.write(smallSite, in: folder.appendingPathComponent("Content"))
        let server = try ServeProcess(in: folder)
        defer { server.interrupt() }

        let script = Fixture.packageRoot.appendingPathComponent("Tests/Browser/serve_live_reload.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [script.path, "http://127.0.0.1:\(server.port)/", folder.appendingPathComponent("Content").path]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path,
                               "TRE_SCREENSHOT": folder.appendingPathComponent("overlay.png").path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, output)
        XCTAssertTrue(output.contains("ok: the page reloaded by itself with the edit"), output)
        XCTAssertTrue(output.contains("ok: the overlay names the broken line"), output)
        XCTAssertTrue(output.hasSuffix("OK\n"), output)
    }
}
