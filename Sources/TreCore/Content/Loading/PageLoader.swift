/// Turns Markdown pages into provinces, plans, stories, updates and reports.
enum PageLoader {
    static func province(_ page: MarkdownPage, _ reader: inout FileReader) -> Province? {
        guard checkSlug(page, &reader), let fields = frontMatter(page, &reader, example: "name: Hà Nam") else { return nil }
        fields.warnUnknownKeys(allowed: ["name", "code", "region", "merged_into", "merged_on"], into: &reader.diagnostics)
        guard let name = fields.string("name", required: true, into: &reader.diagnostics) else { return nil }
        let mergedInto = fields.slug("merged_into", into: &reader.diagnostics)
        var province = Province(slug: page.slug, name: name, code: fields.string("code", into: &reader.diagnostics),
                                region: fields.string("region", into: &reader.diagnostics), mergedInto: mergedInto,
                                mergedOn: fields.day("merged_on", into: &reader.diagnostics), body: page.body,
                                location: page.location)
        province.fieldLocations = fields.valueLocations
        return province
    }

    static func plan(_ page: MarkdownPage, _ reader: inout FileReader) -> Plan? {
        guard checkSlug(page, &reader),
              let fields = frontMatter(page, &reader, example: "title: Kế hoạch ...\nfrom: 2024\nto: 2025") else { return nil }
        fields.warnUnknownKeys(allowed: ["title", "number", "issued", "issuer", "province", "scope",
                                         "from", "to", "source"], into: &reader.diagnostics)
        let title = fields.string("title", required: true, into: &reader.diagnostics)
        let from = fields.year("from", required: true, into: &reader.diagnostics)
        let to = fields.year("to", required: true, into: &reader.diagnostics)
        var plan = Plan(slug: page.slug, title: title ?? "", number: fields.string("number", into: &reader.diagnostics),
                        issued: fields.day("issued", into: &reader.diagnostics), issuer: fields.string("issuer", into: &reader.diagnostics),
                        province: fields.slug("province", into: &reader.diagnostics), scope: fields.string("scope", into: &reader.diagnostics),
                        from: from ?? 0, to: to ?? 0, source: fields.string("source", into: &reader.diagnostics),
                        body: page.body, location: page.location)
        plan.fieldLocations = fields.valueLocations
        guard title != nil, let from, let to else { return nil }
        if to < from {
            fields.valueError(into: &reader.diagnostics, "to",
                vi: "Năm kết thúc (to: \(to)) sớm hơn năm bắt đầu (from: \(from)).",
                en: "The last year (to: \(to)) is before the first year (from: \(from)).",
                hintVi: "Kế hoạch một năm ghi from và to bằng nhau.",
                hintEn: "A one-year plan has equal from and to.")
            return nil
        }
        return plan
    }

    static func story(_ page: MarkdownPage, _ reader: inout FileReader) -> Story? {
        guard checkSlug(page, &reader) else { return nil }
        var story = Story(id: page.slug, body: page.body, location: page.location)
        guard let fields = page.fields else { return story }
        story.fieldLocations = fields.valueLocations
        fields.warnUnknownKeys(allowed: ["photos", "quote", "quote_by"], into: &reader.diagnostics)
        (story.photos, story.photoAlts) = fields.photos("photos", into: &reader.diagnostics)
        story.quote = fields.string("quote", into: &reader.diagnostics)
        story.quoteBy = fields.string("quote_by", into: &reader.diagnostics)
        return story
    }

    static func update(_ page: MarkdownPage, _ reader: inout FileReader) -> Update? {
        guard checkSlug(page, &reader),
              let fields = frontMatter(page, &reader, example: "title: ...\ndate: 2024-05-20") else { return nil }
        fields.warnUnknownKeys(allowed: ["title", "date", "province", "plan", "author", "summary", "image", "image_alt"],
                               into: &reader.diagnostics)
        let title = fields.string("title", required: true, into: &reader.diagnostics)
        let date = fields.day("date", required: true, into: &reader.diagnostics)
        guard let title, let date else { return nil }
        var update = Update(slug: page.slug, title: title, date: date, body: page.body, location: page.location)
        update.fieldLocations = fields.valueLocations
        update.province = fields.slug("province", into: &reader.diagnostics)
        update.plan = fields.slug("plan", into: &reader.diagnostics)
        update.author = fields.string("author", into: &reader.diagnostics)
        update.summary = fields.string("summary", into: &reader.diagnostics)
        update.image = fields.string("image", into: &reader.diagnostics)
        update.imageAlt = fields.string("image_alt", into: &reader.diagnostics)
        return update
    }

    /// The page's front matter, or an error when a page that needs one has none.
    static func frontMatter(_ page: MarkdownPage, _ reader: inout FileReader, example: String) -> YAMLFields? {
        if let fields = page.fields { return fields }
        reader.diagnostics.error(
            page.location,
            vi: "Trang thiếu phần thông tin đầu trang (front matter).",
            en: "The page has no front matter.",
            hintVi: "Bắt đầu tệp bằng một dòng ---, các thông tin, rồi một dòng --- nữa, ví dụ:\n---\n\(example)\n---",
            hintEn: "Start the file with a line ---, the fields, then another line ---, for example:\n---\n\(example)\n---")
        return nil
    }

    /// A page's slug is its file name: it must be usable in a web address.
    static func checkSlug(_ page: MarkdownPage, _ reader: inout FileReader) -> Bool {
        if Slug.isValid(page.slug) { return true }
        let suggestion = VietnameseText.slug(page.slug)
        reader.diagnostics.error(
            page.location,
            vi: "Tên tệp «\(page.slug).md» không dùng được làm địa chỉ trang.",
            en: "The file name \"\(page.slug).md\" cannot be used as a page address.",
            hintVi: "Đổi tên tệp thành «\(suggestion).md»: chỉ chữ thường không dấu, chữ số và dấu gạch ngang.",
            hintEn: "Rename the file to \"\(suggestion).md\": lower-case letters without accents, digits and hyphens only.")
        return false
    }
}
