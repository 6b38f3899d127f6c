/// What a data block stands for in a Word report, judged at the report's period end
/// (`RenderContext.judgedAt`): a targets block is a ruled table (indicator, target, result at
/// the period's end, status in words), a chart block a picture of the chart, a cooperatives
/// block a list. Tables and charts are numbered in the order they appear.
struct ReportFigures {
    let context: RenderContext
    /// Between the margins, in twips.
    let textWidth: Int
    var tables = 0
    var charts = 0

    var site: Site { context.site }
    var language: Language { context.language }
    var day: Day { context.judgedAt ?? site.asOf }

    func text(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    mutating func blocks(for request: DataBlockRequest, document: inout WordDocument) -> [WordBlock] {
        switch request {
        case .targets(let slug):
            return targets(slug)
        case .chart(let plan?, let indicatorID):
            guard let target = site.targets(plan: plan).last(where: { $0.indicator == indicatorID }),
                  let indicator = site.indicator(indicatorID), let input = Charts(context: context).timeSeriesInput(target, indicator)
            else { return [] }
            let svg = TimeSeriesChart.svg(input, language: language, idPrefix: "bieu-do-\(plan)-\(indicatorID)")
            let planName = site.plan(plan).map(planName) ?? plan
            return chart(svg, caption: indicator.name(in: language) + " (" + planName + ")")
        case .chart(nil, let indicatorID):
            guard let indicator = site.indicator(indicatorID) else { return [] }
            let input = Charts(context: context).comparisonInput(indicator)
            guard !input.rows.isEmpty else { return [] }
            return chart(ComparisonChart.svg(input, language: language, idPrefix: "so-sanh-\(indicatorID)"),
                         caption: indicator.name(in: language) + text(", so sánh giữa các kế hoạch", ", compared across plans"))
        case .cooperatives(let filter):
            let found = DataBlockView(context: context, pagePath: "").cooperatives(filter)
            guard !found.isEmpty else { return [] }
            let list = document.newList(.bullet)
            return found.map { coop in
                let details = [context.kindName(coop.kind), coop.locality, context.provinceName(coop.province),
                               text("xếp loại ", "rating: ") + context.ratingName(coop.rating)].compactMap { $0 }
                var paragraph = WordParagraph(style: "ListBullet", runs: [WordRun(coop.name, bold: true),
                                                                         WordRun(" (" + details.joined(separator: ", ") + ")")])
                paragraph.list = (list, 0)
                return .paragraph(paragraph)
            }
        }
    }

    /// `Kế hoạch số 291/KH-UBND`, or the plan's title when it has no number.
    func planName(_ plan: Plan) -> String {
        plan.number.map { text("Kế hoạch số ", "Plan No. ") + $0 } ?? plan.title
    }

    /// Column widths in twips: TT, indicator, target, result, status.
    var targetColumns: [Int] {
        let shares = [8, 34, 21, 21, 16]
        var columns = shares.map { textWidth * $0 / 100 }
        columns[1] += textWidth - columns.reduce(0, +)
        return columns
    }

    mutating func targets(_ slug: String) -> [WordBlock] {
        guard let plan = site.plan(slug) else { return [] }
        let targets = site.targets(plan: slug)
        let date = DateFormat(language).format(day)
        tables += 1
        let captionText = text("Bảng \(tables). Chỉ tiêu của ", "Table \(tables). Targets of ") + planName(plan)
            + text(", đánh giá đến ngày ", ", judged as of ") + date
        var caption = WordParagraph(style: "Caption", text: captionText)
        caption.keepWithNext = true
        guard !targets.isEmpty else {
            return [.paragraph(caption), .paragraph(WordParagraph(style: "Normal", text: context.t("no_targets")))]
        }
        func cell(_ text: String, heading: Bool = false, center: Bool = false) -> WordTable.Cell {
            var paragraph = WordParagraph(style: heading ? "TableHeading" : "TableText", text: text)
            if center { paragraph.alignment = .center }
            var cell = WordTable.Cell([paragraph])
            cell.verticalAlignment = .center
            return cell
        }
        let heading = [text("TT", "No."), text("Chỉ tiêu", "Indicator"), text("Mục tiêu", "Target"),
                       text("Kết quả đến ngày ", "Result as of ") + date, text("Đánh giá", "Status")]
        var rows = [WordTable.Row(cells: heading.map { cell($0, heading: true) }, isHeader: true)]
        let words = TargetRows(context: context, root: "")
        var statuses: [ProgressStatus] = []
        for target in targets {
            guard let indicator = site.indicator(target.indicator) else { continue }
            let progress = context.progress(target)
            statuses.append(progress.status)
            var name = [WordParagraph(style: "TableText", text: indicator.name(in: language))]
            if let label = target.label {
                name.append(WordParagraph(style: "TableText", text: "“" + label + "”", italic: true))
            }
            var nameCell = WordTable.Cell(name)
            nameCell.verticalAlignment = .center
            let result = progress.latest.map { latest in
                context.value(latest.value, indicator) + " ("
                    + (indicator.measure == .perYear ? text("năm ", "") + String(latest.date.year) : DateFormat(language).format(latest.date)) + ")"
            } ?? ProgressStatus.noData.label(language)
            rows.append(WordTable.Row(cells: [
                cell(String(rows.count), center: true), nameCell,
                cell(words.targetText(target, indicator) + text(" (năm \(target.targetYear))", " (by \(target.targetYear))")),
                cell(result), cell(progress.status.label(language), center: true),
            ]))
        }
        let table = WordTable(columns: targetColumns, rows: rows, style: "TableGrid", caption: captionText)
        var after = WordParagraph(style: "Normal", text: summary(statuses))
        after.spacingBefore = 120
        return [.paragraph(caption), .table(table), .paragraph(after)]
    }

    /// `Trong 8 chỉ tiêu: 2 Đạt, 1 Cần đẩy nhanh, …` in the order of the statuses.
    func summary(_ statuses: [ProgressStatus]) -> String {
        let counts = ProgressStatus.allCases.compactMap { status -> String? in
            let count = statuses.filter { $0 == status }.count
            return count == 0 ? nil : "\(count) " + status.label(language).lowercasedFirst(language)
        }
        let total = statuses.count
        return text("Trong \(total) chỉ tiêu: ", "Of \(total) targets: ") + counts.joined(separator: ", ") + "."
    }

    mutating func chart(_ svg: String, caption: String) -> [WordBlock] {
        charts += 1
        let width = Double(textWidth) / 20
        guard let picture = ReportPicture.chart(svg, width: width, name: text("Biểu đồ \(charts)", "Chart \(charts)")) else {
            return []
        }
        var figure = WordParagraph(style: "Caption", runs: [.picture(picture)])
        figure.keepWithNext = true
        let date = DateFormat(language).format(day)
        let label = text("Biểu đồ \(charts). ", "Chart \(charts). ") + caption + text(", đến ngày ", ", as of ") + date
        return [.paragraph(figure), .paragraph(WordParagraph(style: "Caption", text: label))]
    }
}

extension String {
    /// `Đạt` → `đạt` in running text; English status words stay as they are capitalised.
    func lowercasedFirst(_ language: Language) -> String {
        guard let first else { return self }
        return language == .vi ? first.lowercased() + dropFirst() : self
    }
}
