import Foundation

/// What every view model needs: the site, the templates and strings, and the formats of the
/// site's language. Built once per build and shared (read-only) by all pages.
public struct RenderContext: Sendable {
    public let site: Site
    public let templates: TemplateLibrary
    public let language: Language
    public let numbers: NumberFormat
    public let dates: DateFormat
    /// The day targets are judged at on these pages: a report's period end; nil is `as_of`.
    public var judgedAt: Day?
    /// The files each report has beside its page in `reports/` (`slug` → `docx`, `pdf`),
    /// made by `tre report`: its page links to those that exist.
    public var reportDocuments: [String: Set<String>] = [:]
    /// Figures of data blocks, shared by every page (and feed) rendered with this context.
    let sharedFigures = SharedFigures()
    /// Where each register entry is, shared by every page rendered with this context.
    let sharedRegister = SharedRegister()
    let sharedContributions = SharedContributions()

    public init(site: Site, templates: TemplateLibrary) {
        self.site = site
        self.templates = templates
        language = site.config.language
        numbers = NumberFormat(language)
        dates = DateFormat(language)
    }

    public func t(_ key: String) -> String { templates.string(key) }

    /// A target's status at `judgedAt` (a report's period end), else at `as_of`.
    public func progress(_ target: Target) -> TargetProgress {
        judgedAt.map { site.progress(target, at: $0) } ?? site.progress(target)
    }

    /// A value with its indicator's unit and decimals: `80%`, `1.234 HTX`.
    public func value(_ number: Double, _ indicator: Indicator) -> String {
        numbers.format(number, unit: indicator.unit, decimals: indicator.decimals)
    }

    public func ratingName(_ rating: Cooperative.Rating?) -> String {
        guard let rating else { return t("rating_none") }
        switch rating {
        case .tot: return t("rating_tot")
        case .kha: return t("rating_kha")
        case .trungBinh: return t("rating_trung_binh")
        case .yeu: return t("rating_yeu")
        }
    }

    public func kindName(_ kind: Cooperative.Kind) -> String {
        t("kind_" + kind.rawValue.lowercased())
    }

    public func provinceName(_ slug: String?) -> String {
        slug.flatMap { site.province($0)?.name } ?? t("province_not_stated")
    }
}
