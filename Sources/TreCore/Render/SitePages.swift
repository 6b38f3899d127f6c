/// Every HTML page of the site, named so that pages can be built independently and in parallel.
enum PageJob: Sendable, Hashable {
    case overview, notFound
    case provinces, province(String)
    case plans, plan(String)
    case indicators, indicator(String)
    case cooperatives, cooperative(String)
    case updates, update(String)
    case reports, report(String)
    /// `register/` and page `n` of a province's register.
    case registers, register(String, Int)
    /// Page `n` (from 2) of a paginated list: the first page is the list's own job.
    case updatesPage(Int), showcasesPage(Int), plansPage(Int)
    /// Page `n` (from 2) of an indicator's targets; page `n` of a province's news.
    case indicatorPage(String, Int), provinceUpdates(String, Int)
}

enum SitePages {
    static func jobs(_ site: Site) -> [PageJob] {
        var jobs: [PageJob] = [.overview, .notFound, .provinces, .plans, .indicators, .cooperatives, .updates]
        jobs += site.provinces.map { .province($0.slug) }
        jobs += site.plans.map { .plan($0.slug) }
        jobs += site.indicators.map { .indicator($0.id) }
        jobs += site.showcases.map { .cooperative($0.id) }
        jobs += site.updates.map { .update($0.slug) }
        jobs.append(.registers)
        for province in RegisterLayout.provinces(site) {
            let count = RegisterLayout.entries(province.slug, site).count
            let pages = RegisterLayout.pagination(province.slug, count: count).pageCount
            jobs += (1...pages).map { .register(province.slug, $0) }
        }
        jobs += ListPages.extraPages(site) + ListPages.nestedPages(site)
        if !site.reports.isEmpty { jobs += [.reports] + site.reports.map { .report($0.slug) } }
        return jobs
    }

    /// Page paths for the sitemap (every page but 404), in a stable order.
    static func paths(_ site: Site) -> [String] {
        jobs(site).compactMap { job in job == .notFound ? nil : path(job) }
    }

    static func path(_ job: PageJob) -> String {
        switch job {
        case .overview: PagePath.overview
        case .notFound: "404.html"
        case .provinces: PagePath.provinces
        case .province(let slug): PagePath.province(slug)
        case .plans: PagePath.plans
        case .plan(let slug): PagePath.plan(slug)
        case .indicators: PagePath.indicators
        case .indicator(let id): PagePath.indicator(id)
        case .cooperatives: PagePath.cooperatives
        case .cooperative(let id): PagePath.cooperative(id)
        case .updates: PagePath.updates
        case .update(let slug): PagePath.update(slug)
        case .reports: PagePath.reports
        case .report(let slug): PagePath.report(slug)
        case .registers: RegisterLayout.base
        case .register(let slug, let page): Pagination.path(RegisterLayout.path(slug), page: page)
        case .updatesPage(let page): Pagination.path(PagePath.updates, page: page)
        case .showcasesPage(let page): Pagination.path(PagePath.cooperatives, page: page)
        case .plansPage(let page): Pagination.path(PagePath.plans, page: page)
        case .indicatorPage(let id, let page): Pagination.path(PagePath.indicator(id), page: page)
        case .provinceUpdates(let slug, let page): Pagination.path(ListPages.provinceUpdatesPath(slug), page: page)
        }
    }

    static func page(_ job: PageJob, _ context: RenderContext) -> Page? {
        let site = context.site
        switch job {
        case .overview: return OverviewPage(context: context).page()
        case .notFound: return NotFoundPage(context: context).page()
        case .provinces: return ProvincePages(context: context).listPage()
        case .province(let slug): return site.province(slug).map(ProvincePages(context: context).page)
        case .plans: return PlanPages(context: context).listPage(1)
        case .plansPage(let page): return PlanPages(context: context).listPage(page)
        case .plan(let slug): return site.plan(slug).map(PlanPages(context: context).page)
        case .indicators: return IndicatorPages(context: context).listPage()
        case .indicator(let id): return site.indicator(id).flatMap { IndicatorPages(context: context).page($0, number: 1) }
        case .indicatorPage(let id, let page):
            return site.indicator(id).flatMap { IndicatorPages(context: context).page($0, number: page) }
        case .provinceUpdates(let slug, let page):
            return site.province(slug).flatMap { ProvincePages(context: context).updatesPage($0, number: page) }
        case .cooperatives: return CooperativePages(context: context).listPage(1)
        case .showcasesPage(let page): return CooperativePages(context: context).listPage(page)
        case .cooperative(let id): return site.cooperative(id).map(CooperativePages(context: context).page)
        case .updates: return UpdatePages(context: context).listPage(1)
        case .updatesPage(let page): return UpdatePages(context: context).listPage(page)
        case .update(let slug):
            return site.update(slug).map(UpdatePages(context: context).page)
        case .reports: return ReportPages(context: context).listPage()
        case .report(let slug): return site.report(slug).map(ReportPages(context: context).page)
        case .registers: return RegisterPages(context: context).listPage()
        case .register(let slug, let page):
            return site.province(slug).flatMap { RegisterPages(context: context).page($0, number: page) }
        }
    }
}
