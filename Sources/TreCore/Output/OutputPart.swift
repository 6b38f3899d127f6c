/// The part of the output folder one command makes. Each command replaces its own part and
/// leaves every other part as it was: `tre build` keeps the handbook `tre handbook` made,
/// and `tre handbook` touches nothing but `handbook/`.
public struct OutputPart: Sendable, Equatable {
    /// Files of another command inside this part: under `folder` (relative to the part's
    /// folder, "" for all of it), those `keeps` says yes to (given their path from the part).
    struct Kept: Sendable {
        var folder: String
        var keeps: @Sendable (String) -> Bool
    }

    /// The folder swapped in as a whole, relative to the output folder; nil for the output
    /// folder itself.
    public let folder: String?
    /// What the part is called in messages.
    let name: LocalizedText
    /// What other commands made inside this part: carried into each new version of it.
    let kept: [Kept]

    /// The website: the whole output folder, but for what `tre handbook` and `tre report` make.
    public static let site = OutputPart(
        folder: nil, name: LocalizedText(vi: "trang web", en: "site"),
        kept: [Kept(folder: "handbook") { _ in true },
               Kept(folder: "reports") { isReportDocument(String($0.dropFirst("reports/".count))) }])
    /// `tre handbook`: `handbook/`.
    public static let handbook = OutputPart(folder: "handbook", name: LocalizedText(vi: "sổ tay", en: "handbook"),
                                            kept: [])
    /// `tre report`: the `.docx` and `.pdf` files in `reports/`, beside the site's report pages.
    public static let reports = OutputPart(folder: "reports", name: LocalizedText(vi: "báo cáo", en: "reports"),
                                           kept: [Kept(folder: "") { !isReportDocument($0) }])

    /// A report's Word or PDF file at the top of `reports/`.
    static func isReportDocument(_ path: String) -> Bool {
        !path.contains("/") && (path.hasSuffix(".docx") || path.hasSuffix(".pdf"))
    }

    public static func == (a: OutputPart, b: OutputPart) -> Bool { a.folder == b.folder }
}
