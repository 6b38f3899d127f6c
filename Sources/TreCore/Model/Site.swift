/// The site graph: content joined across files, in the order pages show it.
/// Built once by `SiteAssembler`; every lookup after that is a dictionary read.
public struct Site: Sendable {
    public let content: SiteContent
    public var config: SiteConfig { content.config }
    /// The reporting date progress is judged at.
    public let asOf: Day

    /// Sorted by name in Vietnamese order.
    public let provinces: [Province]
    /// Sorted by province name, then issue date, then title.
    public let plans: [Plan]
    /// Sorted by name in Vietnamese order.
    public let indicators: [Indicator]
    /// Sorted by name in Vietnamese order.
    public let cooperatives: [Cooperative]
    /// Newest first.
    public let updates: [Update]
    /// Newest first (by date, then slug).
    public let reports: [Report]

    let provinceIndex: [String: Province]
    let planIndex: [String: Plan]
    let indicatorIndex: [String: Indicator]
    /// Positions in `cooperatives`: a national register has 20,000 rows, and a copy of each
    /// per lookup table was a tenth of a build's memory.
    let cooperativeIndex: [String: Int]
    let targetsByPlan: [String: [Target]]
    let targetsByIndicator: [String: [Target]]
    let observationsByKey: [String: [Observation]]
    let mergedFromIndex: [String: [Province]]
    let progressIndex: [String: TargetProgress]
    let updateIndex: [String: Update]
    let plansByProvince: [String: [Plan]]
    let cooperativesByProvince: [String: [Int]]
    let updatesByProvince: [String: [Update]]
    let updatesByPlan: [String: [Update]]
    let reportIndex: [String: Report]
    let reportsByPlan: [String: [Report]]
    /// Every media path, for resolving photos without rebuilding a set per page.
    public let mediaPaths: Set<String>
    /// Model cooperatives (`model: yes`), in the order of `cooperatives`.
    public let showcases: [Cooperative]
    /// What each data block of the bodies asks for, by `Site.key(of:)`: parsed once while
    /// the bodies are checked, so pages and feeds do not parse the YAML again.
    var dataBlockRequests: [String: DataBlockRequest] = [:]

    /// `cache` (kept by `tre serve`) gives back the cooperatives' part when neither the
    /// register nor the stories changed.
    init(content: SiteContent, asOf: Day, cache: BuildCache? = nil) {
        self.content = content
        self.asOf = asOf
        provinces = content.provinces.sortedVietnamese(by: \.name)
        provinceIndex = Dictionary(content.provinces.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        indicators = content.indicators.sortedVietnamese(by: \.name)
        indicatorIndex = Dictionary(content.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        planIndex = Dictionary(content.plans.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let provinceNames = provinceIndex.mapValues(\.name)
        // By province name, plans whose province is not stated last; then by date and title.
        let named = content.plans.filter { $0.province.flatMap { provinceNames[$0] } != nil }
        let unnamed = content.plans.filter { $0.province.flatMap { provinceNames[$0] } == nil }
        plans = named.sortedVietnamese { plan in
            (plan.province.flatMap { provinceNames[$0] } ?? "") + " " + (plan.issued?.iso ?? "9999") + " " + plan.title
        } + unnamed.sortedVietnamese { (plan: Plan) in (plan.issued?.iso ?? "9999") + " " + plan.title }
        let make = { Register(content.cooperatives, stories: content.stories) }
        let register = cache?.derived("cooperatives", from: (content.cooperatives, content.stories), same: ==,
                                      make: make) ?? make()
        cooperatives = register.cooperatives
        cooperativeIndex = register.index
        cooperativesByProvince = register.byProvince
        showcases = register.showcases
        updates = content.updates.sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
        // Grouping keeps each list in the order of the sorted arrays above.
        updateIndex = Dictionary(updates.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        plansByProvince = Dictionary(grouping: plans.filter { $0.province != nil }) { $0.province ?? "" }
        updatesByProvince = Dictionary(grouping: updates.filter { $0.province != nil }) { $0.province ?? "" }
        updatesByPlan = Dictionary(grouping: updates.filter { $0.plan != nil }) { $0.plan ?? "" }
        reports = content.reports.sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
        reportIndex = Dictionary(reports.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        var byPlan: [String: [Report]] = [:]
        for report in reports {
            for plan in Set(report.plans) { byPlan[plan, default: []].append(report) }
        }
        reportsByPlan = byPlan
        mediaPaths = Set(content.media)
        targetsByPlan = Dictionary(grouping: content.targets, by: \.plan)
        targetsByIndicator = Dictionary(grouping: content.targets, by: \.indicator)
        observationsByKey = Dictionary(grouping: content.observations) { Site.key($0.plan, $0.indicator) }
            .mapValues { $0.sorted { $0.date < $1.date } }
        var mergedFrom: [String: [Province]] = [:]
        for province in provinces {
            if let into = province.mergedInto { mergedFrom[into, default: []].append(province) }
        }
        mergedFromIndex = mergedFrom
        var progress: [String: TargetProgress] = [:]
        for target in content.targets {
            guard let plan = planIndex[target.plan], let indicator = indicatorIndex[target.indicator] else { continue }
            let key = Site.key(target.plan, target.indicator)
            progress[key + "\u{0}\(target.targetYear)"] = ProgressEvaluator.evaluate(
                target: target, indicator: indicator, plan: plan,
                observations: observationsByKey[key] ?? [], asOf: asOf)
        }
        progressIndex = progress
    }

    /// The status of a target at `asOf`, with the figures it was judged on.
    public func progress(_ target: Target) -> TargetProgress {
        progressIndex[Site.key(target.plan, target.indicator) + "\u{0}\(target.targetYear)"]
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

    public func province(_ slug: String) -> Province? { provinceIndex[slug] }
    public func plan(_ slug: String) -> Plan? { planIndex[slug] }
    public func indicator(_ id: String) -> Indicator? { indicatorIndex[id] }
    public func cooperative(_ id: String) -> Cooperative? { cooperativeIndex[id].map { cooperatives[$0] } }

    /// A plan's targets, in the order of `data/targets.csv`.
    public func targets(plan: String) -> [Target] { targetsByPlan[plan] ?? [] }
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
    public func update(_ slug: String) -> Update? { updateIndex[slug] }
    public func report(_ slug: String) -> Report? { reportIndex[slug] }
    /// Reports on one plan, newest first.
    public func reports(plan slug: String) -> [Report] { reportsByPlan[slug] ?? [] }
}

extension Site {
    /// The cooperatives with their stories, sorted, and what is looked up from them.
    struct Register {
        var cooperatives: [Cooperative]
        var index: [String: Int]
        var byProvince: [String: [Int]]
        var showcases: [Cooperative]

        init(_ register: [Cooperative], stories list: [Story]) {
            var stories: [String: Story] = [:]
            for story in list { stories[story.id] = story }
            let sorted = register
                .map { coop in
                    var coop = coop
                    coop.story = stories[coop.id]
                    return coop
                }
                .sortedVietnamese(by: \.name)
            cooperatives = sorted
            index = Dictionary(zip(sorted.map(\.id), sorted.indices), uniquingKeysWith: { a, _ in a })
            // Grouping keeps each list in the order of the sorted array.
            byProvince = Dictionary(grouping: sorted.indices) { sorted[$0].province }
            showcases = sorted.filter(\.isModel)
        }
    }
}
