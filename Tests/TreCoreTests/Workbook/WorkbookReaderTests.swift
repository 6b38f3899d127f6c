import Foundation
import XCTest
@testable import TreCore

/// The workbook reader, one construct of the format at a time: what each kind of cell gives,
/// and where each problem is reported (sheet and cell).
final class WorkbookReaderTests: XCTestCase {
    private func values(_ table: CSVTable) -> [[String]] { table.rows.map { $0.fields.map(\.value) } }

    private func only(_ table: CSVTable, file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
        XCTAssertEqual(table.diagnostics.items.count, 1, "\(table.diagnostics.items.map(\.message.en))", file: file, line: line)
        return table.diagnostics.items.first
    }

    func testSharedInlineAndRichStringsWithEscapesAndNFC() throws {
        let strings = """
            <?xml version="1.0"?><sst xmlns="\(XLSXParts.main)" count="4" uniqueCount="4">\
            <si><t>id</t></si><si><t xml:space="preserve">  name </t></si>\
            <si><r><rPr><b/></rPr><t>Hợp </t></r><r><t>tác</t></r><rPh sb="0" eb="1"><t>ホ</t></rPh></si>\
            <si><t>Ho\u{0300}a_x000D_\nBình &amp; _x005F_x</t></si></sst>
            """
        let sheet = XLSXParts.sheet("""
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>\
            <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><r><t>HTX </t></r><r><t>Sen</t></r></is></c></row>\
            <row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" t="str"><f>A3</f><v>kết quả</v></c></row>
            """)
        let table = XLSXParts.read(try XLSXParts.workbook(sheet: sheet, sharedStrings: strings))
        XCTAssertTrue(table.diagnostics.isEmpty, "\(table.diagnostics.items)")
        XCTAssertEqual(table.columnNames, ["id", "name"])
        XCTAssertEqual(values(table), [["Hợp tác", "HTX Sen"], ["Hòa\nBình & _x", "kết quả"]])
        XCTAssertEqual(table.sheet, "Chỉ tiêu")
        XCTAssertEqual(table.rows[1].fields[1].location.cell, "B3")
    }

    func testNumberCellsKeepTheirValue() throws {
        let sheet = XLSXParts.sheet(XLSXParts.row(1, [("A", "a"), ("B", "b"), ("C", "c"), ("D", "d"), ("E", "e")])
            + "<row r=\"2\"><c r=\"A2\"><v>25.5</v></c><c r=\"B2\"><v>0.30000000000000004</v></c><c r=\"C2\"><v>1E-3</v></c>"
            + "<c r=\"D2\" s=\"1\"><v>0.755</v></c><c r=\"E2\" t=\"n\"><v>25000</v></c></row>")
        let table = XLSXParts.read(try XLSXParts.workbook(sheet: sheet, styles: XLSXParts.styles([10])))
        XCTAssertEqual(values(table), [["25.5", "0.3", "0.001", "75.5%", "25000"]])
        XCTAssertEqual(table.rows[0].fields.map(\.typed),
                       [.number(25.5), .number(0.3), .number(0.001), .percent(75.5), .number(25000)])
        XCTAssertEqual(WorkbookNumber(value: 1.5e-7).text, "0.00000015")
        XCTAssertEqual(WorkbookNumber(value: 1.25e20).text, "125000000000000000000")
        XCTAssertEqual(WorkbookNumber(value: -0.05).timesHundred.text, "-5")
    }

    func testDatesFollowTheirNumberFormat() throws {
        let styles = XLSXParts.styles([14, 164, 165, 166, 22], codes: [164: "[$-42A]dd/mm/yyyy;@", 165: "#,##0 \"ngày\"", 166: "yyyy-mm-dd hh:mm"])
        let sheet = XLSXParts.sheet(XLSXParts.row(1, [("A", "a"), ("B", "b"), ("C", "c"), ("D", "d"), ("E", "e"), ("F", "f")])
            + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>45838</v></c><c r=\"B2\" s=\"2\"><v>45838</v></c><c r=\"C2\" s=\"3\"><v>45838</v></c>"
            + "<c r=\"D2\" s=\"4\"><v>45838.75</v></c><c r=\"E2\" s=\"5\"><v>59</v></c><c r=\"F2\" t=\"d\"><v>2024-02-29T00:00:00</v></c></row>")
        let table = XLSXParts.read(try XLSXParts.workbook(sheet: sheet, styles: styles))
        XCTAssertTrue(table.diagnostics.isEmpty, "\(table.diagnostics.items)")
        XCTAssertEqual(values(table), [["30/06/2025", "30/06/2025", "45838", "30/06/2025", "28/02/1900", "29/02/2024"]])
        let june = Day(year: 2025, month: 6, day: 30)!
        XCTAssertEqual(table.rows[0].fields[0].typed, .date(june, serial: 45838))
        // The 1904 system counts from 1 January 1904.
        let mac = XLSXParts.read(try XLSXParts.workbook(sheet: sheet, styles: styles, date1904: true))
        XCTAssertEqual(mac.rows[0].fields[0].value, "01/07/2029")
    }

