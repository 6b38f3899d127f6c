/// The register's entries in the search index: each cooperative found by its name, kind,
/// place, sector and products, leading to its row (`register/<province>/…#<id>`). Model
/// cooperatives are found through their showcase page instead, which the index has already.
extension SearchIndex {
    static func registerEntries(_ context: RenderContext) -> [Entry] {
        let site = context.site
        let anchors = context.sharedRegister.anchors(site)
        var entries: [Entry] = []
        for coop in site.cooperatives where !coop.isModel {
            guard let path = anchors[coop.id] else { continue }
            var place = coop.locality.map { [$0] } ?? []
            place.append(context.provinceName(coop.province))
            var parts = [context.kindName(coop.kind), place.joined(separator: ", ")]
            if let sector = coop.sector { parts.append(sector) }
            if !coop.products.isEmpty { parts.append(coop.products.joined(separator: ", ")) }
            let snippet = parts.joined(separator: " · ")
            var words = VietnameseFold.Words()
            words.add(coop.name)
            words.add(snippet)
            entries.append(Entry(path: path, title: coop.name, kind: "register", snippet: snippet, words: words.list))
        }
        return entries
    }
}
