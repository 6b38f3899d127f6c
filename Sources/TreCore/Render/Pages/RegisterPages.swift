/// The register: every cooperative, group and union of `data/cooperatives.csv`, one table per
/// province (with the provinces merged into it), paginated so that it reads with JavaScript
/// off, and filtered and sorted by `assets/register.js` over all of the province's rows.
struct RegisterPages {
    let context: RenderContext

    /// `register/`: the provinces, each with how many entries its register has.
    func listPage() -> Page {
        let path = RegisterLayout.base
        let root = PagePath.root(of: path)
        let site = context.site
        let items: [[String: Any]] = RegisterLayout.provinces(site).map { province in
            var card = Cards.province(province, context, root: root)
            card["href"] = root + RegisterLayout.path(province.slug)
            card["entry_count"] = context.numbers.format(Double(RegisterLayout.entries(province.slug, site).count),
                                                         decimals: 0)
            return card
        }
        return Page(path: path, template: "pages/registers", title: context.t("register_title"),
                    values: ["provinces": items, "lead": context.t("register_lead"),
                             "data_csv": root + OpenData.cooperativesCSV,
                             "data_json": root + OpenData.cooperativesJSON])
    }

    func page(_ province: Province, number: Int) -> Page? {
        let site = context.site
        let entries = RegisterLayout.entries(province.slug, site)
        let pages = RegisterLayout.pagination(province.slug, count: entries.count)
        guard number >= 1, number <= pages.pageCount else { return nil }
        let path = pages.path(number)
        let root = PagePath.root(of: path)
        let rows = RegisterRows(context: context, root: root, home: province.slug)
        var values: [String: Any] = [
            "province": province.name,
            "province_href": root + PagePath.province(province.slug),
            "rows": pages.slice(entries, number).map { ["html": rows.row($0)] },
            "entry_count": context.numbers.format(Double(entries.count), decimals: 0),
            "has_entries": !entries.isEmpty,
            "register_script": root + "assets/register.js",
            "pieces": (1...pages.pageCount).map { ["src": root + RegisterRows.scriptPath(province.slug, page: $0)] },
            "page_number": number,
            "data_csv": root + OpenData.cooperativesCSV,
            "data_json": root + OpenData.cooperativesJSON,
            "kicker_href": root + RegisterLayout.base,
        ]
        values["merged_from"] = site.mergedFrom(province.slug).map(\.name).joined(separator: ", ")
        values["filters"] = filters(entries)
        for (key, value) in pages.pageValues(number, root: root, context) { values[key] = value }
        let title = context.t("register_of").replacingOccurrences(of: "{province}", with: province.name)
        return Page(path: path, template: "pages/register", title: number > 1
                        ? title + " – " + context.t("pagination_page") + " \(number)" : title,
                    values: values)
    }

    /// The choices of each filter: only values some entry has, so no choice finds nothing.
    func filters(_ entries: [Cooperative]) -> [String: Any] {
        let kinds = Cooperative.Kind.allCases.filter { kind in entries.contains { $0.kind == kind } }
        let ratings = Cooperative.Rating.allCases.filter { rating in entries.contains { $0.rating == rating } }
        let sectors = Set(entries.compactMap(\.sector)).sortedVietnamese(by: { $0 })
        let stars = Set(entries.compactMap(\.ocopStars).filter { $0 > 0 }).sorted()
        return [
            "kinds": kinds.map { ["value": $0.rawValue, "label": context.kindName($0)] },
            "ratings": ratings.map { ["value": $0.rawValue, "label": context.ratingName($0)] },
            "sectors": sectors.map { ["value": $0, "label": $0] },
            "stars": stars.map { ["value": String($0), "label": "OCOP \($0) \(context.t("stars"))+"] },
            "has_models": entries.contains(where: \.isModel),
        ]
    }

    /// Every province's row pieces, one script per register page.
    static func scripts(_ context: RenderContext) -> SiteFiles {
        var files = SiteFiles()
        for province in RegisterLayout.provinces(context.site) {
            let entries = RegisterLayout.entries(province.slug, context.site)
            let pages = RegisterLayout.pagination(province.slug, count: entries.count)
            // A piece is shown on any of the register's pages: `register.js` puts that page's
            // root where the placeholder is.
            let rows = RegisterRows(context: context, root: RegisterRows.rootPlaceholder, home: province.slug)
            for number in 1...pages.pageCount {
                files.add(RegisterRows.scriptPath(province.slug, page: number),
                          text: rows.script(pages.slice(entries, number), page: number))
            }
        }
        return files
    }
}
