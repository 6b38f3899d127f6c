import Foundation
import ZIPFoundation
@testable import TreCore

/// Workbooks put together part by part from XML written in the tests, the way Excel,
/// LibreOffice and other programs write them, to test one construct at a time.
enum XLSXParts {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A sheet's XML from its `<sheetData>` content (and anything after it, e.g. `<mergeCells>`).
    static func sheet(_ data: String, after: String = "") -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"\(main)\"><sheetData>\(data)</sheetData>\(after)</worksheet>"
    }

    /// One row of inline-string and number cells: `row(1, ["A": "plan", "C": 80])`.
    static func row(_ number: Int, _ cells: [(String, Any)]) -> String {
        "<row r=\"\(number)\">" + cells.map { column, value in
            if let text = value as? String {
                return "<c r=\"\(column)\(number)\" t=\"inlineStr\"><is><t>\(XMLText.escape(text))</t></is></c>"
            }
            return "<c r=\"\(column)\(number)\"><v>\(value)</v></c>"
        }.joined() + "</row>"
    }

    /// Styles whose cell formats (`s` = 0, 1, 2, …) have these number formats; ids of 164 and
    /// above get a custom `formatCode` from `codes`.
    static func styles(_ formats: [Int], codes: [Int: String] = [:]) -> String {
        let numFmts = codes.sorted { $0.key < $1.key }.map {
            "<numFmt numFmtId=\"\($0.key)\" formatCode=\"\(XMLText.escape($0.value))\"/>"
        }.joined()
        return "<?xml version=\"1.0\"?><styleSheet xmlns=\"\(main)\">"
            + (numFmts.isEmpty ? "" : "<numFmts count=\"\(codes.count)\">\(numFmts)</numFmts>")
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(formats.count + 1)\"><xf numFmtId=\"0\"/>"
            + formats.map { "<xf numFmtId=\"\($0)\" applyNumberFormat=\"1\"/>" }.joined()
            + "</cellXfs></styleSheet>"
    }

    struct Sheet {
        var name: String
        var xml: String
        var state: String? = nil
        var chart = false
    }

    /// The workbook's bytes: sheets in order, optional shared strings and styles, `date1904`.
    static func workbook(_ sheets: [Sheet], sharedStrings: String? = nil, styles: String? = nil,
                         date1904: Bool = false, extra: [(String, Data)] = []) throws -> Data {
        var parts: [(String, Data)] = []
        func add(_ path: String, _ text: String) { parts.append((path, Data(text.utf8))) }
        add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
        add("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
        let entries = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(XMLText.escape(sheet.name))\" sheetId=\"\(index + 1)\"\(sheet.state.map { " state=\"\($0)\"" } ?? "") r:id=\"rId\(index + 1)\"/>"
        }.joined()
        add("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
            + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>\(entries)</sheets></workbook>")
        var links = sheets.enumerated().map { index, sheet in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationships)/\(sheet.chart ? "chartsheet" : "worksheet")\" Target=\"\(sheet.chart ? "chartsheets" : "worksheets")/sheet\(index + 1).xml\"/>"
        }.joined()
        if sharedStrings != nil { links += "<Relationship Id=\"rIdS\" Type=\"\(relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>" }
        if styles != nil { links += "<Relationship Id=\"rIdT\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>" }
        add("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(links)</Relationships>")
        for (index, sheet) in sheets.enumerated() {
            add("xl/\(sheet.chart ? "chartsheets" : "worksheets")/sheet\(index + 1).xml", sheet.xml)
        }
        if let sharedStrings { add("xl/sharedStrings.xml", sharedStrings) }
        if let styles { add("xl/styles.xml", styles) }
        return try zip(parts + extra)
    }

    /// A one-sheet workbook named "Chỉ tiêu".
    static func workbook(sheet xml: String, sharedStrings: String? = nil, styles: String? = nil,
                         date1904: Bool = false) throws -> Data {
        try workbook([Sheet(name: "Chỉ tiêu", xml: xml)], sharedStrings: sharedStrings, styles: styles, date1904: date1904)
    }

    static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) {
                bytes.subdata(in: Int($0)..<(Int($0) + $1))
            }
        }
        return archive.data ?? Data()
    }

    /// `data` with the uncompressed size that the central directory declares for `path`
    /// rewritten to `size`: a file that lies about how far its part inflates.
    static func declaring(_ size: UInt32, for path: String, in data: Data) -> Data {
        var bytes = [UInt8](data)
        let name = Array(path.utf8)
        var index = 0
        while index + 46 < bytes.count {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 1, bytes[index + 3] == 2 {
                let length = Int(bytes[index + 28]) | Int(bytes[index + 29]) << 8
                if Array(bytes[(index + 46)..<min(bytes.count, index + 46 + length)]) == name {
                    for offset in 0..<4 { bytes[index + 24 + offset] = UInt8((size >> (8 * UInt32(offset))) & 0xFF) }
                }
            }
            index += 1
        }
        return Data(bytes)
    }

    /// Reads `data` as the workbook `Content/data/targets.xlsx`.
    static func read(_ data: Data, reading: Set<String>? = nil) -> CSVTable {
        WorkbookReader.parse(data, file: "Content/data/targets.xlsx", reading: reading)
    }
}
