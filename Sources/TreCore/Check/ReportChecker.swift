/// What a report refers to: its plans and province must exist, and its period must end by
/// the day the data reaches (`as_of`), or its figures would be judged on data not yet in.
struct ReportChecker {
    let content: SiteContent
    let index: ContentIndex

    func check(_ diagnostics: inout Diagnostics) {
        let asOf = SiteAssembler.reportingDate(content)
        for report in content.reports {
            for (position, slug) in report.plans.enumerated() where index.plan(slug) == nil {
                if content.isDeclared(slug, in: "plans") { continue }
                let location = position < report.planLocations.count ? report.planLocations[position] : report.location
                diagnostics.append(Reference.missing(slug, at: location, kind: LocalizedText(vi: "kế hoạch", en: "plan"),
                                                     fix: Reference.create("plans/\(slug).md"), known: index.planSlugs.sorted()))
            }
            if let slug = report.province, index.province(slug) == nil, !content.isDeclared(slug, in: "provinces") {
                diagnostics.append(Reference.missing(slug, at: report.fieldLocations["province"] ?? report.location,
                                                     kind: LocalizedText(vi: "tỉnh", en: "province"),
                                                     fix: Reference.create("provinces/\(slug).md"), known: index.provinceSlugs.sorted()))
            }
            checkPeriod(report, asOf: asOf, &diagnostics)
        }
    }

    func checkPeriod(_ report: Report, asOf: Day, _ diagnostics: inout Diagnostics) {
        let end = report.judgedAt
        guard end > asOf else { return }
        let vi = DateFormat(.vi), en = DateFormat(.en)
        let fromPeriod = report.periodTo != nil
        let location = (fromPeriod ? report.fieldLocations["period.to"] : report.fieldLocations["date"]) ?? report.location
        let what = fromPeriod
            ? LocalizedText(vi: "Kỳ báo cáo kết thúc ngày \(vi.format(end))", en: "The period ends on \(en.format(end))")
            : LocalizedText(vi: "Báo cáo không ghi kỳ nên được đánh giá tại ngày báo cáo \(vi.format(end))",
                            en: "The report has no period, so it is judged at its date, \(en.format(end))")
        diagnostics.error(
            location,
            vi: "\(what.vi), sau ngày số liệu tính đến (\(vi.format(asOf))): chưa có số liệu để đánh giá chỉ tiêu đến cuối kỳ.",
            en: "\(what.en), after the day the data reaches (\(en.format(asOf))): there are no figures yet to judge the targets at the period's end.",
            hintVi: "Nhập số liệu đến cuối kỳ vào data/progress.csv và sửa as_of trong site.yml, hoặc ghi kỳ báo cáo kết thúc không muộn hơn: period: { to: \(asOf.iso) }.",
            hintEn: "Add the figures up to the period's end to data/progress.csv and update as_of in site.yml, or end the period no later than: period: { to: \(asOf.iso) }.")
    }
}
