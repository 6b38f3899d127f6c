/// The language of the site's own words and of the messages Tre prints.
public enum Language: String, Sendable, CaseIterable, Codable {
    case vi
    case en
}

/// A sentence in both of Tre's languages. Messages are written where they are raised,
/// in both languages at once, so no message can miss its translation.
public struct LocalizedText: Hashable, Sendable {
    public var vi: String
    public var en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .vi: vi
        case .en: en
        }
    }
}
