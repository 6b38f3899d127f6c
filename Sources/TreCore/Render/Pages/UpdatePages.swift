/// The news list and one page per update.
struct UpdatePages {
    let context: RenderContext

    /// Page `number` of the news, newest first.
    func listPage(_ number: Int) -> Page? {
        let pages = ListPages.updates(context.site)
        guard number >= 1, number <= pages.pageCount else { return nil }
        let path = pages.path(number)
        let root = PagePath.root(of: path)
        var values: [String: Any] = [
            "updates": pages.slice(context.site.updates, number).map { Cards.update($0, context, root: root) },
            "lead": context.t("updates_lead"),
        ]
        for (key, value) in pages.pageValues(number, root: root, context) { values[key] = value }
        return Page(path: path, template: "pages/updates", title: ListPages.title(context.t("updates_title"), number, context),
                    values: values)
    }

    func page(_ update: Update) -> Page {
        let site = context.site
        let path = PagePath.update(update.slug)
        let root = PagePath.root(of: path)
        var values = Cards.update(update, context, root: root)
        values["body"] = BodyRenderer(context: context).render(update.body, on: path).html
        if let slug = update.province { values["province_href"] = root + PagePath.province(slug) }
        if let plan = update.plan.flatMap(site.plan) {
            values["plan"] = ["title": plan.title, "href": root + PagePath.plan(plan.slug)]
        }
        if let image = update.image.flatMap({ MediaPath.resolve($0, in: site.mediaPaths) }) {
            values["image"] = root + image
            values["image_alt"] = update.imageAlt ?? update.summary ?? update.title
        }
        return Page(path: path, template: "pages/update", title: update.title, description: update.summary,
                    values: values)
    }
}