    func testTheLeapDayOf1900IsRefusedAsACSVFileWouldBe() throws {
        let sheet = XLSXParts.sheet(XLSXParts.row(1, [("A", "date")]) + "<row r=\"7\"><c r=\"A7\" s=\"1\"><v>60</v></c></row>")
        let table = XLSXParts.read(try XLSXParts.workbook(sheet: sheet, styles: XLSXParts.styles([14])))
        let problem = only(table)
        XCTAssertEqual(problem?.location.cell, "A7")
        XCTAssertEqual(problem?.message.en, "\"29/02/1900\" is not a real date: February 1900 has 28 days.")
        XCTAssertEqual(ExcelDate.day(serial: 61, date1904: false), .success(Day(year: 1900, month: 3, day: 1)!))
        XCTAssertEqual(ExcelDate.day(serial: 1, date1904: false), .success(Day(year: 1900, month: 1, day: 1)!))
        XCTAssertEqual(ExcelDate.day(serial: 0, date1904: false), .failure(.outOfRange))
        XCTAssertEqual(ExcelDate.day(serial: 0, date1904: true), .success(Day(year: 1904, month: 1, day: 1)!))
        for ordinal in stride(from: 693_000, to: 760_000, by: 37) {
            XCTAssertEqual(ExcelDate.day(ordinal: ordinal)?.ordinal, ordinal)
        }
    }

    func testBooleansErrorsAndFormulas() throws {
        let sheet = XLSXParts.sheet(XLSXParts.row(1, [("A", "model"), ("B", "target"), ("C", "label"), ("D", "ghi chú")])
            + "<row r=\"2\"><c r=\"A2\" t=\"b\"><v>1</v></c><c r=\"B2\" t=\"e\"><v>#N/A</v></c><c r=\"C2\"><f>1/0</f></c>"
            + "<c r=\"D2\" t=\"e\"><v>#REF!</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"b\"><v>0</v></c><c r=\"B3\"><f>4*2</f><v>8</v></c><c r=\"C3\"><f>A1</f><v></v></c></row>")
        let table = XLSXParts.read(try XLSXParts.workbook(sheet: sheet), reading: ["model", "target", "label"])
        XCTAssertEqual(values(table), [["yes", "#N/A", "", "#REF!"], ["no", "8", "", ""]])
        XCTAssertEqual(table.rows[0].fields[1].typed, .unreadable)
        // #REF! is in a column Tre does not read: not reported.
        XCTAssertEqual(table.diagnostics.items.map { $0.location.cell ?? "" }, ["B2", "C2", "C3"])
        XCTAssertEqual(table.diagnostics.items[0].message.vi, "Ô này có giá trị lỗi «#N/A» của Excel, không phải số liệu.")
        XCTAssertTrue(table.diagnostics.items[1].message.en.hasPrefix("This cell has a formula but no value saved with it"))
        // An unreadable cell is not read again as a value: no second message for it.
        let record = table.columns(required: ["target"], optional: ["model", "label", "ghi chú"]).records(table)[0]
        var diagnostics = Diagnostics()
        XCTAssertNil(record.requireValue("target", into: &diagnostics))
        XCTAssertTrue(diagnostics.isEmpty)
    }

    func testHiddenAndChartSheetsAreSkipped() throws {
        let data = XLSXParts.sheet(XLSXParts.row(1, [("A", "id")]) + XLSXParts.row(2, [("A", "doc")]))
        let other = XLSXParts.sheet(XLSXParts.row(1, [("A", "cũ")]))
        let sheets = [XLSXParts.Sheet(name: "Ẩn", xml: other, state: "hidden"),
                      XLSXParts.Sheet(name: "Rất ẩn", xml: other, state: "veryHidden"),
                      XLSXParts.Sheet(name: "Biểu đồ", xml: "<chartsheet/>", chart: true),
                      XLSXParts.Sheet(name: "Số liệu", xml: data)]
        let table = XLSXParts.read(try XLSXParts.workbook(sheets))
        XCTAssertEqual(table.sheet, "Số liệu")
        XCTAssertEqual(values(table), [["doc"]])
        let hidden = XLSXParts.read(try XLSXParts.workbook([XLSXParts.Sheet(name: "Ẩn", xml: data, state: "hidden")]))
        XCTAssertEqual(only(hidden)?.message.en, "The workbook has no visible worksheet (every sheet is hidden or a chart).")
        XCTAssertNil(hidden.diagnostics.items.first?.location.line)
    }

