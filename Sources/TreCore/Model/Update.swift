/// A news post (`updates/<slug>.md`).
public struct Update: Sendable, Identifiable {
    public var slug: String
    public var title: String
    public var date: Day
    public var province: String?
    public var plan: String?
    public var author: String?
    public var summary: String?
    /// Path under `media/`.
    public var image: String?
    /// What the image shows, for readers who cannot see it (`image_alt`).
    public var imageAlt: String?
    public var body: MarkdownSource
    public var location: SourceLocation
    /// Where each front matter value was written, for messages about references.
    public var fieldLocations: [String: SourceLocation] = [:]

    public var id: String { slug }

    public init(slug: String, title: String, date: Day, body: MarkdownSource, location: SourceLocation) {
        self.slug = slug
        self.title = title
        self.date = date
        self.body = body
        self.location = location
    }
}
