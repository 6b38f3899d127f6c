import Foundation
import TreTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A running `tre serve` (the real binary) on a free loopback port, in a fixture folder.
final class ServeProcess {
    let process = Process()
    let folder: URL
    private(set) var port = 0
    private let output = Lines()
    private let errors = Lines()

    /// The `tre` executable beside the test bundle (both come from the same build).
    static var executable: URL {
        let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("tre")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        for candidate in [".build/debug/tre", ".build/release/tre"] {
            let url = Fixture.packageRoot.appendingPathComponent(candidate)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return beside
    }

    /// Starts the server and waits (at most `seconds`) for the URL it prints.
    init(in folder: URL, arguments: [String] = [], seconds: Double = 120) throws {
        self.folder = folder
        process.executableURL = Self.executable
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        output.follow(out.fileHandleForReading)
        errors.follow(err.fileHandleForReading)
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, process.isRunning {
            if let line = output.all.first(where: { $0.contains("http://127.0.0.1:") }),
               let range = line.range(of: #"127\.0\.0\.1:(\d+)"#, options: .regularExpression) {
                port = Int(line[range].split(separator: ":")[1]) ?? 0
                return
            }
            usleep(20_000)
        }
        throw NSError(domain: "ServeProcess", code: 1, userInfo: [NSLocalizedDescriptionKey:
            "tre serve printed no URL: \(output.all) \(errors.all)"])
    }

    var http: RawHTTP { RawHTTP(port: port) }
    var stdout: [String] { output.all }
    var stderr: String { errors.all.joined(separator: "\n") }

    /// Waits until a printed line satisfies `match`, at most `seconds`.
    func waitForLine(seconds: Double, _ match: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let line = output.all.first(where: match) { return line }
            usleep(20_000)
        }
        return nil
    }

    /// Sends Ctrl-C and waits for the process to end; returns its exit status.
    @discardableResult
    func interrupt(seconds: Double = 20) -> Int32? {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Lines read from a pipe as they come.
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        private var partial = ""

        var all: [String] { lock.withLock { lines } }

        func follow(_ handle: FileHandle) {
            handle.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self else { return }
                if data.isEmpty { handle.readabilityHandler = nil; return }
                self.lock.withLock {
                    self.partial += String(decoding: data, as: UTF8.self)
                    while let newline = self.partial.firstIndex(of: "\n") {
                        self.lines.append(String(self.partial[..<newline]))
                        self.partial = String(self.partial[self.partial.index(after: newline)...])
                    }
                }
            }
        }
    }
}
