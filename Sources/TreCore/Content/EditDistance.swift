/// Closest-name suggestions for misspelt keys and columns ("titel" → "title").
enum EditDistance {
    /// Levenshtein distance over Characters, giving up (returning `limit + 1`) once the
    /// distance must exceed `limit`, so a long key never costs much.
    static func distance(_ a: String, _ b: String, limit: Int = 3) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate closest to `name`, if it is close enough to be a plausible typo:
    /// at most 1 edit for short names, 2 for names of 5 characters or more.
    static func suggestion<S: Sequence>(for name: String, among candidates: S) -> String?
    where S.Element == String {
        let limit = name.count >= 5 ? 2 : 1
        var best: (name: String, distance: Int)?
        for candidate in candidates.sorted() {
            let d = distance(name, candidate, limit: limit)
            if d <= limit, d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        return best?.name
    }

    /// The existing slug a mistyped one most likely meant: a near spelling (up to a quarter
    /// of its letters wrong), or one that differs by whole words at the end
    /// (`lam-dong-moi` → `lam-dong`, `lam-dong-123-kh-ubnd` → `lam-dong-123-kh-ubnd-2024`).
    static func nearestSlug<S: Sequence>(for name: String, among candidates: S) -> String?
    where S.Element == String {
        let sorted = candidates.sorted()
        if let near = suggestion(for: name, among: sorted) { return near }
        let limit = max(2, name.count / 4)
        var best: (name: String, distance: Int)?
        for candidate in sorted {
            let extends = candidate.hasPrefix(name + "-") || name.hasPrefix(candidate + "-")
            let d = extends ? abs(candidate.count - name.count) : distance(name, candidate, limit: limit)
            if (extends || d <= limit), d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        return best?.name
    }
}
