import Foundation

/// Reads a content folder into `SiteContent`: every file decoded, parsed and checked value by
/// value, every problem collected. References between files are checked later, by `SiteAssembler`.
public enum ContentLoader {
    /// Loads `files`. With a `cache` (as `tre serve` keeps), files that did not change since
    /// the last load are not parsed again.
    public static func load(_ files: ContentFiles, cache: BuildCache? = nil) -> (content: SiteContent?, diagnostics: Diagnostics) {
        var reader = FileReader(files: files, cache: cache)
        guard let config = SiteConfigLoader.load(&reader) else {
            return (nil, reader.diagnostics)
        }
        var content = SiteContent(config: config)
        let paths = files.paths
        for kind in ["plans", "provinces", "updates"] {
            content.declared[kind] = Set(paths.compactMap { path in
                let parts = path.split(separator: "/")
                guard parts.count == 2, parts[0] == kind, parts[1].hasSuffix(".md") else { return nil }
                return String(parts[1].dropLast(3))
            })
        }
        for path in paths {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            switch (parts.first, parts.count) {
            case ("site.yml", 1), ("data", 2), ("media", _):
                continue
            case ("provinces", 2) where path.hasSuffix(".md"):
                if let province = reader.memo(path, { reader in reader.page(path).flatMap { PageLoader.province($0, &reader) } }) {
                    content.provinces.append(province)
                }
            case ("plans", 2) where path.hasSuffix(".md"):
                if let plan = reader.memo(path, { reader in reader.page(path).flatMap { PageLoader.plan($0, &reader) } }) {
                    content.plans.append(plan)
                }
            case ("cooperatives", 2) where path.hasSuffix(".md"):
                if let story = reader.memo(path, { reader in reader.page(path).flatMap { PageLoader.story($0, &reader) } }) {
                    content.stories.append(story)
                }
            case ("updates", 2) where path.hasSuffix(".md"):
                if let update = reader.memo(path, { reader in reader.page(path).flatMap { PageLoader.update($0, &reader) } }) {
                    content.updates.append(update)
                }
            default:
                reader.diagnostics.warning(
                    SourceLocation(file: files.display(path)),
                    vi: "Tệp này nằm ngoài các thư mục Tre đọc nên bị bỏ qua.",
                    en: "This file is outside the folders Tre reads and is ignored.",
                    hintVi: "Trang tỉnh đặt trong provinces/, kế hoạch trong plans/, tin trong updates/, câu chuyện HTX trong cooperatives/ (đuôi .md); bảng số liệu trong data/; ảnh và tệp trong media/.",
                    hintEn: "Provinces go in provinces/, plans in plans/, news in updates/, cooperative stories in cooperatives/ (as .md); tables in data/; images and files in media/.")
            }
        }
        let decimal = config.decimalSeparator
        content.indicators = reader.table("data/indicators.csv", declared: &content.declared["indicators", default: []]) {
            DataLoader.indicators(&$0, declared: &$1)
        }
        let indicatorsByID = Dictionary(content.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let plansBySlug = Dictionary(content.plans.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let known = References(plans: plansBySlug, indicators: indicatorsByID,
                               provinces: Set(content.provinces.map(\.slug)), declared: content.declared)
        // What a table's rows depend on besides its own bytes, for the cache.
        let key = TableKey(decimal: String(decimal), references: known.key(indicators: reader.bytes("data/indicators.csv")))
        content.targets = reader.table("data/targets.csv", key: key, declared: &content.declared["targets", default: []]) {
            DataLoader.targets(&$0, decimal: decimal, known: known, declared: &$1)
        }
        var none = Set<String>()
        content.observations = reader.table("data/progress.csv", key: key, declared: &none) { reader, _ in
            DataLoader.observations(&reader, decimal: decimal, known: known)
        }
        content.cooperatives = reader.table("data/cooperatives.csv", key: key,
                                            declared: &content.declared["cooperatives", default: []]) {
            DataLoader.cooperatives(&$0, decimal: decimal, known: known, declared: &$1)
        }
        content.media = paths.filter { $0.hasPrefix("media/") }
        for path in paths where path.hasPrefix("data/") && !DataLoader.knownFiles.contains(path) {
            reader.diagnostics.warning(
                SourceLocation(file: files.display(path)),
                vi: "Tre không đọc tệp này trong data/.",
                en: "Tre does not read this file in data/.",
                hintVi: "Các bảng được đọc là: " + DataLoader.knownFiles.joined(separator: ", "),
                hintEn: "The tables read are: " + DataLoader.knownFiles.joined(separator: ", "))
        }
        return (content, reader.diagnostics)
    }
}
