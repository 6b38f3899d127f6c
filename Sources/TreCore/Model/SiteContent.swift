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
    public var declared: [String: Set<String>] = [:]

    public func isDeclared(_ name: String, in kind: String) -> Bool {
        declared[kind]?.contains(name) ?? false
    }

    public init(config: SiteConfig) {
        self.config = config
    }
}
