extension TimeSeriesChart {
    /// `per_year`: one bar per year of the plan with its total written above, the yearly
    /// target as a line across (a band for a range); a year still running is drawn lighter
    /// and marked "to date".
    static func yearBars(_ input: Input, words: ChartWords, canvas: ChartCanvas) -> [SVGElement] {
        let lastYear = max(input.to, input.target.year, input.years.last?.year ?? input.to)
        let firstYear = min(input.from, input.years.first?.year ?? input.from)
        // Cap the span so a stray year cannot make thousands of bands.
        let span = Array(max(firstYear, lastYear - 39)...max(lastYear, firstYear))
        let values = input.years.map(\.value) + input.target.extent
        var frame = Frame(left: 0)
        let y = LinearScale(values: values, range: (frame.bottom, frame.top - 10), includeZero: true,
                            percent: input.unit == "%")
        frame.left = leftEdge(y, words: words)
        let band = (frame.right - frame.left) / Double(max(span.count, 1))
        let barWidth = min(band * 0.6, 56)
        func center(_ year: Int) -> Double {
            frame.left + band * (Double(year - (span.first ?? year)) + 0.5)
        }

        var out = valueAxis(y, words: words, frame: frame, canvas: canvas)
        out.append(canvas.line(x1: frame.left, y1: y(0), x2: frame.right, y2: y(0),
                               [("stroke", ChartPalette.axis), ("stroke-width", "1")]))
        for year in span {
            out.append(canvas.text(String(year), x: center(year), y: frame.bottom + 19, anchor: "middle", size: 11))
        }
        // The band sits behind the bars, the target lines in front, the figures on top.
        if let upper = input.target.maxValue {
            out.append(canvas.rect(x0: frame.left, y0: y(input.target.value), x1: frame.right, y1: y(upper),
                                   [("fill", ChartPalette.target), ("fill-opacity", "0.1"), ("class", "target")]))
        }
        var figures: [SVGElement] = []
        for year in input.years where span.contains(year.year) {
            let cx = center(year.year)
            var style = [("fill", year.isComplete ? ChartPalette.bar : ChartPalette.partial),
                         ("class", year.isComplete ? "year" : "year partial")]
            if !year.isComplete {
                style += [("stroke", ChartPalette.bar), ("stroke-width", "1"), ("stroke-dasharray", "3 2")]
            }
            out.append(canvas.rect(x0: cx - barWidth / 2, y0: y(0), x1: cx + barWidth / 2, y1: y(year.value), style))
            let labelY = year.value >= 0 ? y(year.value) - 6 : y(year.value) + 15
            figures.append(canvas.text(words.numbers.format(year.value, decimals: words.decimals), x: cx, y: labelY,
                                       anchor: "middle", size: 12, weight: "600", fill: ChartPalette.strong,
                                       ChartCanvas.halo))
            if !year.isComplete {
                out.append(canvas.text(words.text("đến ", "to ") + words.dates.monthYear(year.lastDate),
                                       x: cx, y: frame.bottom + 33, anchor: "middle", size: 10))
            }
        }

        for bound in input.target.extent {
            out.append(canvas.line(x1: frame.left, y1: y(bound), x2: frame.right, y2: y(bound),
                                   [("stroke", ChartPalette.target), ("stroke-width", "2"),
                                    ("stroke-dasharray", "6 3"), ("class", "target")]))
        }
        out += figures
        let top = input.target.extent.map { y($0) }.min() ?? frame.top
        out.append(canvas.text(words.targetLabel(input.target, measure: .perYear), x: frame.right, y: top - 6,
                               anchor: "end", size: 12, weight: "600", fill: ChartPalette.strong, ChartCanvas.halo))
        if input.years.isEmpty {
            out.append(ChartFrame.emptyMessage(language: words.language, canvas: canvas,
                                               y: (frame.top + frame.bottom) / 2))
        }
        return out
    }
}
