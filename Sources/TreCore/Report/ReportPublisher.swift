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

    /// Makes the documents (and PDFs), renders the reports' pages with links to the files
    /// they will have, and writes them all through one `FolderWriter` for `reports/`, which
    /// keeps nothing of the old documents but those of reports not made this time.
    public static func publish(_ built: SiteBuilder.Reports, pdf: ReportPDF?, output: URL) throws(Failure) -> Made {
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
        // Documents of other reports stay; a report made again loses a PDF it did not get
        // again, which would show older figures than its Word file.
        let madeSlugs = Set(built.documents.map(\.report.slug))
        let reportsFolder = output.standardizedFileURL.appendingPathComponent(ReportOutput.folder)
        var documents = ReportOutput.documents(in: output).filter { !madeSlugs.contains($0.key) && site.report($0.key) != nil }
        for (slug, kinds) in documents {
            for kind in kinds {
                let old = reportsFolder.appendingPathComponent(slug + "." + kind)
                files.add(slug + "." + kind) { try Data(contentsOf: old) }
            }
        }
        for (report, _) in built.documents {
            documents[report.slug] = pdf == nil ? ["docx"] : ["docx", "pdf"]
        }
        context.reportDocuments = documents
        let pages = ReportPages(context: context)
        for page in [pages.listPage()] + site.reports.map(pages.page) {
            files.add(String(PagePath.file(page.path).dropFirst(PagePath.reports.count)), text: page.render(context))
        }
        do throws(OutputFailure) {
            let writer = try FolderWriter(output: output, part: .reports)
            do throws(OutputFailure) {
                try writer.write(files)
                try writer.commit()
            } catch {
                writer.discard()
                throw error
            }
        } catch {
            throw Failure(message: error.message(built.language))
        }
        return made
    }
}
