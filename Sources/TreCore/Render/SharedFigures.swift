import Foundation

/// Chart figures that data blocks in many bodies ask for, drawn once per build. In the
/// bench corpus 1,602 `chart` blocks (plus the feed's copies of the updates') show only
/// 400 different charts: a plan's chart is embedded in the plan and in its news. A figure
/// depends only on the site and the block, never on the page it sits in, and the cache
/// holds one string per different block, so memory stays small.
final class SharedFigures: @unchecked Sendable {
    private var figures: [String: String] = [:]
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
