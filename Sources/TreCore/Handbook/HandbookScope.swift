/// Which parts of the site a handbook covers: every province (each with those merged into
/// it) and the plans that name no province, or one province and those merged into it.
struct HandbookScope: Sendable {
    /// One chapter's worth of provinces: the one the chapter is named after, then those
    /// merged into it (directly or in steps), in Vietnamese order.
    struct Family: Sendable {
        var province: Province
        var merged: [Province]
        var slugs: [String] { [province.slug] + merged.map(\.slug) }
    }

    var families: [Family]
    /// Plans whose province is not stated: their own chapter, only in the full handbook.
    var unstatedPlans: [Plan]
    /// Set when the handbook is limited with `--province`.
    var province: Province?

    /// The whole site: one chapter per province that was not merged into another.
    static func all(_ site: Site) -> HandbookScope {
        let families = site.provinces.filter { $0.mergedInto == nil }.map { family(of: $0, site) }
        return HandbookScope(families: families, unstatedPlans: site.plans.filter { $0.province == nil }, province: nil)
    }

    /// One province and the provinces merged into it; nil when there is no such province.
    static func province(_ slug: String, _ site: Site) -> HandbookScope? {
        guard let province = site.province(slug) else { return nil }
        return HandbookScope(families: [family(of: province, site)], unstatedPlans: [], province: province)
    }

    static func family(of province: Province, _ site: Site) -> Family {
        let merged = site.provinceFamily(province.slug).dropFirst().compactMap(site.province)
        return Family(province: province, merged: merged.sortedVietnamese(by: \.name))
    }

    /// Every plan in the handbook, in chapter order.
    func plans(_ site: Site) -> [Plan] {
        families.flatMap { plans(of: $0, site) } + unstatedPlans
    }

    /// A chapter's plans in the site's order (province name, date, title).
    func plans(of family: Family, _ site: Site) -> [Plan] {
        let slugs = Set(family.slugs)
        return site.plans.filter { $0.province.map(slugs.contains) ?? false }
    }

    /// Site paths of the pages that have a place in the handbook, as anchors: links to
    /// them become references to a page of the book.
    func anchors(_ site: Site) -> [String: String] {
        var anchors: [String: String] = [:]
        func add(_ path: String) {
            if let anchor = HandbookLinks.anchor(for: path) { anchors[anchor] = path }
        }
        for family in families {
            for slug in family.slugs {
                add(PagePath.province(slug))
                for coop in site.cooperatives(province: slug) where coop.isModel { add(PagePath.cooperative(coop.id)) }
            }
        }
        let plans = plans(site)
        for plan in plans { add(PagePath.plan(plan.slug)) }
        for indicator in indicators(site) { add(PagePath.indicator(indicator.id)) }
        return anchors
    }

    /// Indicators targeted by the handbook's plans, in the site's order.
    func indicators(_ site: Site) -> [Indicator] {
        let used = Set(plans(site).flatMap { site.targets(plan: $0.slug).map(\.indicator) })
        return site.indicators.filter { used.contains($0.id) }
    }

    /// The PDF's file name without `.pdf`: the province's slug, or `so-tay` / `handbook`.
    func slug(_ language: Language) -> String {
        province?.slug ?? (language == .vi ? "so-tay" : "handbook")
    }
}
