/// One indicator across plans (or provinces): each row's latest value as a bar with its own
/// target as a tick, and its status written beside it.
///
/// Rows are sorted by how much of their target they reached (value ÷ target; target ÷ value
/// for `at_most`), highest first, so the order means the same whatever each plan's target;
/// ties go by name in Vietnamese order, and rows without a figure come last.
public enum ComparisonChart {
    public struct Row: Sendable {
        /// The plan's or province's name as the reader knows it.
        public var name: String
        public var value: Double?
        public var date: Day?
        public var target: ChartTarget
        public var status: ProgressStatus

        public init(name: String, value: Double?, date: Day? = nil, target: ChartTarget, status: ProgressStatus) {
            self.name = name
            self.value = value
            self.date = date
            self.target = target
            self.status = status
        }

        public init(name: String, target: Target, progress: TargetProgress) {
            self.init(name: name, value: progress.latest?.value, date: progress.latest?.date,
                      target: ChartTarget(target), status: progress.status)
        }

        /// The share of the target reached, oriented so that higher is better.
        var share: Double? {
            guard let value, value.isFinite else { return nil }
            let raw = target.comparator == .atMost ? target.value / value : value / target.value
            if raw.isFinite { return raw }
            return target.isMet(by: value) ? Double.greatestFiniteMagnitude : -Double.greatestFiniteMagnitude
        }
    }

    public struct Input: Sendable {
        public var title: String
        public var unit: String
        public var decimals: Int?
        public var rows: [Row]

        public init(title: String, unit: String, decimals: Int? = nil, rows: [Row]) {
            self.title = title
            self.unit = unit
            self.decimals = decimals
            self.rows = rows
        }
    }

    static let rowHeight = 34.0
    static let top = 44.0
    static let barStart = 176.0
    static let barEnd = 430.0

    /// The chart as an SVG document; `idPrefix` keeps the title and description ids unique.
    public static func svg(_ input: Input, language: Language, idPrefix: String) -> String {
        let words = ChartWords(language: language, unit: input.unit, decimals: input.decimals)
        let rows = sorted(input.rows)
        let canvas = ChartCanvas(width: 640, height: top + Double(max(rows.count, 1)) * rowHeight + 30)
        let bottom = canvas.height - 30
        // Shares are compared on their whole 0–100 scale.
        let values = rows.compactMap(\.value) + rows.flatMap(\.target.extent) + (input.unit == "%" ? [100] : [])
        let x = LinearScale(values: values, range: (barStart, barEnd), includeZero: true,
                            percent: input.unit == "%", tickCount: 4)

        var body = legend(words: words, canvas: canvas)
        for tick in x.ticks {
            body.append(canvas.line(x1: x(tick), y1: top - 6, x2: x(tick), y2: bottom,
                                    [("stroke", tick == 0 ? ChartPalette.axis : ChartPalette.grid), ("stroke-width", "1")]))
            body.append(canvas.text(words.tick(tick, decimals: x.tickDecimals), x: x(tick), y: bottom + 18,
                                    anchor: "middle", size: 11))
        }
        if rows.isEmpty {
            body.append(ChartFrame.emptyMessage(language: language, canvas: canvas, y: top + rowHeight / 2 + 4))
        }
        for (index, row) in rows.enumerated() {
            let mid = top + rowHeight * (Double(index) + 0.5)
            body.append(canvas.text(TextWidth.truncate(row.name, size: 12, width: barStart - 24), x: 16, y: mid + 4,
                                    size: 12, weight: "600", fill: ChartPalette.strong))
            if let upper = row.target.maxValue {
                body.append(canvas.rect(x0: x(row.target.value), y0: mid - 12, x1: x(upper), y1: mid + 12,
                                        [("fill", ChartPalette.target), ("fill-opacity", "0.12"), ("class", "target")]))
            }
            if let value = row.value {
                body.append(canvas.rect(x0: x(0), y0: mid - 8, x1: x(value), y1: mid + 8,
                                        [("fill", ChartPalette.color(row.status)), ("class", row.status.cssClass)]))
            }
            for bound in row.target.extent {
                body.append(canvas.line(x1: x(bound), y1: mid - 12, x2: x(bound), y2: mid + 12,
                                        [("stroke", ChartPalette.target), ("stroke-width", "2.5"), ("class", "target")]))
            }
            let ends = [row.value, row.target.maxValue ?? row.target.value].compactMap { $0 }.map { x($0) }
            body.append(canvas.text(row.value.map(words.value) ?? "–", x: (ends.max() ?? barStart) + 8, y: mid + 4,
                                    size: 12, weight: "600", fill: ChartPalette.strong))
            body.append(ChartFrame.statusText(row.status, language: language, canvas: canvas,
                                              x: canvas.width - 16, y: mid + 4, size: 12))
        }
        return ChartFrame.svg(canvas: canvas, idPrefix: idPrefix, kind: "comparison", title: input.title,
                              description: description(rows, words: words), body: body)
    }

    /// The rows in chart order as a table.
    public static func table(_ input: Input, language: Language) -> ChartTable {
        let words = ChartWords(language: language, unit: input.unit, decimals: input.decimals)
        return ChartTable(
            caption: input.title,
            columns: [words.text("Tên", "Name"), words.text("Số liệu mới nhất", "Latest figure"),
                      words.text("Ngày", "Date"), words.text("Mục tiêu", "Target"), words.text("Trạng thái", "Status")],
            rows: sorted(input.rows).map { row in
                [row.name, row.value.map(words.value) ?? "–", row.date.map(words.dates.format) ?? "–",
                 words.targetPhrase(row.target) + " (\(row.target.year))", row.status.label(language)]
            })
    }

    /// Best share of target first; ties and rows without a figure by Vietnamese name.
    static func sorted(_ rows: [Row]) -> [Row] {
        let byName = rows.sortedVietnamese(by: \.name)
        let withValue = byName.enumerated().compactMap { index, row in row.share.map { ($0, index, row) } }
        let ranked = withValue.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }.map(\.2)
        return ranked + byName.filter { $0.share == nil }
    }

    static func legend(words: ChartWords, canvas: ChartCanvas) -> [SVGElement] {
        let latest = words.text("Số liệu mới nhất", "Latest figure")
        let afterLatest = 16 + 22 + TextWidth.estimate(latest, size: 11) + 18
        return [
            canvas.rect(x0: 16, y0: 13, x1: 32, y1: 23, [("fill", ChartPalette.axis)]),
            canvas.text(latest, x: 38, y: 22, size: 11),
            canvas.line(x1: afterLatest + 4, y1: 11, x2: afterLatest + 4, y2: 25,
                        [("stroke", ChartPalette.target), ("stroke-width", "2.5")]),
            canvas.text(words.text("Mục tiêu", "Target"), x: afterLatest + 14, y: 22, size: 11),
        ]
    }

    static func description(_ rows: [Row], words: ChartWords) -> String {
        var sentences = [words.text("So sánh \(rows.count) kế hoạch.", "Comparison of \(rows.count) plans.")]
        for row in rows {
            let figure = row.value.map(words.value) ?? words.text("chưa có số liệu", "no data")
            sentences.append(row.name + ": " + figure + " (" + words.text("mục tiêu ", "target ")
                             + words.targetPhrase(row.target) + "), " + row.status.label(words.language) + ".")
        }
        return sentences.joined(separator: " ")
    }
}
