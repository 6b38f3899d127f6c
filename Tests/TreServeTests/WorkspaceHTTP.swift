import Foundation
import TreTestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Requests as a browser (or an attacker) would send them to the workspace, byte for byte:
/// any Host, any Origin, any body.
extension RawHTTP {
    func request(_ method: String, _ path: String, host: String? = nil, headers: [String: String] = [:],
                 body: Data = Data()) throws -> Response {
        let connection = try Connection(port: port)
        defer { connection.close() }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        if method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        try connection.write(head + "\r\n")
        if !body.isEmpty { try connection.write(body) }
        return try Self.parse(try connection.readToEnd(), head: method == "HEAD")
    }
}

extension RawHTTP.Connection {
    func write(_ data: Data) throws {
        let bytes = [UInt8](data)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            // The server may answer and close before reading a body it refuses by its size.
            guard n > 0 else { return }
            sent += n
        }
    }
}

/// A `tre serve` of a copy of the sample content, with its workspace token.
final class WorkspaceServer {
    let folder: URL
    let server: ServeProcess
    let token: String

    var content: URL { folder.appendingPathComponent("Content") }
    var port: Int { server.port }
    var origin: String { "http://127.0.0.1:\(port)" }
    var http: RawHTTP { server.http }

    init(arguments: [String] = [], files: [String: String]? = nil) throws {
        folder = try Fixture.temporaryFolder("tre-workspace")
        if let files {
            try Fixture.write(files, in: folder.appendingPathComponent("Content"))
        } else {
            try FileManager.default.copyItem(at: Fixture.packageRoot.appendingPathComponent("Content"),
                                             to: folder.appendingPathComponent("Content"))
        }
        server = try ServeProcess(in: folder, arguments: arguments)
        guard let line = server.waitForLine(seconds: 30, { $0.contains("token=") }),
              let range = line.range(of: "token=") else {
            throw NSError(domain: "WorkspaceServer", code: 1, userInfo: [NSLocalizedDescriptionKey: "no workspace address: \(server.stdout)"])
        }
        token = String(line[range.upperBound...].prefix { $0.isHexDigit })
        // The first build is done once the server answers (it listens after that build).
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, (try? http.get("/")) == nil { usleep(100_000) }
    }

    deinit { server.interrupt() }

    /// A GET of a workspace page with the token's cookie.
    func page(_ path: String) throws -> RawHTTP.Response {
        try http.request("GET", path, headers: ["Cookie": "tre_edit=\(token)"])
    }

    /// A form POST as the workspace's own page sends it.
    func post(_ path: String, _ fields: [(String, String)], token: String? = nil, origin: String? = nil,
              host: String? = nil, extra: [String: String] = [:]) throws -> RawHTTP.Response {
        var all = fields
        if let token = token ?? Optional(self.token), !token.isEmpty { all.insert(("token", token), at: 0) }
        let body = all.map { "\($0.0)=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = ["Content-Type": "application/x-www-form-urlencoded"].merging(extra) { _, new in new }
        if let origin = origin ?? Optional(self.origin), !origin.isEmpty { headers["Origin"] = origin }
        return try http.request("POST", path, host: host, headers: headers, body: Data(body.utf8))
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")) ?? ""
    }

    /// Every file of the content folder, hidden ones too, by its bytes.
    func snapshot() -> [String: Data] {
        var result: [String: Data] = [:]
        let root = content.standardizedFileURL.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return result }
        for case let path as String in walker {
            var isFolder: ObjCBool = false
            let full = root + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                result[path] = FileManager.default.contents(atPath: full)
            }
        }
        return result
    }

    /// The files that differ between two snapshots.
    static func changed(_ before: [String: Data], _ after: [String: Data]) -> [String] {
        Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
    }

    /// The version field of the source editor for `path`.
    func version(of path: String) throws -> String {
        let text = try page("/__tre/edit/page?path=\(path)").text
        guard let range = text.range(of: "name=\"version\" value=\"") else { return "" }
        return String(text[range.upperBound...].prefix { $0 != "\"" })
    }
}
