import Foundation

/// The handbook's pipeline: the same load → check → assemble as the site, then the print
/// document rendered into memory. Writing it (and making the PDF) is left to the caller.
public enum HandbookBuilder {
    public struct Built: Sendable {
        /// The print document, or nil when the content has errors or `--province` names nothing.
        public var html: String?
        public var site: Site?
        public var diagnostics: Diagnostics
        /// The language messages should be printed in.
        public var language: Language
        /// Set when `--province` names no province: what to tell the user.
        public var problem: LocalizedText?
        /// The PDF's file name without `.pdf`: `so-tay`, `handbook`, or the province's slug.
        public var slug: String
        public var paper: SiteConfig.Paper
        public var chapterCount: Int
        /// The print shop's edition, when asked for (`print: true`).
        public var print: HandbookPrint?
    }

    /// Checks the content, then renders the handbook of the whole site or of one province
    /// (with the provinces merged into it).
    public static func build(content: ContentFiles, theme: Theme, themeName: String,
                             language: Language? = nil, province: String? = nil, print: Bool = false) -> Built {
        let checked = SiteBuilder.check(content: content, theme: HandbookTheme.completed(theme),
                                        themeName: themeName, language: language)
        var built = Built(html: nil, site: checked.site, diagnostics: checked.diagnostics, language: checked.language,
                          problem: nil, slug: "so-tay", paper: checked.site?.config.handbook.paper ?? .a4,
                          chapterCount: 0, print: nil)
        guard !checked.diagnostics.hasErrors, let site = checked.site, let templates = checked.templates else {
            return built
        }
        let scope: HandbookScope
        if let province {
            guard let found = HandbookScope.province(province, site) else {
                built.problem = unknownProvince(province, site)
                return built
            }
            scope = found
        } else {
            scope = HandbookScope.all(site)
        }
        let context = RenderContext(site: site, templates: templates)
        let media = Set(site.content.media)
        let document = HandbookDocument(context: context, scope: scope) { path in
            guard media.contains(path) else { return nil }
            return try? content.read(path)
        }
        built.html = document.html()
        if print { built.print = HandbookPrint(context: context, scope: scope, interior: document.html(printShop: true)) }
        built.slug = scope.slug(site.config.language)
        built.chapterCount = scope.families.count + (scope.unstatedPlans.isEmpty ? 0 : 1)
        return built
    }

    static func unknownProvince(_ slug: String, _ site: Site) -> LocalizedText {
        let slugs = site.provinces.map(\.slug)
        let list = slugs.joined(separator: ", ")
        if let near = EditDistance.suggestion(for: slug, among: slugs) {
            return LocalizedText(
                vi: "không có tỉnh \"\(slug)\" trong provinces/; có phải ý bạn là \"\(near)\"? Các tỉnh có: \(list)",
                en: "there is no province \"\(slug)\" in provinces/; did you mean \"\(near)\"? The provinces are: \(list)")
        }
        if slugs.isEmpty {
            return LocalizedText(
                vi: "không có tỉnh \"\(slug)\": thư mục provinces/ chưa có tỉnh nào; bỏ --province để in cả sổ tay",
                en: "there is no province \"\(slug)\": provinces/ is empty; leave out --province to print the whole handbook")
        }
        return LocalizedText(
            vi: "không có tỉnh \"\(slug)\" trong provinces/; ghi tên tệp của tỉnh (không dấu), một trong: \(list)",
            en: "there is no province \"\(slug)\" in provinces/; give the province's file name, one of: \(list)")
    }
}
