/// The showcase list and one page per model cooperative (`model: yes`), with its story.
struct CooperativePages {
    let context: RenderContext

    /// Page `number` of the showcases, in name order.
    func listPage(_ number: Int) -> Page? {
        let pages = ListPages.showcases(context.site)
        guard number >= 1, number <= pages.pageCount else { return nil }
        let path = pages.path(number)
        let root = PagePath.root(of: path)
        var values: [String: Any] = [
            "cooperatives": pages.slice(context.site.showcases, number).map { Cards.cooperative($0, context, root: root) },
            "lead": context.t("cooperatives_lead"),
            "register_href": root + RegisterLayout.base,
        ]
        for (key, value) in pages.pageValues(number, root: root, context) { values[key] = value }
        return Page(path: path, template: "pages/cooperatives",
                    title: ListPages.title(context.t("cooperatives_title"), number, context), values: values)
    }

    func page(_ coop: Cooperative) -> Page {
        let path = PagePath.cooperative(coop.id)
        let root = PagePath.root(of: path)
        var values = Cards.cooperative(coop, context, root: root)
        values["province_href"] = root + PagePath.province(coop.province)
        var facts: [[String: String]] = []
        func fact(_ key: String, _ value: String?) {
            if let value, !value.isEmpty { facts.append(["label": context.t(key), "value": value]) }
        }
        fact("kind", context.kindName(coop.kind))
        fact("locality", coop.locality)
        fact("sector", coop.sector)
        fact("founded", coop.founded.map(String.init))
        fact("members", coop.members.map { context.numbers.format(Double($0), decimals: 0) })
        fact("revenue", coop.revenue.map { context.numbers.format($0) })
        fact("rating", coop.rating.map { context.ratingName($0) })
        fact("ocop", values["ocop_label"] as? String)
        fact("certifications", coop.certifications.isEmpty ? nil : coop.certifications.joined(separator: ", "))
        fact("products", coop.products.isEmpty ? nil : coop.products.joined(separator: ", "))
        let yes = context.t("answer_yes"), no = context.t("answer_no")
        fact("value_chain", coop.valueChain ? yes : no)
        fact("high_tech", coop.highTech ? yes : no)
        fact("digital", coop.digital ? yes : no)
        values["facts"] = facts
        values["website"] = coop.website
        if let story = coop.story {
            values["story"] = BodyRenderer(context: context).render(story.body, on: path).html
            values["quote"] = story.quote
            values["quote_by"] = story.quoteBy
            values["photos"] = story.photos.compactMap { photo -> [String: String]? in
                guard let media = MediaPath.resolve(photo, in: context.site.mediaPaths) else { return nil }
                return ["src": root + media, "alt": story.photoAlts[photo] ?? coop.name]
            }
        }
        for (key, value) in CooperativeContributions(context: context).values(coop, root: root) { values[key] = value }
        var page = Page(path: path, template: "pages/cooperative", title: coop.name, values: values)
        // Drawing a card per showcase cost about 3 CPU-minutes at 1× (4,000 showcases, ~40 ms
        // each): a showcase shares its photo, else its province's card.
        page.sharePhoto = ShareCards.photo(coop, context) ?? ShareImage.path("provinces", coop.province)
        return page
    }
}
