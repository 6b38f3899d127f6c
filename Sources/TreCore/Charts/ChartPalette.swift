/// Colours for the charts: the status colours are dark shades of a colour-blind-safe
/// diverging scheme, each at least 4.5:1 against white so they serve for text as well as
/// marks. Status is also always written out, so colour is never the only cue.
enum ChartPalette {
    /// Labels and values: 7:1 against white.
    static let text = "#595959"
    /// Titles and direct value labels.
    static let strong = "#1a1a1a"
    /// Axis lines and ticks: 3.4:1, enough for a graphical object.
    static let axis = "#8c8c8c"
    /// Grid lines are decorative (every value is also written), so they stay light.
    static let grid = "#e5e5e5"
    /// The empty track behind a bar.
    static let track = "#efefef"
    /// Target lines and the straight path to the target.
    static let target = "#1a1a1a"
    /// Bars that are not coloured by status.
    static let bar = "#2166ac"
    /// A year still running: drawn lighter, and labelled as such.
    static let partial = "#a6c4e0"

    static func color(_ status: ProgressStatus) -> String {
        switch status {
        case .achieved: "#1b7837"
        case .onTrack: "#2166ac"
        case .moderate: "#b35806"
        case .offTrack: "#b2182b"
        case .deteriorating: "#762a83"
        case .noData: "#595959"
        }
    }

    /// Font stack for charts opened on their own; on a page the theme sets
    /// `.tre-chart { font-family: inherit }` and the page's font wins.
    static let fontStack = "'Noto Sans', 'DejaVu Sans', sans-serif"
}
