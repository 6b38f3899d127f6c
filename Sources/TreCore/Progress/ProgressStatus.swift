/// How far along a target is at the reporting date (`as_of`), as defined in the content
/// format's "Progress status" table. Always shown with its word and symbol, never by colour
/// alone.
public enum ProgressStatus: String, Sendable, CaseIterable {
    case achieved
    case onTrack = "on_track"
    case moderate
    case offTrack = "off_track"
    case deteriorating
    case noData = "no_data"

    /// The status in words, exactly as the content format writes it.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.achieved, .vi): "Đạt"
        case (.onTrack, .vi): "Đúng tiến độ"
        case (.moderate, .vi): "Cần đẩy nhanh"
        case (.offTrack, .vi): "Chậm tiến độ"
        case (.deteriorating, .vi): "Đi xuống"
        case (.noData, .vi): "Chưa có số liệu"
        case (.achieved, .en): "Achieved"
        case (.onTrack, .en): "On track"
        case (.moderate, .en): "Needs acceleration"
        case (.offTrack, .en): "Off track"
        case (.deteriorating, .en): "Deteriorating"
        case (.noData, .en): "No data"
        }
    }

    /// A stable class name for themes, e.g. `status-on-track`.
    public var cssClass: String {
        switch self {
        case .achieved: "status-achieved"
        case .onTrack: "status-on-track"
        case .moderate: "status-moderate"
        case .offTrack: "status-off-track"
        case .deteriorating: "status-deteriorating"
        case .noData: "status-no-data"
        }
    }

    /// A short glyph shown before the word, so the status reads without colour. All six are
    /// in DejaVu Sans and in the Noto symbol fonts browsers fall back to.
    public var symbol: String {
        switch self {
        case .achieved: "✓"
        case .onTrack: "●"
        case .moderate: "◐"
        case .offTrack: "✕"
        case .deteriorating: "↓"
        case .noData: "–"
        }
    }

    /// Symbol and word together, e.g. `◐ Cần đẩy nhanh`.
    public func badge(_ language: Language) -> String {
        symbol + " " + label(language)
    }
}
