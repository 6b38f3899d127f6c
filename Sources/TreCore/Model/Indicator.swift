/// What is measured (`data/indicators.csv`).
public struct Indicator: Sendable, Identifiable {
    public enum Direction: String, Sendable, CaseIterable { case increase, decrease }
    public enum Measure: String, Sendable, CaseIterable { case level, perYear = "per_year", cumulative }

    public var id: String
    public var name: String
    public var nameEn: String?
    public var unit: String
    public var direction: Direction
    public var measure: Measure
    public var description: String?
    /// Decimals to show; nil means "as few as the value needs, at most 1".
    public var decimals: Int?
    public var location: SourceLocation

    public var isPercent: Bool { unit == "%" }

    public init(id: String, name: String, nameEn: String? = nil, unit: String,
                direction: Direction, measure: Measure, description: String? = nil,
                decimals: Int? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
        self.unit = unit
        self.direction = direction
        self.measure = measure
        self.description = description
        self.decimals = decimals
        self.location = location
    }

    /// The name in the site's language (English falls back to the Vietnamese name).
    public func name(in language: Language) -> String {
        language == .en ? (nameEn ?? name) : name
    }
}
