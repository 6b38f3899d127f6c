import Foundation

/// Renders single pages of a checked site on demand, by the file each is written to. This is
/// how `tre serve` shows an edit at once: the pages a browser asks for are rendered first,
/// while the whole site renders behind them.
public struct PageRenderer: Sendable {
    let context: RenderContext
    private let jobs: [String: PageJob]

    public init(_ context: RenderContext) {
        self.context = context
        jobs = Dictionary(SitePages.jobs(context.site).map { (PagePath.file(SitePages.path($0)), $0) },
                          uniquingKeysWith: { first, _ in first })
    }

    /// The files of every page, e.g. `index.html`, `plans/ke-hoach-291/index.html`, `404.html`.
    public var paths: Set<String> { Set(jobs.keys) }

    /// The page written to `path`, exactly as a full render writes it; nil when no page is.
    public func render(_ path: String) -> Data? {
        guard let job = jobs[path], let page = SitePages.page(job, context) else { return nil }
        return Data(page.render(context).utf8)
    }
}
