import Foundation

/// A report as one self-contained HTML document laid out like its Word file, for the PDF
/// when LibreOffice is absent: A4, the decree's margins, Times New Roman (Liberation Serif)
/// 14 pt, page numbers centred at the top from page 2 (CSS paged media, which WeasyPrint
/// prints; Chromium prints no page numbers). Charts are inline SVG, pictures `data:` URIs.
struct ReportPrint {
    let report: Report
    /// Judged at `as_of`; the period's end is set here.
    let context: RenderContext
    let media: @Sendable (String) -> Data?

    func html() -> String {
        var judged = context
        judged.judgedAt = report.judgedAt
        let layout = ReportLayout(report: report, site: context.site)
        func e(_ text: String) -> String { HTMLText.escape(text) }
        let body = BodyRenderer(context: judged).render(report.body, on: "").html
        let issuer = layout.issuer.enumerated().map { index, line in
            "<p class=\"\(index == layout.issuer.count - 1 ? "issuer" : "parent")\">\(e(line))</p>"
        }.joined()
        let (titles, name) = layout.signerLines
        var html = """
            <!DOCTYPE html>
            <html lang="\(context.language.rawValue)">
            <head><meta charset="utf-8"><title>\(e(layout.kind + " " + report.title))</title>
            <meta name="generator" content="Tre"><style>\(Self.css)</style></head>
            <body>
            <table class="head"><tr><td class="left">\(issuer)\(layout.issuer.isEmpty ? "" : "<hr class=\"short\">")\
            <p class="number">\(e(layout.numberLine))</p></td>
            <td class="right"><p class="nation">\(e(layout.nationalTitle))</p><p class="motto">\(e(layout.motto))</p>\
            <p class="date">\(e(layout.placeDate))</p></td></tr></table>
            <p class="kind">\(e(layout.kind))</p><p class="summary">\(e(report.title))</p><hr class="short">
            <main class="body">\(body)</main>
            <table class="end"><tr><td class="recipients">
            """
        if !layout.recipients.isEmpty {
            html += "<p class=\"to\">\(e(layout.recipientsHeading))</p>" + layout.recipients.map { "<p>\(e($0))</p>" }.joined()
        }
        html += "</td><td class=\"signer\">" + titles.map { "<p>\(e($0))</p>" }.joined()
        if let name { html += "<p class=\"name\">\(e(name))</p>" }
        html += "</td></tr></table>\n</body>\n</html>\n"
        let links = HandbookLinks(anchors: [:], baseURL: context.site.config.baseURL, media: media)
        return links.rewrite(PrintSVG.expandHalos(html))
    }

    /// Phụ lục I in CSS: see `WordStyles` for the sizes it follows.
    static let css = """
        @page { size: A4; margin: 20mm 15mm 20mm 30mm;
          @top-center { content: counter(page); font: 14pt "Times New Roman", "Liberation Serif", serif; vertical-align: middle; } }
        @page :first { @top-center { content: none; } }
        html { font: 14pt/1.2 "Times New Roman", "Liberation Serif", "Noto Serif", serif; color: #000; }
        body { margin: 0; }
        p { margin: 0; }
        table.head, table.end { width: 100%; border-collapse: collapse; }
        table.head td, table.end td { vertical-align: top; text-align: center; padding: 0 1mm; }
        td.left { width: 42%; font-size: 13pt; } td.right { width: 58%; }
        .issuer, .nation, .motto { font-weight: bold; }
        .nation { font-size: 12pt; } .motto { font-size: 13pt; display: inline-block; border-bottom: 0.75pt solid #000; }
        .number { font-size: 13pt; margin-top: 3pt; } .date { font-style: italic; margin-top: 6pt; }
        hr.short { width: 40%; border: 0; border-top: 0.75pt solid #000; margin: 1pt auto 0; }
        .kind { text-align: center; font-weight: bold; margin-top: 24pt; }
        .summary { text-align: center; font-weight: bold; margin: 0 8%; }
        .body { display: block; margin-top: 12pt; }
        .body p, .body li { text-align: justify; margin: 0 0 6pt; }
        .body > p { text-indent: 1.27cm; }
        .body h1, .body h2, .body h3, .body h4 { font-size: 14pt; margin: 6pt 0; text-indent: 1.27cm; break-after: avoid; }
        .body h4 { font-style: italic; }
        .body ul { list-style: none; padding-left: 0; } .body ul > li { text-indent: 1.27cm; } .body ul > li::before { content: "- "; }
        .body ol { padding-left: 0; list-style-position: inside; } .body ol > li { text-indent: 1.27cm; }
        .body table { width: 100%; border-collapse: collapse; font-size: 13pt; margin: 6pt 0; break-inside: auto; }
        .body th, .body td { border: 0.5pt solid #000; padding: 2pt 4pt; text-align: left; vertical-align: middle; }
        .body thead th { text-align: center; }
        .body tr { break-inside: avoid; }
        .body .chart-row, .body details, .body .status-symbol, .body .downloads, .body .status-counts { display: none; }
        .body figure { margin: 6pt 0; break-inside: avoid; } .body svg { width: 100%; height: auto; }
        .body img { max-width: 100%; }
        table.end { margin-top: 12pt; break-inside: avoid; }
        table.end td.recipients { width: 45%; text-align: left; font-size: 11pt; }
        td.recipients .to { font-size: 12pt; font-weight: bold; font-style: italic; }
        .body th[scope=row] { font-weight: normal; } .body .target-label, .body .target-baseline { display: block; font-style: italic; }
        td.signer { font-weight: bold; } td.signer .name { margin-top: 30mm; }
        """
}
