import Foundation
import TreTestSupport
import XCTest

/// Every command builds the site through the same pipeline and writes through the same
/// writer: the preview serves exactly the bytes `tre build` writes (but for the live-reload
/// script it adds as each page is served), `tre serve --output` writes them too, and no
/// command deletes what another one made in `Output/`.
final class OnePipelineTests: XCTestCase {
    var server: ServeProcess?

    override func tearDown() {
        server?.interrupt()
        server = nil
    }

    func site() throws -> URL {
        let folder = try Fixture.temporaryFolder("tre-pipeline")
        try Fixture.write(smallSite, in: folder.appendingPathComponent("Content"))
        return folder
    }

    func run(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = ServeProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardOutput = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "tre \(arguments): \(String(decoding: message, as: UTF8.self))")
    }

    /// Every file under `folder`, by its relative path, but Tre's marker.
    func files(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let walk = FileManager.default.enumerator(atPath: folder.path)
        while let path = walk?.nextObject() as? String {
            guard walk?.fileAttributes?[.type] as? FileAttributeType == .typeRegular, path != ".tre-output",
                  let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else { continue }
            files[path] = data
        }
        return files
    }

    /// The whole site is rendered and installed (and written to `--output`) once this is printed.
    func waitForWholeSite(_ server: ServeProcess) {
        XCTAssertNotNil(server.waitForLine(seconds: 120) { $0.hasPrefix("Đã dựng ") }, "\(server.stdout) \(server.stderr)")
    }

    func testThePreviewServesTheBytesBuildWrites() throws {
        let folder = try site()
        try run(["build"], in: folder)
        let built = files(folder.appendingPathComponent("Output"))
        XCTAssertGreaterThan(built.count, 40)
        let server = try ServeProcess(in: folder)
        self.server = server
        waitForWholeSite(server)
        let script = #"<script src="/__tre/live-reload.js" data-build="[^"]+"></script>\n"#
        for (path, data) in built.sorted(by: { $0.key < $1.key }) {
            let response = try server.http.get("/" + path)
            XCTAssertEqual(response.status, 200, path)
            guard path.hasSuffix(".html") else {
                XCTAssertEqual(response.body, data, path)
                continue
            }
            // The workspace's "Sửa trang này" link is served-only too, like the script.
            let editLink = #"<a id="tre-edit-link" [^>]*>[^<]*</a>\n"#
            let served = response.text.replacingOccurrences(of: script, with: "", options: .regularExpression)
                .replacingOccurrences(of: editLink, with: "", options: .regularExpression)
            XCTAssertNotEqual(served, response.text, "\(path) is served with the live-reload script")
            XCTAssertEqual(served, String(decoding: data, as: UTF8.self), path)
        }
    }

    func testNoCommandDeletesWhatAnotherMade() throws {
        let folder = try site()
        let output = folder.appendingPathComponent("Output")
        try run(["build"], in: folder)
        try run(["handbook"], in: folder)
        let handbook = try XCTUnwrap(FileManager.default.contents(atPath: output.path + "/handbook/index.html"))
        let built = files(output)

        let server = try ServeProcess(in: folder, arguments: ["--output", "Output"])
        self.server = server
        waitForWholeSite(server)
        server.interrupt()
        self.server = nil
        XCTAssertEqual(files(output), built, "tre serve --output writes what tre build wrote and keeps the handbook")

        try run(["build"], in: folder)
        XCTAssertEqual(FileManager.default.contents(atPath: output.path + "/handbook/index.html"), handbook,
                       "tre build keeps the handbook")
        XCTAssertEqual(files(output), built)
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        XCTAssertFalse(entries.contains { $0.contains("tre-new") || $0.contains("tre-old") }, "\(entries)")
    }
}
