/// The plan list and one page per plan, with its targets, charts and full text.
struct PlanPages {
    let context: RenderContext

    func listPage() -> Page {
        let path = PagePath.plans
        let root = PagePath.root(of: path)
        let site = context.site
        // Grouped by province so staff find their own plans first.
        var groups: [[String: Any]] = []
        var seen: [String] = []
        for plan in site.plans {
            let key = plan.province ?? ""
            if seen.contains(key) { continue }
            seen.append(key)
            let plans = site.plans.filter { ($0.province ?? "") == key }
            groups.append([
                "province": context.provinceName(plan.province),
                "plans": plans.map { Cards.plan($0, context, root: root) },
            ])
        }
        return Page(path: path, template: "pages/plans", title: context.t("plans_title"),
                    values: ["groups": groups, "lead": context.t("plans_lead")])
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
        return Page(path: path, template: "pages/plan", title: plan.title,
                    description: [plan.number, plan.issuer].compactMap { $0 }.joined(separator: " – "),
                    values: values)
    }
}
