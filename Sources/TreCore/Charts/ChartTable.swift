/// The figures behind a chart as rows of text, for a screen-reader table next to the SVG.
/// Each chart offers `table(_:language:)`; the renderer may use `html()` or lay the rows out
/// in its own template. Cells are already formatted (numbers, dates, status words).
public struct ChartTable: Sendable, Hashable {
    public var caption: String
    public var columns: [String]
    /// One array per row, as many cells as `columns`; the first cell names the row.
    public var rows: [[String]]

    public init(caption: String, columns: [String], rows: [[String]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }

    /// A plain `<table>`: a caption, column headers with `scope="col"`, and the first cell of
    /// each row as its header with `scope="row"`. All text is HTML-escaped.
    public func html(cssClass: String = "tre-chart-table") -> String {
        var out = "<table class=\"" + XMLText.escape(cssClass) + "\">\n"
        out += "  <caption>" + XMLText.escape(caption) + "</caption>\n"
        out += "  <thead>\n    <tr>"
        for column in columns { out += "<th scope=\"col\">" + XMLText.escape(column) + "</th>" }
        out += "</tr>\n  </thead>\n  <tbody>\n"
        for row in rows {
            out += "    <tr>"
            for (index, cell) in row.enumerated() {
                out += index == 0
                    ? "<th scope=\"row\">" + XMLText.escape(cell) + "</th>"
                    : "<td>" + XMLText.escape(cell) + "</td>"
            }
            out += "</tr>\n"
        }
        return out + "  </tbody>\n</table>\n"
    }
}
