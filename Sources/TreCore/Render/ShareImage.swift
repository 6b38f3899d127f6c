import Foundation

/// The picture Zalo and Facebook show when a plan or province page is shared
/// (`og:image`): 1200 × 630 PNG with the page's title, its province and a summary line, drawn
/// as SVG and rasterised in process by librsvg (`PNGRaster`). They accept PNG or JPEG, not
/// SVG. When drawing fails the page keeps the default image, `assets/social.png`.
public struct ShareImage: Sendable, Equatable {
    public static let width = 1200, height = 630

    /// Where the picture is written, e.g. `share/plans/ke-hoach-291.png`.
    public var path: String
    public var title: String
    /// The kicker above the title: the section and the province.
    public var kicker: String
    /// One line under the title: the status summary, or the cooperative's kind and rating.
    public var summary: String
    public var siteTitle: String

    static func path(_ section: String, _ slug: String) -> String { "share/\(section)/\(slug).png" }

    /// The PNG bytes; the same card always gives the same bytes.
    func png() throws(PNGRaster.Failure) -> Data {
        try PNGRaster.png(svg: svg(), width: Self.width, height: Self.height)
    }

    /// The card as SVG. Text is wrapped by a count of letters (SVG does not wrap), at most
    /// three lines of title, the last cut with an ellipsis.
    func svg() -> String {
        let e = HTMLText.escape
        let lines = Self.wrap(title, width: 30, lines: 3)
        var text = ""
        for (number, line) in lines.enumerated() {
            text += "<text x=\"80\" y=\"\(250 + number * 72)\" font-size=\"60\" font-weight=\"700\" fill=\"#1b1f24\">\(e(line))</text>"
        }
        let summaryY = 250 + lines.count * 72 + 30
        return """
        <svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" \
        font-family="Noto Sans, DejaVu Sans, sans-serif">\
        <rect width="1200" height="630" fill="#f4f7f4"/><rect width="1200" height="24" fill="#0b5d3b"/>\
        <rect y="546" width="1200" height="84" fill="#0b5d3b"/>\
        <text x="80" y="140" font-size="32" font-weight="600" fill="#0b5d3b">\(e(Self.cut(kicker, 60)))</text>\
        \(text)\
        <text x="80" y="\(summaryY)" font-size="34" fill="#3b4552">\(e(Self.cut(summary, 58)))</text>\
        <text x="80" y="600" font-size="30" font-weight="600" fill="#ffffff">\(e(Self.cut(siteTitle, 64)))</text>\
        </svg>
        """
    }

    /// Words in lines of at most `width` letters; more than `lines` lines end in "…".
    static func wrap(_ text: String, width: Int, lines: Int) -> [String] {
        var out: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty { current = String(word) } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                out.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { out.append(current) }
        guard out.count > lines else { return out.map { cut($0, width) } }
        var kept = Array(out.prefix(lines))
        kept[lines - 1] = cut(kept[lines - 1] + " …", width + 2)
        return kept.map { cut($0, width + 2) }
    }

    static func cut(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}

/// The share card of each page that has one.
enum ShareCards {
    static func plan(_ plan: Plan, _ context: RenderContext) -> ShareImage {
        let statuses = context.site.targets(plan: plan.slug).map { context.progress($0).status }
        return card(ShareImage.path("plans", plan.slug), title: plan.title,
                    kicker: [context.t("nav_plans"), context.provinceName(plan.province)].joined(separator: " · "),
                    summary: summary(statuses, context), context)
    }

    static func province(_ province: Province, _ context: RenderContext) -> ShareImage {
        let site = context.site
        let family = site.provinceFamily(province.slug)
        let statuses = family.flatMap { site.plans(province: $0) }.flatMap { site.targets(plan: $0.slug) }
            .map { context.progress($0).status }
        let coops = family.flatMap { site.cooperatives(province: $0) }.count
        let summary = [summary(statuses, context),
                       "\(context.numbers.format(Double(coops), decimals: 0)) \(context.t("stat_cooperatives"))"]
        return card(ShareImage.path("provinces", province.slug), title: province.name, kicker: context.t("nav_provinces"),
                    summary: summary.filter { !$0.isEmpty }.joined(separator: " · "), context)
    }

    /// A showcase's first photo that social sites accept (JPEG or PNG), under `media/`.
    static func photo(_ coop: Cooperative, _ context: RenderContext) -> String? {
        for photo in coop.story?.photos ?? [] {
            let lower = photo.lowercased()
            guard lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg") || lower.hasSuffix(".png") else { continue }
            if let media = MediaPath.resolve(photo, in: context.site.mediaPaths) { return media }
        }
        return nil
    }

    /// `8 chỉ tiêu: 3 Đạt, 2 Đúng tiến độ`; empty when there are no targets.
    static func summary(_ statuses: [ProgressStatus], _ context: RenderContext) -> String {
        guard !statuses.isEmpty else { return "" }
        let counts = ProgressStatus.allCases.compactMap { status -> String? in
            let count = statuses.filter { $0 == status }.count
            return count > 0 ? "\(count) \(status.label(context.language))" : nil
        }
        return "\(statuses.count) \(context.t("stat_targets")): " + counts.joined(separator: ", ")
    }

    static func card(_ path: String, title: String, kicker: String, summary: String,
                     _ context: RenderContext) -> ShareImage {
        ShareImage(path: path, title: title, kicker: kicker, summary: summary, siteTitle: context.site.config.title)
    }
}
