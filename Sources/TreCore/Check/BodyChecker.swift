import Foundation

/// Checks what Markdown bodies refer to: data blocks (`chart`, `targets`, `cooperatives`)
/// must name plans, indicators and provinces that exist; links to pages or media that do not
/// exist are warned about.
struct BodyChecker {
    let index: ContentIndex
    let config: SiteConfig
    let bodies: [MarkdownSource]
    /// Bodies and data blocks read by earlier builds (`tre serve`); nil reads every one.
    var cache: BuildCache?

    /// Checks every body; returns what their data blocks ask for, by `Site.key(of:)`.
    func check(_ diagnostics: inout Diagnostics) -> [String: DataBlockRequest] {
        // Bodies are independent: check them on all cores, then report in the same order as ever.
        let results = ConcurrentResults<(Diagnostics, [String: DataBlockRequest])>(count: bodies.count)
        DispatchQueue.concurrentPerform(iterations: bodies.count) { position in
            var found = Diagnostics()
            let requests = check(bodies[position], &found)
            results.set(position, (found, requests))
        }
        var requests: [String: DataBlockRequest] = [:]
        for case let (found, bodyRequests)? in results.values {
            diagnostics.append(contentsOf: found)
            requests.merge(bodyRequests) { first, _ in first }
        }
        return requests
    }

    func check(_ body: MarkdownSource, _ diagnostics: inout Diagnostics) -> [String: DataBlockRequest] {
        let unsafeHTML = config.unsafeHTML
        let rendered = cache?.surveyed(body, unsafeHTML: unsafeHTML)
            ?? MarkdownRenderer.survey(body, unsafeHTML: unsafeHTML)
        diagnostics.append(contentsOf: rendered.diagnostics)
        var requests: [String: DataBlockRequest] = [:]
        for block in rendered.blocks {
            guard case .data(let data) = block else { continue }
            let parsed = cache?.parsed(data) ?? DataBlockParser.parse(data)
            diagnostics.append(contentsOf: parsed.diagnostics)
            if let request = parsed.request {
                requests[Site.key(of: data)] = request
                checkRequest(request, at: data.location, &diagnostics)
            }
        }
        for link in rendered.links where ContentLink.resolve(link.destination, in: index) == .broken {
            diagnostics.warning(
                link.location,
                vi: "Liên kết «\(link.destination)» không dẫn tới trang hay tệp nào của trang web.",
                en: "Link \"\(link.destination)\" leads to no page or file of the site.",
                hintVi: "Viết đường dẫn tính từ thư mục nội dung, ví dụ plans/ten-ke-hoach hoặc media/anh.jpg.",
                hintEn: "Write the path from the content folder, e.g. plans/plan-name or media/photo.jpg.")
        }
        return requests
    }

    func checkRequest(_ request: DataBlockRequest, at location: SourceLocation, _ diagnostics: inout Diagnostics) {
        let plan = LocalizedText(vi: "kế hoạch", en: "plan")
        let indicator = LocalizedText(vi: "chỉ tiêu", en: "indicator")
        func requirePlan(_ slug: String) {
            if index.plan(slug) == nil {
                diagnostics.append(Reference.missing(slug, at: location, kind: plan, whereDefined: "plans/\(slug).md",
                                                     known: index.planSlugs.sorted()))
            }
        }
        switch request {
        case .chart(let planSlug, let indicatorID):
            if let planSlug { requirePlan(planSlug) }
            if index.indicator(indicatorID) == nil {
                diagnostics.append(Reference.missing(indicatorID, at: location, kind: indicator,
                                                     whereDefined: "data/indicators.csv",
                                                     known: index.indicatorIDs.sorted()))
            } else if let planSlug, index.plan(planSlug) != nil,
                      !index.targets(plan: planSlug).contains(where: { $0.indicator == indicatorID }) {
                diagnostics.error(
                    location,
                    vi: "Kế hoạch «\(planSlug)» không có chỉ tiêu «\(indicatorID)» nên không vẽ được biểu đồ.",
                    en: "Plan \"\(planSlug)\" has no target for \"\(indicatorID)\", so there is no chart to draw.",
                    hintVi: "Thêm chỉ tiêu vào data/targets.csv, hoặc chọn chỉ tiêu khác.",
                    hintEn: "Add the target to data/targets.csv, or choose another indicator.")
            }
        case .targets(let planSlug):
            requirePlan(planSlug)
        case .cooperatives(let filter):
            if let slug = filter.province, index.province(slug) == nil {
                diagnostics.append(Reference.missing(slug, at: location, kind: LocalizedText(vi: "tỉnh", en: "province"),
                                                     whereDefined: "provinces/\(slug).md",
                                                     known: index.provinceSlugs.sorted()))
            }
        }
    }
}
