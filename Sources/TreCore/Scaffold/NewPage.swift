import Foundation

/// The pages `tre new update|plan|province|story` (and the workspace's forms) start: the file
/// name the content format asks for, folded from the title (`đ → d`), and front matter filled
/// from what was given. Pure: the caller checks the site and writes the file.
public enum NewPage {
    /// A page to write: its path inside the content folder and its text.
    public struct Page: Equatable, Sendable {
        public var path: String
        public var text: String
    }

    /// `updates/<date>-<slug>.md`, dated so that the folder lists in order.
    public static func update(title: String, date: Day, province: String? = nil, plan: String? = nil,
                              summary: String? = nil, image: String? = nil, imageAlt: String? = nil,
                              author: String? = nil, body: String? = nil) -> Result<Page, LocalizedText> {
        guard let slug = slug(title) else { return .failure(noLetters(title)) }
        var fields: [(String, String)] = [("title", quoted(title)), ("date", date.iso)]
        if let province = nonEmpty(province) { fields.append(("province", province)) }
        if let plan = nonEmpty(plan) { fields.append(("plan", plan)) }
        if let author = nonEmpty(author) { fields.append(("author", quoted(author))) }
        if let summary = nonEmpty(summary) { fields.append(("summary", quoted(summary))) }
        if let image = nonEmpty(image) {
            fields.append(("image", image))
            if let alt = nonEmpty(imageAlt) { fields.append(("image_alt", quoted(alt))) }
        }
        let text = body.flatMap(nonEmpty) ?? "Viết nội dung bản tin ở đây. / Write the update here."
        return .success(Page(path: updatePath(slug: slug, date: date), text: document(fields, body: text)))
    }

    /// The file an update of this title and date goes to, or nil when the title has no letter
    /// or digit to name it by.
    public static func updatePath(title: String, date: Day) -> String? {
        slug(title).map { updatePath(slug: $0, date: date) }
    }

    static func updatePath(slug: String, date: Day) -> String {
        "updates/\(date.iso)-\(slug).md"
    }

    /// `plans/<slug>.md`. The years default to the two four-digit years in the title
    /// ("giai đoạn 2026–2030"), else `year`…`year + 4`, the usual five-year plan.
    public static func plan(title: String, year: Int, from: Int? = nil, to: Int? = nil, province: String? = nil,
                            number: String? = nil) -> Result<Page, LocalizedText> {
        guard let slug = slug(title) else { return .failure(noLetters(title)) }
        let years = yearsIn(title)
        let first = from ?? years.first ?? year
        let last = to ?? (years.count > 1 ? years[1] : first + 4)
        guard last >= first else {
            return .failure(LocalizedText(vi: "Năm cuối (\(last)) trước năm đầu (\(first)) của kế hoạch.",
                                          en: "The last year (\(last)) comes before the first (\(first))."))
        }
        var fields: [(String, String)] = [("title", quoted(title))]
        if let number = nonEmpty(number) { fields.append(("number", quoted(number))) }
        if let province = nonEmpty(province) { fields.append(("province", province)) }
        fields += [("from", String(first)), ("to", String(last))]
        let body = "## Mục tiêu\n\nChép phần mục tiêu của văn bản vào đây. / Copy the plan's goals here.\n"
        return .success(Page(path: "plans/\(slug).md", text: document(fields, body: body)))
    }

    /// `provinces/<slug>.md`.
    public static func province(name: String, region: String? = nil) -> Result<Page, LocalizedText> {
        guard let slug = slug(name) else { return .failure(noLetters(name)) }
        var fields: [(String, String)] = [("name", quoted(name))]
        if let region = nonEmpty(region) { fields.append(("region", quoted(region))) }
        let body = "Giới thiệu ngắn về \(name). / A short introduction.\n"
        return .success(Page(path: "provinces/\(slug).md", text: document(fields, body: body)))
    }

    /// `cooperatives/<id>.md`: the story of a cooperative of the register.
    public static func story(cooperative id: String, name: String?) -> Result<Page, LocalizedText> {
        guard Slug.isValid(id) else {
            return .failure(LocalizedText(
                vi: "«\(id)» không phải mã hợp tác xã: mã gồm chữ thường không dấu, chữ số và dấu gạch ngang (cột id của data/cooperatives).",
                en: "\"\(id)\" is not a cooperative id: ids are lower-case letters, digits and hyphens (column id of data/cooperatives)."))
        }
        let fields: [(String, String)] = [
            ("quote", quoted("Một câu nói của thành viên hợp tác xã.")),
            ("quote_by", quoted("Tên, vai trò")),
        ]
        let body = "Câu chuyện của \(name ?? id). / The cooperative's story.\n"
        return .success(Page(path: "cooperatives/\(id).md", text: document(fields, body: body)))
    }

    /// The slug of a title (`Hội chợ OCOP Đà Lạt` → `hoi-cho-ocop-da-lat`), nil when empty.
    public static func slug(_ title: String) -> String? {
        let slug = VietnameseText.slug(VietnameseText.nfc(title))
        return slug.isEmpty ? nil : slug
    }

    /// A YAML double-quoted scalar: the one form in which any text is safe.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in VietnameseText.nfc(text).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": continue
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func document(_ fields: [(String, String)], body: String) -> String {
        "---\n" + fields.map { "\($0.0): \($0.1)\n" }.joined() + "---\n\n" + body + (body.hasSuffix("\n") ? "" : "\n")
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    static func yearsIn(_ title: String) -> [Int] {
        var years: [Int] = []
        var digits = ""
        for character in title + " " {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            if digits.count == 4, let year = Int(digits), (1900...2100).contains(year) { years.append(year) }
            digits = ""
        }
        return years
    }

    static func noLetters(_ title: String) -> LocalizedText {
        LocalizedText(vi: "«\(title)» không có chữ hay số nào để đặt tên tệp; hãy nhập một tiêu đề có chữ.",
                      en: "\"\(title)\" has no letter or digit to name the file by; give a title with words.")
    }
}

/// A message in both languages is also what a failed step hands back (`Result<_, LocalizedText>`).
extension LocalizedText: Error {}
