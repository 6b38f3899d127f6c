/// Settings from `site.yml`.
public struct SiteConfig: Sendable {
    public enum Paper: String, Sendable {
        case a4 = "A4", a5 = "A5"

        /// Width and height of the trimmed page, in millimetres.
        public var size: (width: Double, height: Double) {
            switch self {
            case .a4: (210, 297)
            case .a5: (148, 210)
            }
        }
    }

    /// How the print shop binds the book, which decides how many pages a sheet folds into.
    public enum Binding: String, Sendable, CaseIterable {
        /// Sheets folded once and stapled through the fold: pages come in fours.
        case saddle
        /// Folded sections of 16 pages glued into a square spine.
        case perfect

        /// The interior's page count must be a multiple of this.
        public var pagesPerSignature: Int { self == .saddle ? 4 : 16 }
    }

    public struct Handbook: Sendable {
        public var title: String?
        public var subtitle: String?
        public var paper: Paper = .a4
        public var binding: Binding = .saddle
        /// Thickness of one leaf (two pages) of the interior's paper, in millimetres: 80 g/m²
        /// offset paper is about 0.1 mm.
        public var caliper: Double = 0.1
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
