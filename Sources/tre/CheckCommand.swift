import ArgumentParser
import TreCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra nội dung, không ghi gì / Check the content without writing anything.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        let input = try Console.load(site)
        let checked = input.builder(language: site.lang).prepare()
        let diagnostics = Console.merge(input.diagnostics, checked.diagnostics)
        Console.report(diagnostics, language: checked.language)
        if diagnostics.hasErrors { throw ExitCode.failure }
        Console.say(checked.language == .vi ? "Nội dung hợp lệ." : "The content is valid.")
    }
}
