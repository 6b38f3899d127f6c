/// A cooperative (HTX), cooperative group (THT) or union (LHHTX) from `data/cooperatives.csv`.
public struct Cooperative: Sendable, Identifiable, Equatable {
    public enum Kind: String, Sendable, CaseIterable { case htx = "HTX", tht = "THT", lhhtx = "LHHTX" }

    /// The yearly classification of how well a cooperative works.
    public enum Rating: String, Sendable, CaseIterable {
        case tot, kha, trungBinh = "trung-binh", yeu
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var province: String
    public var locality: String?
    public var sector: String?
    public var founded: Int?
    public var members: Int?
    /// Million VND a year.
    public var revenue: Double?
    public var rating: Rating?
    public var ocopStars: Int?
    public var certifications: [String] = []
    public var products: [String] = []
    public var valueChain = false
    public var highTech = false
    public var digital = false
    public var isModel = false
    public var website: String?
    public var story: Story?
    public var location: SourceLocation

    public init(id: String, name: String, kind: Kind, province: String, location: SourceLocation) {
        self.id = id
        self.name = name
        self.kind = kind
        self.province = province
        self.location = location
    }
}

/// The story of a showcase cooperative (`cooperatives/<id>.md`).
public struct Story: Sendable, Equatable {
    public var id: String
    /// Paths under `media/`.
    public var photos: [String] = []
    /// Alt text of photos, by path, when the story gives one (`photos: [{src, alt}]`).
    public var photoAlts: [String: String] = [:]
    public var quote: String?
    public var quoteBy: String?
    public var body: MarkdownSource
    public var location: SourceLocation
    /// Where each front matter value was written, for messages about references.
    public var fieldLocations: [String: SourceLocation] = [:]

    public init(id: String, body: MarkdownSource, location: SourceLocation) {
        self.id = id
        self.body = body
        self.location = location
    }
}
