/// `word/document.xml` and the headers, written as text in the element order the
/// WordprocessingML schema requires (Word refuses a file whose properties are out of order).
struct WordXML {
    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"
        """
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// Relationship ids of pictures (by position in `WordDocument.pictures`) and links.
    let pictureIDs: [String]
    let linkIDs: [String: String]
    private var pictureIndex = 0

    init(pictureIDs: [String], linkIDs: [String: String]) {
        self.pictureIDs = pictureIDs
        self.linkIDs = linkIDs
    }

    mutating func document(_ document: WordDocument, headerIDs: (normal: String, first: String)?) -> String {
        var xml = Self.declaration + "<w:document \(Self.namespaces)><w:body>"
        xml += blocks(document.blocks)
        xml += sectionProperties(document.section, headerIDs: headerIDs)
        return xml + "</w:body></w:document>"
    }

    /// A header part holding `paragraphs` (the page number, or nothing on the first page).
    mutating func header(_ paragraphs: [WordParagraph]) -> String {
        var xml = Self.declaration + "<w:hdr \(Self.namespaces)>"
        for item in paragraphs { xml += paragraph(item) }
        if paragraphs.isEmpty { xml += "<w:p/>" }
        return xml + "</w:hdr>"
    }

    mutating func blocks(_ blocks: [WordBlock]) -> String {
        var xml = ""
        for block in blocks {
            switch block {
            case .paragraph(let item): xml += paragraph(item)
            case .table(let item): xml += table(item)
            }
        }
        return xml
    }

    mutating func paragraph(_ paragraph: WordParagraph) -> String {
        var properties = "<w:pStyle w:val=\"\(XMLText.escape(paragraph.style))\"/>"
        if paragraph.keepWithNext { properties += "<w:keepNext/>" }
        if let list = paragraph.list {
            properties += "<w:numPr><w:ilvl w:val=\"\(list.level)\"/><w:numId w:val=\"\(list.number)\"/></w:numPr>"
        }
        if paragraph.topRule {
            properties += "<w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/></w:pBdr>"
        }
        if paragraph.spacingBefore != nil || paragraph.spacingAfter != nil {
            properties += "<w:spacing" + (paragraph.spacingBefore.map { " w:before=\"\($0)\"" } ?? "")
                + (paragraph.spacingAfter.map { " w:after=\"\($0)\"" } ?? "") + "/>"
        }
        if let indent = paragraph.indent {
            properties += "<w:ind w:left=\"\(indent.left)\" w:right=\"\(indent.right)\" w:firstLine=\"0\"/>"
        }
        if let alignment = paragraph.alignment { properties += "<w:jc w:val=\"\(alignment.rawValue)\"/>" }
        var xml = "<w:p><w:pPr>\(properties)</w:pPr>"
        var openLink: String?
        for item in paragraph.runs {
            if item.link != openLink {
                if openLink != nil { xml += "</w:hyperlink>" }
                if let link = item.link, let id = linkIDs[link] {
                    xml += "<w:hyperlink r:id=\"\(id)\">"
                    openLink = link
                } else {
                    openLink = nil
                }
            }
            xml += run(item, linked: openLink != nil)
        }
        if openLink != nil { xml += "</w:hyperlink>" }
        return xml + "</w:p>"
    }

    mutating func run(_ run: WordRun, linked: Bool) -> String {
        var properties = linked ? "<w:rStyle w:val=\"Hyperlink\"/>" : ""
        if run.bold { properties += "<w:b/><w:bCs/>" }
        if run.italic { properties += "<w:i/><w:iCs/>" }
        if let size = run.size {
            let half = Int((size * 2).rounded())
            properties += "<w:sz w:val=\"\(half)\"/><w:szCs w:val=\"\(half)\"/>"
        }
        let open = properties.isEmpty ? "<w:r>" : "<w:r><w:rPr>\(properties)</w:rPr>"
        if run.pageNumber {
            return open + "<w:fldChar w:fldCharType=\"begin\"/></w:r>" + open
                + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>" + open
                + "<w:fldChar w:fldCharType=\"separate\"/></w:r>" + open + "<w:t>2</w:t></w:r>" + open
                + "<w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        if let picture = run.picture { return open + drawing(picture) + "</w:r>" }
        var xml = open
        if !run.text.isEmpty { xml += "<w:t xml:space=\"preserve\">\(XMLText.escape(run.text))</w:t>" }
        if run.lineBreak { xml += "<w:br/>" }
        return xml + "</w:r>"
    }

    /// An inline picture: 12,700 EMU to the point.
    mutating func drawing(_ picture: WordPicture) -> String {
        let index = pictureIndex
        pictureIndex += 1
        let id = index < pictureIDs.count ? pictureIDs[index] : ""
        let cx = Int((picture.width * 12700).rounded()), cy = Int((picture.height * 12700).rounded())
        let name = XMLText.escape(picture.name), description = XMLText.escape(picture.description)
        return """
            <w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\(cx)" cy="\(cy)"/>\
            <wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="\(index + 1)" name="\(name)" descr="\(description)"/>\
            <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>\
            <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">\
            <pic:pic><pic:nvPicPr><pic:cNvPr id="\(index + 1)" name="\(name)" descr="\(description)"/><pic:cNvPicPr/></pic:nvPicPr>\
            <pic:blipFill><a:blip r:embed="\(id)"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
            <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(cx)" cy="\(cy)"/></a:xfrm>\
            <a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>\
            </wp:inline></w:drawing>
            """
    }

    mutating func table(_ table: WordTable) -> String {
        let width = table.columns.reduce(0, +)
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"\(XMLText.escape(table.style))\"/>"
            + "<w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
        if let caption = table.caption { xml += "<w:tblCaption w:val=\"\(XMLText.escape(caption))\"/>" }
        xml += "</w:tblPr><w:tblGrid>"
        for column in table.columns { xml += "<w:gridCol w:w=\"\(column)\"/>" }
        xml += "</w:tblGrid>"
        for row in table.rows {
            xml += "<w:tr>"
            if row.cantSplit || row.isHeader {
                xml += "<w:trPr>" + (row.cantSplit ? "<w:cantSplit/>" : "") + (row.isHeader ? "<w:tblHeader/>" : "") + "</w:trPr>"
            }
            for (index, cell) in row.cells.enumerated() {
                let cellWidth = index < table.columns.count ? table.columns[index] : 0
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(cellWidth)\" w:type=\"dxa\"/>"
                if cell.verticalAlignment != .top { xml += "<w:vAlign w:val=\"\(cell.verticalAlignment.rawValue)\"/>" }
                xml += "</w:tcPr>" + blocks(cell.blocks)
                // A cell must end with a paragraph.
                if case .paragraph? = cell.blocks.last {} else { xml += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>" }
                xml += "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    func sectionProperties(_ section: WordSection, headerIDs: (normal: String, first: String)?) -> String {
        var xml = "<w:sectPr>"
        if let headerIDs {
            xml += "<w:headerReference w:type=\"default\" r:id=\"\(headerIDs.normal)\"/>"
                + "<w:headerReference w:type=\"first\" r:id=\"\(headerIDs.first)\"/>"
        }
        xml += "<w:pgSz w:w=\"\(section.pageWidth)\" w:h=\"\(section.pageHeight)\"/>"
            + "<w:pgMar w:top=\"\(section.top)\" w:right=\"\(section.right)\" w:bottom=\"\(section.bottom)\" "
            + "w:left=\"\(section.left)\" w:header=\"\(section.headerDistance)\" w:footer=\"\(section.footerDistance)\" w:gutter=\"0\"/>"
            + "<w:pgNumType w:start=\"1\"/>"
        if headerIDs != nil { xml += "<w:titlePg/>" }
        return xml + "</w:sectPr>"
    }
}
