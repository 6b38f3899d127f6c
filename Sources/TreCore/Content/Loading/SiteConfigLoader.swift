/// Reads `site.yml`, the only file every site must have.
enum SiteConfigLoader {
    static let allowedKeys: Set<String> = [
        "title", "description", "organization", "language", "base_url", "as_of", "sample",
        "handbook", "csv", "markdown",
    ]

    static func load(_ reader: inout FileReader) -> SiteConfig? {
        let file = reader.files.display("site.yml")
        guard reader.exists("site.yml") else {
            reader.diagnostics.error(
                SourceLocation(file: file),
                vi: "Không có tệp site.yml trong thư mục nội dung.",
                en: "There is no site.yml in the content folder.",
                hintVi: "Tạo tệp site.yml với ít nhất một dòng `title: \"Tên trang\"` (hoặc chọn đúng thư mục bằng --content).",
                hintEn: "Create site.yml with at least the line `title: \"Site name\"` (or point --content at the right folder).")
            return nil
        }
        guard let text = reader.text("site.yml") else { return nil }
        let parsed = YAMLFields.parse(text, firstLine: 1, file: file)
        reader.diagnostics.append(contentsOf: parsed.diagnostics)
        guard let fields = parsed.fields else { return nil }
        fields.warnUnknownKeys(allowed: allowedKeys, into: &reader.diagnostics)

        let title = fields.string("title", required: true, into: &reader.diagnostics)
        var config = SiteConfig(title: title ?? "")
        config.description = fields.string("description", into: &reader.diagnostics)
        config.organization = fields.string("organization", into: &reader.diagnostics)
        if let language = fields.string("language", into: &reader.diagnostics) {
            if let value = Language(rawValue: language) {
                config.language = value
            } else {
                fields.valueError(into: &reader.diagnostics, "language",
                    vi: "Ngôn ngữ «\(language)» không được hỗ trợ.",
                    en: "Language \"\(language)\" is not supported.",
                    hintVi: "Dùng vi (tiếng Việt, mặc định) hoặc en (tiếng Anh).",
                    hintEn: "Use vi (Vietnamese, the default) or en (English).")
            }
        }
        if let base = fields.string("base_url", into: &reader.diagnostics) {
            if base.hasPrefix("https://") || base.hasPrefix("http://") {
                config.baseURL = base.hasSuffix("/") ? base : base + "/"
            } else {
                fields.valueError(into: &reader.diagnostics, "base_url",
                    vi: "`base_url` phải là một địa chỉ đầy đủ.",
                    en: "`base_url` must be an absolute address.",
                    hintVi: "Ví dụ: `base_url: https://htx.example.gov.vn/`",
                    hintEn: "For example: `base_url: https://htx.example.gov.vn/`")
            }
        }
        config.asOf = fields.day("as_of", into: &reader.diagnostics)
        config.sample = fields.bool("sample", into: &reader.diagnostics) ?? false
        if let handbook = fields.mapping("handbook", into: &reader.diagnostics) {
            handbook.warnUnknownKeys(allowed: ["title", "subtitle", "paper", "binding", "caliper"], into: &reader.diagnostics)
            config.handbook.title = handbook.string("title", into: &reader.diagnostics)
            config.handbook.subtitle = handbook.string("subtitle", into: &reader.diagnostics)
            if let paper = handbook.string("paper", into: &reader.diagnostics) {
                if let value = SiteConfig.Paper(rawValue: paper.uppercased()) {
                    config.handbook.paper = value
                } else {
                    handbook.valueError(into: &reader.diagnostics, "paper",
                        vi: "Khổ giấy «\(paper)» không được hỗ trợ.",
                        en: "Paper size \"\(paper)\" is not supported.",
                        hintVi: "Dùng A4 (mặc định) hoặc A5.", hintEn: "Use A4 (the default) or A5.")
                }
            }
            loadPrint(handbook, into: &config.handbook, &reader.diagnostics)
        }
        if let csv = fields.mapping("csv", into: &reader.diagnostics) {
            csv.warnUnknownKeys(allowed: ["decimal"], into: &reader.diagnostics)
            if let decimal = csv.string("decimal", into: &reader.diagnostics) {
                if decimal == "." || decimal == "," {
                    config.decimalSeparator = Character(decimal)
                } else {
                    csv.valueError(into: &reader.diagnostics, "decimal",
                        vi: "Dấu thập phân phải là \".\" hoặc \",\".",
                        en: "The decimal separator must be \".\" or \",\".",
                        hintVi: "Ví dụ: `csv: { decimal: \",\" }`", hintEn: "For example: `csv: { decimal: \",\" }`")
                }
            }
        }
        if let markdown = fields.mapping("markdown", into: &reader.diagnostics) {
            markdown.warnUnknownKeys(allowed: ["unsafe_html"], into: &reader.diagnostics)
            config.unsafeHTML = markdown.bool("unsafe_html", into: &reader.diagnostics) ?? false
        }
        return title == nil ? nil : config
    }

    /// `binding` and `caliper`: what the print shop needs to pad the interior and size the
    /// cover's spine (`tre handbook --print`).
    static func loadPrint(_ handbook: YAMLFields, into config: inout SiteConfig.Handbook, _ diagnostics: inout Diagnostics) {
        if let binding = handbook.string("binding", into: &diagnostics) {
            if let value = SiteConfig.Binding(rawValue: binding.lowercased()) {
                config.binding = value
            } else {
                handbook.valueError(into: &diagnostics, "binding",
                    vi: "Cách đóng sách «\(binding)» không được hỗ trợ.",
                    en: "Binding \"\(binding)\" is not supported.",
                    hintVi: "Dùng saddle (đóng ghim giữa gáy, số trang là bội của 4; mặc định) hoặc perfect (keo gáy vuông, số trang là bội của 16).",
                    hintEn: "Use saddle (stapled through the fold, pages in fours; the default) or perfect (glued square spine, pages in sixteens).")
            }
        }
        guard let (text, _) = handbook.scalar("caliper", required: false, into: &diagnostics) else { return }
        // Either decimal mark: `0.1` as YAML writes it, `0,1` as Vietnamese does.
        let number = (try? ValueParser.number(text, decimal: ".").get())
            ?? (try? ValueParser.number(text, decimal: ",").get())
        if let number, caliperRange.contains(number) {
            config.caliper = number
        } else {
            handbook.valueError(into: &diagnostics, "caliper",
                vi: "`caliper` là độ dày một tờ giấy ruột tính bằng milimét, từ 0,04 đến 0,5 (đang ghi: «\(text)»).",
                en: "`caliper` is the thickness of one leaf of the interior's paper in millimetres, from 0.04 to 0.5 (found \"\(text)\").",
                hintVi: "Hỏi nhà in độ dày giấy, hoặc bỏ dòng này để dùng 0.1 (giấy 80 g/m²): `caliper: 0.1`.",
                hintEn: "Ask the print shop for the paper's thickness, or leave the line out for 0.1 (80 g/m² paper): `caliper: 0.1`.")
        }
    }

    /// From thin bible paper to light card, in millimetres a leaf.
    static let caliperRange: ClosedRange<Double> = 0.04...0.5
}
