/// Places a row of labels without overlap: most important first, each kept inside the row,
/// and a label that would collide with one already placed is left out (the `<desc>` and the
/// table still carry its figure).
struct LabelRow {
    struct Label {
        var text: String
        var x: Double
        var fill: String = ChartPalette.text
        var weight: String?
    }

    var minX: Double
    var maxX: Double
    var y: Double
    var size: Double = 11
    var gap: Double = 8

    /// Labels in priority order; returns the `<text>` elements that fit.
    func place(_ labels: [Label], canvas: ChartCanvas) -> [SVGElement] {
        var taken: [(Double, Double)] = []
        var out: [SVGElement] = []
        for label in labels {
            let width = TextWidth.estimate(label.text, size: size)
            guard width <= maxX - minX else { continue }
            let left = min(max(label.x - width / 2, minX), maxX - width)
            let span = (left, left + width)
            if taken.contains(where: { span.0 < $0.1 + gap && $0.0 < span.1 + gap }) { continue }
            taken.append(span)
            out.append(canvas.text(label.text, x: left + width / 2, y: y, anchor: "middle", size: size,
                                   weight: label.weight, fill: label.fill))
        }
        return out
    }
}
