/// An official progress report (báo cáo, `reports/<slug>.md`): laid out as Nghị định
/// 30/2020/NĐ-CP, Phụ lục I sets out, published on the site and printed as Word and PDF.
public struct Report: Sendable, Identifiable {
    /// Who signs: `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / the name.
    public struct Signer: Sendable, Equatable {
        /// Quyền hạn of the signer, e.g. `KT. CHỦ TỊCH`, `TM. ỦY BAN NHÂN DÂN`.
        public var authority: String?
        /// Chức vụ, e.g. `PHÓ CHỦ TỊCH`.
        public var title: String?
        public var name: String?

        public init(authority: String? = nil, title: String? = nil, name: String? = nil) {
            self.authority = authority
            self.title = title
            self.name = name
        }
    }

    public var slug: String
    /// The summary line (trích yếu).
    public var title: String
    public var date: Day
    /// Slugs of the plans whose targets it reports, in the order written.
    public var plans: [String]
    /// Where each of `plans` was written, for "unknown plan" at the right line.
    public var planLocations: [SourceLocation] = []
    public var periodFrom: Day?
    /// Where progress is judged; nil means the report's date.
    public var periodTo: Day?
    /// Số và ký hiệu as printed, e.g. `125/BC-UBND`.
    public var number: String?
    /// The issuing body, parent body first (one line each).
    public var issuer: [String] = []
    /// Địa danh of the date line, e.g. `Hà Nam`.
    public var place: String?
    /// Tên loại văn bản, e.g. `BÁO CÁO`; nil means the language's default.
    public var kind: String?
    public var signer: Signer?
    /// "Nơi nhận", one line each.
    public var recipients: [String] = []
    public var province: String?
    public var body: MarkdownSource
    public var location: SourceLocation
    /// Where each front matter value was written, for messages about references.
    public var fieldLocations: [String: SourceLocation] = [:]

    public var id: String { slug }

    /// The day the report's figures and statuses are judged at: the period's end, else its date.
    public var judgedAt: Day { periodTo ?? date }

    public init(slug: String, title: String, date: Day, plans: [String], body: MarkdownSource,
                location: SourceLocation) {
        self.slug = slug
        self.title = title
        self.date = date
        self.plans = plans
        self.body = body
        self.location = location
    }

    /// The kind as printed: the report's own, else `BÁO CÁO` / `REPORT`.
    public func kindText(_ language: Language) -> String {
        kind ?? (language == .vi ? "BÁO CÁO" : "REPORT")
    }
}
