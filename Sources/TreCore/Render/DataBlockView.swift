/// The HTML a data block in Markdown stands for: a targets table, a chart, or a list of
/// cooperatives, drawn with the theme's partials so designers can restyle them.
struct DataBlockView {
    let context: RenderContext
    let pagePath: String

    func html(for request: DataBlockRequest) -> String {
        let site = context.site
        let root = PagePath.root(of: pagePath)
        var values: [String: Any] = ["t": context.templates.strings, "root": root]
        switch request {
        case .targets(let slug):
            let targets = site.targets(plan: slug)
            values["targets"] = TargetRows(context: context, root: root).rows(targets)
            values["has_targets"] = !targets.isEmpty
            values["status_counts"] = StatusSummary.counts(targets.map { site.progress($0).status }, context)
            return context.templates.render("partials/block-targets", values)
        case .chart(let plan?, let indicatorID):
            guard let target = site.targets(plan: plan).last(where: { $0.indicator == indicatorID }),
                  let indicator = site.indicator(indicatorID) else { return "" }
            values["chart"] = Charts(context: context).timeSeries(target, indicator: indicator,
                                                                  id: "bieu-do-\(plan)-\(indicatorID)")
            return context.templates.render("partials/block-chart", values)
        case .chart(nil, let indicatorID):
            guard let indicator = site.indicator(indicatorID) else { return "" }
            values["chart"] = Charts(context: context).comparison(indicator, id: "so-sanh-\(indicatorID)", root: root)
            return context.templates.render("partials/block-chart", values)
        case .cooperatives(let filter):
            values["cooperatives"] = cooperatives(filter).map { Cards.cooperative($0, context, root: root) }
            return context.templates.render("partials/block-cooperatives", values)
        }
    }

    func cooperatives(_ filter: CooperativeFilter) -> [Cooperative] {
        let site = context.site
        let provinces = filter.province.map { Set(site.provinceFamily($0)) }
        let matches = site.cooperatives.filter { coop in
            if let provinces, !provinces.contains(coop.province) { return false }
            if let kind = filter.kind, coop.kind.rawValue.lowercased() != kind.lowercased() { return false }
            if let model = filter.model, coop.isModel != model { return false }
            if let sector = filter.sector,
               VietnameseText.matchKey(coop.sector ?? "") != VietnameseText.matchKey(sector) { return false }
            return true
        }
        return Array(matches.prefix(filter.limit ?? matches.count))
    }
}
