/// The drawing area of one chart: a view box `0 0 width height`. Every coordinate written
/// goes through here, so none is NaN, infinite or outside the view box, and all are printed
/// the same way (at most two decimals, never `-0`).
struct ChartCanvas: Sendable {
    var width: Double
    var height: Double

    /// Clamps an x coordinate into the view box; NaN becomes 0.
    func x(_ value: Double) -> Double { Self.clamp(value, 0, width) }

    /// Clamps a y coordinate into the view box; NaN becomes 0.
    func y(_ value: Double) -> Double { Self.clamp(value, 0, height) }

    static func clamp(_ value: Double, _ low: Double, _ high: Double) -> Double {
        guard !value.isNaN else { return low }
        return min(max(value, low), high)
    }

    /// A number as SVG wants it: rounded to two decimals, trailing zeros dropped, no `-0`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (abs(value) * 100).rounded()
        guard hundredths < 9e15 else { return "0" }
        let units = Int64(hundredths)
        var text = String(units / 100)
        let fraction = units % 100
        if fraction != 0 {
            text += fraction % 10 == 0 ? "." + String(fraction / 10)
                : "." + (fraction < 10 ? "0" : "") + String(fraction)
        }
        return value < 0 && units != 0 ? "-" + text : text
    }

    func fx(_ value: Double) -> String { Self.number(x(value)) }
    func fy(_ value: Double) -> String { Self.number(y(value)) }

    /// A white outline drawn under text, so a label stays readable where it crosses a line.
    static let halo = [("stroke", "#ffffff"), ("stroke-width", "3"), ("stroke-linejoin", "round"),
                       ("paint-order", "stroke")]

    // MARK: Shapes

    /// A rectangle between two corners in any order, clipped to the view box.
    func rect(x0: Double, y0: Double, x1: Double, y1: Double,
              _ style: [(String, String)] = []) -> SVGElement {
        let left = min(x(x0), x(x1)), right = max(x(x0), x(x1))
        let top = min(y(y0), y(y1)), bottom = max(y(y0), y(y1))
        return SVGElement("rect", [
            ("x", Self.number(left)), ("y", Self.number(top)),
            ("width", Self.number(right - left)), ("height", Self.number(bottom - top)),
        ] + style)
    }

    func line(x1: Double, y1: Double, x2: Double, y2: Double,
              _ style: [(String, String)] = []) -> SVGElement {
        SVGElement("line", [("x1", fx(x1)), ("y1", fy(y1)), ("x2", fx(x2)), ("y2", fy(y2))] + style)
    }

    func circle(cx: Double, cy: Double, r: Double, _ style: [(String, String)] = []) -> SVGElement {
        SVGElement("circle", [("cx", fx(cx)), ("cy", fy(cy)), ("r", Self.number(Self.clamp(r, 0, 50)))] + style)
    }

    /// A polyline through `points` as a path (`M x y L x y ...`).
    func path(_ points: [(Double, Double)], closed: Bool = false,
              _ style: [(String, String)] = []) -> SVGElement {
        var d = ""
        for (index, point) in points.enumerated() {
            d += (index == 0 ? "M" : " L") + fx(point.0) + " " + fy(point.1)
        }
        if closed, !points.isEmpty { d += " Z" }
        return SVGElement("path", [("d", d)] + style)
    }

    /// Text at a point; `anchor` is `start`, `middle` or `end`.
    func text(_ content: String, x: Double, y: Double, anchor: String = "start",
              size: Double = 12, weight: String? = nil, fill: String = ChartPalette.text,
              _ extra: [(String, String)] = []) -> SVGElement {
        var attributes = [("x", fx(x)), ("y", fy(y))]
        if anchor != "start" { attributes.append(("text-anchor", anchor)) }
        attributes.append(("font-size", Self.number(size)))
        if let weight { attributes.append(("font-weight", weight)) }
        attributes.append(("fill", fill))
        return SVGElement("text", attributes + extra, text: content)
    }
}
