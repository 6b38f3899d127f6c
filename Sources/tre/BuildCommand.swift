import ArgumentParser
import Foundation
import TreCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Tạo trang web vào Output/ / Build the site into Output/.")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Thư mục xuất bản / output folder.")
    var output: String = "Output"

    @Flag(name: .long, help: "Thay cả thư mục xuất bản không do Tre tạo / replace an output folder Tre did not create.")
    var force = false

    func run() throws {
        let started = Date()
        let input = try Console.load(site)
        let (built, failure) = SiteBuilder.publish(content: input.files, theme: input.theme, themeName: input.themeName,
                                                   language: site.lang, to: URL(fileURLWithPath: output), force: force,
                                                   keep: ["handbook"])
        let diagnostics = Console.merge(input.diagnostics, built.diagnostics)
        Console.report(diagnostics, language: built.language)
        if built.diagnostics.hasErrors { throw ExitCode.failure }
        if let failure {
            Console.fail(failure.message(built.language).text(built.language), language: built.language)
            throw ExitCode.failure
        }
        let seconds = NumberFormat(built.language).format(Date().timeIntervalSince(started), decimals: 2)
        Console.say(built.language == .vi
            ? "Đã tạo \(built.pageCount) trang, \(built.chartCount) biểu đồ trong \(seconds) giây → \(output)/"
            : "Built \(built.pageCount) pages, \(built.chartCount) charts in \(seconds) s → \(output)/")
    }
}
