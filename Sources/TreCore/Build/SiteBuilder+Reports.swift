import Foundation

extension SiteBuilder {
    /// The reports' steps 1–4: the site prepared as for `tre build`, then each report asked
    /// for as a Word document, in memory. Writing them (and the PDFs) is `ReportPublisher`'s.
    public struct Reports: Sendable {
        public var assembled: Assembled
        /// Set when a slug names no report: what to tell the user.
        public var problem: LocalizedText?
        /// The reports made, in the order asked (every report, newest first, when none was named).
        public var documents: [(report: Report, docx: Data)] = []
        /// Bytes of a media file by its content path, for pictures.
        public var media: @Sendable (String) -> Data? = { _ in nil }

        public var diagnostics: Diagnostics { assembled.diagnostics }
        public var language: Language { assembled.language }
        public var site: Site? { assembled.site }
        public var templates: TemplateLibrary? { assembled.templates }
    }

    /// Checks the content, then writes the Word file of each report in `slugs` (every
    /// report when empty).
    public func reports(_ slugs: [String] = []) -> Reports {
        var built = Reports(assembled: prepare())
        guard let context = built.assembled.context else { return built }
        let site = context.site
        var chosen: [Report] = []
        for slug in slugs {
            guard let report = site.report(slug) else {
                built.problem = Self.unknownReport(slug, site)
                return built
            }
            if !chosen.contains(where: { $0.slug == slug }) { chosen.append(report) }
        }
        let reports = slugs.isEmpty ? site.reports : chosen
        let content = self.content
        let media = site.mediaPaths
        let read: @Sendable (String) -> Data? = { path in media.contains(path) ? try? content.read(path) : nil }
        built.media = read
        let made = ConcurrentResults<Result<Data, WordPackage.Failure>>(count: reports.count)
        // Each report is independent (its charts are the slow part): make them on all cores.
        DispatchQueue.concurrentPerform(iterations: reports.count) { index in
            let document = ReportDocument(report: reports[index], context: context, media: read).word()
            made.set(index, Result { () throws(WordPackage.Failure) in try WordPackage.data(document) })
        }
        for (report, result) in zip(reports, made.values) {
            switch result {
            case .success(let data)?: built.documents.append((report, data))
            case .failure(let failure)?:
                built.problem = LocalizedText(vi: "không tạo được tệp Word của báo cáo \(report.slug): \(failure.reason)",
                                              en: "could not make the Word file of report \(report.slug): \(failure.reason)")
                return built
            case nil: break
            }
        }
        return built
    }

    static func unknownReport(_ slug: String, _ site: Site) -> LocalizedText {
        let slugs = site.reports.map(\.slug)
        if slugs.isEmpty {
            return LocalizedText(
                vi: "không có báo cáo \"\(slug)\": thư mục reports/ chưa có báo cáo nào; tạo reports/\(slug).md (xem README, mục Báo cáo chính thức)",
                en: "there is no report \"\(slug)\": reports/ has none yet; create reports/\(slug).md (see the README, Official reports)")
        }
        let list = slugs.sorted().joined(separator: ", ")
        if let near = EditDistance.suggestion(for: slug, among: slugs) {
            return LocalizedText(
                vi: "không có báo cáo \"\(slug)\" trong reports/; có phải ý bạn là \"\(near)\"? Các báo cáo có: \(list)",
                en: "there is no report \"\(slug)\" in reports/; did you mean \"\(near)\"? The reports are: \(list)")
        }
        return LocalizedText(
            vi: "không có báo cáo \"\(slug)\" trong reports/; ghi tên tệp của báo cáo (không có .md), một trong: \(list)",
            en: "there is no report \"\(slug)\" in reports/; give the report's file name (without .md), one of: \(list)")
    }
}
