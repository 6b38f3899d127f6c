import Foundation
import TreCore

/// The check's problems put beside the form field or the source line they concern.
extension Workspace {
    // MARK: problems beside their fields

    /// Sorts the check's problems: those of the draft by the front matter key or body line
    /// they are on; errors elsewhere in the site under `other`.
    func place(_ diagnostics: Diagnostics, path: String, text: String, fields: Bool) -> WorkspaceHTML.Placed {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var keys: [Int: String] = [:]
        if lines.first == "---" {
            for (index, line) in lines.enumerated().dropFirst() {
                if line == "---" { break }
                if let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("#") { keys[index + 1] = String(line[..<colon]) }
            }
        }
        let known: Set<String> = ["title", "date", "province", "plan", "summary", "image", "image_alt"]
        var placed: WorkspaceHTML.Placed = [:]
        for item in diagnostics.sorted {
            let ours = item.location.file == site.options.contentDisplay + "/" + path || item.location.file == path
            guard ours || item.severity == .error else { continue }
            var field = "other"
            if ours {
                field = fields ? "body" : "text"
                if fields, let line = item.location.line, let key = keys[line], known.contains(key) { field = key }
            }
            placed[field, default: []].append(item)
        }
        return placed
    }

    func merge(_ more: WorkspaceHTML.Placed, into problems: inout WorkspaceHTML.Placed) {
        for (field, items) in more { problems[field, default: []].append(contentsOf: items) }
    }
}
