import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 client over a plain socket, so tests send exactly the bytes they mean:
/// URLSession would clean up `..` and follow redirects before the server saw them.
struct RawHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    enum Failure: Error { case connect(Int32), timeout, malformed(String) }

    let port: Int

    func get(_ path: String, headers: [String: String] = [:]) throws -> Response {
        try send("GET", path, headers: headers)
    }

    func send(_ method: String, _ path: String, headers: [String: String] = [:]) throws -> Response {
        let connection = try Connection(port: port)
        defer { connection.close() }
        var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { request += "\(name): \(value)\r\n" }
        try connection.write(request + "\r\n")
        let raw = try connection.readToEnd()
        return try Self.parse(raw, head: method == "HEAD")
    }

    static func parse(_ raw: Data, head: Bool) throws -> Response {
        guard let split = raw.range(of: Data("\r\n\r\n".utf8)) else { throw Failure.malformed("no header end") }
        let lines = String(decoding: raw[raw.startIndex..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure.malformed(lines[0]) }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(raw[split.upperBound...])
        if head { body = Data() }
        return Response(status: status, headers: headers, body: body)
    }

    /// One TCP connection to the server on the loopback address, with a read timeout so a
    /// test can never hang.
    final class Connection {
        let fd: Int32

        init(port: Int, timeoutSeconds: Int = 15) throws {
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard connected == 0 else {
                let code = errno
                Glibc.close(fd)
                throw Failure.connect(code)
            }
            var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }

        func write(_ text: String) throws {
            let bytes = Array(text.utf8)
            var sent = 0
            while sent < bytes.count {
                let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                guard n > 0 else { throw Failure.malformed("send failed") }
                sent += n
            }
        }

        /// Reads what is available (up to 64 KB); empty at the end of the stream.
        func read() throws -> Data {
            var buffer = [UInt8](repeating: 0, count: 65536)
            let n = recv(fd, &buffer, buffer.count, 0)
            if n < 0 { throw Failure.timeout }
            return Data(buffer[0..<n])
        }

        func readToEnd() throws -> Data {
            var all = Data()
            while true {
                let chunk = try read()
                if chunk.isEmpty { return all }
                all.append(chunk)
            }
        }

        /// Reads until `text` has arrived or `seconds` have passed; returns everything read.
        func read(until text: String, seconds: Double) throws -> String {
            let deadline = Date().addingTimeInterval(seconds)
            var all = Data()
            var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            while Date() < deadline {
                var buffer = [UInt8](repeating: 0, count: 65536)
                let n = recv(fd, &buffer, buffer.count, 0)
                if n == 0 { break }
                if n > 0 { all.append(contentsOf: buffer[0..<n]) }
                if String(decoding: all, as: UTF8.self).contains(text) { break }
            }
            return String(decoding: all, as: UTF8.self)
        }

        func close() { Glibc.close(fd) }
    }
}
