/// Where each cooperative of `data/cooperatives.csv` sits in the register: on the register of
/// the province it belongs to now (a former province's entries are in its new province's
/// register), in Vietnamese name order, on a numbered page. Pure arithmetic over the site, so
/// the register pages, the search index and links elsewhere agree on every address.
struct RegisterLayout {
    static let base = "register/"
    static let perPage = 100

    static func path(_ province: String) -> String { base + province + "/" }

    /// The province whose register lists entries of `slug`: the end of its merges.
    static func home(_ slug: String, _ site: Site) -> String {
        var current = slug
        // A chain of merges is short; the bound only keeps a cycle from hanging the build.
        for _ in 0..<16 {
            guard let next = site.province(current)?.mergedInto, next != current else { return current }
            current = next
        }
        return current
    }

    /// The provinces that have a register page: those not merged into another, in the site's order.
    static func provinces(_ site: Site) -> [Province] {
        site.provinces.filter { $0.mergedInto == nil }
    }

    /// One province's entries, itself and the provinces merged into it, in name order.
    static func entries(_ province: String, _ site: Site) -> [Cooperative] {
        let family = site.provinceFamily(province)
        if family.count == 1 { return site.cooperatives(province: province) }
        return family.flatMap { site.cooperatives(province: $0) }.sortedVietnamese(by: \.name)
    }

    static func pagination(_ province: String, count: Int) -> Pagination {
        Pagination(base: path(province), count: count, perPage: perPage)
    }

    /// The address of every entry (`register/ha-noi/trang-2/#htx-x`), by cooperative id.
    static func anchors(_ site: Site) -> [String: String] {
        var anchors: [String: String] = [:]
        for province in provinces(site) {
            let entries = entries(province.slug, site)
            let pages = pagination(province.slug, count: entries.count)
            for (position, coop) in entries.enumerated() {
                anchors[coop.id] = pages.path(pages.page(of: position)) + "#" + coop.id
            }
        }
        return anchors
    }
}
