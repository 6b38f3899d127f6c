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
        var out: [UInt8] = []
        out.reserveCapacity(8192)
        write(to: &out, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes UTF-8 bytes: appending to a String piece by piece cost more than drawing.
    private func write(to out: inout [UInt8], indent: Int) {
        for _ in 0..<indent { out += Self.indentation }
        out.append(UInt8(ascii: "<"))
        out += name.utf8
        for (key, value) in attributes {
            out.append(UInt8(ascii: " "))
            out += key.utf8
            out += Self.attributeOpen
            XMLText.appendEscaped(value, to: &out)
            out.append(UInt8(ascii: "\""))
        }
        if children.isEmpty, text == nil {
            out += Self.emptyClose
            return
        }
        out.append(UInt8(ascii: ">"))
        if let text { XMLText.appendEscaped(text, to: &out) }
        if children.isEmpty || name == "text" {
            // Inside <text>, line breaks would become spaces, so tspans stay on one line.
            for child in children {
                child.write(to: &out, indent: 0)
                out.removeLast()
            }
            writeEnd(to: &out)
            return
        }
        out.append(UInt8(ascii: "\n"))
        for child in children { child.write(to: &out, indent: indent + 1) }
        for _ in 0..<indent { out += Self.indentation }
        writeEnd(to: &out)
    }

    private func writeEnd(to out: inout [UInt8]) {
        out += Self.endOpen
        out += name.utf8
        out += Self.lineEnd
    }

    private static let indentation = Array("  ".utf8), attributeOpen = Array("=\"".utf8)
    private static let emptyClose = Array("/>\n".utf8), endOpen = Array("</".utf8), lineEnd = Array(">\n".utf8)
}
