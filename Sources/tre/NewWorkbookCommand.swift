import ArgumentParser
import Foundation
import TreCore

/// `tre new workbook [DIR]`: the data tables as Excel workbooks, headers, an example row and
/// a "Hướng dẫn" sheet each, written into DIR/data/ without ever replacing a file.
struct NewWorkbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbook",
        abstract: "Tạo sổ làm việc Excel cho các bảng số liệu trong <thư mục>/data/ / Write Excel workbooks for the data tables into <folder>/data/.")

    @Argument(help: "Thư mục nội dung / content folder.")
    var folder: String = "Content"

    @Option(name: .long, help: "Ngôn ngữ thông báo / message language: vi or en.")
    var lang: Language = .vi

    func run() throws {
        let root = URL(fileURLWithPath: folder)
        let display = Console.display(folder)
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory)
        if exists, !isDirectory.boolValue {
            Console.fail(lang == .vi ? "\"\(display)\" là một tệp, không phải thư mục" : "\"\(display)\" is a file, not a folder",
                         language: lang)
            throw ExitCode.failure
        }
        let files = exists ? ContentFiles.disk(at: root, displayRoot: display).files : nil
        let plan: StarterWorkbooks.Plan
        do {
            plan = try StarterWorkbooks.plan(for: files)
        } catch {
            Console.fail(lang == .vi ? "không tạo được sổ làm việc: \(error)" : "cannot make the workbooks: \(error)", language: lang)
            throw ExitCode.failure
        }
        if !plan.existing.isEmpty {
            let names = plan.existing.map { display + "/" + $0 }.joined(separator: ", ")
            Console.fail(lang == .vi
                ? "đã có \(names); Tre không ghi đè tệp nào nên chưa tạo gì. Đổi tên hoặc chuyển tệp đó đi rồi chạy lại."
                : "\(names) already exists; Tre never replaces a file, so nothing was written. Rename or move it and run again.",
                language: lang)
            throw ExitCode.failure
        }
        for path in plan.keptCSV {
            Console.say(lang == .vi ? "Giữ nguyên \(display)/\(path): bảng này đã có tệp CSV."
                                    : "Kept \(display)/\(path): this table already has a CSV file.")
        }
        guard !plan.files.isEmpty else {
            Console.say(lang == .vi ? "Không có bảng nào cần tạo." : "There is no table left to make.")
            return
        }
        do {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("data"), withIntermediateDirectories: true)
            for (path, data) in plan.files.sorted(by: { $0.key < $1.key }) {
                // `.withoutOverwriting`: a file that appeared meanwhile is still never replaced.
                try data.write(to: root.appendingPathComponent(path), options: .withoutOverwriting)
                Console.say(lang == .vi ? "Đã tạo \(display)/\(path)" : "Wrote \(display)/\(path)")
            }
        } catch {
            Console.fail(lang == .vi ? "không ghi được: \(error.localizedDescription)" : "cannot write: \(error.localizedDescription)",
                         language: lang)
            throw ExitCode.failure
        }
        Console.say(lang == .vi ? "Mở từng tệp bằng Excel; trang tính «Hướng dẫn» giải thích từng cột. Cần thay:"
                                : "Open each file in Excel; the \"Hướng dẫn\" sheet explains every column. To replace:")
        for item in plan.replace { Console.say("  - " + item.text(lang)) }
    }
}
