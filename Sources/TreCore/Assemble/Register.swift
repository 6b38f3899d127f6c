/// The register of cooperatives as pages show it: sorted by name in Vietnamese order, each
/// with its story, and what is looked up from it.
struct Register {
    var cooperatives: [Cooperative]
    /// Positions in `cooperatives`, by id.
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
