/// A plan document: Kế hoạch, Đề án, Nghị quyết, ... (`plans/<slug>.md`).
public struct Plan: Sendable, Identifiable {
    public var slug: String
    public var title: String
    /// As printed, e.g. `291/KH-UBND`. Never used in a path.
    public var number: String?
    public var issued: Day?
    public var issuer: String?
    /// Nil when the document does not say which province it is for.
    public var province: String?
    public var scope: String?
    public var from: Int
    public var to: Int
    public var source: String?
    public var body: MarkdownSource
    public var location: SourceLocation
    /// Where each front matter value was written, for messages about references.
    public var fieldLocations: [String: SourceLocation] = [:]

    public var id: String { slug }

    public init(slug: String, title: String, number: String? = nil, issued: Day? = nil,
                issuer: String? = nil, province: String? = nil, scope: String? = nil,
                from: Int, to: Int, source: String? = nil, body: MarkdownSource,
                location: SourceLocation) {
        self.slug = slug
        self.title = title
        self.number = number
        self.issued = issued
        self.issuer = issuer
        self.province = province
        self.scope = scope
        self.from = from
        self.to = to
        self.source = source
        self.body = body
        self.location = location
    }
}
