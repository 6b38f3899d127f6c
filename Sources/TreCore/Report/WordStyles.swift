/// The styles, lists and settings of a report, as Word parts. The styles are real, named Word
/// styles (Word's own `heading 1`, `List Bullet`, `caption`, and named styles for each part of
/// the decree's layout), so a leader who edits the file keeps the layout by choosing a style.
///
/// Sizes follow Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II (cỡ chữ of each part): body
/// 14 pt; Quốc hiệu 12 pt bold (12–13 allowed; 12 fits the right column beside the issuer);
/// Tiêu ngữ 13 pt bold; issuer 13 pt; số, ký hiệu 13 pt; place and date 14 pt italic; kind
/// and summary 14 pt bold; signer 14 pt bold; "Nơi nhận" 12 pt bold italic and its list 11 pt;
/// page numbers 14 pt. Body paragraphs are justified, the first line indented 1.27 cm,
/// 6 pt between paragraphs and 1.2 lines between lines (the decree: at least 6 pt, single to
/// 1.5 lines).
enum WordStyles {
    struct Style {
        var id: String
        var vi: String
        var en: String
        var type = "paragraph"
        var basedOn: String? = "Normal"
        var next: String?
        /// Paragraph properties, in schema order.
        var paragraph = ""
        /// Run properties, in schema order.
        var run = ""
        var builtIn = false
    }

    /// Header-block paragraphs: centred, no first-line indent, single spacing.
    static let block = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>"

    static func size(_ points: Double) -> String {
        let half = Int(points * 2)
        return "<w:sz w:val=\"\(half)\"/><w:szCs w:val=\"\(half)\"/>"
    }

    static let bold = "<w:b/><w:bCs/>"
    static let italic = "<w:i/><w:iCs/>"

    static let all: [Style] = [
        Style(id: "Normal", vi: "Normal", en: "Normal", basedOn: nil,
              paragraph: "<w:widowControl/><w:spacing w:before=\"0\" w:after=\"120\" w:line=\"288\" w:lineRule=\"auto\"/>"
                  + "<w:ind w:firstLine=\"720\"/><w:jc w:val=\"both\"/>",
              builtIn: true),
        Style(id: "Heading1", vi: "heading 1", en: "heading 1", next: "Normal",
              paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"120\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
              run: bold, builtIn: true),
        Style(id: "Heading2", vi: "heading 2", en: "heading 2", next: "Normal",
              paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"60\" w:after=\"120\"/><w:outlineLvl w:val=\"1\"/>",
              run: bold, builtIn: true),
        Style(id: "Heading3", vi: "heading 3", en: "heading 3", next: "Normal",
              paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"60\" w:after=\"120\"/><w:outlineLvl w:val=\"2\"/>",
              run: bold + italic, builtIn: true),
        Style(id: "ListBullet", vi: "List Bullet", en: "List Bullet", builtIn: true),
        Style(id: "ListNumber", vi: "List Number", en: "List Number", builtIn: true),
        Style(id: "Quote", vi: "Quote", en: "Quote", next: "Normal",
              paragraph: "<w:ind w:left=\"720\" w:right=\"720\" w:firstLine=\"0\"/>", run: italic, builtIn: true),
        Style(id: "PlainText", vi: "Plain Text", en: "Plain Text",
              paragraph: "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/>",
              run: "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/>" + size(11), builtIn: true),
        Style(id: "Caption", vi: "caption", en: "caption", next: "Normal",
              paragraph: "<w:spacing w:before=\"60\" w:after=\"160\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
              run: italic + size(13), builtIn: true),
        Style(id: "Header", vi: "header", en: "header", paragraph: block, run: size(14), builtIn: true),
        Style(id: "TableText", vi: "Chữ trong bảng", en: "Table Text",
              paragraph: "<w:spacing w:before=\"40\" w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/>",
              run: size(13)),
        Style(id: "TableHeading", vi: "Tiêu đề cột bảng", en: "Table Heading", basedOn: "TableText",
              paragraph: "<w:keepNext/><w:jc w:val=\"center\"/>", run: bold),
        Style(id: "NationalTitle", vi: "Quốc hiệu", en: "National Title", paragraph: block, run: bold + size(12)),
        Style(id: "Motto", vi: "Tiêu ngữ", en: "Motto", paragraph: block, run: bold + size(13)),
        Style(id: "IssuerParent", vi: "Cơ quan chủ quản", en: "Parent Body", paragraph: block, run: size(13)),
        Style(id: "Issuer", vi: "Cơ quan ban hành", en: "Issuing Body", paragraph: block, run: bold + size(13)),
        Style(id: "Rule", vi: "Đường kẻ", en: "Rule",
              paragraph: "<w:spacing w:before=\"40\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
              run: size(1)),
        Style(id: "DocumentNumber", vi: "Số, ký hiệu", en: "Document Number",
              paragraph: "<w:spacing w:before=\"60\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
              run: size(13)),
        Style(id: "PlaceDate", vi: "Địa danh, ngày tháng", en: "Place and Date",
              paragraph: "<w:spacing w:before=\"60\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
              run: italic + size(14)),
        Style(id: "DocumentKind", vi: "Tên loại văn bản", en: "Document Kind", next: "Summary",
              paragraph: "<w:keepNext/><w:spacing w:before=\"480\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
              run: bold + size(14)),
        Style(id: "Summary", vi: "Trích yếu", en: "Summary", next: "Normal",
              paragraph: "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
              run: bold + size(14)),
        Style(id: "SignerTitle", vi: "Quyền hạn, chức vụ người ký", en: "Signer Title", paragraph: block, run: bold + size(14)),
        Style(id: "SignerName", vi: "Họ tên người ký", en: "Signer Name",
              paragraph: "<w:spacing w:before=\"1680\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
              run: bold + size(14)),
        Style(id: "RecipientsHeading", vi: "Nơi nhận", en: "Recipients Heading",
              paragraph: "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/>",
              run: bold + italic + size(12)),
        Style(id: "Recipient", vi: "Danh sách nơi nhận", en: "Recipient",
              paragraph: "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/>",
              run: size(11)),
    ]

