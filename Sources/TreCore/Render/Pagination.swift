/// A list cut into numbered pages with stable addresses: page 1 at the list's own address
/// (`updates/`), page n at `updates/trang-n/`, so a link to the list never breaks as it grows
/// and a bookmark of page 3 keeps pointing at the third page of the same order.
struct Pagination {
    /// The list's own address, ending in `/`.
    var base: String
    var count: Int
    var perPage: Int

    init(base: String, count: Int, perPage: Int) {
        self.base = base
        self.count = count
        self.perPage = max(1, perPage)
    }

    /// At least one page, so an empty list still has its page.
    var pageCount: Int { max(1, (count + perPage - 1) / perPage) }

    static func path(_ base: String, page: Int) -> String { page <= 1 ? base : base + "trang-\(page)/" }
    func path(_ page: Int) -> String { Self.path(base, page: page) }

    /// The positions of the items on `page` (1-based).
    func range(_ page: Int) -> Range<Int> {
        let start = min(count, (page - 1) * perPage)
        return start..<min(count, start + perPage)
    }

    /// The page an item at `position` is on.
    func page(of position: Int) -> Int { position / perPage + 1 }

    func slice<T>(_ items: [T], _ page: Int) -> ArraySlice<T> { items[range(page)] }

    /// The values `partials/pagination` draws, relative to the page at `root`: nothing when
    /// there is only one page. Long lists show the first and last pages, and two either side
    /// of the current one, with gaps between.
    func values(_ page: Int, root: String, _ context: RenderContext) -> [String: Any] {
        guard pageCount > 1 else { return [:] }
        var numbers: [Int] = []
        for number in 1...pageCount where number <= 1 || number >= pageCount || abs(number - page) <= 2 {
            numbers.append(number)
        }
        var items: [[String: Any]] = []
        for (position, number) in numbers.enumerated() {
            if position > 0, number - numbers[position - 1] > 1 {
                var gap: [String: Any] = [:]
                gap["gap"] = true
                items.append(gap)
            }
            var item: [String: Any] = ["number": number, "href": root + path(number)]
            if number == page { item["current"] = true }
            items.append(item)
        }
        var values: [String: Any] = [
            "label": context.t("pagination_label"),
            "summary": context.t("pagination_summary")
                .replacingOccurrences(of: "{page}", with: String(page))
                .replacingOccurrences(of: "{count}", with: String(pageCount)),
        ]
        values["pages"] = items
        if page > 1 { values["prev"] = root + path(page - 1) }
        if page < pageCount { values["next"] = root + path(page + 1) }
        return values
    }

    /// The layout's `<link rel="prev|next">` values for the head.
    func links(_ page: Int, root: String) -> [String: Any] {
        var links: [String: Any] = [:]
        if page > 1 { links["rel_prev"] = root + path(page - 1) }
        if page < pageCount { links["rel_next"] = root + path(page + 1) }
        return links
    }

    /// Both: what a paginated page adds to its values.
    func pageValues(_ page: Int, root: String, _ context: RenderContext) -> [String: Any] {
        var values = links(page, root: root)
        let nav = self.values(page, root: root, context)
        if !nav.isEmpty { values["pagination"] = nav }
        return values
    }
}
