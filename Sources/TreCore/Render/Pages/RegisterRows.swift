/// The rows of a register table, as HTML made once in Swift: the page's table (JavaScript off)
/// and the script pieces the filters load (JavaScript on) carry the same bytes, so a row looks
/// the same however it got there.
struct RegisterRows {
    let context: RenderContext
    let root: String
    /// The province the register belongs to: a row names its former province when it differs.
    let home: String

    /// One `<tr>` whose `id` is the cooperative's, so `#<id>` points at it.
    func row(_ coop: Cooperative) -> String {
        let e = HTMLText.escape
        var name = e(coop.name)
        if coop.isModel {
            name = "<a href=\"\(e(root + PagePath.cooperative(coop.id)))\">\(name)</a>"
                + " <span class=\"tag tag-model\">\(e(context.t("register_model")))</span>"
        }
        var locality = e(coop.locality ?? "")
        if coop.province != home {
            let former = e(context.provinceName(coop.province))
            locality = locality.isEmpty ? former : locality + ", " + former
        }
        let stars = coop.ocopStars ?? 0
        let ocop = stars > 0
            ? "<span aria-hidden=\"true\">" + String(repeating: "★", count: stars) + "</span>"
                + "<span class=\"visually-hidden\">OCOP \(stars) \(e(context.t("stars")))</span>"
            : ""
        let members = coop.members.map { context.numbers.format(Double($0), decimals: 0) } ?? ""
        let website = coop.website.map { "<a href=\"\(e($0))\" rel=\"external\">\(e(Self.host($0)))</a>" } ?? ""
        let cells = [
            "<th scope=\"row\">\(name)</th>", "<td>\(e(context.kindName(coop.kind)))</td>", "<td>\(locality)</td>",
            "<td>\(e(coop.sector ?? ""))</td>", "<td>\(e(context.ratingName(coop.rating)))</td>",
            "<td class=\"num\">\(ocop)</td>", "<td class=\"num\">\(members)</td>",
            "<td>\(e(coop.certifications.joined(separator: ", ")))</td>",
            "<td>\(e(coop.products.joined(separator: ", ")))</td>",
            "<td>\(e(context.t(coop.valueChain ? "answer_yes" : "answer_no")))</td>", "<td>\(website)</td>",
        ]
        return "<tr id=\"\(e(coop.id))\">" + cells.joined() + "</tr>"
    }

    /// A website shown without its scheme: shorter in a narrow column, the link keeps it all.
    static func host(_ url: String) -> String {
        var text = Substring(url)
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) { text = text.dropFirst(scheme.count) }
        return String(text.hasSuffix("/") ? text.dropLast() : text)
    }

    /// What the filters compare, in the order `register.js` reads it:
    /// kind, rating, sector, OCOP stars, model (0/1), members, row HTML.
    func piece(_ coop: Cooperative) -> String {
        let fields: [String] = [
            SearchIndex.json(coop.kind.rawValue), SearchIndex.json(coop.rating?.rawValue ?? ""),
            SearchIndex.json(coop.sector ?? ""), String(coop.ocopStars ?? 0), coop.isModel ? "1" : "0",
            String(coop.members ?? -1), SearchIndex.json(row(coop)),
        ]
        return "[" + fields.joined(separator: ",") + "]"
    }

    /// The script with one page's rows: `register/<province>/rows-<n>.js`. A script, not JSON
    /// fetched, so the filters work from a folder (`file://`) too.
    func script(_ entries: ArraySlice<Cooperative>, page: Int) -> String {
        "/* Tre register rows: generated, do not edit. */\n(window.treRegisterRows = window.treRegisterRows || {})["
            + String(page) + "] = [\n" + entries.map(piece).joined(separator: ",\n") + "\n];\n"
    }

    /// Stands for the showing page's root in the pieces' links.
    static let rootPlaceholder = "%ROOT%"

    static func scriptPath(_ province: String, page: Int) -> String {
        RegisterLayout.path(province) + "rows-\(page).js"
    }
}
