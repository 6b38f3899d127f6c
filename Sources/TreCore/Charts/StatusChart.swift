/// How many targets stand at each status: one bar per status, largest share of the page's
/// attention going to the words and counts, so the overview answers "how far along are we?"
/// at a glance. Status is written beside every bar, never shown by colour alone.
public enum StatusChart {
    public struct Input: Sendable {
        public var title: String
        /// Counts per status; statuses with no target are still listed, at zero.
        public var counts: [ProgressStatus: Int]

        public init(title: String, statuses: [ProgressStatus]) {
            self.title = title
            var counts: [ProgressStatus: Int] = [:]
            for status in statuses { counts[status, default: 0] += 1 }
            self.counts = counts
        }
    }

    static let rowHeight = 28.0
    static let labelEnd = 190.0
    static let barEnd = 520.0

    public static func svg(_ input: Input, language: Language, idPrefix: String) -> String {
        let words = ChartWords(language: language, unit: "", decimals: 0)
        let statuses = ProgressStatus.allCases
        let canvas = ChartCanvas(width: 640, height: 20 + Double(statuses.count) * rowHeight)
        let total = statuses.reduce(0) { $0 + (input.counts[$1] ?? 0) }
        let largest = Double(statuses.map { input.counts[$0] ?? 0 }.max() ?? 0)
        let scale = LinearScale(values: [largest], range: (labelEnd + 10, barEnd), includeZero: true)
        var body: [SVGElement] = []
        for (index, status) in statuses.enumerated() {
            let mid = 10 + (Double(index) + 0.5) * rowHeight
            let count = input.counts[status] ?? 0
            body.append(ChartFrame.statusText(status, language: language, canvas: canvas, x: 16, y: mid + 4,
                                              anchor: "start", size: 13))
            body.append(canvas.rect(x0: labelEnd + 10, y0: mid - 9, x1: barEnd, y1: mid + 9,
                                    [("fill", ChartPalette.track)]))
            if count > 0 {
                body.append(canvas.rect(x0: scale(0), y0: mid - 9, x1: scale(Double(count)), y1: mid + 9,
                                        [("fill", ChartPalette.color(status))]))
            }
            body.append(canvas.text(BreakdownChart.countText(count, of: total, words: words), x: barEnd + 10,
                                    y: mid + 4, size: 13, weight: "600", fill: ChartPalette.strong))
        }
        return ChartFrame.svg(canvas: canvas, idPrefix: idPrefix, kind: "status", title: input.title,
                              description: description(input, words: words, language: language), body: body)
    }

    /// The counts in words, e.g. "52 chỉ tiêu: Đạt 15 (29%), Đúng tiến độ 14 (27%), …".
    static func description(_ input: Input, words: ChartWords, language: Language) -> String {
        let total = ProgressStatus.allCases.reduce(0) { $0 + (input.counts[$1] ?? 0) }
        let parts = ProgressStatus.allCases.map { status in
            status.label(language) + " " + BreakdownChart.countText(input.counts[status] ?? 0, of: total, words: words)
        }
        return words.numbers.format(Double(total), decimals: 0) + words.text(" chỉ tiêu: ", " targets: ")
            + parts.joined(separator: ", ") + "."
    }

    public static func table(_ input: Input, language: Language) -> ChartTable {
        let words = ChartWords(language: language, unit: "", decimals: 0)
        let total = ProgressStatus.allCases.reduce(0) { $0 + (input.counts[$1] ?? 0) }
        return ChartTable(caption: input.title,
                          columns: [words.text("Trạng thái", "Status"), words.text("Số chỉ tiêu", "Targets")],
                          rows: ProgressStatus.allCases.map {
                              [$0.label(language), BreakdownChart.countText(input.counts[$0] ?? 0, of: total, words: words)]
                          })
    }
}
