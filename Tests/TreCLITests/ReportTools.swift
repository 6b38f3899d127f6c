import Foundation
import XCTest

/// Programs the report tests read documents back with. A missing one skips the test on a
/// developer's machine, and fails it under CI (`CI=true`), where `.ci/setup test` installs
/// them all.
enum ReportTools {
    static var underCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static func find(_ name: String) -> URL? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// The program, or a skip (a failure under CI) naming the package that has it.
    static func require(_ name: String, package: String, file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        if let url = find(name) { return url }
        let message = "\(name) is not installed (\(package); .ci/setup test installs it)"
        if underCI { XCTFail(message, file: file, line: line) }
        throw XCTSkip(message)
    }

    /// Debian's Python with python-docx (PyPI), as `.ci/setup test` installs it.
    static func requirePythonDocx(file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        let python = URL(fileURLWithPath: "/usr/bin/python3")
        if (try? run(python, ["-c", "import docx"]).status) == 0 { return python }
        let message = "python-docx is not installed for /usr/bin/python3 (.ci/setup test installs it)"
        if underCI { XCTFail(message, file: file, line: line) }
        throw XCTSkip(message)
    }

    @discardableResult
    static func run(_ program: URL, _ arguments: [String], in folder: URL? = nil) throws -> TreProcess.Result {
        try TreProcess.run(program, arguments, in: folder)
    }
}
