import Foundation

/// Checks what Markdown bodies refer to: data blocks (`chart`, `targets`, `cooperatives`)
/// must name plans, indicators and provinces that exist; an image that does not exist is an
/// error, and links to pages or files that do not exist are warned about.
struct BodyChecker {
    let index: ContentIndex
    let config: SiteConfig
    let bodies: [MarkdownSource]
    /// What the content declares, for names whose own page or row was broken, and the file
    /// each table was read from.
    let content: SiteContent
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
            if link.isImage {
                // A picture that is not there is a hole in the page: as `image:` is, an error.
                diagnostics.append(MediaPath.missing(link.destination, at: link.location, in: index.media))
                continue
            }
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
        // A name whose own page or row was broken (or whose table could not be read) has
        // been reported once already.
        func requirePlan(_ slug: String) {
            if index.plan(slug) == nil, !content.isDeclared(slug, in: "plans") {
                diagnostics.append(Reference.missing(slug, at: location, kind: Reference.planKind,
                                                     fix: Reference.create("plans/\(slug).md"),
                                                     known: index.planSlugs.sorted()))
            }
        }
        switch request {
        case .chart(let planSlug, let indicatorID):
            if let planSlug { requirePlan(planSlug) }
            if index.indicator(indicatorID) == nil {
                if !content.isDeclared(indicatorID, in: "indicators") {
                    diagnostics.append(Reference.missing(indicatorID, at: location, kind: Reference.indicatorKind,
                                                         fix: Reference.addRow(indicatorID, to: content.table("indicators")),
                                                         known: index.indicatorIDs.sorted()))
                }
            } else if let planSlug, index.plan(planSlug) != nil,
                      !index.targets(plan: planSlug).contains(where: { $0.indicator == indicatorID }),
                      !content.isDeclared(Site.key(planSlug, indicatorID), in: "targets") {
                diagnostics.error(
                    location,
                    vi: "Kế hoạch «\(planSlug)» không có chỉ tiêu «\(indicatorID)» nên không vẽ được biểu đồ.",
                    en: "Plan \"\(planSlug)\" has no target for \"\(indicatorID)\", so there is no chart to draw.",
                    hintVi: "Thêm chỉ tiêu vào \(content.table("targets")), hoặc chọn chỉ tiêu khác.",
                    hintEn: "Add the target to \(content.table("targets")), or choose another indicator.")
            }
        case .targets(let planSlug):
            requirePlan(planSlug)
        case .cooperatives(let filter):
            if let slug = filter.province, index.province(slug) == nil, !content.isDeclared(slug, in: "provinces") {
                diagnostics.append(Reference.missing(slug, at: location, kind: Reference.provinceKind,
                                                     fix: Reference.create("provinces/\(slug).md"),
                                                     known: index.provinceSlugs.sorted()))
            }
        }
    }
}
