import Foundation

/// Chart figures that data blocks in many bodies ask for, drawn once per build. In the
/// bench corpus 1,602 `chart` blocks (plus the feed's copies of the updates') show only
/// 400 different charts: a plan's chart is embedded in the plan and in its news. A figure
/// depends only on the site and the block, never on the page it sits in, and the cache
/// holds one string per different block, so memory stays small.
///
/// It also keeps each target's chart drawn once with its id left open (`OpenSVG`): the plan
/// page, the indicator page and the chart's own file under `charts/` show the same drawing
/// and differ only in the id of its title, so the file is made from the page's drawing
/// instead of drawing the chart a second and third time.
final class SharedFigures: @unchecked Sendable {
    private var figures: [String: String] = [:]
    private var drawings: [String: OpenSVG] = [:]
    private let lock = NSLock()

    /// The figure stored under `key`, drawn by `draw` the first time. Two threads asking at
    /// once may both draw it; they draw the same thing.
    func figure(_ key: String, draw: () -> String) -> String {
        lock.lock()
        let known = figures[key]
        lock.unlock()
        if let known { return known }
        let figure = draw()
        lock.lock()
        figures[key] = figure
        lock.unlock()
        return figure
    }
}

extension SharedFigures {
    /// The chart under `key` with the id `id`. `draw` draws it for an id prefix; it is drawn
    /// once with the id left open and kept. With `keep` false (a chart file, asked for once,
    /// after the pages that show it) a kept drawing is used, and otherwise the chart is drawn
    /// with its id and nothing is kept.
    func svg(_ key: String, id: String, keep: Bool = true, draw: (String) -> String) -> String {
        lock.lock()
        let known = drawings[key]
        lock.unlock()
        if let known { return known.svg(id: id) }
        guard keep else { return draw(id) }
        guard let open = OpenSVG(draw(OpenSVG.marker)) else { return draw(id) }
        lock.lock()
        drawings[key] = open
        lock.unlock()
        return open.svg(id: id)
    }
}

/// An SVG drawn with a marker where its id goes (the title's and description's ids, twice
/// more in `aria-labelledby`), so any id can be put in without drawing again.
struct OpenSVG: Sendable {
    /// Already an identifier (`XMLText.identifier` leaves it as it is).
    static let marker = "trechartidmarker"
    private let parts: [String]

    /// Nil when the marker is not in exactly the four places `ChartFrame` puts the id (a
    /// title that happens to contain it): then the chart is drawn with its id instead.
    init?(_ svg: String) {
        // Split on the marker's bytes: it is ASCII, so it never splits a character, and a
        // byte search is far cheaper than Foundation's search by Character.
        let bytes = Array(svg.utf8)
        let marker = Array(Self.marker.utf8)
        var parts: [String] = []
        var start = 0
        var index = 0
        while index + marker.count <= bytes.count {
            if bytes[index] == marker[0], bytes[index..<index + marker.count].elementsEqual(marker) {
                parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
                index += marker.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        guard parts.count == 5 else { return nil }
        self.parts = parts
    }

    /// The SVG exactly as drawing it with `idPrefix: id` gives it.
    func svg(id: String) -> String {
        parts.joined(separator: XMLText.identifier(id))
    }
}
