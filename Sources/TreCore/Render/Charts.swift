import Foundation

/// Charts for pages: each SVG in a `<figure>` with its figures as a table beside it, so the
/// numbers are there for screen readers, for print and for copying into a report.
struct Charts {
    let context: RenderContext

    var language: Language { context.language }

    func figure(_ svg: String, _ table: ChartTable) -> String {
        """
        <figure class="chart">
        \(svg)
        <details class="chart-data"><summary>\(XMLText.escape(context.t("chart_data_table")))</summary>
        \(table.html(cssClass: "chart-table"))</details>
        </figure>

        """
    }

    /// One target's progress bar, drawn once per build for its pages and its file.
    func bullet(_ target: Target, indicator: Indicator, progress: TargetProgress, id: String) -> String {
        let input = bulletInput(target, indicator, progress)
        let svg = context.sharedFigures.svg(Self.key("tien-do", target, day: day), id: id) {
            BulletChart.svg(input, language: language, idPrefix: $0)
        }
        return figure(svg, BulletChart.table(input, language: language))
    }

    /// The day this context judges at, as part of a drawing's key: drawings are shared only
    /// between pages judged at the same day.
    var day: String { context.judgedAt.map { "\u{0}" + $0.iso } ?? "" }

    /// The key a target's chart is kept under in `SharedFigures`.
    static func key(_ kind: String, _ target: Target, day: String) -> String {
        "\(kind)\u{0}\(target.plan)\u{0}\(target.indicator)\u{0}\(target.targetYear)" + day
    }

    func bulletInput(_ target: Target, _ indicator: Indicator, _ progress: TargetProgress) -> BulletChart.Input {
        BulletChart.Input(title: indicator.name(in: language), indicator: indicator, target: target, progress: progress)
    }

    /// A plan's observations over time against the straight path to its target.
    func timeSeries(_ target: Target, indicator: Indicator, id: String) -> String {
        guard let input = timeSeriesInput(target, indicator) else { return "" }
        let svg = context.sharedFigures.svg(Self.key("bieu-do", target, day: day), id: id) {
            TimeSeriesChart.svg(input, language: language, idPrefix: $0)
        }
        return figure(svg, TimeSeriesChart.table(input, language: language))
    }

    func timeSeriesInput(_ target: Target, _ indicator: Indicator) -> TimeSeriesChart.Input? {
        guard let plan = context.site.plan(target.plan) else { return nil }
        return TimeSeriesChart.Input(title: indicator.name(in: language), indicator: indicator, target: target,
                                     progress: context.progress(target), from: plan.from, to: plan.to)
    }

    /// Every plan's latest figure for one indicator against its target.
    /// The comparison of `targets` (every plan's target for the indicator when nil): a
    /// paginated indicator page compares the plans it lists.
    func comparison(_ indicator: Indicator, targets: [Target]? = nil, id: String) -> String {
        let input = comparisonInput(indicator, targets: targets)
        guard !input.rows.isEmpty else { return "" }
        return figure(ComparisonChart.svg(input, language: language, idPrefix: id),
                      ComparisonChart.table(input, language: language))
    }

    func comparisonInput(_ indicator: Indicator, targets: [Target]? = nil) -> ComparisonChart.Input {
        let site = context.site
        let rows = (targets ?? site.targets(indicator: indicator.id)).compactMap { target -> ComparisonChart.Row? in
            guard let plan = site.plan(target.plan) else { return nil }
            let name = [context.provinceName(plan.province), plan.number ?? plan.title].joined(separator: " – ")
            return ComparisonChart.Row(name: name, target: target, progress: context.progress(target))
        }
        return ComparisonChart.Input(title: indicator.name(in: language), unit: indicator.unit,
                                     decimals: indicator.decimals, rows: rows)
    }

    /// How many targets stand at each status.
    func statusOverview(_ statuses: [ProgressStatus], id: String) -> String {
        let input = StatusChart.Input(title: context.t("status_summary"), statuses: statuses)
        return figure(StatusChart.svg(input, language: language, idPrefix: id), StatusChart.table(input, language: language))
    }

    /// A province's cooperatives by rating and by kind.
    func breakdown(_ cooperatives: [Cooperative], name: String, id: String) -> String {
        let input = breakdownInput(cooperatives, name: name)
        return figure(BreakdownChart.svg(input, language: language, idPrefix: id),
                      BreakdownChart.table(input, language: language))
    }

    func breakdownInput(_ cooperatives: [Cooperative], name: String) -> BreakdownChart.Input {
        BreakdownChart.Input(title: name, cooperatives: cooperatives, language: language)
    }
}

/// The same charts as standalone SVG files under `charts/`, for press releases and slides.
enum ChartFiles {
    /// One target's progress bar and time series. Targets are independent, so a build writes
    /// each as a task of its own. A chart a page already drew (`SharedFigures`) is taken from
    /// there with the file's id; one no page drew is drawn here and not kept.
    static func targetFiles(_ target: Target, _ context: RenderContext) -> [(String, String)] {
        let site = context.site
        let charts = Charts(context: context)
        guard let indicator = site.indicator(target.indicator) else { return [] }
        let base = "charts/plans/\(target.plan)/\(target.indicator)-\(target.targetYear)"
        let progress = site.progress(target)
        // The bar shows `as_of`, so only a drawing judged at `as_of` is its.
        let bullet = context.sharedFigures.svg(Charts.key("tien-do", target, day: ""), id: "tien-do", keep: false) {
            BulletChart.svg(charts.bulletInput(target, indicator, progress), language: context.language, idPrefix: $0)
        }
        var svgs = [(base + "-tien-do.svg", bullet)]
        if let input = charts.timeSeriesInput(target, indicator) {
            let line = context.sharedFigures.svg(Charts.key("bieu-do", target, day: charts.day), id: "bieu-do", keep: false) {
                TimeSeriesChart.svg(input, language: context.language, idPrefix: $0)
            }
            svgs.append((base + ".svg", line))
        }
        return svgs
    }

    /// The comparison chart of each indicator and the breakdown of each province.
    static func summaryFiles(_ context: RenderContext) -> SiteFiles {
        let site = context.site
        let charts = Charts(context: context)
        let language = context.language
        var files = SiteFiles()
        for indicator in site.indicators where !site.targets(indicator: indicator.id).isEmpty {
            files.add("charts/indicators/\(indicator.id).svg",
                      text: ComparisonChart.svg(charts.comparisonInput(indicator), language: language, idPrefix: "so-sanh"))
        }
        for province in site.provinces {
            let cooperatives = site.provinceFamily(province.slug).flatMap { site.cooperatives(province: $0) }
            guard !cooperatives.isEmpty else { continue }
            files.add("charts/provinces/\(province.slug).svg",
                      text: BreakdownChart.svg(charts.breakdownInput(cooperatives, name: province.name),
                                               language: language, idPrefix: "co-cau"))
        }
        return files
    }
}
