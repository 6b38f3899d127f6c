import Foundation
import TreTestSupport
import XCTest

/// The workspace in a real browser (`Tests/Browser/workspace_browser.py`: headless Chromium
/// through Debian's python3-selenium and chromium-driver, axe-core from axe-core-python).
/// Installed by `.ci/setup test`; missing tools fail the test.
final class WorkspaceBrowserTests: XCTestCase {
    func testStaffPublishAnUpdateAddAFigureAndNeverLoseAnEdit() throws {
        for tool in ["/usr/bin/python3", "/usr/bin/chromium", "/usr/bin/chromedriver"] {
            XCTAssertTrue(FileManager.default.isExecutableFile(atPath: tool), "\(tool) is missing: run `bash .ci/setup test`")
        }
        // The reporting date follows the data, so a figure added today judges the plan anew.
        var files = smallSite
        files["site.yml"] = files["site.yml"]?.replacingOccurrences(of: "as_of: 2025-06-30\n", with: "")
        let server = try WorkspaceServer(files: files)
        let script = Fixture.packageRoot.appendingPathComponent("Tests/Browser/workspace_browser.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [script.path, "http://127.0.0.1:\(server.port)/__tre/edit/?token=\(server.token)", server.content.path]
        var environment = ["PATH": "/usr/bin:/bin", "HOME": server.folder.path]
        if let shots = ProcessInfo.processInfo.environment["TRE_SHOTS"] { environment["TRE_SHOTS"] = shots }
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        print(output)
        XCTAssertEqual(process.terminationStatus, 0, output)
        for step in ["the update is served with its picture", "the preview changes as you type",
                     "a save over a file changed on disk is refused, both versions shown", "the restored file is the version before",
                     "the figure appears in the plan's table with its status"] {
            XCTAssertTrue(output.contains("ok: " + step), step)
        }
        XCTAssertTrue(output.hasSuffix("OK\n"), output)
    }
}
