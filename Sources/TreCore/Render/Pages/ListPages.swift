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
