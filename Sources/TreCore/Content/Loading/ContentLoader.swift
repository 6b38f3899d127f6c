import Foundation

/// The load stage: reads a content folder into `SiteContent`, every file decoded, parsed and
/// checked value by value, every problem collected. A table row's plan and indicator are
/// checked here, as the row is read (the indicator decides how its figures are read); every
/// other reference between files is checked by the check stage, `ContentChecker`.
public enum ContentLoader {
    /// Loads `files`. With a `cache` (as `tre serve` keeps), files that did not change since
    /// the last load are not parsed again.
    public static func load(_ files: ContentFiles, cache: BuildCache? = nil,
                            disk: DiskCache? = nil) -> (content: SiteContent?, diagnostics: Diagnostics) {
        var reader = FileReader(files: files, cache: cache, disk: disk)
        guard let config = SiteConfigLoader.load(&reader) else {
            return (nil, reader.diagnostics)
        }
        var content = SiteContent(config: config)
        let paths = files.paths
        for kind in ["plans", "provinces", "updates", "reports"] { content.declared[kind] = [] }
        for path in paths {
            guard let (folder, name) = PageFile.split(path), name.hasSuffix(".md"),
                  content.declared[String(folder)] != nil else { continue }
            content.declared[String(folder)]?.insert(String(name.dropLast(3)))
        }
        // Markdown pages are independent of each other: parse them on all cores, then take
        // their values and messages in path order, exactly as one at a time would.
        let pages = paths.filter { PageFile($0) != nil }
        let loaded = ConcurrentResults<(page: PageFile.Loaded?, diagnostics: Diagnostics)>(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            var own = FileReader(files: files, cache: cache, disk: disk)
            let page = PageFile(pages[index])?.load(pages[index], &own)
            loaded.set(index, (page, own.diagnostics))
        }
        var results = loaded.values.makeIterator()
        for path in paths {
            // site.yml, the tables and media are read below and by the renderer.
            let readElsewhere = path == "site.yml" || path == "media" || path.hasPrefix("media/")
                || PageFile.split(path)?.folder == "data"
            switch path {
            case _ where readElsewhere:
                continue
            case _ where PageFile(path) != nil:
                guard case let result?? = results.next() else { continue }
                reader.diagnostics.append(contentsOf: result.diagnostics)
                switch result.page {
                case .province(let province)?: content.provinces.append(province)
                case .plan(let plan)?: content.plans.append(plan)
                case .story(let story)?: content.stories.append(story)
                case .update(let update)?: content.updates.append(update)
                case .report(let report)?: content.reports.append(report)
                case nil: break
                }
            default:
                reader.diagnostics.warning(
                    SourceLocation(file: files.display(path)),
                    vi: "Tệp này nằm ngoài các thư mục Tre đọc nên bị bỏ qua.",
                    en: "This file is outside the folders Tre reads and is ignored.",
                    hintVi: "Trang tỉnh đặt trong provinces/, kế hoạch trong plans/, tin trong updates/, câu chuyện HTX trong cooperatives/, báo cáo trong reports/ (đuôi .md); bảng số liệu trong data/; ảnh và tệp trong media/.",
                    hintEn: "Provinces go in provinces/, plans in plans/, news in updates/, cooperative stories in cooperatives/, reports in reports/ (as .md); tables in data/; images and files in media/.")
            }
        }
        let decimal = config.decimalSeparator
        // Each table is a CSV file or a workbook; whether its other file exists is part of
        // what a cached result depends on (both at once is an error).
        for table in DataLoader.tables { content.tables[table] = DataLoader.path(table, in: files) }
        let both = Set(DataLoader.tables.filter { files.lists("data/\($0).csv") && files.lists("data/\($0).xlsx") })
        let indicatorsPath = content.table("indicators")
        content.indicators = reader.table(indicatorsPath, key: both.contains("indicators"),
                                          declared: &content.declared["indicators", default: []]) {
            DataLoader.indicators(&$0, declared: &$1)
        }
        let indicatorsByID = Dictionary(content.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let plansBySlug = Dictionary(content.plans.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let known = References(plans: plansBySlug, indicators: indicatorsByID,
                               provinces: Set(content.provinces.map(\.slug)), declared: content.declared,
                               tables: content.tables)
        // What a table's rows depend on besides its own bytes, for the cache.
        let key = { (table: String) in
            TableKey(decimal: String(decimal), both: both.contains(table),
                     references: known.key(indicators: reader.bytes(indicatorsPath)))
        }
        content.targets = reader.table(content.table("targets"), key: key("targets"),
                                       declared: &content.declared["targets", default: []]) {
            DataLoader.targets(&$0, decimal: decimal, known: known, declared: &$1)
        }
        var none = Set<String>()
        content.observations = reader.table(content.table("progress"), key: key("progress"), declared: &none) { reader, _ in
            DataLoader.observations(&reader, decimal: decimal, known: known)
        }
        content.cooperatives = reader.table(content.table("cooperatives"), key: key("cooperatives"),
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

/// A Markdown page of the content folder, by the folder it is in.
enum PageFile {
    case province, plan, story, update, report

    enum Loaded {
        case province(Province), plan(Plan), story(Story), update(Update), report(Report)
    }

    init?(_ path: String) {
        guard let (folder, _) = Self.split(path), path.hasSuffix(".md") else { return nil }
        switch folder {
        case "provinces": self = .province
        case "plans": self = .plan
        case "cooperatives": self = .story
        case "updates": self = .update
        case "reports": self = .report
        default: return nil
        }
    }

    /// `folder/name` cut at its only slash; nil for a path at the top or more than one folder
    /// deep. (Called for every file on every build: no array of parts.)
    static func split(_ path: String) -> (folder: Substring, name: Substring)? {
        guard let slash = path.firstIndex(of: "/") else { return nil }
        let name = path[path.index(after: slash)...]
        guard !name.contains("/") else { return nil }
        return (path[..<slash], name)
    }

    /// The page's value, through the reader's cache when it has one.
    func load(_ path: String, _ reader: inout FileReader) -> Loaded? {
        reader.memo(path) { reader in
            guard let page = reader.page(path) else { return nil }
            switch self {
            case .province: return PageLoader.province(page, &reader).map(Loaded.province)
            case .plan: return PageLoader.plan(page, &reader).map(Loaded.plan)
            case .story: return PageLoader.story(page, &reader).map(Loaded.story)
            case .update: return PageLoader.update(page, &reader).map(Loaded.update)
            case .report: return PageLoader.report(page, &reader).map(Loaded.report)
            }
        }
    }
}
