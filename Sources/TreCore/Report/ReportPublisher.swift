import Foundation

/// `tre report`'s writing step: each report made as `.docx` (and `.pdf`), the reports' pages
/// rendered with links to the files they now have, and `Output/reports/` replaced at once.
public enum ReportPublisher {
    public struct Failure: Error, Sendable {
        public var message: LocalizedText
    }

    /// What was written, for the summary line.
    public struct Made: Sendable {
        public var files: [String] = []
        /// What made the PDFs, when any were made.
        public var engine: String?
        public var pdfIsTagged = false

        public func summary(folder: String, seconds: String, language: Language) -> String {
            let list = files.map { folder + $0 }.joined(separator: ", ")
            let count = files.filter { $0.hasSuffix(".docx") }.count
            var line = language == .vi
                ? "Đã tạo \(count) báo cáo trong \(seconds) giây → \(list)"
                : "Made \(count) report(s) in \(seconds) s → \(list)"
            if let engine {
                line += language == .vi ? " (PDF: \(engine)" : " (PDF: \(engine)"
                line += pdfIsTagged ? (language == .vi ? ", có gắn thẻ cho trình đọc màn hình)" : ", tagged for screen readers)")
                    : (language == .vi ? "; PDF không gắn thẻ: cài LibreOffice để có bản gắn thẻ)" : "; not tagged: install LibreOffice for a tagged PDF)")
            }
            return line
        }
    }

    public static func publish(_ built: ReportBuilder.Built, pdf: ReportPDF?, output: URL) throws(Failure) -> Made {
        guard let site = built.site, let templates = built.templates else { return Made() }
        var files = SiteFiles()
        var made = Made()
        var context = RenderContext(site: site, templates: templates)
        for (report, docx) in built.documents {
            files.add(report.slug + ".docx", data: docx)
            made.files.append(report.slug + ".docx")
            guard let pdf else { continue }
            do {
                switch pdf {
                case .libreOffice(let soffice):
                    files.add(report.slug + ".pdf", data: try ReportPDF.convert(docx: docx, soffice: soffice, date: report.date))
                    made.pdfIsTagged = true
                case .html(let engine):
                    let html = ReportPrint(report: report, context: context, media: built.media).html()
                    files.add(report.slug + ".pdf", data: try engine.render(html: html))
                }
            } catch {
                throw Failure(message: error.message)
            }
            made.files.append(report.slug + ".pdf")
            made.engine = pdf.name
        }
        // Documents of reports not made this time stay; a report made again loses a PDF it
        // did not get again, which would show older figures than its Word file.
        let madeSlugs = Set(built.documents.map(\.report.slug))
        var documents = ReportOutput.documents(in: output, reports: site.reports).filter { !madeSlugs.contains($0.key) }
        let keep = ReportOutput.paths(documents).map { String($0.dropFirst(ReportOutput.folder.count + 1)) }
        for (report, _) in built.documents {
            documents[report.slug] = pdf == nil ? ["docx"] : ["docx", "pdf"]
        }
        context.reportDocuments = documents
        let pages = ReportPages(context: context)
        for page in [pages.listPage()] + site.reports.map(pages.page) {
            files.add(String(PagePath.file(page.path).dropFirst(PagePath.reports.count)), text: page.render(context))
        }
        do {
            try ReportOutput.publish(files, keep: keep, output: output)
        } catch {
            throw Failure(message: error.message(built.language))
        }
        return made
    }
}
