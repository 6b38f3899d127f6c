import Foundation

/// The check stage: every reference from one file to another (mergers, the provinces of plans
/// and updates, stories of cooperatives, pictures, progress rows without a target) and every
/// Markdown body (its data blocks, links and images) is checked against the loaded content.
/// What it finds is reported; nothing is changed, so the assemble stage after it never fails.
public enum ContentChecker {
    /// What the check hands on to the assemble stage.
    public struct Checked: Sendable {
        public var content: SiteContent
        /// Everything the content names, by its key.
        public var index: ContentIndex
        /// What each data block of the bodies asks for, by `Site.key(of:)`: parsed once here,
        /// so pages and feeds do not parse the YAML again.
        var requests: [String: DataBlockRequest]
        public var diagnostics: Diagnostics
    }

    /// `cache` (kept by `tre serve`) gives back what bodies and data blocks gave last time.
    public static func check(_ content: SiteContent, cache: BuildCache? = nil) -> Checked {
        let index = ContentIndex(content)
        let bodies = content.provinces.map(\.body) + content.plans.map(\.body) + content.updates.map(\.body)
            + content.stories.map(\.body) + content.reports.map(\.body)
        // The references are one pass on one core; the bodies are checked on all cores
        // meanwhile. Their findings are reported in the same order as ever.
        let found = ConcurrentResults<(Diagnostics, [String: DataBlockRequest])>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            var diagnostics = Diagnostics()
            if part == 0 {
                checkReferences(content, index, &diagnostics)
                found.set(0, (diagnostics, [:]))
            } else {
                let requests = BodyChecker(index: index, config: content.config, bodies: bodies, content: content, cache: cache)
                    .check(&diagnostics)
                found.set(1, (diagnostics, requests))
            }
        }
        var diagnostics = Diagnostics()
        var requests: [String: DataBlockRequest] = [:]
        for case let (partDiagnostics, partRequests)? in found.values {
            diagnostics.append(contentsOf: partDiagnostics)
            requests.merge(partRequests) { first, _ in first }
        }
        return Checked(content: content, index: index, requests: requests, diagnostics: diagnostics)
    }

    static func checkReferences(_ content: SiteContent, _ index: ContentIndex, _ diagnostics: inout Diagnostics) {
        let references = ReferenceChecker(content: content, index: index)
        references.checkMergers(&diagnostics)
        references.checkPlans(&diagnostics)
        references.checkStories(&diagnostics)
        references.checkUpdates(&diagnostics)
        references.checkProgressRows(&diagnostics)
        ReportChecker(content: content, index: index).check(&diagnostics)
    }
}
