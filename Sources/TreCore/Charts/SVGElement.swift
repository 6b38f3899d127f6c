/// A node of the SVG tree the charts build. Attributes keep the order they were added in, so
/// output is byte-for-byte the same on every run.
struct SVGElement: Sendable {
    var name: String
    var attributes: [(String, String)]
    var children: [SVGElement]
    var text: String?

    init(_ name: String, _ attributes: [(String, String)] = [], children: [SVGElement] = [],
         text: String? = nil) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    /// A `<g>` holding `children`, with optional attributes (class, fill, ...).
    static func group(_ attributes: [(String, String)] = [], _ children: [SVGElement]) -> SVGElement {
        SVGElement("g", attributes, children: children)
    }

    /// The element as XML, one element per line, nested by two spaces.
    func render(indent: Int = 0) -> String {
        var out = ""
        write(to: &out, indent: indent)
        return out
    }

    /// Appends piece by piece: joining pieces with `+` first made a temporary string for
    /// each attribute of every chart.
    private func write(to out: inout String, indent: Int) {
        for _ in 0..<indent { out += "  " }
        out += "<"
        out += name
        for (key, value) in attributes {
            out += " "
            out += key
            out += "=\""
            out += XMLText.escape(value)
            out += "\""
        }
        if children.isEmpty, text == nil {
            out += "/>\n"
            return
        }
        out += ">"
        if let text { out += XMLText.escape(text) }
        if children.isEmpty || name == "text" {
            // Inside <text>, line breaks would become spaces, so tspans stay on one line.
            for child in children {
                child.write(to: &out, indent: 0)
                out.removeLast()
            }
            out += "</"
            out += name
            out += ">\n"
            return
        }
        out += "\n"
        for child in children { child.write(to: &out, indent: indent + 1) }
        for _ in 0..<indent { out += "  " }
        out += "</"
        out += name
        out += ">\n"
    }
}
