import Foundation
import HTTPTypes
import Hummingbird
import TreCore

/// Who may use the editing workspace, decided for every request before anything is read.
///
/// - The workspace exists only on a loopback address, or on another with `--edit-password`
///   (then every request carries it as HTTP Basic authentication).
/// - A request that changes a file carries the per-run token (a form field `token` or the
///   header `X-Tre-Token`), which only the console printed: another site open in the same
///   browser cannot know it.
/// - Its `Origin` is the server's own and its `Host` is the bound address, against cross-site
///   requests and DNS rebinding (a hostile name pointed at 127.0.0.1 arrives with its own
///   `Host`).
/// - Pages of the workspace need the token once, in the address the console printed; it is
///   then kept in a cookie that is sent only to this server and never to another site.
public struct WorkspaceGate: Sendable {
    /// The per-run secret, 128 random bits in hex.
    public let token: String
    /// The host as bound (`127.0.0.1`, `::1`, `0.0.0.0`, `192.168.1.5`).
    let host: String
    let password: String?
    /// The port actually listened on (known once the server runs, for `--port 0`).
    let port: PortBox

    public static let cookie = "tre_edit"
    static let tokenHeader = HTTPField.Name("X-Tre-Token")

    /// The token sent in the `X-Tre-Token` header, as the workspace's script sends it.
    static func headerToken(_ request: Request) -> String? {
        tokenHeader.flatMap { request.headers[$0] }
    }

    init(host: String, password: String?, token: String = WorkspaceGate.newToken()) {
        self.host = host
        self.password = password
        self.token = token
        self.port = PortBox()
    }

    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let word = generator.next() as UInt32
            let hex = String(word, radix: 16)
            return String(repeating: "0", count: 8 - hex.count) + hex
        }.joined()
    }

    /// Whether the workspace is on at all for this address and password.
    static func enabled(host: String, password: String?) -> Bool {
        PortCheck.isLoopback(host) || !(password ?? "").isEmpty
    }

    /// The `Host` values that name this server: the bound address, and `localhost` for a
    /// loopback one.
    var hosts: Set<String> {
        let port = port.value
        var names = ["\(PortCheck.urlHost(host)):\(port)"]
        if PortCheck.isLoopback(host) { names += ["localhost:\(port)", "127.0.0.1:\(port)", "[::1]:\(port)"] }
        return Set(names.map { $0.lowercased() })
    }

    /// Whether a `Host` header names this server. Bound to every interface, any address
    /// written as digits is accepted (DNS rebinding needs a name), with the right port.
    func isOwn(_ hostHeader: String) -> Bool {
        if hosts.contains(hostHeader) { return true }
        guard host == "0.0.0.0" || host == "::", hostHeader.hasSuffix(":\(port.value)") else { return false }
        let name = hostHeader.dropLast(":\(port.value)".count)
        if name.hasPrefix("[") { return name.hasSuffix("]") && name.dropFirst().dropLast().allSatisfy { $0.isHexDigit || $0 == ":" } }
        return !name.isEmpty && name.allSatisfy { $0.isNumber || $0 == "." }
    }

    /// Why a request may not go on, or nil. `changes`: it writes (POST).
    func refusal(_ request: Request, changes: Bool, formToken: String?) -> Refusal? {
        guard let hostHeader = request.head.authority?.lowercased(), isOwn(hostHeader) else { return .host }
        if let password, !password.isEmpty, !authorised(request, password: password) { return .password }
        if changes {
            guard let origin = request.headers[.origin]?.lowercased(), origin == "http://" + hostHeader else { return .origin }
            let given = formToken ?? Self.headerToken(request)
            guard let given, Self.same(given, token) else { return .token }
        } else if !hasToken(request) {
            return .token
        }
        return nil
    }

    /// The token in the address (`?token=`) or in the cookie set from it.
    func hasToken(_ request: Request) -> Bool {
        if let query = request.uri.query, let given = FormData(query: query)["token"], Self.same(given, token) { return true }
        for field in request.headers[values: .cookie] {
            for part in field.split(separator: ";") {
                let pair = part.trimmingCharacters(in: .whitespaces)
                if pair.hasPrefix(Self.cookie + "="), Self.same(String(pair.dropFirst(Self.cookie.count + 1)), token) { return true }
            }
        }
        return false
    }

    private func authorised(_ request: Request, password: String) -> Bool {
        guard let header = request.headers[.authorization], header.hasPrefix("Basic "),
              let decoded = Data(base64Encoded: String(header.dropFirst(6))),
              let text = String(data: decoded, encoding: .utf8), let colon = text.firstIndex(of: ":") else { return false }
        return Self.same(String(text[text.index(after: colon)...]), password)
    }

    /// Compares without stopping at the first difference, so timing tells nothing.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    enum Refusal {
        case host, origin, token, password

        var status: HTTPResponse.Status {
            switch self {
            case .host, .origin, .token: .forbidden
            case .password: .unauthorized
            }
        }

        var text: LocalizedText {
            switch self {
            case .host:
                LocalizedText(vi: "Địa chỉ máy chủ (Host) không phải địa chỉ của Tre. Mở đúng địa chỉ Tre in ra trong cửa sổ lệnh.",
                              en: "The Host is not Tre's own address. Open the address Tre printed in the terminal.")
            case .origin:
                LocalizedText(vi: "Yêu cầu không đến từ chính không gian soạn thảo (Origin khác) nên bị từ chối.",
                              en: "The request does not come from the workspace itself (another Origin) and is refused.")
            case .token:
                LocalizedText(vi: "Thiếu hoặc sai mã truy cập. Mở địa chỉ «Không gian soạn thảo» có ?token=… mà Tre in ra trong cửa sổ lệnh.",
                              en: "The access token is missing or wrong. Open the workspace address with ?token=… that Tre printed in the terminal.")
            case .password:
                LocalizedText(vi: "Cần mật khẩu soạn thảo (--edit-password).", en: "The edit password (--edit-password) is needed.")
            }
        }
    }
}

/// The listening port, set once the server runs.
final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var port = 0
    var value: Int { lock.withLock { port } }
    func set(_ value: Int) { lock.withLock { port = value } }
}
