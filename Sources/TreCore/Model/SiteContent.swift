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
    /// Relative paths under `media/`, e.g. `media/anh/ruong-lua.jpg`.
    public var media: [String] = []

    public init(config: SiteConfig) {
        self.config = config
    }
}
