/// The province list and one page per province.
struct ProvincePages {
    let context: RenderContext

    func listPage() -> Page {
        let path = PagePath.provinces
        let root = PagePath.root(of: path)
        let site = context.site
        let items: [[String: Any]] = site.provinces.map { province in
            var item = Cards.province(province, context, root: root)
            item["plan_count"] = site.provinceFamily(province.slug).flatMap { site.plans(province: $0) }.count
            return item
        }
        return Page(path: path, template: "pages/provinces", title: context.t("provinces_title"),
                    values: ["provinces": items, "lead": context.t("provinces_lead")])
    }

    func page(_ province: Province) -> Page {
        let site = context.site
        let path = PagePath.province(province.slug)
        let root = PagePath.root(of: path)
        let family = site.provinceFamily(province.slug)
        var values: [String: Any] = [
            "name": province.name,
            "body": BodyRenderer(context: context).render(province.body, on: path).html,
        ]
        values["code"] = province.code
        values["region"] = province.region
        if let into = province.mergedInto.flatMap(site.province) {
            values["merged_into"] = ["name": into.name, "href": root + PagePath.province(into.slug)]
            values["merged_on"] = province.mergedOn.map(context.dates.format)
        }
        values["merged_from"] = site.mergedFrom(province.slug).map {
            ["name": $0.name, "href": root + PagePath.province($0.slug)]
        }
        let plans = family.flatMap { site.plans(province: $0) }
        // The first plans with their target tables, the others as cards (each links to its
        // page): a province of many plans stays a page a phone can load (150 KB at 2×).
        values["plans"] = plans.enumerated().map { index, plan -> [String: Any] in
            var card = Cards.plan(plan, context, root: root)
            let detailed = index < ListPages.provincePlansDetailed
            card["targets"] = detailed ? TargetRows(context: context, root: root).rows(site.targets(plan: plan.slug)) : []
            card["card_only"] = !detailed
            return card
        }
        let cooperatives = family.flatMap { site.cooperatives(province: $0) }
        let showcases = cooperatives.filter(\.isModel)
        values["showcases"] = showcases.prefix(ListPages.provinceShowcasesShown).map {
            Cards.cooperative($0, context, root: root)
        }
        values["more_showcases"] = showcases.count > ListPages.provinceShowcasesShown
        values["cooperative_count"] = context.numbers.format(Double(cooperatives.count), decimals: 0)
        values["register_href"] = root + RegisterLayout.path(RegisterLayout.home(province.slug, site))
        if !cooperatives.isEmpty {
            values["breakdown"] = Charts(context: context).breakdown(cooperatives, name: province.name,
                                                                      id: "co-cau-\(province.slug)")
        }
        let updates = ListPages.provinceUpdates(province.slug, site)
        values["updates"] = updates.prefix(ListPages.provinceUpdatesShown).map { Cards.update($0, context, root: root) }
        if updates.count > ListPages.provinceUpdatesShown {
            values["more_updates"] = root + ListPages.provinceUpdatesPath(province.slug)
        }
        values["reports"] = site.reports(province: province.slug).map { ReportPages.card($0, context, root: root) }
        var page = Page(path: path, template: "pages/province", title: province.name, values: values)
        page.share = ShareCards.province(province, context)
        return page
    }

    /// `provinces/<slug>/updates/`: all of a province's news, a page at a time, newest first.
    func updatesPage(_ province: Province, number: Int) -> Page? {
        let site = context.site
        let pages = ListPages.provinceUpdatePages(province.slug, site)
        guard number >= 1, number <= pages.pageCount else { return nil }
        let path = pages.path(number)
        let root = PagePath.root(of: path)
        let updates = ListPages.provinceUpdates(province.slug, site)
        var values: [String: Any] = [
            "updates": pages.slice(updates, number).map { Cards.update($0, context, root: root) },
        ]
        values["kicker_link"] = ["href": root + PagePath.province(province.slug), "name": province.name]
        for (key, value) in pages.pageValues(number, root: root, context) { values[key] = value }
        let title = context.t("updates_title") + " – " + province.name
        return Page(path: path, template: "pages/updates", title: ListPages.title(title, number, context), values: values)
    }
}
