import Foundation
import TreCore
#if canImport(Glibc)
import Glibc
#endif

/// Finds out before starting whether the address can be listened on, so a taken port gets a
/// plain message instead of a network library's error.
enum PortCheck {
    static func problem(host: String, port: Int) -> LocalizedText? {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let first = found else {
            return LocalizedText(
                vi: "không hiểu địa chỉ \"\(host)\"; dùng --host 127.0.0.1 (chỉ máy này) hoặc --host 0.0.0.0 (cả mạng nội bộ)",
                en: "cannot understand the address \"\(host)\"; use --host 127.0.0.1 (this machine only) or --host 0.0.0.0 (the local network)")
        }
        defer { freeaddrinfo(found) }
        let fd = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var yes: Int32 = 1
        // The same option the server sets, so a port in TIME_WAIT is not reported as taken.
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        guard bind(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) != 0 else { return nil }
        switch errno {
        case EADDRINUSE:
            return LocalizedText(
                vi: "cổng \(port) đang được một chương trình khác dùng (có thể là một lệnh tre serve khác đang chạy); dừng chương trình đó, hoặc chọn cổng khác, ví dụ: tre serve --port \(port + 1)",
                en: "port \(port) is already in use by another program (perhaps another tre serve); stop that program, or choose another port, for example: tre serve --port \(port + 1)")
        case EACCES:
            return LocalizedText(
                vi: "không được phép dùng cổng \(port) (các cổng dưới 1024 cần quyền quản trị); chọn cổng từ 1024 trở lên, ví dụ: tre serve --port 8000",
                en: "not allowed to use port \(port) (ports below 1024 need administrator rights); choose a port from 1024 up, for example: tre serve --port 8000")
        case EADDRNOTAVAIL:
            return LocalizedText(
                vi: "máy này không có địa chỉ \(host); dùng --host 127.0.0.1",
                en: "this machine has no address \(host); use --host 127.0.0.1")
        default:
            return cannotListen(host, port, String(cString: strerror(errno)))
        }
    }

    static func cannotListen(_ host: String, _ port: Int, _ reason: String) -> LocalizedText {
        LocalizedText(vi: "không mở được máy chủ xem trước tại \(host):\(port): \(reason); thử cổng khác bằng --port",
                      en: "cannot start the preview server at \(host):\(port): \(reason); try another port with --port")
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// How the host is written in a URL (IPv6 addresses in brackets; all-interfaces shown as
    /// the loopback address, which is what works in a browser on this machine).
    static func urlHost(_ host: String) -> String {
        if host == "0.0.0.0" { return "127.0.0.1" }
        if host == "::" { return "[::1]" }
        return host.contains(":") ? "[\(host)]" : host
    }
}

/// `--open`: the desktop's default browser through xdg-open, when there is one.
enum Browser {
    static func open(_ url: String, console: PreviewConsole, language: Language) {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let opener = paths.map({ "\($0)/xdg-open" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            console.say(language == .vi
                ? "Không tìm thấy xdg-open để mở trình duyệt; hãy tự mở địa chỉ trên."
                : "xdg-open was not found to open a browser; open the address above yourself.")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            console.say(language == .vi ? "Không mở được trình duyệt; hãy tự mở địa chỉ trên."
                                        : "Could not open a browser; open the address above yourself.")
        }
    }
}
