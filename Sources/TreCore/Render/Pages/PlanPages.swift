/// The plan list and one page per plan, with its targets, charts and full text.
struct PlanPages {
    let context: RenderContext

    /// Page `number` of the plans, grouped by province so staff find their own plans first.
    func listPage(_ number: Int) -> Page? {
        let site = context.site
        let pages = ListPages.plans(site)
        guard number >= 1, number <= pages.pageCount else { return nil }
        let path = pages.path(number)
        let root = PagePath.root(of: path)
        // The site's plans are in province order, so a page's plans fall in runs by province.
        var groups: [[String: Any]] = []
        var run: [Plan] = []
        func close() {
            guard let first = run.first else { return }
            groups.append(["province": context.provinceName(first.province),
                           "plans": run.map { Cards.plan($0, context, root: root) }])
            run = []
        }
        for plan in pages.slice(ListPages.plansInOrder(site), number) {
            if let last = run.last, (last.province ?? "") != (plan.province ?? "") { close() }
            run.append(plan)
        }
        close()
        var values: [String: Any] = ["groups": groups, "lead": context.t("plans_lead")]
        for (key, value) in pages.pageValues(number, root: root, context) { values[key] = value }
        return Page(path: path, template: "pages/plans", title: ListPages.title(context.t("plans_title"), number, context),
                    values: values)
    }

    func page(_ plan: Plan) -> Page {
        let site = context.site
        let path = PagePath.plan(plan.slug)
        let root = PagePath.root(of: path)
        let body = BodyRenderer(context: context).render(plan.body, on: path)
        var values = Cards.plan(plan, context, root: root)
        values["body"] = body.html
        values["toc"] = BodyRenderer.toc(body.headings)
        values["has_toc"] = !body.headings.isEmpty
        let targets = site.targets(plan: plan.slug)
        values["targets"] = TargetRows(context: context, root: root).rows(targets, charts: true)
        values["has_targets"] = !targets.isEmpty
        values["source"] = plan.source
        values["data_csv"] = root + OpenData.planCSV(plan.slug)
        values["data_json"] = root + OpenData.planJSON(plan.slug)
        values["updates"] = site.updates(plan: plan.slug).map { Cards.update($0, context, root: root) }
        values["reports"] = site.reports(plan: plan.slug).map { ReportPages.card($0, context, root: root) }
        var page = Page(path: path, template: "pages/plan", title: plan.title,
                        description: [plan.number, plan.issuer].compactMap { $0 }.joined(separator: " – "),
                        values: values)
        page.share = ShareCards.plan(plan, context)
        return page
    }
}
