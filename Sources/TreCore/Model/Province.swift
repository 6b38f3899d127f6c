/// A province or centrally-run city (`provinces/<slug>.md`).
public struct Province: Sendable, Identifiable {
    public var slug: String
    public var name: String
    public var code: String?
    public var region: String?
    /// Slug of the province this one became part of in the 2025 reorganisation.
    public var mergedInto: String?
    public var mergedOn: Day?
    public var body: MarkdownSource
    public var location: SourceLocation
    /// Where each front matter value was written, for messages about references.
    public var fieldLocations: [String: SourceLocation] = [:]

    public var id: String { slug }

    public init(slug: String, name: String, code: String? = nil, region: String? = nil,
                mergedInto: String? = nil, mergedOn: Day? = nil, body: MarkdownSource,
                location: SourceLocation) {
        self.slug = slug
        self.name = name
        self.code = code
        self.region = region
        self.mergedInto = mergedInto
        self.mergedOn = mergedOn
        self.body = body
        self.location = location
    }
}
