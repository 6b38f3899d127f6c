/// How long the lists that grow without bound are cut: the news, the showcases, and the
/// lists inside a province's and an indicator's pages.
enum ListPages {
    static let updatesPerPage = 40
    static let showcasesPerPage = 48

    static func updates(_ site: Site) -> Pagination {
        Pagination(base: PagePath.updates, count: site.updates.count, perPage: updatesPerPage)
    }

    static func showcases(_ site: Site) -> Pagination {
        Pagination(base: PagePath.cooperatives, count: site.showcases.count, perPage: showcasesPerPage)
    }

    /// The pages after the first of each list.
    static func extraPages(_ site: Site) -> [PageJob] {
        var jobs: [PageJob] = []
        let updates = updates(site).pageCount
        if updates > 1 { jobs += (2...updates).map(PageJob.updatesPage) }
        let showcases = showcases(site).pageCount
        if showcases > 1 { jobs += (2...showcases).map(PageJob.showcasesPage) }
        return jobs
    }
}

extension ListPages {
    /// A list page's title: `Tin tức – trang 2` after the first, so each page's title is its own.
    static func title(_ title: String, _ number: Int, _ context: RenderContext) -> String {
        number > 1 ? title + " – " + context.t("pagination_page") + " \(number)" : title
    }
}

extension ListPages {
    static let plansPerPage = 48
    static let indicatorTargetsPerPage = 15
    static let provinceUpdatesPerPage = 40
    /// How many of the newest updates and of the showcases a province's own page shows.
    static let provinceUpdatesShown = 6
    static let provinceShowcasesShown = 12
    /// How many of a province's plans its page shows with their target tables.
    static let provincePlansDetailed = 10

    /// The plans grouped as the list shows them: by province, in the order each province
    /// first appears, each province's plans in the site's order.
    static func plansInOrder(_ site: Site) -> [Plan] {
        var order: [String] = []
        var byProvince: [String: [Plan]] = [:]
        for plan in site.plans {
            let key = plan.province ?? ""
            if byProvince[key] == nil { order.append(key) }
            byProvince[key, default: []].append(plan)
        }
        return order.flatMap { byProvince[$0] ?? [] }
    }

    static func plans(_ site: Site) -> Pagination {
        Pagination(base: PagePath.plans, count: site.plans.count, perPage: plansPerPage)
    }

    static func indicatorTargets(_ id: String, _ site: Site) -> Pagination {
        Pagination(base: PagePath.indicator(id), count: site.targets(indicator: id).count,
                   perPage: indicatorTargetsPerPage)
    }

    static func provinceUpdatesPath(_ slug: String) -> String { PagePath.province(slug) + "updates/" }

    /// A province's updates and those of the provinces merged into it, newest first.
    static func provinceUpdates(_ slug: String, _ site: Site) -> [Update] {
        site.provinceFamily(slug).flatMap { site.updates(province: $0) }
            .sorted { $0.date != $1.date ? $0.date > $1.date : $0.slug < $1.slug }
    }

    static func provinceUpdatePages(_ slug: String, _ site: Site) -> Pagination {
        Pagination(base: provinceUpdatesPath(slug), count: provinceUpdates(slug, site).count,
                   perPage: provinceUpdatesPerPage)
    }

    /// The pages of the lists inside other pages: an indicator's targets after the first
    /// page, and each province's news when it has more than its page shows.
    static func nestedPages(_ site: Site) -> [PageJob] {
        var jobs: [PageJob] = []
        let plans = plans(site).pageCount
        if plans > 1 { jobs += (2...plans).map(PageJob.plansPage) }
        for indicator in site.indicators {
            let count = indicatorTargets(indicator.id, site).pageCount
            if count > 1 { jobs += (2...count).map { PageJob.indicatorPage(indicator.id, $0) } }
        }
        for province in site.provinces {
            let updates = provinceUpdates(province.slug, site).count
            guard updates > provinceUpdatesShown else { continue }
            let count = provinceUpdatePages(province.slug, site).pageCount
            jobs += (1...count).map { PageJob.provinceUpdates(province.slug, $0) }
        }
        return jobs
    }
}
