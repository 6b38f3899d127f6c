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

    func page(_ indicator: Indicator) -> Page {
        let path = PagePath.indicator(indicator.id)
        let root = PagePath.root(of: path)
        let targets = context.site.targets(indicator: indicator.id)
        var values = card(indicator, root: root)
        values["targets"] = TargetRows(context: context, root: root).rows(targets, charts: true)
        values["has_targets"] = !targets.isEmpty
        if !targets.isEmpty {
            values["comparison"] = Charts(context: context).comparison(indicator, id: "so-sanh-\(indicator.id)")
        }
        values["data_csv"] = root + OpenData.indicatorCSV(indicator.id)
        values["data_json"] = root + OpenData.indicatorJSON(indicator.id)
        return Page(path: path, template: "pages/indicator", title: indicator.name(in: context.language),
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
