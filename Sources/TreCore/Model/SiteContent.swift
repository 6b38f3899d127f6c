/// Everything read from a content folder, checked value by value but not yet joined.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var provinces: [Province] = []
    public var plans: [Plan] = []
    public var indicators: [Indicator] = []
    public var targets: [Target] = []
    public var observations: [Observation] = []
    public var cooperatives: [Cooperative] = []
    public var stories: [Story] = []
    public var updates: [Update] = []
    public var reports: [Report] = []
    /// Relative paths under `media/`, e.g. `media/anh/ruong-lua.jpg`.
    public var media: [String] = []
    /// Every name a file or row declares (`plans`, `provinces`, `indicators`, `cooperatives`),
    /// including those whose file had errors and was left out: a reference to one of them is
    /// not reported again, so one mistake gives one message, not one per reference.
    /// A table whose file could not be read at all declares `*`: every name counts as
    /// declared, since nothing can be said about what it would have held.
    public var declared: [String: Set<String>] = [:]
    /// The file each data table was read from (or would be): `indicators` →
    /// `data/indicators.csv` or `data/indicators.xlsx`.
    public var tables: [String: String] = [:]

    public func isDeclared(_ name: String, in kind: String) -> Bool {
        guard let names = declared[kind] else { return false }
        return names.contains(name) || names.contains("*")
    }

    /// The file of a data table, as read: `data/targets.xlsx` when the workbook is used.
    public func table(_ name: String) -> String {
        tables[name] ?? "data/\(name).csv"
    }

    public init(config: SiteConfig) {
        self.config = config
    }
}
