/// The indicator list and one page per indicator: every plan's target for it, compared.
struct IndicatorPages {
    let context: RenderContext

    func listPage() -> Page {
        let path = PagePath.indicators
        let root = PagePath.root(of: path)
        let items: [[String: Any]] = context.site.indicators.map { indicator in
            var item = card(indicator, root: root)
            item["target_count"] = context.site.targets(indicator: indicator.id).count
            return item
        }
        return Page(path: path, template: "pages/indicators", title: context.t("indicators_title"),
                    values: ["indicators": items, "lead": context.t("indicators_lead")])
    }

    /// Page `number` of an indicator: the comparison of every plan on the first page, and
    /// the plans' targets with their charts a page at a time.
    func page(_ indicator: Indicator, number: Int) -> Page? {
        let pages = ListPages.indicatorTargets(indicator.id, context.site)
        guard number >= 1, number <= pages.pageCount else { return nil }
        let path = pages.path(number)
        let root = PagePath.root(of: path)
        let targets = context.site.targets(indicator: indicator.id)
        var values = card(indicator, root: root)
        let shown = Array(pages.slice(targets, number))
        values["targets"] = TargetRows(context: context, root: root).rows(shown, charts: true)
        values["has_targets"] = !targets.isEmpty
        for (key, value) in pages.pageValues(number, root: root, context) { values[key] = value }
        if !shown.isEmpty {
            // Each page compares the plans it lists: all of them in one chart would outgrow the page.
            let targets = pages.pageCount > 1 ? shown : nil
            values["comparison"] = Charts(context: context).comparison(indicator, targets: targets,
                                                                       id: "so-sanh-\(indicator.id)")
        }
        values["data_csv"] = root + OpenData.indicatorCSV(indicator.id)
        values["data_json"] = root + OpenData.indicatorJSON(indicator.id)
        return Page(path: path, template: "pages/indicator",
                    title: ListPages.title(indicator.name(in: context.language), number, context),
                    description: indicator.description, values: values)
    }

    func card(_ indicator: Indicator, root: String) -> [String: Any] {
        var card: [String: Any] = [
            "name": indicator.name(in: context.language),
            "href": root + PagePath.indicator(indicator.id),
            "unit": indicator.unit,
            "measure": context.t("measure_" + indicator.measure.rawValue),
            "direction": context.t("direction_" + indicator.direction.rawValue),
        ]
        card["description"] = indicator.description
        return card
    }
}
