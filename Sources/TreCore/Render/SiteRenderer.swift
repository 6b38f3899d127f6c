import Foundation

/// Renders a whole site into memory: every page, feed, data download, chart file, the theme's
/// assets and the content's media. Pages are independent, so they render on all cores.
public enum SiteRenderer {
    public static func render(_ context: RenderContext, media: ContentFiles?) -> SiteFiles {
        let jobs = SitePages.jobs(context.site)
        let rendered = ConcurrentResults<(Page, String)>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            guard let page = SitePages.page(job, context) else { return }
            rendered.set(index, (page, page.render(context)))
        }
        var files = SiteFiles()
        var search = SearchIndex()
        for case let (page, html)? in rendered.values {
            files.add(PagePath.file(page.path), text: html)
            search.add(page, html: html)
        }
        let searchPage = SearchPage(context: context).page()
        files.add(PagePath.file(searchPage.path), text: searchPage.render(context))
        files.add(SearchIndex.path, text: search.script())
        files.merge(Feeds(context: context).files())
        files.merge(OpenData.files(context.site))
        files.merge(ChartFiles.files(context))
        for (path, data) in context.templates.theme.files where path.hasPrefix("assets/") {
            files.add(path, data: data)
        }
        if let media {
            for path in context.site.content.media {
                let read = media.read
                files.add(path) { try read(path) }
            }
        }
        return files
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
