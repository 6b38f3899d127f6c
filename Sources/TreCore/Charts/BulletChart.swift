/// One target's progress as a compact bar: the latest value against the target, with the
/// baseline and where the straight path expects the value to be by now.
public enum BulletChart {
    /// What the bullet chart shows. Build it from a `TargetProgress` with
    /// `init(title:indicator:target:progress:)`, or by hand for other sources.
    public struct Input: Sendable {
        public var title: String
        public var unit: String
        public var decimals: Int?
        public var measure: Indicator.Measure
        public var target: ChartTarget
        public var baseline: ProgressPoint?
        public var latest: ProgressPoint?
        /// Where the straight path expects the value by now; not drawn for `per_year`.
        public var expected: Double?
        public var status: ProgressStatus

        public init(title: String, unit: String, decimals: Int? = nil, measure: Indicator.Measure,
                    target: ChartTarget, baseline: ProgressPoint? = nil, latest: ProgressPoint? = nil,
                    expected: Double? = nil, status: ProgressStatus) {
            self.title = title
            self.unit = unit
            self.decimals = decimals
            self.measure = measure
            self.target = target
            self.baseline = baseline
            self.latest = latest
            self.expected = expected
            self.status = status
        }

        public init(title: String, indicator: Indicator, target: Target, progress: TargetProgress) {
            self.init(title: title, unit: indicator.unit, decimals: indicator.decimals,
                      measure: progress.measure, target: ChartTarget(target), baseline: progress.baseline,
                      latest: progress.latest, expected: progress.measure == .perYear ? nil : progress.expected,
                      status: progress.status)
        }
    }

    static let canvas = ChartCanvas(width: 640, height: 72)

    /// The chart as an SVG document. `idPrefix` makes the title and description ids unique
    /// on a page that holds several charts.
    public static func svg(_ input: Input, language: Language, idPrefix: String) -> String {
        let words = ChartWords(language: language, unit: input.unit, decimals: input.decimals)
        let canvas = Self.canvas
        let left = 8.0, right = canvas.width - 8
        let scale = LinearScale(values: domainValues(input), range: (left, right), includeZero: true,
                                percent: input.unit == "%")
        let status = input.status
        var body: [SVGElement] = []

        body.append(canvas.text(headline(input, words: words), x: left, y: 17, size: 14, weight: "600",
                                fill: input.latest == nil ? ChartPalette.text : ChartPalette.strong))
        body.append(ChartFrame.statusText(status, language: language, canvas: canvas, x: right, y: 17))

        body.append(canvas.rect(x0: left, y0: 27, x1: right, y1: 43, [("fill", ChartPalette.track)]))
        if let upper = input.target.maxValue {
            body.append(canvas.rect(x0: scale(input.target.value), y0: 24, x1: scale(upper), y1: 46,
                                    [("fill", ChartPalette.target), ("fill-opacity", "0.12"), ("class", "target")]))
        }
        if let latest = input.latest {
            body.append(canvas.rect(x0: scale(0), y0: 30, x1: scale(latest.value), y1: 40,
                                    [("fill", ChartPalette.color(status)), ("class", "latest " + status.cssClass)]))
        }
        if let baseline = input.baseline {
            body.append(canvas.line(x1: scale(baseline.value), y1: 25, x2: scale(baseline.value), y2: 45,
                                    [("stroke", ChartPalette.text), ("stroke-width", "1.5"), ("class", "baseline")]))
        }
        if let expected = input.expected {
            let x = scale(expected)
            body.append(canvas.path([(x - 5, 20), (x + 5, 20), (x, 27)], closed: true,
                                    [("fill", "#ffffff"), ("stroke", ChartPalette.target),
                                     ("stroke-width", "1.5"), ("class", "expected")]))
        }
        for bound in input.target.extent {
            body.append(canvas.line(x1: scale(bound), y1: 22, x2: scale(bound), y2: 48,
                                    [("stroke", ChartPalette.target), ("stroke-width", "2.5"), ("class", "target")]))
        }

        var labels = [LabelRow.Label(text: words.targetLabel(input.target, measure: input.measure),
                                     x: scale(input.target.value), fill: ChartPalette.strong)]
        if let expected = input.expected {
            labels.append(.init(text: words.text("Lộ trình: ", "Path: ") + words.value(expected), x: scale(expected)))
        }
        if let baseline = input.baseline {
            labels.append(.init(text: words.text("Cơ sở: ", "Baseline: ") + words.value(baseline.value),
                                x: scale(baseline.value)))
        }
        labels.append(.init(text: words.tick(scale.lower, decimals: scale.tickDecimals), x: left))
        labels.append(.init(text: words.tick(scale.upper, decimals: scale.tickDecimals), x: right))
        body += LabelRow(minX: 0, maxX: canvas.width, y: 63).place(labels, canvas: canvas)

        return ChartFrame.svg(canvas: canvas, idPrefix: idPrefix, kind: "bullet", title: input.title,
                              description: description(input, words: words), body: body)
    }

    /// The same figures as a table, for readers who cannot see the chart.
    public static func table(_ input: Input, language: Language) -> ChartTable {
        let words = ChartWords(language: language, unit: input.unit, decimals: input.decimals)
        let dates = DateFormat(language)
        return ChartTable(
            caption: input.title,
            columns: [words.text("Mục tiêu", "Target"), words.text("Mốc cơ sở", "Baseline"),
                      words.text("Số liệu mới nhất", "Latest figure"),
                      words.text("Theo lộ trình", "Straight path"), words.text("Trạng thái", "Status")],
            rows: [[
                words.targetPhrase(input.target) + " (\(input.target.year))",
                input.baseline.map { words.value($0.value) + " (" + dates.format($0.date) + ")" } ?? "–",
                input.latest.map { words.value($0.value) + " (" + dates.format($0.date) + ")" } ?? "–",
                input.expected.map(words.value) ?? "–",
                input.status.label(language),
            ]])
    }

    static func domainValues(_ input: Input) -> [Double] {
        var values = input.target.extent
        values += [input.baseline?.value, input.latest?.value, input.expected].compactMap { $0 }
        if input.unit == "%" { return values + [100] }
        let top = values.filter(\.isFinite).max() ?? 0
        return values + [top * 1.1]
    }

    static func headline(_ input: Input, words: ChartWords) -> String {
        // With no figure the status already says "no data"; say what is aimed for instead.
        guard let latest = input.latest else { return words.targetSentence(input.target, measure: input.measure) }
        let figure = words.value(latest.value)
        switch input.measure {
        case .level: return figure + " · " + words.dates.format(latest.date)
        case .cumulative: return words.text("Lũy kế ", "Total ") + figure + " · " + words.dates.format(latest.date)
        case .perYear: return words.text("Năm \(latest.date.year): ", "\(latest.date.year): ") + figure
        }
    }

    static func description(_ input: Input, words: ChartWords) -> String {
        var sentences = [words.targetSentence(input.target, measure: input.measure)]
        if let baseline = input.baseline { sentences.append(words.baselineSentence(baseline)) }
        if let latest = input.latest { sentences.append(words.latestSentence(latest, measure: input.measure)) }
        if let expected = input.expected { sentences.append(words.expectedSentence(expected)) }
        sentences.append(words.statusSentence(input.status))
        return sentences.joined(separator: " ")
    }
}
