import Foundation

/// What every showcase of one province shares on its page (`CooperativeContributions`),
/// worked out once per build: the targets of the province's plans with their table rows, and
/// the province's news, newest first. Done per page it was the largest cost of a 1× build
/// (4,000 showcases, each sorting its province's news and making up to eight rows again).
final class SharedContributions: @unchecked Sendable {
    struct Province {
        /// Every target of the province's plans (its merged provinces' too), in page order,
        /// with its row in the target table (nil when the row cannot be made).
        var targets: [(target: Target, row: [String: Any]?)]
        var updates: [Update]
    }

    private var provinces: [String: Province] = [:]
    private let lock = NSLock()

    /// The shared part of `home`'s showcase pages at `root`, made by the first caller. The
    /// day targets are judged at is part of the key: a report's copy of the context shares
    /// this object but judges at its period's end.
    func province(_ home: String, root: String, context: RenderContext) -> Province {
        let key = [root, home, context.judgedAt.map { "\($0)" } ?? ""].joined(separator: "\u{0}")
        if let made = lock.withLock({ provinces[key] }) { return made }
        let site = context.site
        let rows = TargetRows(context: context, root: root)
        let plans = site.provinceFamily(home).flatMap { site.plans(province: $0) }
        let targets = plans.flatMap { site.targets(plan: $0.slug) }.map { ($0, rows.row($0, chart: false)) }
        let made = Province(targets: targets, updates: ListPages.provinceUpdates(home, site))
        lock.withLock { provinces[key] = made }
        return made
    }
}
