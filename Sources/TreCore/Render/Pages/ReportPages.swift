/// The list of reports and one page per report: the report as its Word file lays it out
/// (issuer, Quốc hiệu, number and date, kind and summary, body, signer, recipients), its
/// tables and charts judged at the period's end, and links to its `.docx` and `.pdf` when
/// `tre report` made them.
struct ReportPages {
    let context: RenderContext

    /// What a theme copied from an older Tre lacks for these pages is taken from the built-in
    /// theme, so a site's own look never leaves a report's page empty.
    static let themeFiles: Set<String> = ["pages/report.mustache", "pages/reports.mustache", "partials/report-card.mustache"]

    static func completed(_ theme: Theme) -> Theme {
        let complete = themeFiles.allSatisfy { theme.files[$0] != nil }
            && Language.allCases.allSatisfy { theme.text("strings/\($0.rawValue).yml")?.contains("\nreport_download_pdf:") ?? true }
        return complete ? theme : theme.completed(from: .builtIn, files: themeFiles.contains, strings: ["reports_", "report_"])
    }

    func listPage() -> Page {
        let path = PagePath.reports
        let root = PagePath.root(of: path)
        return Page(path: path, template: "pages/reports", title: context.t("reports_title"),
                    values: ["reports": context.site.reports.map { Self.card($0, context, root: root) },
                             "lead": context.t("reports_lead")])
    }

    /// A report in lists: its kind, number and date, and summary line.
    static func card(_ report: Report, _ context: RenderContext, root: String) -> [String: Any] {
        let layout = ReportLayout(report: report, site: context.site)
        var card: [String: Any] = [
            "title": report.title,
            "href": root + PagePath.report(report.slug),
            "kind": layout.kind,
            "date": context.dates.format(report.date),
            "date_iso": report.date.iso,
        ]
        card["number"] = report.number
        return card
    }

    func page(_ report: Report) -> Page {
        let site = context.site
        let path = PagePath.report(report.slug)
        let root = PagePath.root(of: path)
        var judged = context
        judged.judgedAt = report.judgedAt
        let layout = ReportLayout(report: report, site: site)
        var values = Self.card(report, context, root: root)
        values["issuer"] = layout.issuer.enumerated().map { ["line": $1, "main": $0 == layout.issuer.count - 1] }
        values["national_title"] = layout.nationalTitle
        values["motto"] = layout.motto
        values["number_line"] = layout.numberLine
        values["place_date"] = layout.placeDate
        values["judged_at"] = layout.judgedAtLine
        values["judged_at_iso"] = report.judgedAt.iso
        if let from = report.periodFrom {
            values["period"] = context.dates.format(from) + " – " + context.dates.format(report.judgedAt)
        }
        values["body"] = BodyRenderer(context: judged).render(report.body, on: path).html
        let (titles, name) = layout.signerLines
        values["signer_titles"] = titles
        values["signer_name"] = name
        values["recipients_heading"] = layout.recipientsHeading
        values["recipients"] = layout.recipients
        values["plans"] = report.plans.compactMap(site.plan).map { Cards.plan($0, context, root: root) }
        if let slug = report.province, let province = site.province(slug) {
            values["province"] = ["name": province.name, "href": root + PagePath.province(slug)]
        }
        let documents = context.reportDocuments[report.slug] ?? []
        var downloads: [[String: Any]] = []
        if documents.contains("docx") {
            downloads.append(["href": "../\(report.slug).docx", "label": context.t("report_download_docx")])
        }
        if documents.contains("pdf") {
            downloads.append(["href": "../\(report.slug).pdf", "label": context.t("report_download_pdf")])
        }
        values["downloads"] = downloads
        return Page(path: path, template: "pages/report", title: report.title,
                    description: Self.summary(report, context), values: values)
    }

    /// `BÁO CÁO – Số 125/BC-UBND – 30/06/2025`, for the page's description and the feeds.
    static func summary(_ report: Report, _ context: RenderContext) -> String {
        [ReportLayout(report: report, site: context.site).kind, report.number.map { context.t("report_number") + " " + $0 },
         context.dates.format(report.date)].compactMap { $0 }.joined(separator: " – ")
    }
}
