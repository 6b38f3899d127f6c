/// A province's cooperatives counted by rating (Tốt, Khá, Trung bình, Yếu, not rated) and by
/// kind (HTX, THT, LHHTX): small horizontal bars with each count and share written out.
public enum BreakdownChart {
    /// One counted category.
    public struct Bar: Sendable, Hashable {
        /// A stable key for the theme class, e.g. `tot` or `HTX`.
        public var key: String
        public var label: String
        public var count: Int

        public init(key: String, label: String, count: Int) {
            self.key = key
            self.label = label
            self.count = count
        }
    }

    public struct Input: Sendable {
        public var title: String
        public var ratings: [Bar]
        public var kinds: [Bar]

        public init(title: String, ratings: [Bar], kinds: [Bar]) {
            self.title = title
            self.ratings = ratings
            self.kinds = kinds
        }

        /// Counts `cooperatives` (already filtered to one province) in the fixed order of the
        /// ratings and kinds, zero counts included so charts of two provinces line up.
        public init(title: String, cooperatives: [Cooperative], language: Language) {
            var ratings = Cooperative.Rating.allCases.map { rating in
                Bar(key: rating.rawValue, label: BreakdownChart.label(rating, language),
                    count: cooperatives.filter { $0.rating == rating }.count)
            }
            ratings.append(Bar(key: "none", label: language == .vi ? "Chưa xếp loại" : "Not rated",
                               count: cooperatives.filter { $0.rating == nil }.count))
            let kinds = Cooperative.Kind.allCases.map { kind in
                Bar(key: kind.rawValue, label: kind.rawValue, count: cooperatives.filter { $0.kind == kind }.count)
            }
            self.init(title: title, ratings: ratings, kinds: kinds)
        }
    }

    static func label(_ rating: Cooperative.Rating, _ language: Language) -> String {
        switch (rating, language) {
        case (.tot, .vi): "Tốt"
        case (.kha, .vi): "Khá"
        case (.trungBinh, .vi): "Trung bình"
        case (.yeu, .vi): "Yếu"
        case (.tot, .en): "Good"
        case (.kha, .en): "Fair"
        case (.trungBinh, .en): "Average"
        case (.yeu, .en): "Weak"
        }
    }

    /// Rating colours run good to weak through the status palette; every bar also has its
    /// label and count written, so the colour only groups.
    static func color(ratingKey key: String) -> String {
        switch key {
        case "tot": ChartPalette.color(.achieved)
        case "kha": ChartPalette.color(.onTrack)
        case "trung-binh": ChartPalette.color(.moderate)
        case "yeu": ChartPalette.color(.offTrack)
        default: ChartPalette.color(.noData)
        }
    }

    static let rowHeight = 26.0
    static let labelEnd = 150.0
    static let barEnd = 500.0

    /// The chart as an SVG document; `idPrefix` keeps the title and description ids unique.
    public static func svg(_ input: Input, language: Language, idPrefix: String) -> String {
        let words = ChartWords(language: language, unit: "", decimals: 0)
        let sections = [(words.text("Theo xếp loại", "By rating"), input.ratings, true),
                        (words.text("Theo loại hình", "By kind"), input.kinds, false)]
        let rowsHeight = sections.reduce(0.0) { $0 + 34 + Double($1.1.count) * rowHeight }
        let canvas = ChartCanvas(width: 640, height: 40 + rowsHeight)
        let largest = Double((input.ratings + input.kinds).map(\.count).max() ?? 0)
        let scale = LinearScale(values: [largest], range: (labelEnd + 10, barEnd), includeZero: true)

        var body = [canvas.text(words.text("Tổng số: ", "Total: ") + words.numbers.format(Double(total(input)), decimals: 0),
                                x: 16, y: 22, size: 14, weight: "600", fill: ChartPalette.strong)]
        var y = 40.0
        for (heading, bars, isRating) in sections {
            body.append(canvas.text(heading, x: 16, y: y + 20, size: 12, weight: "600", fill: ChartPalette.text))
            y += 34
            let sum = bars.reduce(0) { $0 + $1.count }
            for bar in bars {
                let mid = y + rowHeight / 2
                let color = isRating ? color(ratingKey: bar.key) : ChartPalette.bar
                body.append(canvas.text(TextWidth.truncate(bar.label, size: 12, width: labelEnd - 16), x: 16,
                                        y: mid + 4, size: 12, fill: ChartPalette.strong))
                body.append(canvas.rect(x0: labelEnd + 10, y0: mid - 8, x1: barEnd, y1: mid + 8,
                                        [("fill", ChartPalette.track)]))
                if bar.count > 0 {
                    body.append(canvas.rect(x0: scale(0), y0: mid - 8, x1: scale(Double(bar.count)), y1: mid + 8,
                                            [("fill", color), ("class", "count-" + XMLText.identifier(bar.key))]))
                }
                body.append(canvas.text(countText(bar.count, of: sum, words: words), x: barEnd + 10, y: mid + 4,
                                        size: 12, weight: "600", fill: ChartPalette.strong))
                y += rowHeight
            }
        }
        return ChartFrame.svg(canvas: canvas, idPrefix: idPrefix, kind: "breakdown", title: input.title,
                              description: description(input, words: words), body: body)
    }

    /// Both breakdowns as one table: a row per category with its group.
    public static func table(_ input: Input, language: Language) -> ChartTable {
        let words = ChartWords(language: language, unit: "", decimals: 0)
        let groups = [(words.text("Xếp loại", "Rating"), input.ratings), (words.text("Loại hình", "Kind"), input.kinds)]
        var rows: [[String]] = []
        for (group, bars) in groups {
            let sum = bars.reduce(0) { $0 + $1.count }
            rows += bars.map { [$0.label, group, countText($0.count, of: sum, words: words)] }
        }
        return ChartTable(caption: input.title,
                          columns: [words.text("Nhóm", "Category"), words.text("Theo", "By"),
                                    words.text("Số lượng", "Count")],
                          rows: rows)
    }

    /// `12 (30%)`; a share is left out when there is nothing to share.
    static func countText(_ count: Int, of sum: Int, words: ChartWords) -> String {
        let figure = words.numbers.format(Double(count), decimals: 0)
        guard sum > 0 else { return figure }
        return figure + " (" + words.numbers.percent(Double(count) / Double(sum) * 100, decimals: 0) + ")"
    }

    static func total(_ input: Input) -> Int {
        max(input.ratings.reduce(0) { $0 + $1.count }, input.kinds.reduce(0) { $0 + $1.count })
    }

    static func description(_ input: Input, words: ChartWords) -> String {
        func list(_ bars: [Bar]) -> String {
            bars.map { $0.label + " " + words.numbers.format(Double($0.count), decimals: 0) }.joined(separator: ", ")
        }
        return words.text("Tổng số: ", "Total: ") + words.numbers.format(Double(total(input)), decimals: 0) + ". "
            + words.text("Theo xếp loại: ", "By rating: ") + list(input.ratings) + ". "
            + words.text("Theo loại hình: ", "By kind: ") + list(input.kinds) + "."
    }
}
