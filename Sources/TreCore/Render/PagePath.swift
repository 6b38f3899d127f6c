/// Where each page lives in the output. Pretty URLs: `plans/<slug>/index.html`, linked as
/// `plans/<slug>/`; every link is relative, made from the linking page's `root` prefix.
public enum PagePath {
    public static let overview = ""
    public static func province(_ slug: String) -> String { "provinces/\(slug)/" }
    public static func plan(_ slug: String) -> String { "plans/\(slug)/" }
    public static func indicator(_ id: String) -> String { "indicators/\(id)/" }
    public static func cooperative(_ id: String) -> String { "cooperatives/\(id)/" }
    public static func update(_ slug: String) -> String { "updates/\(slug)/" }
    public static func report(_ slug: String) -> String { "reports/\(slug)/" }
    public static let provinces = "provinces/"
    public static let plans = "plans/"
    public static let indicators = "indicators/"
    public static let cooperatives = "cooperatives/"
    public static let updates = "updates/"
    public static let reports = "reports/"
    public static let feed = "updates/feed.xml"
    public static let stylesheet = "assets/style.css"
    /// The default Open Graph and Twitter card image (1200 × 630).
    public static let socialImage = "assets/social.png"

    /// The file a page path is written to.
    public static func file(_ path: String) -> String {
        path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }

    /// The relative prefix from a page back to the site root: `../../` for `plans/x/`.
    public static func root(of path: String) -> String {
        let depth = path.split(separator: "/", omittingEmptySubsequences: true).count
            - (path.hasSuffix("/") || path.isEmpty ? 0 : 1)
        return String(repeating: "../", count: max(0, depth))
    }
}
