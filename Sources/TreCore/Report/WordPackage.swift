import Foundation
import ZIPFoundation

/// A `WordDocument` as the bytes of a `.docx` file: the Office Open XML parts, zipped in a
/// fixed order with fixed dates (the document's own), so the same document always gives the
/// same bytes.
public enum WordPackage {
    public struct Failure: Error, Sendable {
        public var reason: String
    }

    /// The parts in the order they are zipped: path and bytes.
    static func parts(_ document: WordDocument) -> [(path: String, data: Data)] {
        let pictures = document.pictures
        let links = document.links
        var relationships: [(id: String, type: String, target: String, external: Bool)] = [
            ("rId1", "styles", "styles.xml", false),
            ("rId2", "numbering", "numbering.xml", false),
            ("rId3", "settings", "settings.xml", false),
            ("rId4", "fontTable", "fontTable.xml", false),
        ]
        let headers = document.section.pageNumbers
        if headers {
            relationships += [("rId5", "header", "header1.xml", false), ("rId6", "header", "header2.xml", false)]
        }
        let pictureIDs = pictures.indices.map { "rIdImage\($0 + 1)" }
        for (index, id) in pictureIDs.enumerated() {
            relationships.append((id, "image", "media/image\(index + 1).\(pictures[index].format.rawValue)", false))
        }
        var linkIDs: [String: String] = [:]
        for (index, link) in links.enumerated() {
            linkIDs[link] = "rIdLink\(index + 1)"
            relationships.append(("rIdLink\(index + 1)", "hyperlink", link, true))
        }
        var xml = WordXML(pictureIDs: pictureIDs, linkIDs: linkIDs)
        let body = xml.document(document, headerIDs: headers ? ("rId5", "rId6") : nil)
        var parts: [(String, Data)] = [
            ("[Content_Types].xml", text(contentTypes(headers: headers, formats: Set(pictures.map(\.format))))),
            ("_rels/.rels", text(packageRelationships)),
            ("docProps/core.xml", text(coreProperties(document))),
            ("docProps/app.xml", text(appProperties)),
            ("word/document.xml", text(body)),
            ("word/_rels/document.xml.rels", text(documentRelationships(relationships))),
            ("word/styles.xml", text(WordStyles.styles(document.language))),
            ("word/numbering.xml", text(WordStyles.numbering(document.lists))),
            ("word/settings.xml", text(WordStyles.settings(document.language))),
            ("word/fontTable.xml", text(WordStyles.fontTable)),
        ]
        if headers {
            let number = WordParagraph(style: "Header", runs: [.pageNumberField])
            parts.append(("word/header1.xml", text(xml.header([number]))))
            parts.append(("word/header2.xml", text(xml.header([]))))
        }
        for (index, picture) in pictures.enumerated() {
            parts.append(("word/media/image\(index + 1).\(picture.format.rawValue)", picture.data))
        }
        return parts
    }

    /// The `.docx` file.
    public static func data(_ document: WordDocument) throws(Failure) -> Data {
        let date = Date(timeIntervalSince1970: Double(document.date.ordinal - epoch) * 86_400)
        do {
            let archive = try Archive(accessMode: .create)
            for (path, data) in parts(document) {
                // Pictures are compressed already; the XML shrinks to a fifth.
                let method: CompressionMethod = path.hasPrefix("word/media/") ? .none : .deflate
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: date, permissions: 0o644, compressionMethod: method) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure(reason: "the archive has no data") }
            return data
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(reason: String(describing: error))
        }
    }

    static let epoch = Day(year: 1970, month: 1, day: 1)!.ordinal

    static func text(_ string: String) -> Data { Data(string.utf8) }

    static func contentTypes(headers: Bool, formats: Set<WordPicture.Format>) -> String {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var xml = WordXML.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        if formats.contains(.png) { xml += "<Default Extension=\"png\" ContentType=\"image/png\"/>" }
        if formats.contains(.jpeg) { xml += "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>" }
        let overrides = [
            ("/word/document.xml", "\(main).document.main+xml"),
            ("/word/styles.xml", "\(main).styles+xml"),
            ("/word/numbering.xml", "\(main).numbering+xml"),
            ("/word/settings.xml", "\(main).settings+xml"),
            ("/word/fontTable.xml", "\(main).fontTable+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ] + (headers ? [("/word/header1.xml", "\(main).header+xml"), ("/word/header2.xml", "\(main).header+xml")] : [])
        for (part, type) in overrides { xml += "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>" }
        return xml + "</Types>"
    }

    static let packageRelationships = WordXML.declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    static func documentRelationships(_ relationships: [(id: String, type: String, target: String, external: Bool)]) -> String {
        var xml = WordXML.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for item in relationships {
            xml += "<Relationship Id=\"\(item.id)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(item.type)\" "
                + "Target=\"\(XMLText.escape(item.target))\"" + (item.external ? " TargetMode=\"External\"" : "") + "/>"
        }
        return xml + "</Relationships>"
    }

    static func coreProperties(_ document: WordDocument) -> String {
        let stamp = document.date.iso + "T00:00:00Z"
        return WordXML.declaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(XMLText.escape(document.title))</dc:title><dc:subject>\(XMLText.escape(document.subject))</dc:subject>\
            <dc:creator>Tre</dc:creator><dc:language>\(document.language == .vi ? "vi-VN" : "en-GB")</dc:language>\
            <dcterms:created xsi:type="dcterms:W3CDTF">\(stamp)</dcterms:created>\
            <dcterms:modified xsi:type="dcterms:W3CDTF">\(stamp)</dcterms:modified></cp:coreProperties>
            """
    }

    static let appProperties = WordXML.declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Tre</Application></Properties>"
}
