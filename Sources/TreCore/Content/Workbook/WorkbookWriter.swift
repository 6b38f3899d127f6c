import Foundation
import ZIPFoundation

/// Writes small workbooks (`.xlsx`) that Excel and LibreOffice Calc open cleanly: sheets of
/// text, numbers and dates, the first row in bold and frozen, columns wide enough to read.
/// Used by `tre new workbook`; the same bytes for the same sheets (entries carry a fixed date).
public enum WorkbookWriter {
    public enum Cell: Hashable, Sendable {
        case text(String)
        case number(Double)
        /// Written as a date serial with the format `dd/mm/yyyy`, as a Vietnamese office
        /// would type it.
        case date(Day)
        case empty
    }

    public struct Sheet: Hashable, Sendable {
        public var name: String
        public var rows: [[Cell]]
        /// Column widths in characters, from column A; missing ones are Excel's default.
        public var widths: [Double]

        public init(name: String, rows: [[Cell]], widths: [Double] = []) {
            self.name = name
            self.rows = rows
            self.widths = widths
        }
    }

    /// The workbook's bytes.
    public static func data(_ sheets: [Sheet]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbook(sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet)))
        }
        // 1 January 2025: a fixed date, so the same sheets give the same bytes.
        let date = Date(timeIntervalSince1970: 1_735_689_600)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func contentTypes(_ count: Int) -> String {
        header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + (1...max(1, count)).map {
                "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            }.joined()
            + "</Types>"
    }

    private static let rootRelationships = header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    private static func workbook(_ sheets: [Sheet]) -> String {
        header + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(officeRelationships)\"><sheets>"
            + sheets.enumerated().map { index, sheet in
                "<sheet name=\"\(XMLText.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
            }.joined()
            + "</sheets></workbook>"
    }

    private static func workbookRelationships(_ count: Int) -> String {
        header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + (0..<count).map {
                "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(officeRelationships)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
            }.joined()
            + "<Relationship Id=\"rId\(count + 1)\" Type=\"\(officeRelationships)/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>"
    }

    /// Styles: 0 plain, 1 bold (the header row), 2 a date as `dd/mm/yyyy`, 3 wrapped text.
    private static let styles = header
        + "<styleSheet xmlns=\"\(main)\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"

    private static func worksheet(_ sheet: Sheet) -> String {
        var xml = header + "<worksheet xmlns=\"\(main)\">"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        if !sheet.widths.isEmpty {
            xml += "<cols>" + sheet.widths.enumerated().map { index, width in
                "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }.joined() + "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            let number = rowIndex + 1
            // Long text wraps in wide columns; the row is given the height of its lines, since
            // neither Excel nor Calc grows a row for wrapped text in a file that does not say so.
            var lines = 1
            for (columnIndex, cell) in row.enumerated() where columnIndex < sheet.widths.count && sheet.widths[columnIndex] >= 40 {
                if case .text(let text) = cell, rowIndex > 0 {
                    lines = max(lines, Int((Double(text.count) / (sheet.widths[columnIndex] * 0.95)).rounded(.up)))
                }
            }
            xml += lines > 1 ? "<row r=\"\(number)\" ht=\"\(lines * 15)\" customHeight=\"1\">" : "<row r=\"\(number)\">"
            for (columnIndex, cell) in row.enumerated() {
                let reference = SourceLocation.columnName(columnIndex + 1) + String(number)
                xml += self.cell(cell, reference: reference, bold: rowIndex == 0, wrap: sheet.widths.count > columnIndex
                                 && sheet.widths[columnIndex] >= 40)
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    private static func cell(_ cell: Cell, reference: String, bold: Bool, wrap: Bool) -> String {
        let style = bold ? " s=\"1\"" : wrap ? " s=\"3\"" : ""
        switch cell {
        case .empty:
            return ""
        case .text(let text):
            return "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escape(text))</t></is></c>"
        case .number(let value):
            return "<c r=\"\(reference)\"\(style)><v>\(WorkbookNumber(value: value).text)</v></c>"
        case .date(let day):
            return "<c r=\"\(reference)\" s=\"2\"><v>\(Int(ExcelDate.serial(day)))</v></c>"
        }
    }
}
