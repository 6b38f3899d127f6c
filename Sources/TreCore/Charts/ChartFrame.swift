/// The outer `<svg>` every chart shares: a scalable view box, `role="img"`, and a `<title>`
/// and `<desc>` that screen readers announce, with ids made unique by the caller's prefix.
enum ChartFrame {
    static func svg(canvas: ChartCanvas, idPrefix: String, kind: String, title: String,
                    description: String, body: [SVGElement]) -> String {
        let id = XMLText.identifier(idPrefix)
        let root = SVGElement("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", "0 0 " + ChartCanvas.number(canvas.width) + " " + ChartCanvas.number(canvas.height)),
            ("width", "100%"),
            ("role", "img"),
            ("aria-labelledby", id + "-title " + id + "-desc"),
            ("class", "tre-chart tre-chart-" + kind),
            ("font-family", ChartPalette.fontStack),
        ], children: [
            SVGElement("title", [("id", id + "-title")], text: title),
            SVGElement("desc", [("id", id + "-desc")], text: description),
        ] + body)
        return root.render()
    }

    /// A status written out with its symbol, in its colour, with its theme class.
    static func statusText(_ status: ProgressStatus, language: Language, canvas: ChartCanvas,
                           x: Double, y: Double, anchor: String = "end",
                           size: Double = 13) -> SVGElement {
        canvas.text(status.badge(language), x: x, y: y, anchor: anchor, size: size, weight: "600",
                    fill: ChartPalette.color(status), [("class", "status " + status.cssClass)])
    }

    /// A centred message for a chart with nothing to draw.
    static func emptyMessage(language: Language, canvas: ChartCanvas, y: Double) -> SVGElement {
        canvas.text(ProgressStatus.noData.label(language), x: canvas.width / 2, y: y,
                    anchor: "middle", size: 13, fill: ChartPalette.text)
    }
}
