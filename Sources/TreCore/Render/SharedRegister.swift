import Foundation

/// Where every register entry is (`RegisterLayout.anchors`), worked out once per build: each
/// showcase page links to its row, and the search index and open data list every row, so
/// working it out per page cost a sort of its province per showcase (minutes at 1×).
final class SharedRegister: @unchecked Sendable {
    private var anchors: [String: String]?
    private let lock = NSLock()

    /// The anchors of `site`, computed by the first caller while the others wait.
    func anchors(_ site: Site) -> [String: String] {
        lock.lock()
        defer { lock.unlock() }
        if let anchors { return anchors }
        let made = RegisterLayout.anchors(site)
        anchors = made
        return made
    }
}
