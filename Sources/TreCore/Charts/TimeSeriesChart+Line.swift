extension TimeSeriesChart {
    /// `level` and `cumulative`: the observed line, the dashed straight path from the baseline
    /// to the target, and the target drawn across its year. Years are labelled at 31 December,
    /// because a year alone means 31 December in the content.
    static func lineChart(_ input: Input, words: ChartWords, canvas: ChartCanvas) -> [SVGElement] {
        let language = words.language
        let color = ChartPalette.color(input.status)
        let targetStart = Day.startOf(year: input.target.year)
        let targetEnd = Day.endOf(year: input.target.year)
        var dates = input.points.map(\.date) + [input.baseline?.date, targetStart, targetEnd].compactMap { $0 }
        dates += [Day.endOf(year: input.from - 1), Day.endOf(year: input.to)].compactMap { $0 }
        let first = dates.min()?.ordinal ?? 0
        let last = max(dates.max()?.ordinal ?? 1, first + 1)

        var values = input.points.map(\.value) + input.target.extent
        if let baseline = input.baseline { values.append(baseline.value) }
        let nonNegative = values.allSatisfy { !$0.isFinite || $0 >= 0 }
        var frame = Frame(left: 0)
        let probe = LinearScale(values: values, range: (frame.bottom, frame.top), includeZero: nonNegative,
                                percent: input.unit == "%")
        frame.left = leftEdge(probe, words: words)
        let y = probe
        let inset = 8.0
        func x(_ day: Day) -> Double {
            frame.left + inset + Double(day.ordinal - first) / Double(last - first)
                * (frame.right - frame.left - 2 * inset)
        }

        var out = legend(input, words: words, canvas: canvas, color: color)
        out += valueAxis(y, words: words, frame: frame, canvas: canvas)
        out.append(canvas.line(x1: frame.left, y1: frame.bottom, x2: frame.right, y2: frame.bottom,
                               [("stroke", ChartPalette.axis), ("stroke-width", "1")]))
        out += yearTicks(from: first, to: last, x: x, frame: frame, canvas: canvas)

        // Labels go last so no line crosses them.
        var labels: [SVGElement] = []
        var targetBox: (Double, Double, Double, Double)?
        // The target across its year, with its label above the right end.
        if let targetStart, let targetEnd {
            let x0 = x(targetStart), x1 = x(targetEnd)
            if let upper = input.target.maxValue {
                out.append(canvas.rect(x0: x0, y0: y(input.target.value), x1: x1, y1: y(upper),
                                       [("fill", ChartPalette.target), ("fill-opacity", "0.12"), ("class", "target")]))
            }
            for bound in input.target.extent {
                out.append(canvas.line(x1: x0, y1: y(bound), x2: x1, y2: y(bound),
                                       [("stroke", ChartPalette.target), ("stroke-width", "3"), ("class", "target")]))
            }
            // Above the target, or below a cap (`at_most`), where the path comes from above.
            let below = input.target.comparator == .atMost
            let edge = below ? input.target.extent.map { y($0) }.max() ?? frame.bottom
                             : input.target.extent.map { y($0) }.min() ?? frame.top
            let baselineY = below ? edge + 18 : edge - 8
            let label = words.targetLabel(input.target, measure: input.measure)
            targetBox = (x1 - TextWidth.estimate(label, size: 12), baselineY - 12, x1, baselineY + 4)
            labels.append(canvas.text(label, x: x1, y: baselineY, anchor: "end", size: 12, weight: "600",
                                      fill: ChartPalette.strong, ChartCanvas.halo))
        }
        if let baseline = input.baseline, let targetEnd {
            out.append(canvas.path([(x(baseline.date), y(baseline.value)), (x(targetEnd), y(input.target.value))],
                                   [("fill", "none"), ("stroke", ChartPalette.target), ("stroke-width", "1.5"),
                                    ("stroke-dasharray", "5 4"), ("class", "path")]))
            out.append(canvas.circle(cx: x(baseline.date), cy: y(baseline.value), r: 4,
                                     [("fill", "#ffffff"), ("stroke", ChartPalette.target), ("stroke-width", "1.5"),
                                      ("class", "baseline")]))
        }
        guard !input.points.isEmpty else {
            out.append(ChartFrame.emptyMessage(language: language, canvas: canvas, y: (frame.top + frame.bottom) / 2))
            return out + labels
        }
        let coordinates = input.points.map { (x($0.date), y($0.value)) }
        if coordinates.count > 1 {
            out.append(canvas.path(coordinates, [("fill", "none"), ("stroke", color), ("stroke-width", "2.5"),
                                                 ("stroke-linejoin", "round"), ("class", "series")]))
        }
        for (cx, cy) in coordinates {
            out.append(canvas.circle(cx: cx, cy: cy, r: 4, [("fill", color), ("stroke", "#ffffff"),
                                                            ("stroke-width", "1.5")]))
        }
        if let end = input.points.last, let point = coordinates.last {
            // Above the last dot, unless that would run into the target label or off the plot.
            let text = words.value(end.value)
            let width = TextWidth.estimate(text, size: 12)
            let atEnd = point.0 + width / 2 > frame.right
            let atStart = !atEnd && point.0 - width / 2 < frame.left
            let left = atEnd ? point.0 - width : atStart ? point.0 - 4 : point.0 - width / 2
            let clash = targetBox.map { box in
                left < box.2 && box.0 < left + width && point.1 - 26 < box.3 && box.1 < point.1 - 8
            } ?? false
            let above = !clash && point.1 - 12 > frame.top + 4
            labels.append(canvas.text(text, x: atStart ? left : point.0, y: above ? point.1 - 12 : point.1 + 22,
                                      anchor: atEnd ? "end" : atStart ? "start" : "middle", size: 12, weight: "700", fill: color,
                                      ChartCanvas.halo))
        }
        return out + labels
    }

    /// Year labels at 31 December of each year inside the axis, thinned to at most ten.
    static func yearTicks(from first: Int, to last: Int, x: (Day) -> Double, frame: Frame,
                          canvas: ChartCanvas) -> [SVGElement] {
        let years = (Day.ordinalYear(first)...Day.ordinalYear(last)).compactMap { year in
            Day.endOf(year: year).flatMap { (first...last).contains($0.ordinal) ? $0 : nil }
        }
        let stride = years.count > 20 ? 5 : years.count > 10 ? 2 : 1
        var out: [SVGElement] = []
        for day in years where day.year % stride == 0 || stride == 1 {
            let px = x(day)
            out.append(canvas.line(x1: px, y1: frame.bottom, x2: px, y2: frame.bottom + 5,
                                   [("stroke", ChartPalette.axis), ("stroke-width", "1")]))
            out.append(canvas.text(String(day.year), x: px, y: frame.bottom + 19, anchor: "middle", size: 11))
        }
        return out
    }

    /// A one-line key under the headline: what the solid line, dashed line and bar mean.
    static func legend(_ input: Input, words: ChartWords, canvas: ChartCanvas, color: String) -> [SVGElement] {
        var out: [SVGElement] = []
        var x = 16.0
        let y = 44.0
        func item(_ label: String, _ mark: SVGElement) {
            out.append(mark)
            out.append(canvas.text(label, x: x + 24, y: y + 4, size: 11))
            x += 24 + TextWidth.estimate(label, size: 11) + 18
        }
        item(input.measure == .cumulative ? words.text("Lũy kế thực hiện", "Running total")
                                          : words.text("Thực hiện", "Achieved"),
             canvas.line(x1: x, y1: y, x2: x + 18, y2: y, [("stroke", color), ("stroke-width", "2.5")]))
        if input.baseline != nil {
            item(words.text("Lộ trình đến mục tiêu", "Straight path to target"),
                 canvas.line(x1: x, y1: y, x2: x + 18, y2: y, [("stroke", ChartPalette.target),
                                                                ("stroke-width", "1.5"), ("stroke-dasharray", "5 4")]))
        }
        item(words.text("Mục tiêu", "Target"),
             canvas.line(x1: x, y1: y, x2: x + 18, y2: y, [("stroke", ChartPalette.target), ("stroke-width", "3")]))
        return out
    }
}

extension Day {
    /// The calendar year of a `Day.ordinal`, for walking an axis measured in days.
    static func ordinalYear(_ ordinal: Int) -> Int {
        var year = max(1, min(9999, ordinal / 366 + 1))
        while year < 9999, let next = Day.startOf(year: year + 1), next.ordinal <= ordinal { year += 1 }
        return year
    }
}
