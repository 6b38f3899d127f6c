import Foundation

/// The handbook's render step: the print document of the whole site, or of one province with
/// the provinces merged into it, rendered into memory from an assembled site.
public enum HandbookRenderer {
    public struct Rendered: Sendable {
        /// The print document: one HTML file with everything inline.
        public var html: String
        /// The PDF's file name without `.pdf`: `so-tay`, `handbook`, or the province's slug.
        public var slug: String
        public var paper: SiteConfig.Paper
        public var chapterCount: Int
    }

    /// The document, or what to tell the user when `province` names no province.
    static func render(_ context: RenderContext, content: ContentFiles,
                       province: String?) -> Result<Rendered, ProvinceNotFound> {
        let site = context.site
        let scope: HandbookScope
        if let province {
            guard let found = HandbookScope.province(province, site) else {
                return .failure(ProvinceNotFound(message: unknownProvince(province, site)))
            }
            scope = found
        } else {
            scope = HandbookScope.all(site)
        }
        let media = site.mediaPaths
        let document = HandbookDocument(context: context, scope: scope) { path in
            guard media.contains(path) else { return nil }
            return try? content.read(path)
        }
        return .success(Rendered(html: document.html(), slug: scope.slug(site.config.language),
                                 paper: site.config.handbook.paper,
                                 chapterCount: scope.families.count + (scope.unstatedPlans.isEmpty ? 0 : 1)))
    }

    /// `--province` names no province.
    struct ProvinceNotFound: Error {
        var message: LocalizedText
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
