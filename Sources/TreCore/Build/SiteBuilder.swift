import Foundation

/// The whole pipeline in one place: load → check → assemble → render. Writing is left to the
/// caller (`OutputPublisher` for `tre build`, memory for `tre serve`), so a failed build never
/// touches what was published.
public enum SiteBuilder {
    public struct Checked: Sendable {
        public var site: Site?
        public var templates: TemplateLibrary?
        public var diagnostics: Diagnostics
        /// The language messages should be printed in: the site's, unless asked otherwise.
        public var language: Language
    }

    public struct Built: Sendable {
        public var files: SiteFiles?
        public var site: Site?
        public var diagnostics: Diagnostics
        public var language: Language
        public var pageCount: Int
        public var chartCount: Int
    }

    /// Reads and checks everything without rendering: what `tre check` runs. `cache` (kept by
    /// `tre serve` between builds) skips parsing files and bodies that did not change.
    public static func check(content files: ContentFiles, theme: Theme, themeName: String,
                             language override: Language? = nil, cache: BuildCache? = nil) -> Checked {
        cache?.start()
        defer { cache?.finish(paths: files.paths) }
        let (content, loadDiagnostics) = ContentLoader.load(files, cache: cache)
        var diagnostics = loadDiagnostics
        let language = override ?? content?.config.language ?? .vi
        guard let content else {
            return Checked(site: nil, templates: nil, diagnostics: diagnostics, language: language)
        }
        let (site, assembleDiagnostics) = SiteAssembler.assemble(content, cache: cache)
        diagnostics.append(contentsOf: assembleDiagnostics)
        let theme = ReportPages.completed(theme)
        let load = { TemplateLibrary.load(theme, language: content.config.language, themeName: themeName) }
        let (templates, themeDiagnostics) = cache?.derived(
            "templates", from: (theme.files, content.config.language, themeName), same: ==, make: load) ?? load()
        diagnostics.append(contentsOf: themeDiagnostics)
        return Checked(site: site, templates: templates, diagnostics: diagnostics, language: language)
    }

    /// Checks, then renders the site into memory when there are no errors.
    public static func build(content: ContentFiles, theme: Theme, themeName: String,
                             language: Language? = nil, liveReload: Bool = false) -> Built {
        let checked = check(content: content, theme: theme, themeName: themeName, language: language)
        guard !checked.diagnostics.hasErrors, let site = checked.site, let templates = checked.templates else {
            return Built(files: nil, site: checked.site, diagnostics: checked.diagnostics,
                         language: checked.language, pageCount: 0, chartCount: 0)
        }
        var context = RenderContext(site: site, templates: templates)
        context.liveReload = liveReload
        let files = SiteRenderer.render(context, media: content)
        let pages = files.paths.filter { $0.hasSuffix(".html") }.count
        let charts = files.paths.filter { $0.hasPrefix("charts/") && $0.hasSuffix(".svg") }.count
        return Built(files: files, site: site, diagnostics: checked.diagnostics, language: checked.language,
                     pageCount: pages, chartCount: charts)
    }

    /// Checks, then renders the site straight into a staging folder beside `output` and swaps
    /// it in: what `tre build` runs. Pages are written as they are rendered, so memory stays
    /// small however large the site; with content errors nothing is written and `output` is
    /// left as it was. The result's `files` is nil (the files are on disk). The reports' Word and
    /// PDF files in `output/reports/` (made by `tre report`) are kept.
    public static func publish(content: ContentFiles, theme: Theme, themeName: String, language: Language? = nil,
                               to output: URL, force: Bool = false,
                               keep: [String] = []) -> (built: Built, failure: OutputPublisher.Failure?) {
        let checked = check(content: content, theme: theme, themeName: themeName, language: language)
        var built = Built(files: nil, site: checked.site, diagnostics: checked.diagnostics,
                          language: checked.language, pageCount: 0, chartCount: 0)
        guard !checked.diagnostics.hasErrors, let site = checked.site, let templates = checked.templates else {
            return (built, nil)
        }
        var context = RenderContext(site: site, templates: templates)
        // The reports' Word and PDF files that `tre report` made stay, and their pages link to them.
        context.reportDocuments = ReportOutput.documents(in: output, reports: site.reports)
        let keep = keep + ReportOutput.paths(context.reportDocuments)
        do {
            try OutputPublisher.publish(to: output, force: force, keep: keep) { folder in
                try SiteRenderer.render(context, media: content, into: folder)
                (built.pageCount, built.chartCount) = folder.counts
            }
        } catch {
            return (built, error)
        }
        return (built, nil)
    }
}

