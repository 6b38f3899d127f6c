import Foundation

/// A report as a Word document in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I: the
/// two-column header (issuer and số on the left, Quốc hiệu, Tiêu ngữ and the date on the
/// right), the kind and summary centred in bold, the body with its tables and charts judged
/// at the period's end, then "Nơi nhận" on the left and the signature on the right.
/// See `WordStyles` for the sizes and spacing.
public struct ReportDocument {
    /// Judged at the report's period end (`RenderContext.judgedAt`).
    let context: RenderContext
    let report: Report
    let layout: ReportLayout
    /// Bytes of a media file by its content path, for pictures in the body.
    let media: @Sendable (String) -> Data?

    public init(report: Report, context: RenderContext, media: @escaping @Sendable (String) -> Data?) {
        var context = context
        context.judgedAt = report.judgedAt
        self.context = context
        self.report = report
        layout = ReportLayout(report: report, site: context.site)
        self.media = media
    }

    var language: Language { context.language }
    var section: WordSection { WordSection() }

    /// The width of the header table's columns, in twips. The right one holds the Quốc hiệu
    /// (bold 12 pt) on one line; the issuer wraps in the left one when it is long.
    static let headerColumns = [3955, 5400]

    public func word() -> WordDocument {
        var document = WordDocument()
        document.language = language
        document.date = report.date
        document.title = layout.kind + " " + report.title
        document.subject = report.title
        document.blocks = [.table(header())] + title()
        var body = ReportBody(document: document, context: context, report: report, media: media,
                              textWidth: section.textWidth)
        body.append(report.body)
        document = body.document
        document.blocks.append(.table(signature()))
        return document
    }

    /// Ô 1 to 4 of the decree's layout: issuer and số on the left, Quốc hiệu, Tiêu ngữ and
    /// the place and date on the right, each pair on one line with the other.
    func header() -> WordTable {
        let (left, right) = (Self.headerColumns[0], Self.headerColumns[1])
        // Less the cell margins (57 twips each side) that `PlainTable` keeps.
        let leftText = Double(left - 114) / 20, rightText = Double(right - 114) / 20
        var issuer: [WordParagraph] = []
        for (index, line) in layout.issuer.enumerated() {
            issuer.append(WordParagraph(style: index == layout.issuer.count - 1 ? "Issuer" : "IssuerParent", text: line))
        }
        if let body = layout.issuer.last {
            // A third to a half of the issuing body's line (mục 2): 40%.
            let length = TextMetrics.longestLine(body, size: 13, bold: true, width: leftText) * 0.4
            issuer.append(rule(length: length, in: leftText))
        }
        var nation = [WordParagraph(style: "NationalTitle", text: layout.nationalTitle),
                      WordParagraph(style: "Motto", text: layout.motto)]
        // As long as the Tiêu ngữ (mục 1).
        nation.append(rule(length: TextMetrics.width(layout.motto, size: 13, bold: true), in: rightText))
        let top = WordTable.Row(cells: [WordTable.Cell(issuer), WordTable.Cell(nation)])
        let bottom = WordTable.Row(cells: [WordTable.Cell([WordParagraph(style: "DocumentNumber", text: layout.numberLine)]),
                                           WordTable.Cell([WordParagraph(style: "PlaceDate", text: layout.placeDate)])])
        return WordTable(columns: Self.headerColumns, rows: [top, bottom], style: "PlainTable",
                         caption: text("Tên cơ quan, số, ký hiệu, Quốc hiệu, Tiêu ngữ, địa danh và ngày ban hành",
                                       "Issuing body, number, national title, motto, place and date"))
    }

    /// Ô 5a: the kind and the summary, with the rule under them (mục 5).
    func title() -> [WordBlock] {
        let width = Double(section.textWidth) / 20
        let summaryLine = TextMetrics.longestLine(report.title, size: 14, bold: true, width: width)
        return [
            .paragraph(WordParagraph(style: "DocumentKind", text: layout.kind)),
            .paragraph(WordParagraph(style: "Summary", text: report.title)),
            .paragraph(rule(length: summaryLine * 0.4, in: width, after: 240)),
        ]
    }

    /// A rule `length` points long centred in a column `width` points wide: an empty line
    /// with a top border between indents, which Word and LibreOffice both draw the same way.
    func rule(length: Double, in width: Double, after: Int = 0) -> WordParagraph {
        var paragraph = WordParagraph(style: "Rule")
        let side = max(0, Int(((width - min(length, width)) / 2 * 20).rounded()))
        paragraph.indent = (side, side)
        paragraph.topRule = true
        if after > 0 { paragraph.spacingAfter = after }
        return paragraph
    }

    /// Ô 9 and 7: "Nơi nhận" with its list on the left, level with the signer's titles on
    /// the right; the signature and seal go in the space above the name.
    func signature() -> WordTable {
        var recipients: [WordParagraph] = []
        if !layout.recipients.isEmpty {
            recipients.append(WordParagraph(style: "RecipientsHeading", text: layout.recipientsHeading))
            recipients += layout.recipients.map { WordParagraph(style: "Recipient", text: $0) }
        } else {
            recipients.append(WordParagraph(style: "Recipient"))
        }
        let (titles, name) = layout.signerLines
        var signer = titles.map { WordParagraph(style: "SignerTitle", text: $0) }
        if let name { signer.append(WordParagraph(style: "SignerName", text: name)) }
        if signer.isEmpty { signer.append(WordParagraph(style: "SignerTitle")) }
        let width = section.textWidth
        let left = width * 45 / 100
        var spacer = WordTable.Row(cells: [WordTable.Cell([WordParagraph(style: "Recipient")]),
                                           WordTable.Cell([WordParagraph(style: "Recipient")])])
        spacer.cantSplit = false
        return WordTable(columns: [left, width - left],
                         rows: [spacer, WordTable.Row(cells: [WordTable.Cell(recipients), WordTable.Cell(signer)])],
                         style: "PlainTable",
                         caption: text("Nơi nhận và chữ ký", "Recipients and signature"))
    }

    func text(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }
}
