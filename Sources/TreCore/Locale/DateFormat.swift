/// Dates as people read them: `22/02/2024` in Vietnamese, `22 February 2024` in English.
public struct DateFormat: Sendable {
    public var language: Language

    public init(_ language: Language) {
        self.language = language
    }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                "August", "September", "October", "November", "December"]

    public func format(_ day: Day) -> String {
        switch language {
        case .vi: "\(Self.pad(day.day))/\(Self.pad(day.month))/\(day.year)"
        case .en: "\(day.day) \(Self.englishMonths[day.month - 1]) \(day.year)"
        }
    }

    /// `tháng 02/2024` / `February 2024`, for chart axes and month-only dates.
    public func monthYear(_ day: Day) -> String {
        switch language {
        case .vi: "\(Self.pad(day.month))/\(day.year)"
        case .en: "\(Self.englishMonths[day.month - 1].prefix(3)) \(day.year)"
        }
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
