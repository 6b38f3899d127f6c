/// Reads `reports/<slug>.md` (content format 1.1, "reports/<slug>.md"). What can be checked
/// from the file alone is checked here; plans, provinces and the period against `as_of` are
/// checked with the whole site, by `ReportChecker`.
extension PageLoader {
    static let reportKeys: Set<String> = ["title", "date", "plans", "period", "number", "issuer", "place",
                                          "kind", "signer", "recipients", "province"]

    static func report(_ page: MarkdownPage, _ reader: inout FileReader) -> Report? {
        guard checkSlug(page, &reader),
              let fields = frontMatter(page, &reader, example: reportExample) else { return nil }
        fields.warnUnknownKeys(allowed: reportKeys, into: &reader.diagnostics)
        let title = fields.string("title", required: true, into: &reader.diagnostics)
        let date = fields.day("date", required: true, into: &reader.diagnostics)
        let plans = planList(fields, &reader)
        let period = self.period(fields, &reader)
        let signer = self.signer(fields, &reader)
        var report = Report(slug: page.slug, title: title ?? "", date: date ?? Day(year: 1, month: 1, day: 1)!,
                            plans: plans.map(\.slug), body: page.body, location: page.location)
        report.planLocations = plans.map(\.location)
        report.fieldLocations = fields.valueLocations
        report.periodFrom = period.from
        report.periodTo = period.to
        if let locations = fields.mapping("period", into: &reader.diagnostics)?.valueLocations {
            for (key, location) in locations { report.fieldLocations["period." + key] = location }
        }
        report.number = fields.string("number", into: &reader.diagnostics)
        report.issuer = fields.stringList("issuer", into: &reader.diagnostics) ?? []
        report.place = fields.string("place", into: &reader.diagnostics)
        report.kind = fields.string("kind", into: &reader.diagnostics)
        report.signer = signer
        report.recipients = fields.stringList("recipients", into: &reader.diagnostics) ?? []
        report.province = fields.slug("province", into: &reader.diagnostics)
        guard title != nil, date != nil, !plans.isEmpty, period.valid else { return nil }
        return report
    }

    static let reportExample = """
        title: Kết quả thực hiện Kế hoạch số 291/KH-UBND 6 tháng đầu năm 2025
        date: 2025-06-30
        plans: [ha-nam-291-kh-ubnd-2024]
        """

    /// `plans`: one slug or a list of them, each with where it was written; at least one.
    static func planList(_ fields: YAMLFields, _ reader: inout FileReader) -> [(slug: String, location: SourceLocation)] {
        guard let node = fields.present("plans", required: true, into: &reader.diagnostics) else { return [] }
        let items: [YAMLNode]
        switch node.value {
        case .sequence(let list): items = list.filter { !$0.isNull }
        case .scalar: items = [node]
        case .mapping: items = [node]
        }
        var plans: [(slug: String, location: SourceLocation)] = []
        for item in items {
            guard let text = item.scalar else {
                reader.diagnostics.error(
                    item.location,
                    vi: "Mỗi mục của `plans` là tên tệp của một kế hoạch, ví dụ ha-nam-291-kh-ubnd-2024.",
                    en: "Each item of `plans` is the file name of a plan, e.g. ha-nam-291-kh-ubnd-2024.",
                    hintVi: "Viết `plans: [ten-ke-hoach]`, hoặc mỗi kế hoạch một dòng `- ten-ke-hoach`.",
                    hintEn: "Write `plans: [plan-name]`, or one line `- plan-name` per plan.")
                continue
            }
            switch ValueParser.slug(text) {
            case .success(let slug): plans.append((slug, item.location))
            case .failure(let problem): reader.diagnostics.error(problem.about("plans"), at: item.location)
            }
        }
        if items.isEmpty {
            reader.diagnostics.error(
                fields.keyLocation("plans") ?? node.location,
                vi: "Báo cáo cần ít nhất một kế hoạch trong `plans`.",
                en: "A report needs at least one plan in `plans`.",
                hintVi: "Ví dụ: `plans: [ha-nam-291-kh-ubnd-2024]` (tên tệp trong plans/, không có .md).",
                hintEn: "For example: `plans: [ha-nam-291-kh-ubnd-2024]` (the file name in plans/, without .md).")
        }
        return plans
    }

    /// `period: { from, to }`; `valid` is false when it ends before it starts.
    static func period(_ fields: YAMLFields, _ reader: inout FileReader) -> (from: Day?, to: Day?, valid: Bool) {
        guard let period = fields.mapping("period", into: &reader.diagnostics) else { return (nil, nil, true) }
        period.warnUnknownKeys(allowed: ["from", "to"], into: &reader.diagnostics)
        let from = period.day("from", into: &reader.diagnostics)
        let to = period.day("to", into: &reader.diagnostics)
        if let from, let to, to < from {
            let dates = DateFormat(.vi)
            period.valueError(into: &reader.diagnostics, "to",
                vi: "Kỳ báo cáo kết thúc (to: \(dates.format(to))) trước khi bắt đầu (from: \(dates.format(from))).",
                en: "The period ends (to: \(to.iso)) before it starts (from: \(from.iso)).",
                hintVi: "Kiểm tra lại hai ngày: from là ngày đầu kỳ, to là ngày cuối kỳ, ví dụ from: 2025-01-01, to: 2025-06-30.",
                hintEn: "Check the two dates: from is the first day, to the last, e.g. from: 2025-01-01, to: 2025-06-30.")
            return (from, to, false)
        }
        return (from, to, true)
    }

    /// `signer: { authority, title, name }`.
    static func signer(_ fields: YAMLFields, _ reader: inout FileReader) -> Report.Signer? {
        guard let signer = fields.mapping("signer", into: &reader.diagnostics) else { return nil }
        signer.warnUnknownKeys(allowed: ["authority", "title", "name"], into: &reader.diagnostics)
        let value = Report.Signer(authority: signer.string("authority", into: &reader.diagnostics),
                                  title: signer.string("title", into: &reader.diagnostics),
                                  name: signer.string("name", into: &reader.diagnostics))
        return value == Report.Signer() ? nil : value
    }
}
