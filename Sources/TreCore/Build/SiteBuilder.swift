import Foundation

/// The one pipeline every command runs, in five named steps, each handing a value to the next:
///
///     load      ContentFiles, Theme  → Loaded     every file read and parsed, value by value
///     check     Loaded               → Checked    every reference between files, every body
///     assemble  Checked              → Assembled  the site graph: sorted, indexed, judged
///     render    Assembled            → Rendered   every file made and handed to a SiteWriter
///     write     SiteWriter           →            the files made visible at once
///
/// `tre check` runs the first three (`prepare`); `tre build` and the benchmark's builds all
/// five (`build`); `tre serve` runs `prepare`, serves pages from it, then `publish`es the
/// rest; `tre handbook` runs `prepare` and the handbook's own render. No command joins the
/// stages itself. A build with errors renders and writes nothing.
public struct SiteBuilder: Sendable {
    public var content: ContentFiles
    public var theme: Theme
    public var themeName: String
    /// The language of messages when the command line sets one; else the site's.
    public var language: Language?
    /// Kept by `tre serve` between builds: files and bodies that did not change are not
    /// parsed again.
    public var cache: BuildCache?
    /// Kept by `tre build` on disk between runs: files that did not change are not parsed again.
    public var disk: DiskCache?
    /// The Word and PDF files `tre report` made, as they are in the output now (`slug` →
    /// `docx`, `pdf`, from `ReportOutput.documents(in:)`): the reports' pages link to them.
    public var reportDocuments: [String: Set<String>] = [:]

    public init(content: ContentFiles, theme: Theme, themeName: String, language: Language? = nil,
                cache: BuildCache? = nil) {
        self.content = content
        self.theme = theme
        self.themeName = themeName
        self.language = language
        self.cache = cache
    }

    /// Step 1: the content and the theme's templates, read.
    public struct Loaded: Sendable {
        public var content: SiteContent?
        public var templates: TemplateLibrary?
        public var diagnostics: Diagnostics
        /// The language messages are printed in.
        public var language: Language
    }

    /// Step 2: the loaded content, checked across files.
    public struct Checked: Sendable {
        public var loaded: Loaded
        public var checked: ContentChecker.Checked?
    }

    /// Step 3: the site, ready to render when nothing was wrong.
    public struct Assembled: Sendable {
        public var site: Site?
        public var templates: TemplateLibrary?
        /// Every message of the three steps.
        public var diagnostics: Diagnostics
        public var language: Language
        /// What the render step needs; nil when the content or the theme has errors.
        public var context: RenderContext?
    }

    /// What `build` did.
    public struct Outcome: Sendable {
        public var assembled: Assembled
        /// Nil when there were errors, or when writing failed.
        public var rendered: SiteRenderer.Rendered?
        public var failure: OutputFailure?
    }

    public func load() -> Loaded {
        let (content, diagnostics) = ContentLoader.load(self.content, cache: cache, disk: disk)
        var loaded = Loaded(content: content, templates: nil, diagnostics: diagnostics,
                            language: language ?? content?.config.language ?? .vi)
        guard let content else { return loaded }
        let theme = ReportPages.completed(theme)
        let make = { TemplateLibrary.load(theme, language: content.config.language, themeName: themeName) }
        let (templates, themeDiagnostics) = cache?.derived(
            "templates", from: (theme.files, content.config.language, themeName), same: ==, make: make) ?? make()
        loaded.templates = templates
        loaded.diagnostics.append(contentsOf: themeDiagnostics)
        return loaded
    }

    public func check(_ loaded: Loaded) -> Checked {
        guard let content = loaded.content else { return Checked(loaded: loaded, checked: nil) }
        var result = Checked(loaded: loaded, checked: ContentChecker.check(content, cache: cache))
        result.loaded.diagnostics.append(contentsOf: result.checked?.diagnostics ?? Diagnostics())
        return result
    }

    public func assemble(_ checked: Checked) -> Assembled {
        let loaded = checked.loaded
        var assembled = Assembled(site: nil, templates: loaded.templates, diagnostics: loaded.diagnostics,
                                  language: loaded.language, context: nil)
        guard let content = checked.checked else { return assembled }
        let site = SiteAssembler.assemble(content, cache: cache)
        assembled.site = site
        if !assembled.diagnostics.hasErrors, let templates = loaded.templates {
            var context = RenderContext(site: site, templates: templates)
            context.reportDocuments = reportDocuments
            assembled.context = context
        }
        return assembled
    }

    /// Renders into `writer`; nil when `stop` said to stop (see `SiteRenderer.render`).
    public func render(_ context: RenderContext, into writer: any SiteWriter,
                       stop: @escaping @Sendable () -> Bool = { false },
                       perform: SiteRenderer.Perform = SiteRenderer.allCores) throws(OutputFailure) -> SiteRenderer.Rendered? {
        try SiteRenderer.render(context, media: content, into: writer, stop: stop, perform: perform)
    }

    public func write(_ writer: any SiteWriter) throws(OutputFailure) {
        try writer.commit()
    }

    /// The write step for files made in memory (the handbook; the preview's `--output`).
    public func write(_ files: SiteFiles, into writer: any SiteWriter) throws(OutputFailure) {
        do {
            try writer.write(files)
            try write(writer)
        } catch {
            writer.discard()
            throw error
        }
    }

    /// Steps 1–3.
    public func prepare() -> Assembled {
        cache?.start()
        defer { cache?.finish(paths: content.paths) }
        return assemble(check(load()))
    }

    /// Steps 4–5 for a prepared site. When the render is stopped or fails, what was written
    /// is discarded and the result is nil (a failure is thrown).
    public func publish(_ context: RenderContext, into writer: any SiteWriter,
                        stop: @escaping @Sendable () -> Bool = { false },
                        perform: SiteRenderer.Perform = SiteRenderer.allCores) throws(OutputFailure) -> SiteRenderer.Rendered? {
        do throws(OutputFailure) {
            guard let rendered = try render(context, into: writer, stop: stop, perform: perform) else {
                writer.discard()
                return nil
            }
            try write(writer)
            return rendered
        } catch {
            writer.discard()
            throw error
        }
    }

    /// All five steps. The writer is made only once the content is known to be good, so a
    /// build with errors touches no folder at all.
    public func build(into makeWriter: () -> Result<any SiteWriter, OutputFailure>) -> Outcome {
        let assembled = prepare()
        var outcome = Outcome(assembled: assembled, rendered: nil, failure: nil)
        guard let context = assembled.context else { return outcome }
        do throws(OutputFailure) {
            outcome.rendered = try publish(context, into: try makeWriter().get())
        } catch {
            outcome.failure = error
        }
        return outcome
    }
}
