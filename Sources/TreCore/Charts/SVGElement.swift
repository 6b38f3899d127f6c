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

    private func write(to out: inout String, indent: Int) {
        out += String(repeating: "  ", count: indent) + "<" + name
        for (key, value) in attributes {
            out += " " + key + "=\"" + XMLText.escape(value) + "\""
        }
        if children.isEmpty, text == nil {
            out += "/>\n"
            return
        }
        out += ">"
        if let text { out += XMLText.escape(text) }
        if children.isEmpty || name == "text" {
            // Inside <text>, line breaks would become spaces, so tspans stay on one line.
            for child in children { out += child.render().dropLast() }
            out += "</" + name + ">\n"
            return
        }
        out += "\n"
        for child in children { child.write(to: &out, indent: indent + 1) }
        out += String(repeating: "  ", count: indent) + "</" + name + ">\n"
    }
}

/// Escaping for XML and HTML text and attribute values.
enum XMLText {
    /// Escapes the five XML specials and drops control characters XML 1.0 forbids, so any
    /// name a user writes still gives a well-formed document.
    static func escape(_ text: String) -> String {
        // Most text needs nothing: return it without building a copy. U+FFFE and U+FFFF are
        // EF BF BE / EF BF BF in UTF-8, so a byte EF sends the text the slow way too.
        let clean = !text.utf8.contains { byte in
            byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 || byte == 0xEF
                || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
        }
        if clean { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An id safe to use in XML and CSS: letters, digits, `-` and `_`, starting with a letter.
    static func identifier(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": out.unicodeScalars.append(scalar)
            default: out += "-"
            }
        }
        if let first = out.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) {
            return out
        }
        return "c" + out
    }
}
