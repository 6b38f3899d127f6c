import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an SVG with `XMLParser` and checks what every chart promises: well-formed XML,
/// a `<title>` and `<desc>` named by `aria-labelledby`, and every coordinate finite and
/// inside the view box.
final class SVGCheck: NSObject, XMLParserDelegate {
    struct Report {
        var problems: [String]
        var hasTitle: Bool
        var elementCount: Int
        var texts: [String]
    }

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    static let xAttributes: Set = ["x", "x1", "x2", "cx"]
    static let yAttributes: Set = ["y", "y1", "y2", "cy"]

    private var width = 0.0
    private var height = 0.0
    private var problems: [String] = []
    private var ids: Set<String> = []
    private var labelledBy: [String] = []
    private var hasTitle = false
    private var count = 0
    private var texts: [String] = []
    private var currentText: String?

    static func check(_ svg: String) throws -> Report {
        let checker = SVGCheck()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = checker
        guard parser.parse() else {
            throw ParseError(description: "not well-formed: \(parser.parserError.map { "\($0)" } ?? "?")")
        }
        for id in checker.labelledBy where !checker.ids.contains(id) {
            checker.problems.append("aria-labelledby names missing id \(id)")
        }
        return Report(problems: checker.problems, hasTitle: checker.hasTitle, elementCount: checker.count,
                      texts: checker.texts)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        count += 1
        if let id = attributes["id"] {
            if ids.contains(id) { problems.append("duplicate id \(id)") }
            ids.insert(id)
        }
        if name == "svg" {
            let box = (attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
            guard box.count == 4 else { problems.append("viewBox missing"); return }
            width = box[2]
            height = box[3]
            if attributes["role"] != "img" { problems.append("role is not img") }
            labelledBy = (attributes["aria-labelledby"] ?? "").split(separator: " ").map(String.init)
            if labelledBy.count != 2 { problems.append("aria-labelledby should name title and desc") }
            return
        }
        if name == "title" { hasTitle = true }
        if name == "text" { currentText = "" }
        for (key, value) in attributes {
            if Self.xAttributes.contains(key) { inside(value, limit: width, what: "\(name) \(key)") }
            if Self.yAttributes.contains(key) { inside(value, limit: height, what: "\(name) \(key)") }
            if key == "width" { inside(value, limit: width, what: "\(name) width") }
            if key == "height" { inside(value, limit: height, what: "\(name) height") }
            if key == "d" || key == "points" { path(value, what: "\(name) \(key)") }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        currentText? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let text = currentText {
            texts.append(text)
            currentText = nil
        }
    }

    private func inside(_ text: String, limit: Double, what: String) {
        guard let value = Double(text), value.isFinite else {
            problems.append("\(what) = \(text) is not a finite number")
            return
        }
        if value < 0 || value > limit { problems.append("\(what) = \(text) outside 0…\(limit)") }
        if text.hasPrefix("-0") && value == 0 { problems.append("\(what) = \(text) is negative zero") }
    }

    /// Path data alternates x and y after each command letter (the charts only use M, L, Z).
    private func path(_ text: String, what: String) {
        let numbers = text.split(whereSeparator: { " ,MLZ".contains($0) })
        for (index, number) in numbers.enumerated() {
            inside(String(number), limit: index % 2 == 0 ? width : height, what: what)
        }
        let letters = text.filter(\.isLetter)
        if !letters.allSatisfy({ "MLZ".contains($0) }) { problems.append("\(what) uses commands beyond M L Z") }
    }
}
