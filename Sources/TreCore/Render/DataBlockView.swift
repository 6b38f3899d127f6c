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
            values["chart"] = context.sharedFigures.figure("bieu-do\u{0}\(plan)\u{0}\(indicatorID)") {
                Charts(context: context).timeSeries(target, indicator: indicator, id: "bieu-do-\(plan)-\(indicatorID)")
            }
            return context.templates.render("partials/block-chart", values)
        case .chart(nil, let indicatorID):
            guard let indicator = site.indicator(indicatorID) else { return "" }
            values["chart"] = context.sharedFigures.figure("so-sanh\u{0}\(indicatorID)") {
                Charts(context: context).comparison(indicator, id: "so-sanh-\(indicatorID)")
            }
            return context.templates.render("partials/block-chart", values)
        case .cooperatives(let filter):
            values["cooperatives"] = cooperatives(filter).map { Cards.cooperative($0, context, root: root) }
            return context.templates.render("partials/block-cooperatives", values)
        }
    }

    /// The cooperatives a block lists, in the site's order. Each is tested where it lies in
    /// the site's array: copying all 20,000 records of a national site for every block was
    /// most of a block's cost.
    func cooperatives(_ filter: CooperativeFilter) -> [Cooperative] {
        let all = context.site.cooperatives
        let provinces = filter.province.map { Set(context.site.provinceFamily($0)) }
        let kind = filter.kind?.lowercased()
        let sector = filter.sector.map(VietnameseText.matchKey)
        let limit = filter.limit ?? all.count
        var matches: [Cooperative] = []
        for index in all.indices {
            if matches.count == limit { break }
            if let provinces, !provinces.contains(all[index].province) { continue }
            if let kind, all[index].kind.rawValue.lowercased() != kind { continue }
            if let model = filter.model, all[index].isModel != model { continue }
            if let sector, VietnameseText.matchKey(all[index].sector ?? "") != sector { continue }
            matches.append(all[index])
        }
        return matches
    }
}
