import Foundation
import TreCore
#if canImport(Glibc)
import Glibc
#endif

/// Measures the preview as a user lives it: `tre serve` runs on the corpus, one plan's file is
/// edited as an editor saves it, and the clock runs until the server answers that plan's page
/// with the new words. That covers noticing the change, checking the content and rendering
/// the page; the browser's reload adds one request on the same machine.
struct BenchPreview {
    let tre: String
    /// The site folder, holding `Content/`.
    let folder: URL
    let say: (String) -> Void

    struct Failure: Error {
        var reason: String
    }

    /// Seconds until the server first answered, and seconds from each edit until it was served.
    func measure(edits: Int) throws -> (startup: Double, edits: [Double]) {
        let plans = folder.appendingPathComponent("Content/plans")
        guard let name = (try? FileManager.default.contentsOfDirectory(atPath: plans.path))?
            .filter({ $0.hasSuffix(".md") }).sorted().first else { throw Failure(reason: "no plan in \(plans.path)") }
        let file = plans.appendingPathComponent(name)
        let page = "/plans/\(name.dropLast(3))/"
        let port = Self.freePort()
        let started = BenchProcess.now()
        let pid = try BenchProcess.start(tre, ["serve", "--content", "Content", "--port", String(port)],
                                         in: folder, log: folder.appendingPathComponent("serve.log"))
        defer { BenchProcess.interrupt(pid) }
        guard Self.wait(seconds: 900, every: 0.1, until: { Self.get(port: port, page) != nil }) else {
            throw Failure(reason: "tre serve did not answer; see \(folder.path)/serve.log")
        }
        let startup = BenchProcess.now() - started
        let original = try Data(contentsOf: file)
        defer { try? original.write(to: file) }
        var times: [Double] = []
        for edit in 1...max(1, edits) {
            // As a person would: look at the page before each edit (the first one too, while
            // the server renders the rest of the site behind the pages it has answered).
            Thread.sleep(forTimeInterval: 2)
            let marker = "tre-bench-edit-\(edit)-\(port)"
            // The clock starts before the save: writing the file is part of what the user waits for.
            let saved = BenchProcess.now()
            try (original + Data("\n\nĐoạn sửa thử \(marker).\n".utf8)).write(to: file)
            guard Self.wait(seconds: 120, every: 0.002, until: { Self.get(port: port, page)?.contains(marker) == true }) else {
                throw Failure(reason: "edit \(edit) was never served; see \(folder.path)/serve.log")
            }
            times.append(BenchProcess.now() - saved)
            say("  tre serve: edit \(edit) served after \(BenchReport.fixed(times[times.count - 1] * 1000, 0)) ms")
        }
        return (startup, times)
    }

    static func wait(seconds: Double, every pause: Double, until done: () -> Bool) -> Bool {
        let end = BenchProcess.now() + seconds
        while BenchProcess.now() < end {
            if done() { return true }
            Thread.sleep(forTimeInterval: pause)
        }
        return false
    }

    /// A port no one listens on now: the kernel picks one for a socket bound to port 0.
    static func freePort() -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && getsockname(descriptor, pointer, &length) == 0
            }
        }
        return bound ? Int(UInt16(bigEndian: address.sin_port)) : 8391
    }

    /// The body of a page when the server answers 200, else nil.
    static func get(port: Int, _ path: String) -> String? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard connected else { return nil }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == request.count
        else { return nil }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            response += buffer[0..<count]
        }
        let text = String(decoding: response, as: UTF8.self)
        return text.hasPrefix("HTTP/1.1 200") ? text : nil
    }
}
