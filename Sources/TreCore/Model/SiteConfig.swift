/// Settings from `site.yml`.
public struct SiteConfig: Sendable {
    public enum Paper: String, Sendable { case a4 = "A4", a5 = "A5" }

    public struct Handbook: Sendable {
        public var title: String?
        public var subtitle: String?
        public var paper: Paper = .a4
        public init() {}
    }

    public var title: String
    public var description: String?
    public var organization: String?
    public var language: Language = .vi
    /// Absolute URL with a trailing slash, or nil for a site of relative links only.
    public var baseURL: String?
    /// The reporting date, when `site.yml` sets one.
    public var asOf: Day?
    public var sample = false
    public var handbook = Handbook()
    public var decimalSeparator: Character = "."
    public var unsafeHTML = false

    public init(title: String) {
        self.title = title
    }
}
