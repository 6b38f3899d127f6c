/// One page to render: where it goes, which template draws it, and what it shows.
public struct Page {
    public var path: String
    public var template: String
    public var title: String
    public var description: String?
    /// Page-specific values; the layout's common values are added by `Page.render`.
    public var values: [String: Any]
    /// The page's own share picture (`og:image`); nil uses the site's default.
    public var share: ShareImage?
    /// A photo shown instead (a showcase's first JPEG or PNG photo), which needs no drawing.
    public var sharePhoto: String?

    public init(path: String, template: String, title: String, description: String? = nil,
                values: [String: Any]) {
        self.path = path
        self.template = template
        self.title = title
        self.description = description
        self.values = values
    }

    /// The page's HTML: its values plus the layout's (site, navigation, strings, links).
    public func render(_ context: RenderContext) -> String {
        var values: [String: Any] = Layout.values(for: self, context)
        for (key, value) in self.values { values[key] = value }
        return context.templates.render(template, values)
    }
}

/// The values every page's layout uses.
enum Layout {
    static let navigation: [(key: String, path: String)] = [
        ("nav_overview", PagePath.overview), ("nav_provinces", PagePath.provinces), ("nav_plans", PagePath.plans),
        ("nav_indicators", PagePath.indicators), ("nav_cooperatives", PagePath.cooperatives),
        ("nav_register", RegisterLayout.base), ("nav_updates", PagePath.updates),
    ]

    static func values(for page: Page, _ context: RenderContext) -> [String: Any] {
        let site = context.site
        // The 404 page is shown at any address, so its links need the absolute base when there is one.
        let root = page.path == "404.html" ? (site.config.baseURL ?? "") : PagePath.root(of: page.path)
        let nav: [[String: Any]] = navigation.map { item in
            let current = item.path.isEmpty ? page.path.isEmpty : page.path.hasPrefix(item.path)
            return ["label": context.t(item.key), "href": root + item.path, "current": current]
        }
        var values: [String: Any] = [
            "lang": context.language.rawValue,
            "t": context.templates.strings,
            "root": root,
            "site_title": site.config.title,
            "page_title": page.title,
            "head_title": page.path.isEmpty ? site.config.title : page.title + " – " + site.config.title,
            "nav": nav,
            "sample": site.config.sample,
            "as_of": context.dates.format(site.asOf),
            "as_of_iso": site.asOf.iso,
            "stylesheet": root + PagePath.stylesheet,
            "feed": root + PagePath.feed,
        ]
        if let description = page.description ?? site.config.description { values["description"] = description }
        if let organization = site.config.organization { values["organization"] = organization }
        // Social sites need an absolute image URL; without base_url the relative one still
        // works for previews that resolve it against the page.
        values["social_image"] = (site.config.baseURL ?? root) + (page.sharePhoto ?? page.share?.path ?? PagePath.socialImage)
        values["social_image_alt"] = page.share.map { [$0.title, $0.summary].filter { !$0.isEmpty }.joined(separator: " – ") }
            ?? context.t("social_image_alt")
        if let base = site.config.baseURL {
            values["canonical"] = base + page.path
            values["feed_absolute"] = base + PagePath.feed
        }
        return values
    }
}
