import Foundation

/// Renders a whole site: every page, the search page and index, feeds, data downloads, chart
/// files, the theme's assets and the content's media. The work is split into independent
/// tasks that run on all cores; each task's files go either into memory (`SiteFiles`, for
/// previews and tests) or straight into the staging folder (`tre build`), so a build never
/// holds the whole site in memory.
public enum SiteRenderer {
    /// One independent piece of work. The few big ones come first so they start early and
    /// the many small pages fill the cores around them.
    enum Task: Sendable {
        case feeds, openData, summaryCharts, staticFiles
        case page(PageJob)
        /// The charts of `site.content.targets[index]`.
        case targetCharts(Int)
    }

    /// What one task made: its files, and for a page what the search index keeps of it.
    struct Output {
        var files = SiteFiles()
        var search: SearchIndex.Entry?
    }

    static func tasks(_ site: Site) -> [Task] {
        [.feeds, .openData, .summaryCharts, .staticFiles] + SitePages.jobs(site).map(Task.page)
            + site.content.targets.indices.map(Task.targetCharts)
    }

    /// Renders the site into memory.
    public static func render(_ context: RenderContext, media: ContentFiles?) -> SiteFiles {
        render(context, media: media, stop: { false }) ?? SiteFiles()
    }

    /// Runs `iterations` independent calls and returns when all have returned.
    public typealias Perform = (_ iterations: Int, _ body: @escaping @Sendable (Int) -> Void) -> Void

    /// Renders the site into memory unless `stop` becomes true (`tre serve` saw a newer
    /// edit): then the tasks not yet started are skipped and the result is nil. `perform`
    /// runs the tasks (`tre serve` runs them on `BackgroundWork`'s threads).
    public static func render(_ context: RenderContext, media: ContentFiles?,
                              stop: @escaping @Sendable () -> Bool,
                              perform: Perform = { DispatchQueue.concurrentPerform(iterations: $0, execute: $1) })
        -> SiteFiles? {
        let tasks = tasks(context.site)
        let results = ConcurrentResults<Output>(count: tasks.count)
        perform(tasks.count) { index in
            guard !stop() else { return }
            results.set(index, output(tasks[index], context, media: media))
        }
        guard !stop() else { return nil }
        // In the order files were always merged (pages, search, feeds, open data, charts,
        // theme and media), so that a clash between paths resolves as it always did.
        let values = results.values
        func rank(_ task: Task) -> Int {
            switch task {
            case .page: 0
            case .feeds: 1
            case .openData: 2
            case .targetCharts: 3
            case .summaryCharts: 4
            case .staticFiles: 5
            }
        }
        var files = SiteFiles()
        for group in 0...5 {
            for (task, result) in zip(tasks, values) where rank(task) == group {
                if let result { files.merge(result.files) }
            }
            if group == 0 { files.merge(search(values.compactMap { $0?.search }, context)) }
        }
        return files
    }

    /// The theme's assets and the content's media (read when asked for): cheap, and what
    /// every page needs, so a preview serves them before the whole site is rendered.
    public static func staticFiles(_ context: RenderContext, media: ContentFiles?) -> SiteFiles {
        output(.staticFiles, context, media: media).files
    }

    /// Renders the site straight into `folder`; the first failure to write stops the build.
    public static func render(_ context: RenderContext, media: ContentFiles?, into folder: OutputFolder) throws {
        let tasks = tasks(context.site)
        let failure = FirstFailure()
        let entries = ConcurrentResults<SearchIndex.Entry>(count: tasks.count)
        DispatchQueue.concurrentPerform(iterations: tasks.count) { index in
            guard !failure.happened else { return }
            let output = output(tasks[index], context, media: media)
            if let entry = output.search { entries.set(index, entry) }
            do {
                try folder.write(output.files)
            } catch {
                failure.record(error)
            }
        }
        if let error = failure.error { throw error }
        try folder.write(search(entries.values.compactMap { $0 }, context))
    }

    /// The search page and the index of every page, in the pages' order.
    static func search(_ entries: [SearchIndex.Entry], _ context: RenderContext) -> SiteFiles {
        var index = SearchIndex()
        index.entries = entries
        var files = SiteFiles()
        let page = SearchPage(context: context).page()
        files.add(PagePath.file(page.path), text: page.render(context))
        files.add(SearchIndex.path, text: index.script())
        return files
    }

    /// What one task makes.
    static func output(_ task: Task, _ context: RenderContext, media: ContentFiles?) -> Output {
        var output = Output()
        switch task {
        case .page(let job):
            guard let page = SitePages.page(job, context) else { break }
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

/// Results filled in by concurrent iterations, each writing only its own slot.
final class ConcurrentResults<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}

/// The first error of concurrent work, so the others can stop early.
final class FirstFailure: @unchecked Sendable {
    private var first: Error?
    private let lock = NSLock()

    func record(_ error: Error) {
        lock.lock()
        if first == nil { first = error }
        lock.unlock()
    }

    var error: Error? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }

    var happened: Bool { error != nil }
}