    static func styles(_ language: Language) -> String {
        let lang = language == .vi ? "vi-VN" : "en-GB"
        var xml = WordXML.declaration + """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="Times New Roman" \
            w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:color w:val="000000"/>\(size(14))\
            <w:lang w:val="\(lang)" w:eastAsia="\(lang)" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
            """
        for style in all {
            let name = language == .vi ? style.vi : style.en
            xml += "<w:style w:type=\"\(style.type)\"" + (style.id == "Normal" ? " w:default=\"1\"" : "")
                + (style.builtIn ? "" : " w:customStyle=\"1\"") + " w:styleId=\"\(style.id)\">"
                + "<w:name w:val=\"\(XMLText.escape(name))\"/>"
            if let basedOn = style.basedOn { xml += "<w:basedOn w:val=\"\(basedOn)\"/>" }
            if let next = style.next { xml += "<w:next w:val=\"\(next)\"/>" }
            xml += "<w:qFormat/>"
            if !style.paragraph.isEmpty { xml += "<w:pPr>\(style.paragraph)</w:pPr>" }
            if !style.run.isEmpty { xml += "<w:rPr>\(style.run)</w:rPr>" }
            xml += "</w:style>"
        }
        let plain = language == .vi ? "Bảng không kẻ" : "Plain Table"
        let grid = "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        let none = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"nil\"/>" }.joined()
        xml += """
            <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:u w:val="single"/></w:rPr></w:style>\
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>\
            <w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>\
            <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>\
            <w:tblPr><w:tblBorders>\(grid)</w:tblBorders></w:tblPr></w:style>\
            <w:style w:type="table" w:customStyle="1" w:styleId="PlainTable"><w:name w:val="\(plain)"/><w:basedOn w:val="TableNormal"/>\
            <w:tblPr><w:tblBorders>\(none)</w:tblBorders><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            </w:styles>
            """
        return xml
    }

    /// Bullets `-` (then `+`) and numbers `1.` (then `a)`), each starting at the first-line
    /// indent with the text running back to the margin, as Vietnamese documents set lists.
    static func numbering(_ lists: [WordList]) -> String {
        func level(_ index: Int, format: String, text: String) -> String {
            "<w:lvl w:ilvl=\"\(index)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text)\"/>"
                + "<w:lvlJc w:val=\"left\"/><w:suff w:val=\"space\"/><w:pPr><w:ind w:left=\"0\" w:firstLine=\"\(720 + 360 * index)\"/></w:pPr></w:lvl>"
        }
        var xml = WordXML.declaration + "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        xml += "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"
        for index in 0..<9 { xml += level(index, format: "bullet", text: index % 2 == 0 ? "-" : "+") }
        xml += "</w:abstractNum><w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"multilevel\"/>"
        for index in 0..<9 {
            xml += index % 2 == 0 ? level(index, format: "decimal", text: "%\(index + 1).")
                : level(index, format: "lowerLetter", text: "%\(index + 1))")
        }
        xml += "</w:abstractNum>"
        for (index, list) in lists.enumerated() {
            xml += "<w:num w:numId=\"\(index + 1)\"><w:abstractNumId w:val=\"\(list.kind == .bullet ? 0 : 1)\"/>"
            if list.kind == .numbered {
                // A list uses one level, its depth: each counts from its own start.
                for level in 0..<9 {
                    xml += "<w:lvlOverride w:ilvl=\"\(level)\"><w:startOverride w:val=\"\(max(0, list.start))\"/></w:lvlOverride>"
                }
            }
            xml += "</w:num>"
        }
        return xml + "</w:numbering>"
    }

    static func settings(_ language: Language) -> String {
        WordXML.declaration + """
            <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>\
            <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
            <w:themeFontLang w:val="\(language == .vi ? "vi-VN" : "en-GB")"/></w:settings>
            """
    }

    static let fontTable = WordXML.declaration + """
        <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>\
        <w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>\
        <w:font w:name="Courier New"><w:panose1 w:val="02070309020205020404"/><w:charset w:val="00"/>\
        <w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font></w:fonts>
        """
}
