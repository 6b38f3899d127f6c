import ArgumentParser
import Foundation
import TreCore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Tạo báo cáo theo Nghị định 30/2020/NĐ-CP (Word, PDF) vào Output/reports/ / Make official reports (Word, PDF) in Output/reports/.")

    @Argument(help: "Tên tệp các báo cáo trong reports/ (bỏ trống: mọi báo cáo) / the reports' file names (none: every report).")
    var slugs: [String] = []

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Thư mục xuất bản; báo cáo ghi vào <thư mục>/reports/ / output folder; reports go to <folder>/reports/.")
    var output: String = "Output"

    @Flag(name: .long, help: "Tạo cả tệp PDF / also make the PDF.")
    var pdf = false

    func run() throws {
        let started = Date()
        let input = try Console.load(site)
        var converter: ReportPDF?
        if pdf {
            converter = ReportPDF.find()
            guard converter != nil else {
                let language = site.lang ?? .vi
                Console.fail(ReportPDF.missing.text(language), language: language)
                throw ExitCode.failure
            }
        }
        let built = input.builder(language: site.lang).reports(slugs)
        let language = built.language
        Console.report(Console.merge(input.diagnostics, built.diagnostics), language: language)
        if let problem = built.problem {
            Console.fail(problem.text(language), language: language)
            throw ExitCode(2)
        }
        guard !built.diagnostics.hasErrors else { throw ExitCode.failure }
        let made: ReportPublisher.Made
        do {
            made = try ReportPublisher.publish(built, pdf: converter, output: URL(fileURLWithPath: output))
        } catch {
            Console.fail(error.message.text(language), language: language)
            throw ExitCode.failure
        }
        let folder = Console.display(output) + "/" + ReportOutput.folder + "/"
        let seconds = NumberFormat(language).format(Date().timeIntervalSince(started), decimals: 1)
        Console.say(made.summary(folder: folder, seconds: seconds, language: language))
    }
}
