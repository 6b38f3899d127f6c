/// Chart SVG adjusted for print engines. The charts draw a white halo behind labels with
/// `paint-order: stroke`, which WeasyPrint ignores: it paints the white stroke over the
/// letters and the label vanishes. Here each such label becomes two: the halo underneath,
/// then the letters, which every engine draws the same way.
enum PrintSVG {
    static let halo = " stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\""

    static func expandHalos(_ html: String) -> String {
        guard html.contains(halo) else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + html.utf8.count / 8)
        var rest = html[...]
        while let found = rest.range(of: halo) {
            guard let open = rest[..<found.lowerBound].range(of: "<text ", options: .backwards),
                  let close = rest[found.upperBound...].range(of: "</text>") else {
                out += rest[..<found.upperBound]
                rest = rest[found.upperBound...]
                continue
            }
            out += rest[..<open.lowerBound]
            let element = String(rest[open.lowerBound..<close.upperBound])
            let plain = element.replacingOccurrences(of: halo, with: "")
            let under = element.replacingOccurrences(of: halo, with: " stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\"")
                .replacingOccurrences(of: ##" fill="#[0-9a-fA-F]{6}""##, with: " fill=\"#ffffff\"", options: .regularExpression)
                .replacingOccurrences(of: "<text ", with: "<text aria-hidden=\"true\" ")
            out += under + plain
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
