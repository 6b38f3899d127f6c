import Foundation
import TreTestSupport
import XCTest

/// The sample site in a real browser: headless Chromium driven by Tests/Browser/site_browser.py
/// (selenium, axe-core). Every page type: no console error, no serious or critical axe-core
/// violation, no horizontal scrolling at 360 px; search works, also from disk.
final class BrowserTests: XCTestCase {
    func testSampleSiteInChromium() throws {
        let folder = try Fixture.temporaryFolder("tre-browser")
        let build = try TreProcess.run(["build", "--content", Fixture.packageRoot.appendingPathComponent("Content").path],
                                       in: folder)
        XCTAssertEqual(build.status, 0, build.stderr)
        let script = Fixture.packageRoot.appendingPathComponent("Tests/Browser/site_browser.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [script, folder.appendingPathComponent("Output").path]
        if let shots = ProcessInfo.processInfo.environment["TRE_SCREENSHOTS"] { process.arguments! += ["--screenshots", shots] }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "browser checks failed (bash .ci/setup test installs Chromium, its driver and axe-core):\n" + output)
        XCTAssertTrue(output.contains("all browser checks passed"), output)
    }
}
