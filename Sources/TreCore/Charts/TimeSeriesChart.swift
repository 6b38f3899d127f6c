/// One plan's progress on one indicator over time: observations as a line (running totals
/// for `cumulative`) with the straight path from baseline to target, or yearly bars against
/// the yearly target for `per_year`.
public enum TimeSeriesChart {
    /// What the chart shows. Build it from a `TargetProgress` with
    /// `init(title:indicator:target:progress:from:to:)`, or by hand.
    public struct Input: Sendable {
        public var title: String
        public var unit: String
        public var decimals: Int?
        public var measure: Indicator.Measure
        public var target: ChartTarget
        /// Where the straight path starts; nil draws no path.
        public var baseline: ProgressPoint?
        /// The points of the line, oldest first (`level`, `cumulative`).
        public var points: [ProgressPoint]
        /// The yearly totals (`per_year`); incomplete years are drawn lighter.
        public var years: [YearValue]
        /// The figure the status was judged from.
        public var latest: ProgressPoint?
        public var status: ProgressStatus
        /// The plan's first and last year: the least the time axis covers.
        public var from: Int
        public var to: Int

        public init(title: String, unit: String, decimals: Int? = nil, measure: Indicator.Measure,
                    target: ChartTarget, baseline: ProgressPoint? = nil, points: [ProgressPoint] = [],
                    years: [YearValue] = [], latest: ProgressPoint? = nil, status: ProgressStatus,
                    from: Int, to: Int) {
            self.title = title
            self.unit = unit
            self.decimals = decimals
            self.measure = measure
            self.target = target
            self.baseline = baseline
            self.points = points
            self.years = years
            self.latest = latest
            self.status = status
            self.from = from
            self.to = to
        }

        public init(title: String, indicator: Indicator, target: Target, progress: TargetProgress,
                    from: Int, to: Int) {
            // The path is only drawn when there is one to walk (see `TargetProgress.expected`).
            let baseline = progress.expected == nil ? nil : progress.baseline
            self.init(title: title, unit: indicator.unit, decimals: indicator.decimals,
                      measure: progress.measure, target: ChartTarget(target), baseline: baseline,
                      points: progress.series, years: progress.years, latest: progress.latest,
                      status: progress.status, from: from, to: to)
        }
    }

    static let canvas = ChartCanvas(width: 640, height: 320)

    /// The plot area inside the canvas, once the y labels' width is known.
    struct Frame {
        var left: Double
        var top = 62.0
        var right = 624.0
        var bottom = 280.0
    }

    /// The chart as an SVG document; `idPrefix` keeps the title and description ids unique.
    public static func svg(_ input: Input, language: Language, idPrefix: String) -> String {
        let words = ChartWords(language: language, unit: input.unit, decimals: input.decimals)
        let canvas = Self.canvas
        var body: [SVGElement] = [
            canvas.text(BulletChart.headline(bulletInput(input), words: words), x: 16, y: 22, size: 14,
                        weight: "600", fill: input.latest == nil ? ChartPalette.text : ChartPalette.strong),
            ChartFrame.statusText(input.status, language: language, canvas: canvas, x: canvas.width - 16, y: 22),
        ]
        body += input.measure == .perYear
            ? yearBars(input, words: words, canvas: canvas)
            : lineChart(input, words: words, canvas: canvas)
        return ChartFrame.svg(canvas: canvas, idPrefix: idPrefix, kind: "time-series", title: input.title,
                              description: BulletChart.description(bulletInput(input), words: words),
                              body: body)
    }

    /// The figures as a table: one row per date (or per year for `per_year`).
    public static func table(_ input: Input, language: Language) -> ChartTable {
        let words = ChartWords(language: language, unit: input.unit, decimals: input.decimals)
        if input.measure == .perYear {
            return ChartTable(
                caption: input.title,
                columns: [words.text("Năm", "Year"), words.text("Giá trị", "Value"),
                          words.text("Đạt mục tiêu năm", "Yearly target met")],
                rows: input.years.map { year in
                    [String(year.year), words.value(year.value),
                     year.isComplete ? (year.isMet ? words.text("Có", "Yes") : words.text("Không", "No"))
                                     : words.text("Chưa hết năm", "Year not over")]
                })
        }
        var rows: [[String]] = []
        if let baseline = input.baseline {
            rows.append([words.dates.format(baseline.date), words.value(baseline.value),
                         words.text("Mốc cơ sở", "Baseline")])
        }
        rows += input.points.map { [words.dates.format($0.date), words.value($0.value), ""] }
        if let end = Day.endOf(year: input.target.year) {
            rows.append([words.dates.format(end), words.targetValue(input.target), words.text("Mục tiêu", "Target")])
        }
        return ChartTable(
            caption: input.title,
            columns: [words.text("Ngày", "Date"),
                      input.measure == .cumulative ? words.text("Lũy kế", "Running total") : words.text("Giá trị", "Value"),
                      words.text("Ghi chú", "Note")],
            rows: rows)
    }

    static func bulletInput(_ input: Input) -> BulletChart.Input {
        BulletChart.Input(title: input.title, unit: input.unit, decimals: input.decimals, measure: input.measure,
                          target: input.target, baseline: input.baseline, latest: input.latest,
                          status: input.status)
    }

    /// Horizontal grid lines and their labels; returns the elements and the frame they leave.
    static func valueAxis(_ scale: LinearScale, words: ChartWords, frame: Frame,
                          canvas: ChartCanvas) -> [SVGElement] {
        var out: [SVGElement] = []
        for tick in scale.ticks {
            let y = scale(tick)
            out.append(canvas.line(x1: frame.left, y1: y, x2: frame.right, y2: y,
                                   [("stroke", tick == 0 ? ChartPalette.axis : ChartPalette.grid),
                                    ("stroke-width", "1")]))
            out.append(canvas.text(words.tick(tick, decimals: scale.tickDecimals), x: frame.left - 8, y: y + 4,
                                   anchor: "end", size: 11))
        }
        return out
    }

    /// Room for the widest value label, capped so the plot keeps most of the width.
    static func leftEdge(_ scale: LinearScale, words: ChartWords) -> Double {
        let widest = scale.ticks.map { TextWidth.estimate(words.tick($0, decimals: scale.tickDecimals), size: 11) }
            .max() ?? 0
        return min(max(widest + 24, 40), 200)
    }
}
