import Foundation

/// The render stage: every page, the search page and index, feeds, data downloads, chart
/// files, the theme's assets and the content's media, handed to a `SiteWriter` as each is
/// made. The work is split into independent tasks that run on all cores, so a build never
/// holds the whole site in memory unless the writer keeps it (the preview's does).
public enum SiteRenderer {
    /// One independent piece of work. The few big ones come first so they start early and
    /// the many small pages fill the cores around them.
    enum Task: Sendable {
        case feeds, openData, summaryCharts, staticFiles, registerRows
        case page(PageJob)
        /// The charts of `site.content.targets[index]`.
        case targetCharts(Int)
    }

    /// What one task made: its files, and for a page what the search index keeps of it.
    struct Output {
        var files = SiteFiles()
        var search: SearchIndex.Entry?
    }

    /// What a render wrote, counted once, as the files went to the writer.
    public struct Rendered: Sendable, Equatable {
        /// HTML pages.
        public var pages = 0
        /// Chart files under `charts/`.
        public var charts = 0

        public init() {}

        mutating func count(_ path: String) {
            if path.hasSuffix(".html") { pages += 1 }
            if path.hasPrefix("charts/"), path.hasSuffix(".svg") { charts += 1 }
        }
    }

    /// Runs `iterations` independent calls and returns when all have returned.
    public typealias Perform = @Sendable (_ iterations: Int, _ body: @escaping @Sendable (Int) -> Void) -> Void

    /// Every core, at the ordinary priority.
    public static let allCores: Perform = { DispatchQueue.concurrentPerform(iterations: $0, execute: $1) }

    static func tasks(_ site: Site) -> [Task] {
        [.feeds, .openData, .registerRows, .summaryCharts, .staticFiles] + SitePages.jobs(site).map(Task.page)
            + site.content.targets.indices.map(Task.targetCharts)
    }

    /// Renders the whole site into `writer`, unless `stop` becomes true (`tre serve` saw a
    /// newer edit): then the tasks not yet started are skipped and the result is nil. The
    /// first failure to write stops the render and is thrown. `perform` runs the tasks
    /// (`tre serve` runs them on `BackgroundWork`'s lower-priority threads).
    public static func render(_ context: RenderContext, media: ContentFiles?, into writer: any SiteWriter,
                              stop: @escaping @Sendable () -> Bool = { false },
                              perform: Perform = allCores) throws(OutputFailure) -> Rendered? {
        let tasks = tasks(context.site)
        let failure = FirstFailure<OutputFailure>()
        let entries = ConcurrentResults<SearchIndex.Entry>(count: tasks.count)
        let counts = ConcurrentResults<Rendered>(count: tasks.count)
        perform(tasks.count) { index in
            guard !stop(), !failure.happened else { return }
            let output = output(tasks[index], context, media: media)
            if let entry = output.search { entries.set(index, entry) }
            do throws(OutputFailure) {
                try writer.write(output.files)
            } catch {
                failure.record(error)
            }
            var rendered = Rendered()
            for path in output.files.files.keys { rendered.count(path) }
            counts.set(index, rendered)
        }
        if let error = failure.error { throw error }
        guard !stop() else { return nil }
        let search = search(entries.values.compactMap { $0 }, context)
        try writer.write(search)
        var rendered = Rendered()
        for path in search.files.keys { rendered.count(path) }
        for count in counts.values.compactMap({ $0 }) {
            rendered.pages += count.pages
            rendered.charts += count.charts
        }
        return rendered
    }

    /// The theme's assets and the content's media (read when asked for): cheap, and what
    /// every page needs, so a preview serves them before the whole site is rendered.
    public static func staticFiles(_ context: RenderContext, media: ContentFiles?) -> SiteFiles {
        output(.staticFiles, context, media: media).files
    }

    /// The search page and the index of every page, in the pages' order.
    static func search(_ entries: [SearchIndex.Entry], _ context: RenderContext) -> SiteFiles {
        var index = SearchIndex()
        index.entries = entries + SearchIndex.registerEntries(context)
        var files = SiteFiles()
        let page = SearchPage(context: context).page()
        files.add(PagePath.file(page.path), text: page.render(context))
        for (path, text) in index.files() { files.add(path, text: text) }
        return files
    }

    /// What one task makes.
    static func output(_ task: Task, _ context: RenderContext, media: ContentFiles?) -> Output {
        var output = Output()
        switch task {
        case .page(let job):
            guard var page = SitePages.page(job, context) else { break }
            if page.sharePhoto != nil {
                page.share = nil
            } else if let share = page.share {
                // A picture that cannot be drawn leaves the page with the site's default one.
                if let png = try? share.png() { output.files.add(share.path, data: png) } else { page.share = nil }
            }
            let html = page.render(context)
            output.files.add(PagePath.file(page.path), text: html)
            var index = SearchIndex()
            index.add(page, html: html)
            output.search = index.entries.first
        case .targetCharts(let index):
            for (path, svg) in ChartFiles.targetFiles(context.site.content.targets[index], context) {
                output.files.add(path, text: svg)
            }
        case .summaryCharts:
            output.files = ChartFiles.summaryFiles(context)
        case .feeds:
            output.files = Feeds(context: context).files()
        case .openData:
            output.files = OpenData.files(context.site)
        case .registerRows:
            output.files = RegisterPages.scripts(context)
            OpenData.addCooperatives(context.site, to: &output.files)
        case .staticFiles:
            for (path, data) in context.templates.theme.files where path.hasPrefix("assets/") {
                output.files.add(path, data: data)
            }
            if let media {
                for path in context.site.content.media {
                    let read = media.read
                    output.files.add(path) { try read(path) }
                }
            }
        }
        return output
    }
}
