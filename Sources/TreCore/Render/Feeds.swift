import Foundation

/// Machine-read files: the Atom feeds of updates, `sitemap.xml` and `robots.txt`.
struct Feeds {
    let context: RenderContext

    var site: Site { context.site }
    var base: String? { site.config.baseURL }

    /// Entries per feed: the newest updates. Readers poll feeds often, and a national site's
    /// every update in full would be a download of many megabytes; older updates stay on the
    /// site's pages.
    static let entryLimit = 50

    func files() -> SiteFiles {
        var files = SiteFiles()
        var feeds: [(path: String, title: String, updates: [Update], reports: [Report])] = [
            (PagePath.feed, site.config.title, Array(site.updates.prefix(Self.entryLimit)),
             Array(site.reports.prefix(Self.entryLimit))),
        ]
        for province in site.provinces {
            let updates = site.provinceFamily(province.slug).flatMap { site.updates(province: $0) }
                .sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
            let reports = site.reports(province: province.slug)
            guard !updates.isEmpty || !reports.isEmpty else { continue }
            feeds.append((PagePath.province(province.slug) + "feed.xml", site.config.title + " – " + province.name,
                          Array(updates.prefix(Self.entryLimit)), Array(reports.prefix(Self.entryLimit))))
        }
        // An update can be in several feeds: render and escape each body once, on all cores.
        var seen = Set<String>()
        let shown = feeds.flatMap(\.updates).filter { seen.insert($0.slug).inserted }
        let bodies = ConcurrentResults<String>(count: shown.count)
        DispatchQueue.concurrentPerform(iterations: shown.count) { index in
            bodies.set(index, escapedBody(shown[index]))
        }
        var escaped: [String: String] = [:]
        for (update, body) in zip(shown, bodies.values) { escaped[update.slug] = body }
        for feed in feeds {
            files.add(feed.path, text: atom(feed.updates, reports: feed.reports, path: feed.path, title: feed.title,
                                            escapedBodies: escaped))
        }
        files.add("sitemap.xml", text: sitemap())
        files.add("robots.txt", text: robots())
        return files
    }

    /// A page's address for machines: absolute with `base_url`, else relative to the feed.
    func address(_ path: String, from feedPath: String) -> String {
        base.map { $0 + path } ?? PagePath.root(of: feedPath) + path
    }

    /// An Atom id that stays the same for the same page: its URL with `base_url`, else a tag URI.
    func id(_ path: String) -> String {
        base.map { $0 + path } ?? "tag:tre.invalid,2024:" + (path.isEmpty ? "site" : path)
    }

    /// An update's body as its page shows it, escaped to sit inside `<content type="html">`.
    func escapedBody(_ update: Update) -> String {
        XMLText.escape(BodyRenderer(context: context).render(update.body, on: PagePath.update(update.slug)).html)
    }

    func atom(_ updates: [Update], reports: [Report] = [], path: String, title: String,
              escapedBodies: [String: String]) -> String {
        let updated = ((updates.map(\.date) + reports.map(\.date)).max() ?? site.asOf).iso + "T00:00:00Z"
        let author = site.config.organization ?? site.config.title
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(context.language.rawValue)">
          <title>\(XMLText.escape(title))</title>
          <id>\(XMLText.escape(id(path)))</id>
          <updated>\(updated)</updated>
          <author><name>\(XMLText.escape(author))</name></author>
          <link rel="self" type="application/atom+xml" href="\(XMLText.escape(address(path, from: path)))"/>
          <link rel="alternate" type="text/html" href="\(XMLText.escape(address(PagePath.updates, from: path)))"/>
          <generator>Tre</generator>

        """
        for update in updates {
            let page = PagePath.update(update.slug)
            let body = escapedBodies[update.slug] ?? escapedBody(update)
            xml += """
              <entry>
                <title>\(XMLText.escape(update.title))</title>
                <id>\(XMLText.escape(id(page)))</id>
                <updated>\(update.date.iso)T00:00:00Z</updated>
                <link rel="alternate" type="text/html" href="\(XMLText.escape(address(page, from: path)))"/>

            """
            if let name = update.author { xml += "    <author><name>\(XMLText.escape(name))</name></author>\n" }
            if let summary = update.summary { xml += "    <summary>\(XMLText.escape(summary))</summary>\n" }
            xml += "    <content type=\"html\">\(body)</content>\n  </entry>\n"
        }
        for report in reports { xml += entry(report, feedPath: path) }
        return xml + "</feed>\n"
    }

    /// A report in a feed: its kind, number and date as the summary, linking to its page.
    func entry(_ report: Report, feedPath: String) -> String {
        let page = PagePath.report(report.slug)
        let summary = ReportPages.summary(report, context)
        return """
              <entry>
                <title>\(XMLText.escape(report.title))</title>
                <id>\(XMLText.escape(id(page)))</id>
                <updated>\(report.date.iso)T00:00:00Z</updated>
                <link rel="alternate" type="text/html" href="\(XMLText.escape(address(page, from: feedPath)))"/>
                <summary>\(XMLText.escape(summary))</summary>
              </entry>

            """
    }

    func sitemap() -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in SitePages.paths(site) {
            xml += "  <url><loc>\(XMLText.escape(base.map { $0 + path } ?? (path.isEmpty ? "./" : path)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    func robots() -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let base { text += "Sitemap: \(base)sitemap.xml\n" }
        return text
    }
}
