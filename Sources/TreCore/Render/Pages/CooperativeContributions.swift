/// What a model cooperative's page shows besides its story: the targets of its province's
/// plans it counts towards, and news of its province. A cooperative without a story still
/// gets a full page from its own facts this way.
struct CooperativeContributions {
    let context: RenderContext

    /// How many targets and updates the page lists at most.
    static let targetsShown = 8
    static let updatesShown = 3

    /// Whether the cooperative counts towards an indicator, judged from the indicator's id
    /// (the ids of Tre's indicator list say what they count: `…-ocop`, `…-chuoi-gia-tri`,
    /// `…-cong-nghe-…`, `…-hieu-qua`, `…-kha-tot`); indicators about every cooperative
    /// (`htx-`, `ktt-` counts of all) are left out, they would list everything.
    static func counts(_ coop: Cooperative, towards indicator: String) -> Bool {
        if indicator.contains("ocop") { return (coop.ocopStars ?? 0) > 0 }
        if indicator.contains("chuoi-gia-tri") { return coop.valueChain }
        if indicator.contains("cong-nghe") { return coop.highTech || coop.digital }
        if indicator.contains("chuyen-doi-so") { return coop.digital }
        if indicator.contains("hieu-qua") || indicator.contains("kha-tot") {
            return coop.rating == .tot || coop.rating == .kha
        }
        return false
    }

    func values(_ coop: Cooperative, root: String) -> [String: Any] {
        let site = context.site
        let home = RegisterLayout.home(coop.province, site)
        let shared = context.sharedContributions.province(home, root: root, context: context)
        let targets = shared.targets.filter { Self.counts(coop, towards: $0.target.indicator) }
        var values: [String: Any] = [:]
        if !targets.isEmpty {
            values["contributions"] = ["targets": targets.prefix(Self.targetsShown).compactMap(\.row)]
        }
        if !shared.updates.isEmpty {
            values["province_updates"] = shared.updates.prefix(Self.updatesShown).map { Cards.update($0, context, root: root) }
        }
        values["product_tags"] = coop.products.map { ["label": $0] }
        values["certification_tags"] = coop.certifications.map { ["label": $0] }
        values["register_href"] = root + (context.sharedRegister.anchors(site)[coop.id] ?? RegisterLayout.path(home))
        values["has_offer"] = !coop.products.isEmpty || !coop.certifications.isEmpty
        return values
    }
}
