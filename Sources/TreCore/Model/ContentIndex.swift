/// Everything the content names, found by its key: what the check stage looks references up
/// in, and what the assembled site keeps for its pages. Made once per build, from the
/// loaded content; the first of two files that claim the same key wins (the second is
/// reported by the loader).
public struct ContentIndex: Sendable {
    let provinceIndex: [String: Province]
    let planIndex: [String: Plan]
    let indicatorIndex: [String: Indicator]
    let updateIndex: [String: Update]
    /// Positions in the loaded (unsorted) register, for references to a cooperative.
    let cooperativePositions: [String: Int]
    /// Ids of the cooperatives with `model: yes`: those with a showcase page.
    let models: Set<String>
    let targetsByPlan: [String: [Target]]
    /// Every media path, for resolving photos without building a set per page.
    public let media: Set<String>

    init(_ content: SiteContent) {
        provinceIndex = Dictionary(content.provinces.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        planIndex = Dictionary(content.plans.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        indicatorIndex = Dictionary(content.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        updateIndex = Dictionary(content.updates.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        cooperativePositions = Dictionary(zip(content.cooperatives.lazy.map(\.id), content.cooperatives.indices),
                                          uniquingKeysWith: { a, _ in a })
        models = Set(content.cooperatives.lazy.filter(\.isModel).map(\.id))
        targetsByPlan = Dictionary(grouping: content.targets, by: \.plan)
        media = Set(content.media)
    }

    public func province(_ slug: String) -> Province? { provinceIndex[slug] }
    public func plan(_ slug: String) -> Plan? { planIndex[slug] }
    public func indicator(_ id: String) -> Indicator? { indicatorIndex[id] }
    public func update(_ slug: String) -> Update? { updateIndex[slug] }
    /// A plan's targets, in the order of `data/targets.csv`.
    public func targets(plan: String) -> [Target] { targetsByPlan[plan] ?? [] }
    public func isModel(_ cooperative: String) -> Bool { models.contains(cooperative) }

    /// The keys of each kind, for "did you mean" suggestions.
    var provinceSlugs: Dictionary<String, Province>.Keys { provinceIndex.keys }
    var planSlugs: Dictionary<String, Plan>.Keys { planIndex.keys }
    var indicatorIDs: Dictionary<String, Indicator>.Keys { indicatorIndex.keys }
    var cooperativeIDs: Dictionary<String, Int>.Keys { cooperativePositions.keys }
    var hasIndicators: Bool { !indicatorIndex.isEmpty }
}
