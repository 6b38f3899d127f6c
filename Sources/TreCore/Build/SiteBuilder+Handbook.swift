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
        public var pages: Int?
        /// Why the PDF engine failed.
        public var pdfFailure: LocalizedText?
        public var failure: OutputFailure?
    }

    /// The handbook's steps 1–4: the site prepared with the handbook's templates (a theme
    /// that lacks them gets the built-in ones), then the print document of the whole site or
    /// of one province (with those merged into it).
    public func handbook(province: String? = nil) -> Handbook {
        var builder = self
        builder.theme = HandbookTheme.completed(theme)
        let assembled = builder.prepare()
        var handbook = Handbook(assembled: assembled, rendered: nil, problem: nil)
        guard let context = assembled.context else { return handbook }
        switch HandbookRenderer.render(context, content: content, province: province) {
        case .success(let rendered): handbook.rendered = rendered
        case .failure(let notFound): handbook.problem = notFound.message
        }
        return handbook
    }

    /// Every step of `tre handbook`: the document, its PDF when an `engine` is given, and the
    /// write step into the writer `makeWriter` gives (`Output/handbook/`), made only once
    /// everything else succeeded.
    public func publishHandbook(province: String? = nil, engine: PDFEngine?,
                                into makeWriter: () throws(OutputFailure) -> any SiteWriter) -> HandbookOutcome {
        var outcome = HandbookOutcome(handbook: handbook(province: province))
        guard let rendered = outcome.handbook.rendered else { return outcome }
        var files = SiteFiles()
        files.add("index.html", text: rendered.html)
        if let engine {
            do {
                let pdf = try engine.render(html: rendered.html)
                files.add(rendered.slug + ".pdf", data: pdf)
                outcome.pages = PDFEngine.pageCount(pdf)
            } catch {
                outcome.pdfFailure = error.message
                return outcome
            }
        }
        do throws(OutputFailure) {
            try write(files, into: try makeWriter())
        } catch {
            outcome.failure = error
        }
        return outcome
    }
}