    func testMergedCellsAreRefusedNamingTheRanges() throws {
        let sheet = XLSXParts.sheet(XLSXParts.row(1, [("A", "province"), ("B", "id")]) + XLSXParts.row(2, [("A", "ha-nam"), ("B", "a")]),
                                    after: "<mergeCells count=\"2\"><mergeCell ref=\"A2:A4\"/><mergeCell ref=\"C1:D1\"/></mergeCells>")
        let table = XLSXParts.read(try XLSXParts.workbook(sheet: sheet))
        let problem = only(table)
        XCTAssertEqual(problem?.location.text(.vi), "Content/data/targets.xlsx: trang tính \"Chỉ tiêu\", ô A2")
        XCTAssertEqual(problem?.message.vi, "Trang tính có ô được gộp (A2:A4, C1:D1); Tre cần mỗi ô một giá trị riêng nên chưa đọc trang này.")
        XCTAssertTrue(table.rows.isEmpty && table.header.isEmpty)
    }

    func testHeaderRowBlankRowsAndEmptyColumns() throws {
        // A blank first row; an empty column C; column F holds data without a name; a duplicate.
        let sheet = XLSXParts.sheet("<row r=\"1\"><c r=\"A1\" s=\"1\"/></row>"
            + XLSXParts.row(2, [("A", "id"), ("B", "name"), ("D", "name"), ("E", "")])
            + XLSXParts.row(3, [("A", "a"), ("B", "A"), ("D", "x")])
            + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>  </t></is></c></row>"
            + XLSXParts.row(5, [("A", "b"), ("F", 7)]))
        let table = XLSXParts.read(try XLSXParts.workbook(sheet: sheet))
        XCTAssertEqual(table.header.map { $0.location.cell ?? "" }, ["A2", "B2", "D2", "F2"])
        XCTAssertEqual(values(table), [["a", "A", "x", ""], ["b", "", "", "7"]])
        XCTAssertEqual(table.rows.map(\.line), [3, 5])
        XCTAssertEqual(table.diagnostics.items.map { $0.location.cell ?? "" }, ["D2", "F2"])
        XCTAssertEqual(table.diagnostics.items.map(\.message.en), [
            "Duplicate column name \"name\": column B has the same name.",
            "Column F holds data but has no name in the header row."])
    }

    func testPrefixedNamesAndCellsWithoutReferences() throws {
        let sheet = """
            <?xml version="1.0"?><x:worksheet xmlns:x="\(XLSXParts.main)"><x:sheetData>\
            <x:row><x:c t="inlineStr"><x:is><x:t>id</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>value</x:t></x:is></x:c></x:row>\
            <x:row><x:c t="inlineStr"><x:is><x:t><![CDATA[a<b]]></x:t></x:is></x:c><x:c><x:v>12</x:v></x:c></x:row>\
            <!-- a comment --></x:sheetData></x:worksheet>
            """
        let table = XLSXParts.read(try XLSXParts.workbook(sheet: sheet))
        XCTAssertEqual(table.columnNames, ["id", "value"])
        XCTAssertEqual(values(table), [["a<b", "12"]])
        XCTAssertEqual(table.rows[0].fields[1].location.cell, "B2")
    }

