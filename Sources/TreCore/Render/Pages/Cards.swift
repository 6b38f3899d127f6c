/// The small summaries that link to a page from lists and other pages.
enum Cards {
    static func province(_ province: Province, _ context: RenderContext, root: String) -> [String: Any] {
        var card: [String: Any] = ["name": province.name, "href": root + PagePath.province(province.slug)]
        card["region"] = province.region
        if let into = province.mergedInto.flatMap(context.site.province) {
            card["merged_into"] = into.name
            card["merged_on"] = province.mergedOn.map(context.dates.format)
        }
        let mergedFrom = context.site.mergedFrom(province.slug)
        if !mergedFrom.isEmpty { card["merged_from"] = mergedFrom.map(\.name).joined(separator: ", ") }
        return card
    }

    static func plan(_ plan: Plan, _ context: RenderContext, root: String) -> [String: Any] {
        var card: [String: Any] = [
            "title": plan.title,
            "href": root + PagePath.plan(plan.slug),
            "number": plan.number ?? context.t("no_number"),
            "short": plan.number ?? plan.title,
            "period": plan.from == plan.to ? String(plan.from) : "\(plan.from)–\(plan.to)",
            "province": context.provinceName(plan.province),
        ]
        if let slug = plan.province { card["province_href"] = root + PagePath.province(slug) }
        card["issued"] = plan.issued.map(context.dates.format)
        card["issued_iso"] = plan.issued?.iso
        card["issuer"] = plan.issuer
        card["scope"] = plan.scope
        let statuses = context.site.targets(plan: plan.slug).map { context.site.progress($0).status }
        card["status_counts"] = StatusSummary.counts(statuses, context)
        card["target_count"] = statuses.count
        return card
    }

    static func cooperative(_ coop: Cooperative, _ context: RenderContext, root: String) -> [String: Any] {
        var card: [String: Any] = [
            "name": coop.name,
            "kind": context.kindName(coop.kind),
            "province": context.provinceName(coop.province),
            "rating": context.ratingName(coop.rating),
        ]
        // Only model cooperatives have a page of their own.
        if coop.isModel { card["href"] = root + PagePath.cooperative(coop.id) }
        card["locality"] = coop.locality
        card["sector"] = coop.sector
        if let stars = coop.ocopStars, stars > 0 {
            card["ocop"] = "OCOP " + String(repeating: "★", count: stars)
            card["ocop_label"] = "OCOP \(stars) \(context.t("stars"))"
        }
        if let photo = coop.story?.photos.first, let media = MediaPath.resolve(photo, in: context.site.mediaPaths) {
            card["photo"] = root + media
            card["photo_alt"] = coop.story?.photoAlts[photo] ?? coop.name
        }
        if !coop.products.isEmpty { card["products"] = coop.products.joined(separator: ", ") }
        return card
    }

    static func update(_ update: Update, _ context: RenderContext, root: String) -> [String: Any] {
        var card: [String: Any] = [
            "title": update.title,
            "href": root + PagePath.update(update.slug),
            "date": context.dates.format(update.date),
            "date_iso": update.date.iso,
        ]
        card["summary"] = update.summary
        card["author"] = update.author
        if let slug = update.province { card["province"] = context.provinceName(slug) }
        return card
    }
}
