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

    @Flag(name: .long, help: "Dựng lại tất cả, không dùng bộ đệm .tre/cache / build everything again, without the cache in .tre/cache.")
    var noCache = false

    func run() throws {
        let started = Date()
        let input = try Console.load(site)
        let folder = URL(fileURLWithPath: output)
        var builder = input.builder(language: site.lang)
        // The reports' pages link to the Word and PDF files `tre report` made, which stay.
        builder.reportDocuments = ReportOutput.documents(in: folder)
        let disk = Console.diskCache(output: folder, site: site, fresh: noCache)
        builder.disk = disk
        let outcome = builder.build { FolderWriter.opening(folder, part: .site, force: force) }
        // Only speed is lost when the cache cannot be written.
        try? disk.save()
        let language = outcome.assembled.language
        Console.report(Console.merge(input.diagnostics, outcome.assembled.diagnostics), language: language)
        if outcome.assembled.diagnostics.hasErrors { throw ExitCode.failure }
        if let failure = outcome.failure {
            Console.fail(failure.message(language).text(language), language: language)
            throw ExitCode.failure
        }
        let rendered = outcome.rendered ?? SiteRenderer.Rendered()
        let seconds = NumberFormat(language).format(Date().timeIntervalSince(started), decimals: 2)
        Console.say(language == .vi
            ? "Đã tạo \(rendered.pages) trang, \(rendered.charts) biểu đồ trong \(seconds) giây → \(output)/"
            : "Built \(rendered.pages) pages, \(rendered.charts) charts in \(seconds) s → \(output)/")
    }
}