    func testFilesThatAreNotWorkbooksSaySoAndHowToResave() throws {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        let encrypted = Data(ole + [UInt8](repeating: 0, count: 100)
            + Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        let workbook = try XLSXParts.workbook(sheet: XLSXParts.sheet(XLSXParts.row(1, [("A", "id")])))
        let ods = try XLSXParts.zip([("mimetype", Data("application/vnd.oasis.opendocument.spreadsheet".utf8)),
                                     ("content.xml", Data("<x/>".utf8))])
        let cases: [(Data, String)] = [
            (Data(), "This file is empty (0 bytes), not an Excel workbook."),
            (Data(ole + [UInt8](repeating: 0, count: 600)), "This file is an old-style Excel workbook (.xls, Excel 97–2003) renamed to .xlsx; Tre reads only .xlsx."),
            (encrypted, "This workbook is protected with a password (encrypted), so Tre cannot read it."),
            (Data("plan,indicator\nha-nam,x\n".utf8), "This file is text (perhaps a CSV file renamed), not an Excel workbook."),
            (ods, "This file is an OpenDocument spreadsheet (.ods) renamed to .xlsx."),
            (workbook.prefix(workbook.count / 2), "This file is damaged or is not an Excel workbook (.xlsx), so it cannot be read."),
            (Data([0x50, 0x4B, 3, 4] + [UInt8](repeating: 0xFF, count: 200)), "This file is damaged or is not an Excel workbook (.xlsx), so it cannot be read."),
        ]
        for (data, message) in cases {
            let problem = only(XLSXParts.read(data))
            XCTAssertEqual(problem?.message.en, message)
            XCTAssertEqual(problem?.location, SourceLocation(file: "Content/data/targets.xlsx"))
            XCTAssertNotNil(problem?.hint)
        }
    }

    func testDeclarationsAndEntityBombsAreRefusedUnread() throws {
        let laughs = "<?xml version=\"1.0\"?><!-- x --><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]>"
            + "<worksheet xmlns=\"\(XLSXParts.main)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>"
        XCTAssertEqual(only(XLSXParts.read(try XLSXParts.workbook(sheet: laughs)))?.message.en,
                       "Part \"xl/worksheets/sheet1.xml\" of this file holds an XML DTD or entity declaration, which Excel workbooks never have (possibly a hostile file); it was not read.")
        // A declaration past the prolog is refused too, by the reader itself.
        let late = XLSXParts.sheet(XLSXParts.row(1, [("A", "id")]) + "<!ENTITY x \"y\">")
        XCTAssertEqual(only(XLSXParts.read(try XLSXParts.workbook(sheet: late)))?.message, WorkbookProblem.declaration(part: "xl/worksheets/sheet1.xml").message)
        // Unknown entities are kept as written, never looked up.
        let unknown = XLSXParts.read(try XLSXParts.workbook(sheet: XLSXParts.sheet(XLSXParts.row(1, [("A", "id")])
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&amp;&#x1EA0;&#7841;&nbsp;</t></is></c></row>")))
        XCTAssertEqual(values(unknown), [["&Ạạ&nbsp;"]])
    }

    func testZipBombsAreRefusedBeforeTheyInflate() throws {
        let filler = String(repeating: " ", count: 8 << 20)
        let sheet = XLSXParts.sheet(XLSXParts.row(1, [("A", "id")]) + filler)
        let honest = try XLSXParts.workbook(sheet: sheet)
        XCTAssertLessThan(honest.count, 100_000, "8 MB of spaces deflate about 1000-fold")
        let expected = WorkbookProblem.tooLarge(part: "xl/worksheets/sheet1.xml").message
        XCTAssertEqual(only(XLSXParts.read(honest))?.message, expected)
        // One that declares a small size is stopped at the first chunk past it.
        let liar = XLSXParts.declaring(4096, for: "xl/worksheets/sheet1.xml", in: honest)
        XCTAssertEqual(only(XLSXParts.read(liar))?.message, expected)
        // A part larger than declared by a little, or cut short, is damaged.
        let small = try XLSXParts.workbook(sheet: XLSXParts.sheet(XLSXParts.row(1, [("A", "id")])))
        XCTAssertEqual(only(XLSXParts.read(XLSXParts.declaring(20, for: "xl/worksheets/sheet1.xml", in: small)))?.message, expected)
        XCTAssertEqual(only(XLSXParts.read(XLSXParts.declaring(100_000, for: "xl/worksheets/sheet1.xml", in: small)))?.message,
                       WorkbookProblem.damaged.message)
    }

    func testTheRowIsShownUnderTheMessage() throws {
        let sheet = XLSXParts.sheet(XLSXParts.row(1, [("A", "plan"), ("B", "indicator"), ("C", "target"), ("D", "label")])
            + XLSXParts.row(12, [("A", "ha-nam-291"), ("B", "htx-hieu-qua"), ("C", "25.000"), ("D", String(repeating: "dài ", count: 30))]))
        let data = try XLSXParts.workbook(sheet: sheet)
        let excerpts = SourceExcerpts { $0 == "Content/data/targets.xlsx" ? data : nil }
        var diagnostics = Diagnostics()
        diagnostics.error(SourceLocation(file: "Content/data/targets.xlsx", sheet: "Chỉ tiêu", row: 12, column: 3),
                          vi: "sai", en: "wrong", hintVi: "sửa", hintEn: "fix")
        diagnostics.error(SourceLocation(file: "Content/data/targets.xlsx", sheet: "Chỉ tiêu", row: 1, column: 2),
                          vi: "đầu", en: "head")
        XCTAssertEqual(DiagnosticPrinter(language: .vi, excerpts: excerpts).report(diagnostics), """
            Content/data/targets.xlsx: trang tính "Chỉ tiêu", ô B1: lỗi: đầu
              1 | plan · indicator · target · label
                |        ^
            Content/data/targets.xlsx: trang tính "Chỉ tiêu", ô C12: lỗi: sai
              12 | plan: ha-nam-291 · indicator: htx-hieu-qua · target: 25.000 · label: dài dài dài dài dài dài dài dài dài dài…
                 |                                                      ^
              cách sửa: sửa
            2 lỗi, 0 cảnh báo.
            """)
        XCTAssertEqual(diagnostics.items[0].location.text(.en), "Content/data/targets.xlsx: sheet \"Chỉ tiêu\", cell C12")
        XCTAssertEqual(SourceLocation.columnName(16_384), "XFD")
    }
}
