/// The home page: the numbers at a glance, every province with links to its plans, a few
/// showcases and the latest news. Summaries and links only: the lists have pages of their own.
struct OverviewPage {
    let context: RenderContext

    func page() -> Page {
        let site = context.site
        let root = ""
        let statuses = site.content.targets.map { site.progress($0).status }
        var values: [String: Any] = [
            "lead": site.config.description ?? context.t("overview_lead"),
            "stats": [
                ["value": format(site.plans.count), "label": context.t("stat_plans")],
                ["value": format(statuses.count), "label": context.t("stat_targets")],
                ["value": format(statuses.filter { $0 == .achieved }.count), "label": context.t("stat_achieved")],
                ["value": format(site.cooperatives.count), "label": context.t("stat_cooperatives")],
                ["value": format(site.showcases.count), "label": context.t("stat_showcases")],
            ],
            "status_counts": StatusSummary.counts(statuses, context),
            "provinces": site.provinces.filter { $0.mergedInto == nil }.map { province -> [String: Any] in
                var card = Cards.province(province, context, root: root)
                card["plans"] = site.provinceFamily(province.slug).flatMap { site.plans(province: $0) }
                    .map { Cards.plan($0, context, root: root) }
                return card
            },
            "showcases": Array(site.showcases.prefix(6)).map { Cards.cooperative($0, context, root: root) },
            "updates": Array(site.updates.prefix(4)).map { Cards.update($0, context, root: root) },
        ]
        values["status_chart"] = Charts(context: context).statusOverview(statuses, id: "tong-quan-trang-thai")
        values["data_csv"] = OpenData.allCSV
        values["data_json"] = OpenData.allJSON
        return Page(path: PagePath.overview, template: "pages/overview", title: site.config.title, values: values)
    }

    private func format(_ count: Int) -> String {
        context.numbers.format(Double(count), decimals: 0)
    }
}

/// The page shown for addresses that lead nowhere. Its links are root-relative when the
/// site has a `base_url` (a server shows it at any depth), otherwise relative to the root.
struct NotFoundPage {
    let context: RenderContext

    func page() -> Page {
        Page(path: "404.html", template: "pages/404", title: context.t("not_found_title"), values: [:])
    }
}
