import Foundation

extension SiteBuilder {
    /// The handbook, rendered into memory.
    public struct Handbook: Sendable {
        public var assembled: Assembled
        /// Nil when the content has errors or `province` names nothing.
        public var rendered: HandbookRenderer.Rendered?
        /// Set when `province` names no province: what to tell the user.
        public var problem: LocalizedText?

        public var diagnostics: Diagnostics { assembled.diagnostics }
        public var language: Language { assembled.language }
    }

    /// What `publishHandbook` did.
    public struct HandbookOutcome: Sendable {
        public var handbook: Handbook
        /// Pages of the PDF, when one was made.
        public var pages: Int? { pdfs?.pages }
        /// The PDFs made: the reading one, and the print shop's with `print`.
        public var pdfs: HandbookPDFs.Made?
        /// Why the PDF engine failed.
        public var pdfFailure: LocalizedText?
        public var failure: OutputFailure?
    }

    /// The handbook's steps 1–4: the site prepared with the handbook's templates (a theme
    /// that lacks them gets the built-in ones), then the print document of the whole site or
    /// of one province (with those merged into it), and with `print` the print shop's edition.
    public func handbook(province: String? = nil, print: Bool = false) -> Handbook {
        var builder = self
        builder.theme = HandbookTheme.completed(theme)
        let assembled = builder.prepare()
        var handbook = Handbook(assembled: assembled, rendered: nil, problem: nil)
        guard let context = assembled.context else { return handbook }
        switch HandbookRenderer.render(context, content: content, province: province, print: print) {
        case .success(let rendered): handbook.rendered = rendered
        case .failure(let notFound): handbook.problem = notFound.message
        }
        return handbook
    }

    /// Every step of `tre handbook`: the document, its PDF when an `engine` is given, and the
    /// write step into the writer `makeWriter` gives (`Output/handbook/`), made only once
    /// everything else succeeded.
    public func publishHandbook(province: String? = nil, engine: PDFEngine?, print: Bool = false,
                                into makeWriter: () -> Result<any SiteWriter, OutputFailure>) -> HandbookOutcome {
        var outcome = HandbookOutcome(handbook: handbook(province: province, print: print))
        guard let rendered = outcome.handbook.rendered else { return outcome }
        var files = SiteFiles()
        files.add("index.html", text: rendered.html)
        if let engine {
            do {
                let made = try HandbookPDFs.make(html: rendered.html, slug: rendered.slug, language: outcome.handbook.language,
                                                 print: rendered.print, engine: engine)
                for file in made.files { files.add(file.name, data: file.data) }
                outcome.pdfs = made
            } catch {
                outcome.pdfFailure = error.message
                return outcome
            }
        }
        do throws(OutputFailure) {
            try write(files, into: try makeWriter().get())
        } catch {
            outcome.failure = error
        }
        return outcome
    }
}
