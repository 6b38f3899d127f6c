/// What a report refers to: its plans and province must exist, and its period must end by
/// the day the data reaches (`as_of`), or its figures would be judged on data not yet in.
struct ReportChecker {
    let site: Site

    func check(_ diagnostics: inout Diagnostics) {
        for report in site.reports {
            for (index, slug) in report.plans.enumerated() where site.plan(slug) == nil {
                if site.content.isDeclared(slug, in: "plans") { continue }
                let location = index < report.planLocations.count ? report.planLocations[index] : report.location
                diagnostics.append(Reference.missing(slug, at: location, kind: LocalizedText(vi: "kế hoạch", en: "plan"),
                                                     whereDefined: "plans/\(slug).md", known: site.plans.map(\.slug)))
            }
            if let slug = report.province, site.province(slug) == nil, !site.content.isDeclared(slug, in: "provinces") {
                diagnostics.append(Reference.missing(slug, at: report.fieldLocations["province"] ?? report.location,
                                                     kind: LocalizedText(vi: "tỉnh", en: "province"),
                                                     whereDefined: "provinces/\(slug).md", known: site.provinces.map(\.slug)))
            }
            checkPeriod(report, &diagnostics)
        }
    }

    func checkPeriod(_ report: Report, _ diagnostics: inout Diagnostics) {
        let end = report.judgedAt
        guard end > site.asOf else { return }
        let vi = DateFormat(.vi), en = DateFormat(.en)
        let fromPeriod = report.periodTo != nil
        let location = (fromPeriod ? report.fieldLocations["period.to"] : report.fieldLocations["date"]) ?? report.location
        let what = fromPeriod
            ? LocalizedText(vi: "Kỳ báo cáo kết thúc ngày \(vi.format(end))", en: "The period ends on \(en.format(end))")
            : LocalizedText(vi: "Báo cáo không ghi kỳ nên được đánh giá tại ngày báo cáo \(vi.format(end))",
                            en: "The report has no period, so it is judged at its date, \(en.format(end))")
        diagnostics.error(
            location,
            vi: "\(what.vi), sau ngày số liệu tính đến (\(vi.format(site.asOf))): chưa có số liệu để đánh giá chỉ tiêu đến cuối kỳ.",
            en: "\(what.en), after the day the data reaches (\(en.format(site.asOf))): there are no figures yet to judge the targets at the period's end.",
            hintVi: "Nhập số liệu đến cuối kỳ vào data/progress.csv và sửa as_of trong site.yml, hoặc ghi kỳ báo cáo kết thúc không muộn hơn: period: { to: \(site.asOf.iso) }.",
            hintEn: "Add the figures up to the period's end to data/progress.csv and update as_of in site.yml, or end the period no later than: period: { to: \(site.asOf.iso) }.")
    }
}
