import ArgumentParser
import Foundation
import TreCore

/// `tre new site DIR`: a project folder with `Content/` that builds at once and a guide for
/// staff. A folder that holds anything is refused, so nothing anyone wrote is replaced.
struct NewSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Tạo một trang mới trong <thư mục> (phải trống) / Start a new site in <folder> (which must be empty).")

    @Argument(help: "Thư mục của trang mới / the new site's folder.")
    var folder: String

    @Flag(name: .long, help: "Bảng số liệu dạng CSV thay cho sổ Excel / data tables as CSV files instead of Excel workbooks.")
    var csv = false

    @Option(name: .long, help: "Ngôn ngữ thông báo / message language: vi or en.")
    var lang: Language = .vi

    func run() throws {
        let root = URL(fileURLWithPath: folder)
        let display = Console.display(folder)
        let vi = lang == .vi
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                Console.fail(vi ? "\"\(display)\" là một tệp, không phải thư mục." : "\"\(display)\" is a file, not a folder.", language: lang)
                throw ExitCode.failure
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
            if !entries.isEmpty {
                Console.fail(vi
                    ? "thư mục \"\(display)\" không trống (có \(entries.count) mục); Tre chỉ tạo trang mới trong thư mục trống để không ghi đè gì. Chọn một tên thư mục mới."
                    : "the folder \"\(display)\" is not empty (\(entries.count) entries); Tre starts a site only in an empty folder so that nothing is replaced. Choose a new folder name.",
                    language: lang)
                throw ExitCode.failure
            }
        }
        let files: [String: Data]
        do {
            files = try StarterSite.files(csv: csv)
        } catch {
            Console.fail(vi ? "không tạo được sổ làm việc: \(error)" : "cannot make the workbooks: \(error)", language: lang)
            throw ExitCode.failure
        }
        do {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("Content/media"), withIntermediateDirectories: true)
            for (path, data) in files.sorted(by: { $0.key < $1.key }) {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url, options: .withoutOverwriting)
            }
        } catch {
            Console.fail(vi ? "không ghi được: \(error.localizedDescription)" : "cannot write: \(error.localizedDescription)", language: lang)
            throw ExitCode.failure
        }
        Console.say(vi ? "Đã tạo trang mới trong \(display)/ (\(files.count) tệp). Tiếp theo:" : "Started a new site in \(display)/ (\(files.count) files). Next:")
        Console.say("  cd \(display)")
        Console.say(vi ? "  tre serve      # xem trước và soạn thảo trong trình duyệt" : "  tre serve      # preview and edit in the browser")
        Console.say(vi ? "Đọc \(display)/HUONG-DAN.md để biết từng bước." : "Read \(display)/HUONG-DAN.md for each step.")
    }
}
