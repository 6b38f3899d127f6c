import ArgumentParser
import Foundation
import TreCore
import TreServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Xem trước trang web, tự tải lại khi lưu / Preview the site in a browser that reloads as you save.")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Cũng ghi mỗi bản dựng tốt vào thư mục này / also write each good build to this folder.")
    var output: String?

    @Option(name: .long, help: "Địa chỉ lắng nghe / address to listen on (0.0.0.0: the whole local network).")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Cổng / port (0: any free port).")
    var port = 8000

    @Flag(name: .long, help: "Mở trình duyệt / open the default browser.")
    var open = false

    @Option(name: .long, help: "Mật khẩu cho không gian soạn thảo khi dùng --host / password of the editing workspace with --host.")
    var editPassword: String?

    @Flag(name: .long, help: "Tắt không gian soạn thảo / turn the editing workspace off.")
    var noEdit = false

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("--port: cổng phải từ 0 đến 65535 / the port must be from 0 to 65535")
        }
    }

    func run() async throws {
        let input = try Console.load(site)
        let themePath = site.templates ?? (FileManager.default.fileExists(atPath: "Templates") ? "Templates" : nil)
        let options = PreviewOptions(
            content: URL(fileURLWithPath: site.content), contentDisplay: Console.display(site.content),
            templates: themePath.map { URL(fileURLWithPath: $0) }, themeName: input.themeName,
            output: output.map { URL(fileURLWithPath: $0) }, host: host, port: port, language: site.lang, open: open,
            editPassword: editPassword, edit: !noEdit)
        let console = PreviewConsole(
            say: { Console.say($0); fflush(nil) },  // a pipe or file would otherwise hold the URL back
            report: { Console.report($0, language: $1) },
            fail: { Console.fail($0, language: $1) })
        guard await PreviewServer.run(options, console: console) else { throw ExitCode.failure }
    }
}
