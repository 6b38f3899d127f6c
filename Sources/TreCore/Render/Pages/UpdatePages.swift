/// The news list and one page per update.
struct UpdatePages {
    let context: RenderContext

    func listPage() -> Page {
        let path = PagePath.updates
        let root = PagePath.root(of: path)
        return Page(path: path, template: "pages/updates", title: context.t("updates_title"),
                    values: ["updates": context.site.updates.map { Cards.update($0, context, root: root) },
                             "lead": context.t("updates_lead")])
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
