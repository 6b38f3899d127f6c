import Foundation

/// The printable handbook as one HTML document: cover, imprint, table of contents, overview
/// of all targets, a chapter per province, appendices. Print design lives in the theme's
/// `handbook/` folder (templates and CSS for paged media); this type only prepares values,
/// so the book is another theme of the same site.
struct HandbookDocument {
    let context: RenderContext
    let scope: HandbookScope
    /// Bytes of a media file by its content path, for inlining images.
    let media: (String) -> Data?

    static let template = "handbook/document"
    static let stylesheets = ["handbook/print.css"]

    var site: Site { context.site }

    /// The print shop's additions to the stylesheet (bleed, marks, the title page, blank pages).
    static let printShopStylesheet = "handbook/print-shop.css"

    /// The whole document, self-contained: CSS inline, charts as inline SVG, images as `data:` URIs.
    /// With `printShop`, the interior a print shop prints from: the same pages with bleed and marks.
    func html(printShop: Bool = false) -> String {
        let chapters = HandbookChapters(context: context, scope: scope).chapters()
        var values = bookValues()
        values["css"] = stylesheet() + (printShop ? "\n" + (context.templates.theme.text(Self.printShopStylesheet) ?? "") : "")
        values["contents"] = contents(chapters)
        values["overview"] = overview(chapters)
        values["chapters"] = chapters
        values["appendices"] = HandbookAppendices(context: context, scope: scope).values()
        let html = PrintSVG.expandHalos(context.templates.render(Self.template, values))
        return HandbookLinks(anchors: scope.anchors(site), baseURL: site.config.baseURL, media: media).rewrite(html)
    }

    /// What the book's every document shows (the reading PDF, the interior, the cover spread):
    /// its language, strings, cover, publisher, reporting date and paper.
    func bookValues() -> [String: Any] {
        var values: [String: Any] = [
            "lang": context.language.rawValue,
            "t": context.templates.strings,
            "cover": cover(),
            "sample": site.config.sample,
            "as_of": context.dates.format(site.asOf),
            "as_of_iso": site.asOf.iso,
            "paper": site.config.handbook.paper.rawValue,
        ]
        values["organization"] = site.config.organization
        values["base_url"] = site.config.baseURL
        return values
    }

    /// The theme's print CSS, then the page size and margins for the paper `site.yml` asks for.
    func stylesheet() -> String {
        let paper = site.config.handbook.paper
        let files = Self.stylesheets + ["handbook/paper-\(paper.rawValue.lowercased()).css"]
        return files.compactMap { context.templates.theme.text($0) }.joined(separator: "\n")
    }

    var title: String {
        site.config.handbook.title ?? context.t("handbook_default_title")
    }

    func cover() -> [String: Any] {
        var values: [String: Any] = ["title": title]
        values["subtitle"] = site.config.handbook.subtitle ?? site.config.description
        values["province"] = scope.province?.name
        values["site_title"] = site.config.title == title ? nil : site.config.title
        return values
    }

    /// Entries for the table of contents; page numbers come from the PDF engine
    /// (`target-counter`), so the template only links each entry to its anchor.
    func contents(_ chapters: [[String: Any]]) -> [[String: Any]] {
        var entries: [[String: Any]] = [["href": "#tong-quan", "text": context.t("handbook_overview"), "level": 1]]
        for chapter in chapters {
            entries.append(["href": "#" + (chapter["id"] as? String ?? ""), "level": 1,
                            "text": chapter["title"] as? String ?? "",
                            "number": (chapter["number"] as? String).map { context.t("handbook_chapter") + " " + $0 } ?? ""])
            for merged in chapter["merged"] as? [[String: Any]] ?? [] {
                entries.append(["href": "#" + (merged["id"] as? String ?? ""), "level": 2,
                                "text": merged["name"] as? String ?? ""])
            }
            for plan in chapter["plans"] as? [[String: Any]] ?? [] {
                entries.append(["href": "#" + (plan["id"] as? String ?? ""), "level": 2,
                                "text": plan["toc_text"] as? String ?? ""])
            }
            for coop in chapter["showcases"] as? [[String: Any]] ?? [] {
                entries.append(["href": "#" + (coop["id"] as? String ?? ""), "level": 2,
                                "text": coop["name"] as? String ?? ""])
            }
        }
        for (id, key) in [("phu-luc-chi-tieu", "handbook_appendix_indicators"),
                          ("phu-luc-phuong-phap", "handbook_appendix_method"),
                          ("phu-luc-nguon", "handbook_appendix_sources")] {
            entries.append(["href": "#" + id, "text": context.t(key), "level": 1, "appendix": true])
        }
        for index in entries.indices { entries[index]["sub_entry"] = entries[index]["level"] as? Int == 2 }
        return entries
    }

    /// Every target of the book with its status, grouped by chapter, after the counts.
    func overview(_ chapters: [[String: Any]]) -> [String: Any] {
        let plans = scope.plans(site)
        let targets = plans.flatMap { site.targets(plan: $0.slug) }
        let statuses = targets.map { site.progress($0).status }
        let rows = TargetRows(context: context, root: "")
        // By chapter, then by plan, so each row needs no plan name of its own.
        let groups: [[String: Any]] = chapters.compactMap { chapter in
            let plans: [[String: Any]] = (chapter["plans"] as? [[String: Any]] ?? []).compactMap { plan in
                let slug = String((plan["id"] as? String ?? "").dropFirst("ke-hoach-".count))
                let targets = site.targets(plan: slug)
                guard !targets.isEmpty else { return nil }
                return ["title": plan["toc_text"] as? String ?? "", "href": "#" + (plan["id"] as? String ?? ""),
                        "province": plan["province"] as? String ?? "", "targets": rows.rows(targets)]
            }
            guard !plans.isEmpty else { return nil }
            return ["title": chapter["title"] as? String ?? "", "href": "#" + (chapter["id"] as? String ?? ""), "plans": plans]
        }
        let cooperatives = scope.families.flatMap { family in family.slugs.flatMap { site.cooperatives(province: $0) } }
        func count(_ n: Int) -> String { context.numbers.format(Double(n), decimals: 0) }
        return [
            "status_counts": StatusSummary.counts(statuses, context),
            "stats": [
                ["value": count(plans.count), "label": context.t("stat_plans")],
                ["value": count(targets.count), "label": context.t("stat_targets")],
                ["value": count(statuses.filter { $0 == .achieved }.count), "label": context.t("stat_achieved")],
                ["value": count(cooperatives.count), "label": context.t("stat_cooperatives")],
                ["value": count(cooperatives.filter(\.isModel).count), "label": context.t("stat_showcases")],
            ],
            "groups": groups,
            "has_targets": !targets.isEmpty,
        ]
    }
}
