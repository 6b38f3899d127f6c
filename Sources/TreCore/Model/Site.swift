/// The site graph: content joined across files, in the order pages show it. A plain value,
/// made by the assemble stage (`SiteAssembler`); every lookup is a dictionary read.
public struct Site: Sendable {
    public let content: SiteContent
    public var config: SiteConfig { content.config }
    /// The reporting date progress is judged at.
    public let asOf: Day
    /// Everything the content names, by its key.
    public let index: ContentIndex

    /// Sorted by name in Vietnamese order.
    public let provinces: [Province]
    /// Sorted by province name, then issue date, then title.
    public let plans: [Plan]
    /// Sorted by name in Vietnamese order.
    public let indicators: [Indicator]
    /// Sorted by name in Vietnamese order, each with its story.
    public let cooperatives: [Cooperative]
    /// Newest first.
    public let updates: [Update]
    /// Model cooperatives (`model: yes`), in the order of `cooperatives`.
    public let showcases: [Cooperative]

    /// Positions in `cooperatives`: a national register has 20,000 rows, and a copy of each
    /// per lookup table was a tenth of a build's memory.
    let cooperativeIndex: [String: Int]
    let targetsByIndicator: [String: [Target]]
    let observationsByKey: [String: [Observation]]
    let mergedFromIndex: [String: [Province]]
    let progressIndex: [String: TargetProgress]
    let plansByProvince: [String: [Plan]]
    let cooperativesByProvince: [String: [Int]]
    let updatesByProvince: [String: [Update]]
    let updatesByPlan: [String: [Update]]
    /// What each data block of the bodies asks for, by `Site.key(of:)`, as the check found.
    var dataBlockRequests: [String: DataBlockRequest]

    /// Every media path.
    public var mediaPaths: Set<String> { index.media }

    /// The status of a target at `asOf`, with the figures it was judged on.
    public func progress(_ target: Target) -> TargetProgress {
        progressIndex[Site.progressKey(target)]
            ?? TargetProgress(status: .noData, measure: indicator(target.indicator)?.measure ?? .level,
                              asOf: asOf, targetDate: Day.endOf(year: target.targetYear))
    }

    /// What a data block asks for: parsed during the check, or parsed now for a block the
    /// check did not see.
    func request(_ block: DataBlock) -> DataBlockRequest? {
        dataBlockRequests[Site.key(of: block)] ?? DataBlockParser.parse(block).request
    }

    /// A data block's kind and text, which are all its request depends on.
    static func key(of block: DataBlock) -> String { block.kind.rawValue + "\u{0}" + block.yaml }

    /// The key of a plan and indicator pair in lookups.
    public static func key(_ plan: String, _ indicator: String) -> String { plan + "\u{0}" + indicator }

    /// The key of a target's progress: its plan, indicator and year.
    static func progressKey(_ target: Target) -> String {
        key(target.plan, target.indicator) + "\u{0}\(target.targetYear)"
    }

    public func province(_ slug: String) -> Province? { index.province(slug) }
    public func plan(_ slug: String) -> Plan? { index.plan(slug) }
    public func indicator(_ id: String) -> Indicator? { index.indicator(id) }
    public func cooperative(_ id: String) -> Cooperative? { cooperativeIndex[id].map { cooperatives[$0] } }

    /// A plan's targets, in the order of `data/targets.csv`.
    public func targets(plan: String) -> [Target] { index.targets(plan: plan) }
    /// Every plan's targets for one indicator.
    public func targets(indicator: String) -> [Target] { targetsByIndicator[indicator] ?? [] }
    /// Observations of one plan and indicator, oldest first.
    public func observations(plan: String, indicator: String) -> [Observation] {
        observationsByKey[Site.key(plan, indicator)] ?? []
    }

    /// Provinces that merged into this one, in Vietnamese order.
    public func mergedFrom(_ slug: String) -> [Province] { mergedFromIndex[slug] ?? [] }
    /// This province and those merged into it (directly or in steps).
    public func provinceFamily(_ slug: String) -> [String] {
        var result = [slug]
        var index = 0
        while index < result.count {
            for child in mergedFrom(result[index]) where !result.contains(child.slug) { result.append(child.slug) }
            index += 1
        }
        return result
    }

    public func plans(province slug: String) -> [Plan] { plansByProvince[slug] ?? [] }
    public func cooperatives(province slug: String) -> [Cooperative] {
        (cooperativesByProvince[slug] ?? []).map { cooperatives[$0] }
    }
    public func updates(province slug: String) -> [Update] { updatesByProvince[slug] ?? [] }
    /// Updates about one plan, newest first.
    public func updates(plan slug: String) -> [Update] { updatesByPlan[slug] ?? [] }
    public func update(_ slug: String) -> Update? { index.update(slug) }
}
