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

    @Flag(name: .customLong("print"), help: "Tạo thêm bản cho nhà in: ruột có tràn lề 3 mm, dấu cắt, số trang đủ tay sách, và bìa trải có gáy (cần WeasyPrint; kèm --pdf) / also make the print shop's interior and cover spread (needs WeasyPrint; implies --pdf).")
    var printShop = false

    @Option(name: .long, help: "Chương trình tạo PDF: weasyprint hoặc chromium (mặc định: tự tìm, ưu tiên WeasyPrint) / PDF engine (default: WeasyPrint if found).")
    var engine: PDFEngine.Kind?

    func run() throws {
        let started = Date()
        let input = try Console.load(site)
        var pdfEngine: PDFEngine?
        if pdf || printShop {
            let language = site.lang ?? .vi
            if printShop, engine == .chromium {
                Console.fail(HandbookPDFs.printNeedsWeasyPrint.text(language), language: language)
                throw ExitCode(2)
            }
            pdfEngine = PDFEngine.find(printShop ? .weasyprint : engine)?.probed()
            guard pdfEngine != nil else {
                let message = printShop ? HandbookPDFs.printNeedsWeasyPrint : PDFEngine.missing(engine)
                Console.fail(message.text(language), language: language)
                throw ExitCode.failure
            }
        }
        let folder = URL(fileURLWithPath: output)
        let outcome = input.builder(language: site.lang).publishHandbook(province: province, engine: pdfEngine, print: printShop) {
            FolderWriter.opening(folder, part: .handbook)
        }
        let built = outcome.handbook
        let language = built.language
        Console.report(Console.merge(input.diagnostics, built.diagnostics), language: language)
        if let problem = built.problem {
            Console.fail(problem.text(language), language: language)
            throw ExitCode(2)
        }
        guard let rendered = built.rendered else { throw ExitCode.failure }
        if let failure = outcome.pdfFailure {
            Console.fail(failure.text(language), language: language)
            throw ExitCode.failure
        }
        if let failure = outcome.failure {
            Console.fail(failure.message(language).text(language), language: language)
            throw ExitCode.failure
        }
        say(outcome, rendered: rendered, engine: pdfEngine, seconds: Date().timeIntervalSince(started), language: language)
    }

    /// What was made, where. (A function of its own: Swift 6.3's optimiser crashed on `run`
    /// when this was inline.)
    func say(_ outcome: SiteBuilder.HandbookOutcome, rendered: HandbookRenderer.Rendered, engine pdfEngine: PDFEngine?,
             seconds elapsed: Double, language: Language) {
        let pages = outcome.pages
        let shown = Console.display(output) + "/" + (OutputPart.handbook.folder ?? "") + "/"
        let seconds = NumberFormat(language).format(elapsed, decimals: 1)
        let paper = rendered.paper.rawValue
        if let pages, let pdfEngine {
            let engineNote = HandbookPDFs.engineNote(pdfEngine).text(language)
            Console.say(language == .vi
                ? "Đã tạo sổ tay \(rendered.chapterCount) chương: \(pages) trang \(paper) (\(engineNote)) trong \(seconds) giây → \(shown)\(rendered.slug).pdf, \(shown)index.html"
                : "Made the handbook, \(rendered.chapterCount) chapters: \(pages) \(paper) pages (\(engineNote)) in \(seconds) s → \(shown)\(rendered.slug).pdf, \(shown)index.html")
            for line in outcome.pdfs?.printed?.summary(folder: shown, language) ?? [] { Console.say(line) }
            if pdfEngine.kind == .chromium {
                Console.say(language == .vi
                    ? "Lưu ý: Chromium không in số trang trong mục lục và tiêu đề đầu trang; cài WeasyPrint để có bản in đầy đủ."
                    : "Note: Chromium prints no page numbers in the contents and no running headers; install WeasyPrint for the full print layout.")
            }
        } else {
            Console.say(language == .vi
                ? "Đã tạo sổ tay \(rendered.chapterCount) chương trong \(seconds) giây → \(shown)index.html (thêm --pdf để có tệp PDF)"
                : "Made the handbook, \(rendered.chapterCount) chapters, in \(seconds) s → \(shown)index.html (add --pdf for the PDF)")
        }
    }
}

extension PDFEngine.Kind: ExpressibleByArgument {}
