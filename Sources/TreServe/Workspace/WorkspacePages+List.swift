import Foundation
import TreCore

/// `/__tre/edit/`: the content by kind, with a search that folds Vietnamese (`Đà Lạt` is
/// found by `da lat`).
extension WorkspaceHTML {
    struct Entry {
        var title: String
        var path: String
        var detail: String
    }

    static func entries(_ content: SiteContent?, files: WorkspaceFiles) -> [(kind: String, vi: String, en: String, items: [Entry])] {
        guard let content else { return [] }
        let dates = DateFormat(.vi)
        let updates = content.updates.sorted { ($0.date, $0.slug) > ($1.date, $1.slug) }
            .map { Entry(title: $0.title, path: "updates/\($0.slug).md", detail: dates.format($0.date)) }
        let plans = content.plans.sorted { VietnameseText.precedes($0.title, $1.title) }
            .map { Entry(title: $0.title, path: "plans/\($0.slug).md", detail: $0.number ?? "\($0.from)–\($0.to)") }
        let provinces = content.provinces.sorted { VietnameseText.precedes($0.name, $1.name) }
            .map { Entry(title: $0.name, path: "provinces/\($0.slug).md", detail: $0.region ?? "") }
        let names = Dictionary(content.cooperatives.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let stories = content.stories.sorted { $0.id < $1.id }
            .map { Entry(title: names[$0.id] ?? $0.id, path: "cooperatives/\($0.id).md", detail: $0.id) }
        let reports = content.reports.sorted { ($0.date, $0.slug) > ($1.date, $1.slug) }
            .map { Entry(title: $0.title, path: "reports/\($0.slug).md", detail: $0.number ?? dates.format($0.date)) }
        let settings = [Entry(title: content.config.title, path: "site.yml", detail: "site.yml")]
        return [("updates", "Bản tin", "Updates", updates), ("plans", "Kế hoạch", "Plans", plans),
                ("provinces", "Tỉnh, thành phố", "Provinces", provinces), ("stories", "Câu chuyện hợp tác xã", "Cooperative stories", stories),
                ("reports", "Báo cáo", "Reports", reports), ("settings", "Cài đặt trang", "Site settings", settings)]
    }

    func list(_ content: SiteContent?, files: WorkspaceFiles, query: String, notice: String?) -> String {
        let folded = VietnameseText.slug(query)
        var body = notice ?? ""
        body += """
        <form class="search" role="search" method="get" action="\(Self.base)">
        <label for="q">\(t("Tìm trong nội dung", "Search the content"))</label>
        <input id="q" name="q" type="search" value="\(Self.escape(query))" data-filter="entries">
        <button type="submit">\(t("Tìm", "Search"))</button>
        </form>
        <p class="actions"><a class="button" href="\(Self.base)new">\(t("+ Viết bản tin mới", "+ Write a new update"))</a>
        <a class="button secondary" href="\(Self.base)figure">\(t("+ Thêm số liệu tiến độ", "+ Add a progress figure"))</a></p>
        <div id="entries">
        """
        if content == nil {
            body += self.notice(t("Chưa đọc được nội dung (site.yml có lỗi). Sửa site.yml rồi tải lại trang.",
                                  "The content could not be read (site.yml has errors). Fix site.yml and reload."), kind: "error")
        }
        for section in Self.entries(content, files: files) {
            let items = section.items.filter { folded.isEmpty || VietnameseText.slug($0.title + " " + $0.path).contains(folded) }
            body += "<section aria-labelledby=\"k-\(section.kind)\"><h2 id=\"k-\(section.kind)\">\(t(section.vi, section.en)) <span class=\"count\">(\(items.count))</span></h2>"
            if items.isEmpty {
                body += "<p class=\"empty\">\(t("Không có mục nào.", "Nothing here."))</p></section>"
                continue
            }
            body += "<ul class=\"entries\">"
            for item in items {
                let key = Self.escape(VietnameseText.slug(item.title + " " + item.path))
                let page = WorkspaceSite.page(of: item.path).map { "/" + $0.dropLast("index.html".count) }
                let view = page.map { " <a href=\"\($0)\">\(t("Xem", "View"))</a>" } ?? ""
                body += """
                <li data-key="\(key)"><a class="title" href="\(Self.link("page", [("path", item.path)]))">\(Self.escape(item.title))</a>
                <span class="detail">\(item.detail.isEmpty ? "" : Self.escape(item.detail) + " · ")<code>\(Self.escape(item.path))</code></span>
                <span class="links"><a href="\(Self.link("page", [("path", item.path)]))" aria-label="\(t("Sửa", "Edit")) \(Self.escape(item.title))">\(t("Sửa", "Edit"))</a>\(view)
                <a href="\(Self.link("history", [("path", item.path)]))">\(t("Các bản trước", "Earlier versions"))</a></span></li>
                """
            }
            body += "</ul></section>"
        }
        body += "</div>"
        return page(title: t("Nội dung của trang", "The site's content"), current: "", body: body)
    }
}
