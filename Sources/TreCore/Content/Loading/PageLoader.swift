/// Turns Markdown pages into provinces, plans, stories and updates.
enum PageLoader {
    static func province(_ page: MarkdownPage, _ reader: inout FileReader) -> Province? {
        guard checkSlug(page, &reader), var fields = frontMatter(page, &reader, example: "name: Hà Nam") else { return nil }
        defer { reader.diagnostics.append(contentsOf: fields.diagnostics) }
        fields.warnUnknownKeys(allowed: ["name", "code", "region", "merged_into", "merged_on"])
        guard let name = fields.string("name", required: true) else { return nil }
        let mergedInto = fields.slug("merged_into")
        return Province(slug: page.slug, name: name, code: fields.string("code"),
                        region: fields.string("region"), mergedInto: mergedInto,
                        mergedOn: fields.day("merged_on"), body: page.body, location: page.location)
    }

    static func plan(_ page: MarkdownPage, _ reader: inout FileReader) -> Plan? {
        guard checkSlug(page, &reader),
              var fields = frontMatter(page, &reader, example: "title: Kế hoạch ...\nfrom: 2024\nto: 2025") else { return nil }
        defer { reader.diagnostics.append(contentsOf: fields.diagnostics) }
        fields.warnUnknownKeys(allowed: ["title", "number", "issued", "issuer", "province", "scope",
                                         "from", "to", "source"])
        let title = fields.string("title", required: true)
        let from = fields.int("from", required: true, range: 1900...2100)
        let to = fields.int("to", required: true, range: 1900...2100)
        let plan = Plan(slug: page.slug, title: title ?? "", number: fields.string("number"),
                        issued: fields.day("issued"), issuer: fields.string("issuer"),
                        province: fields.slug("province"), scope: fields.string("scope"),
                        from: from ?? 0, to: to ?? 0, source: fields.string("source"),
                        body: page.body, location: page.location)
        guard title != nil, let from, let to else { return nil }
        if to < from {
            fields.valueError("to",
                vi: "năm kết thúc (to: \(to)) sớm hơn năm bắt đầu (from: \(from))",
                en: "the last year (to: \(to)) is before the first year (from: \(from))",
                hintVi: "kế hoạch một năm ghi from và to bằng nhau",
                hintEn: "a one-year plan has equal from and to")
            return nil
        }
        return plan
    }

    static func story(_ page: MarkdownPage, _ reader: inout FileReader) -> Story? {
        guard checkSlug(page, &reader) else { return nil }
        var story = Story(id: page.slug, body: page.body, location: page.location)
        guard var fields = page.fields else { return story }
        defer { reader.diagnostics.append(contentsOf: fields.diagnostics) }
        fields.warnUnknownKeys(allowed: ["photos", "quote", "quote_by"])
        story.photos = fields.stringList("photos") ?? []
        story.quote = fields.string("quote")
        story.quoteBy = fields.string("quote_by")
        return story
    }

    static func update(_ page: MarkdownPage, _ reader: inout FileReader) -> Update? {
        guard checkSlug(page, &reader),
              var fields = frontMatter(page, &reader, example: "title: ...\ndate: 2024-05-20") else { return nil }
        defer { reader.diagnostics.append(contentsOf: fields.diagnostics) }
        fields.warnUnknownKeys(allowed: ["title", "date", "province", "plan", "author", "summary", "image"])
        let title = fields.string("title", required: true)
        let date = fields.day("date", required: true)
        guard let title, let date else { return nil }
        var update = Update(slug: page.slug, title: title, date: date, body: page.body, location: page.location)
        update.province = fields.slug("province")
        update.plan = fields.slug("plan")
        update.author = fields.string("author")
        update.summary = fields.string("summary")
        update.image = fields.string("image")
        return update
    }

    /// The page's front matter, or an error when a page that needs one has none.
    private static func frontMatter(_ page: MarkdownPage, _ reader: inout FileReader, example: String) -> YAMLFields? {
        if let fields = page.fields { return fields }
        reader.diagnostics.error(
            page.location,
            vi: "trang thiếu phần thông tin đầu trang (front matter)",
            en: "the page has no front matter",
            hintVi: "bắt đầu tệp bằng một dòng ---, các thông tin, rồi một dòng --- nữa, ví dụ:\n---\n\(example)\n---",
            hintEn: "start the file with a line ---, the fields, then another line ---, for example:\n---\n\(example)\n---")
        return nil
    }

    /// A page's slug is its file name: it must be usable in a web address.
    private static func checkSlug(_ page: MarkdownPage, _ reader: inout FileReader) -> Bool {
        if Slug.isValid(page.slug) { return true }
        let suggestion = VietnameseText.slug(page.slug)
        reader.diagnostics.error(
            page.location,
            vi: "tên tệp \"\(page.slug).md\" không dùng được làm địa chỉ trang",
            en: "the file name \"\(page.slug).md\" cannot be used as a page address",
            hintVi: "đổi tên tệp thành \"\(suggestion).md\": chỉ chữ thường không dấu, chữ số và dấu gạch ngang",
            hintEn: "rename the file to \"\(suggestion).md\": lower-case letters without accents, digits and hyphens only")
        return false
    }
}
