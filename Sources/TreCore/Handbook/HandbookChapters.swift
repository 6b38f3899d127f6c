/// The chapters of the handbook: one per province family, and one for plans that name no
/// province. Each is built from the site's own view models (province, plan and cooperative
/// pages), so the book and the site say the same thing in the same words.
struct HandbookChapters {
    let context: RenderContext
    let scope: HandbookScope

    var site: Site { context.site }

    func chapters() -> [[String: Any]] {
        var chapters = scope.families.map(chapter)
        if !scope.unstatedPlans.isEmpty { chapters.append(unstatedChapter()) }
        for index in chapters.indices {
            chapters[index]["number"] = String(index + 1)
        }
        return chapters
    }

    func chapter(_ family: HandbookScope.Family) -> [String: Any] {
        let province = family.province
        let anchor = "tinh-" + province.slug
        var values: [String: Any] = [
            "id": anchor,
            "title": province.name,
            "intro": body(province.body, page: PagePath.province(province.slug), anchor: anchor),
            "merged": family.merged.map(mergedProvince),
        ]
        values["region"] = province.region
        values["code"] = province.code
        if let into = province.mergedInto.flatMap(site.province) {
            values["merged_into"] = mergedNote(province, into: into)
        }
        if !family.merged.isEmpty {
            values["merged_from"] = family.merged.map(\.name).joined(separator: ", ")
        }
        let plans = scope.plans(of: family, site)
        values["plans"] = plans.map(planSection)
        values["has_plans"] = !plans.isEmpty
        values["status_counts"] = StatusSummary.counts(
            plans.flatMap { site.targets(plan: $0.slug) }.map { site.progress($0).status }, context)
        let cooperatives = family.slugs.flatMap { site.cooperatives(province: $0) }
        if !cooperatives.isEmpty {
            values["breakdown"] = figure(
                BreakdownChart.svg(Charts(context: context).breakdownInput(cooperatives, name: province.name),
                                   language: context.language, idPrefix: "co-cau-\(province.slug)"),
                caption: context.t("cooperative_breakdown"), note: nil)
            values["cooperative_count"] = context.numbers.format(Double(cooperatives.count), decimals: 0)
        }
        values["showcases"] = cooperatives.filter(\.isModel).map(cooperativeSection)
        return values
    }

    func unstatedChapter() -> [String: Any] {
        var values: [String: Any] = [
            "id": "chua-neu-tinh",
            "title": context.t("handbook_no_province"),
            "intro": "<p>" + XMLText.escape(context.t("handbook_no_province_lead")) + "</p>",
            "merged": [] as [[String: Any]],
        ]
        values["plans"] = scope.unstatedPlans.map(planSection)
        values["has_plans"] = true
        values["status_counts"] = StatusSummary.counts(
            scope.unstatedPlans.flatMap { site.targets(plan: $0.slug) }.map { site.progress($0).status }, context)
        values["showcases"] = [] as [[String: Any]]
        return values
    }

    func mergedProvince(_ province: Province) -> [String: Any] {
        let anchor = "tinh-" + province.slug
        var values: [String: Any] = ["id": anchor, "name": province.name,
                                     "intro": body(province.body, page: PagePath.province(province.slug), anchor: anchor)]
        if let into = province.mergedInto.flatMap(site.province) {
            values["note"] = mergedNote(province, into: into)
        }
        return values
    }

    /// A Markdown body rendered as on its page, its ids made unique in the book.
    func body(_ source: MarkdownSource, page: String, anchor: String) -> String {
        HandbookLinks.scope(BodyRenderer(context: context).render(source, on: page).html, prefix: anchor)
    }

    /// `Đã sáp nhập vào Ninh Bình từ ngày 01/07/2025.`
    func mergedNote(_ province: Province, into: Province) -> String {
        var note = context.t("merged_into") + " " + into.name
        if let day = province.mergedOn { note += " " + context.t("merged_since") + " " + context.dates.format(day) }
        return note + "."
    }

    /// A plan: its facts, its targets with status, a chart per target, then its full text.
    func planSection(_ plan: Plan) -> [String: Any] {
        let anchor = "ke-hoach-" + plan.slug
        var values = Cards.plan(plan, context, root: "")
        values["id"] = anchor
        values["kicker"] = context.t("plan") + (plan.number.map { " · " + $0 } ?? "")
        values["toc_text"] = plan.number.map { $0 + ": " + plan.title } ?? plan.title
        values["body"] = body(plan.body, page: PagePath.plan(plan.slug), anchor: anchor)
        values["source"] = plan.source
        let targets = site.targets(plan: plan.slug)
        values["targets"] = TargetRows(context: context, root: "").rows(targets)
        values["has_targets"] = !targets.isEmpty
        values["charts"] = targets.compactMap { chart($0, plan: plan) }
        return values
    }

    /// A target's observations over time against the straight path to it, with a caption
    /// naming the indicator (the SVG's own title is not printed).
    func chart(_ target: Target, plan: Plan) -> String? {
        guard let indicator = site.indicator(target.indicator),
              let input = Charts(context: context).timeSeriesInput(target, indicator) else { return nil }
        let svg = TimeSeriesChart.svg(input, language: context.language,
                                      idPrefix: "hb-\(plan.slug)-\(target.indicator)-\(target.targetYear)")
        let row = TargetRows(context: context, root: "")
        return figure(svg, caption: indicator.name(in: context.language),
                      note: context.t("target") + ": " + row.targetText(target, indicator) + " (\(target.targetYear))")
    }

    func figure(_ svg: String, caption: String, note: String?) -> String {
        var html = "<figure class=\"chart hb-chart\">\n<figcaption><strong>\(XMLText.escape(caption))</strong>"
        if let note { html += " <span class=\"hb-chart-note\">\(XMLText.escape(note))</span>" }
        return html + "</figcaption>\n\(svg)\n</figure>\n"
    }

    /// A showcase cooperative: facts, photo, quote and story, as on its page.
    func cooperativeSection(_ coop: Cooperative) -> [String: Any] {
        let anchor = "mo-hinh-" + coop.id
        var values = CooperativePages(context: context).page(coop).values
        values["id"] = anchor
        if let story = values["story"] as? String { values["story"] = HandbookLinks.scope(story, prefix: anchor) }
        if let photos = values["photos"] as? [[String: String]] { values["photo"] = photos.first }
        return values
    }
}
