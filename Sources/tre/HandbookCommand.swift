import ArgumentParser
import Foundation
import TreCore

struct HandbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handbook",
        abstract: "Tạo sổ tay in (HTML, PDF) vào Output/handbook/ / Make the printable handbook (HTML, PDF) in Output/handbook/.")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Thư mục xuất bản; sổ tay ghi vào <thư mục>/handbook/ / output folder; the handbook goes to <folder>/handbook/.")
    var output: String = "Output"

    @Option(name: .long, help: "Chỉ in một tỉnh (tên tệp, vd. ninh-binh) và các tỉnh đã sáp nhập vào đó / only this province and those merged into it.")
    var province: String?

    @Flag(name: .long, help: "Tạo cả tệp PDF / also make the PDF.")
    var pdf = false

    @Option(name: .long, help: "Chương trình tạo PDF: weasyprint hoặc chromium (mặc định: tự tìm, ưu tiên WeasyPrint) / PDF engine (default: WeasyPrint if found).")
    var engine: PDFEngine.Kind?

    func run() throws {
        let started = Date()
        let input = try Console.load(site)
        var pdfEngine: PDFEngine?
        if pdf {
            pdfEngine = PDFEngine.find(engine)
            guard pdfEngine != nil else {
                let language = site.lang ?? .vi
                Console.fail(PDFEngine.missing(engine).text(language), language: language)
                throw ExitCode.failure
            }
        }
        let built = HandbookBuilder.build(content: input.files, theme: input.theme, themeName: input.themeName,
                                          language: site.lang, province: province)
        let language = built.language
        Console.report(Console.merge(input.diagnostics, built.diagnostics), language: language)
        if let problem = built.problem {
            Console.fail(problem.text(language), language: language)
            throw ExitCode(2)
        }
        guard let html = built.html else { throw ExitCode.failure }
        var files = SiteFiles()
        files.add("index.html", text: html)
        var pages: Int?
        if let pdfEngine {
            do {
                let data = try pdfEngine.render(html: html)
                files.add(built.slug + ".pdf", data: data)
                pages = PDFEngine.pageCount(data)
            } catch {
                Console.fail(error.message.text(language), language: language)
                throw ExitCode.failure
            }
        }
        do {
            try HandbookOutput.publish(files, output: URL(fileURLWithPath: output))
        } catch {
            Console.fail(error.message(language).text(language), language: language)
            throw ExitCode.failure
        }
        let folder = Console.display(output) + "/" + HandbookOutput.folder + "/"
        let seconds = NumberFormat(language).format(Date().timeIntervalSince(started), decimals: 1)
        let paper = built.paper.rawValue
        if let pages, let pdfEngine {
            Console.say(language == .vi
                ? "Đã tạo sổ tay \(built.chapterCount) chương: \(pages) trang \(paper) (\(pdfEngine.kind.rawValue)) trong \(seconds) giây → \(folder)\(built.slug).pdf, \(folder)index.html"
                : "Made the handbook, \(built.chapterCount) chapters: \(pages) \(paper) pages (\(pdfEngine.kind.rawValue)) in \(seconds) s → \(folder)\(built.slug).pdf, \(folder)index.html")
            if pdfEngine.kind == .chromium {
                Console.say(language == .vi
                    ? "Lưu ý: Chromium không in số trang trong mục lục và tiêu đề đầu trang; cài WeasyPrint để có bản in đầy đủ."
                    : "Note: Chromium prints no page numbers in the contents and no running headers; install WeasyPrint for the full print layout.")
            }
        } else {
            Console.say(language == .vi
                ? "Đã tạo sổ tay \(built.chapterCount) chương trong \(seconds) giây → \(folder)index.html (thêm --pdf để có tệp PDF)"
                : "Made the handbook, \(built.chapterCount) chapters, in \(seconds) s → \(folder)index.html (add --pdf for the PDF)")
        }
    }
}

extension PDFEngine.Kind: ExpressibleByArgument {}
