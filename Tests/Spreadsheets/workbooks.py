#!/usr/bin/python3
"""Workbooks written by real spreadsheet programs, for Tre's tests (never by Tre itself).

  workbooks.py openpyxl CONTENT   replaces CONTENT/data/*.csv by .xlsx files written with openpyxl
  workbooks.py fods CONTENT OUT   writes OUT/<name>.fods (flat OpenDocument) from CONTENT/data/*.csv,
                                  for LibreOffice to convert to .xlsx
  workbooks.py edit FILE CELL KIND VALUE
                                  sets one cell of the first visible sheet with openpyxl:
                                  KIND is text, number, error or formula
  workbooks.py bomb FILE          a workbook whose sheet inflates 1000-fold past its size (zip bomb)
  workbooks.py liar FILE          the same, with the sheet's declared size rewritten to 1 KB
  workbooks.py laughs FILE        a workbook whose sheet declares nested entities (billion laughs)

Both writers give every workbook the data sheet with an empty row inside the data, and a second
sheet (openpyxl's workbooks also a hidden first sheet, to be skipped); cells are typed as a person would leave them:
numbers as numbers (one typed as text), dates as dates in several formats, a percentage as a
percentage, yes/no as true/false, a label in rich text, and a formula.
"""
import csv
import datetime
import os
import re
import struct
import sys
import zipfile
import zlib

SHEETS = {"indicators": "Danh mục chỉ tiêu", "targets": "Chỉ tiêu", "progress": "Tiến độ", "cooperatives": "Hợp tác xã"}
NUMBERS = {"target", "target_max", "baseline", "value", "revenue", "members", "founded", "ocop_stars",
           "target_year", "baseline_year", "decimals"}
BOOLEANS = {"value_chain", "high_tech", "digital", "model"}
PERCENT_INDICATORS = {"htx-hieu-qua"}
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def tables(content):
    folder = os.path.join(content, "data")
    for name in sorted(SHEETS):
        path = os.path.join(folder, name + ".csv")
        if os.path.exists(path):
            with open(path, encoding="utf-8-sig", newline="") as handle:
                yield name, path, list(csv.reader(handle))


def day(text):
    """A CSV date as a date, when it is a full day."""
    for form in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(text, form).date()
        except ValueError:
            pass
    return None


def typed(header, row, index, text, values):
    """What a person would have in the cell: (value, number_format or None)."""
    column = header[index]
    if text == "":
        return None, None
    if column == "date":
        parsed = day(text)
        if parsed is None:
            return (int(text), None) if NUMBER.match(text) else (text, None)
        # Several date formats, as different offices keep them.
        formats = ["dd/mm/yyyy", "yyyy-mm-dd", "mm-dd-yy", "d/m/yyyy h:mm"]
        form = formats[row % len(formats)]
        value = datetime.datetime.combine(parsed, datetime.time(9, 30)) if "h" in form else parsed
        return value, form
    if column in BOOLEANS and text in ("yes", "no"):
        return text == "yes", None
    if column in NUMBERS and NUMBER.match(text):
        if row == 1 and column in ("members", "target"):
            return text, "@"  # a number typed as text
        value = float(text) if "." in text else int(text)
        indicator = header.index("indicator") if "indicator" in header else None
        if column == "value" and indicator is not None and values[indicator] in PERCENT_INDICATORS:
            return value / 100, "0%"
        return value, None
    return text, None


def write_openpyxl(content):
    import openpyxl
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    for name, path, rows in tables(content):
        book = openpyxl.Workbook()
        hidden = book.active
        hidden.title = "Bản cũ"
        hidden.append(["id", "ghi chú"])
        hidden.append(["khong-doc", "Trang ẩn: Tre bỏ qua"])
        hidden.sheet_state = "hidden"
        sheet = book.create_sheet(SHEETS[name])
        header = rows[0]
        sheet.append(header)
        for number, values in enumerate(rows[1:], start=1):
            if number == 2:
                sheet.append([])  # an empty row, skipped
            cells = [typed(header, number, index, text, values) for index, text in enumerate(values)]
            sheet.append([value for value, _ in cells])
            for column, (value, form) in enumerate(cells, start=1):
                if form:
                    sheet.cell(row=sheet.max_row, column=column).number_format = form
            if "label" in header and values[header.index("label")] and number == 1:
                label = values[header.index("label")]
                half = len(label) // 2
                sheet.cell(row=sheet.max_row, column=header.index("label") + 1).value = CellRichText(
                    TextBlock(InlineFont(b=True), label[:half]), label[half:])
        notes = book.create_sheet("Ghi chú")
        notes.append(["Tổng số dòng", "=COUNTA('%s'!A:A)-1" % SHEETS[name]])
        book.save(path[:-4] + ".xlsx")
        os.remove(path)


def fods_cell(name, header, number, index, text, values):
    column = header[index]
    escape = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    if text == "":
        return "<table:table-cell/>"
    if column == "date":
        parsed = day(text)
        if parsed is not None:
            style = "ngay" if number % 2 else "iso"
            return ('<table:table-cell table:style-name="%s" office:value-type="date" office:date-value="%s">'
                    "<text:p>%s</text:p></table:table-cell>" % (style, parsed.isoformat(), text))
    if column in BOOLEANS and text in ("yes", "no"):
        return ('<table:table-cell table:style-name="dungsai" office:value-type="boolean" office:boolean-value="%s">'
                "<text:p>%s</text:p></table:table-cell>" % ("true" if text == "yes" else "false", text.upper()))
    if column in NUMBERS and NUMBER.match(text) and not (number == 1 and column in ("members", "target")):
        if column == "value" and "indicator" in header and values[header.index("indicator")] in PERCENT_INDICATORS:
            return ('<table:table-cell table:style-name="phantram" office:value-type="percentage" office:value="%s">'
                    "<text:p>%s%%</text:p></table:table-cell>" % (repr(float(text) / 100), text))
        if column == "target_max":
            # A formula whose value LibreOffice calculates and saves.
            return ('<table:table-cell table:formula="of:=%s*2" office:value-type="float" office:value="%s">'
                    "<text:p>%s</text:p></table:table-cell>" % (repr(float(text) / 2), text, text))
        return ('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                % (text, text))
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(text)


def write_fods(content, out):
    os.makedirs(out, exist_ok=True)
    for name, _, rows in tables(content):
        header = rows[0]
        data = ["<table:table-row>" + "".join(
            '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % h for h in header)
            + "</table:table-row>"]
        for number, values in enumerate(rows[1:], start=1):
            if number == 2:
                data.append('<table:table-row><table:table-cell/></table:table-row>')
            data.append("<table:table-row>" + "".join(
                fods_cell(name, header, number, i, t, values) for i, t in enumerate(values)) + "</table:table-row>")
        document = FODS % {
            "name": SHEETS[name],
            "rows": "".join(data),
        }
        with open(os.path.join(out, name + ".fods"), "w", encoding="utf-8") as handle:
            handle.write(document)


FODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N1"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <number:date-style style:name="N2"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <number:percentage-style style:name="N3"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%%</number:text></number:percentage-style>
 <number:boolean-style style:name="N4"><number:boolean/></number:boolean-style>
 <style:style style:name="ngay" style:family="table-cell" style:data-style-name="N1"/>
 <style:style style:name="dungsai" style:family="table-cell" style:data-style-name="N4"/>
 <style:style style:name="iso" style:family="table-cell" style:data-style-name="N2"/>
 <style:style style:name="phantram" style:family="table-cell" style:data-style-name="N3"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="%(name)s">%(rows)s</table:table>
<table:table table:name="Ghi chú"><table:table-row><table:table-cell office:value-type="string"><text:p>Ghi chú</text:p></table:table-cell></table:table-row></table:table>
</office:spreadsheet></office:body></office:document>
"""


def edit(path, cell, kind, value):
    import openpyxl
    book = openpyxl.load_workbook(path, rich_text=True)
    sheet = next(s for s in book.worksheets if s.sheet_state == "visible")
    if kind == "number":
        sheet[cell] = float(value) if "." in value else int(value)
    elif kind == "text":
        sheet[cell] = value
        sheet[cell].data_type = "s"
        sheet[cell].number_format = "@"
    elif kind == "error":
        sheet[cell] = value  # openpyxl stores #N/A and the other codes as error cells
    elif kind == "formula":
        sheet[cell] = "=" + value  # saved without a value: openpyxl does not calculate
    book.save(path)


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            archive.writestr(name, data)


def skeleton(sheet_xml):
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return [
        ("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="xml" ContentType="application/xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % rel),
        ("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="%s" xmlns:r="%s"><sheets>'
         '<sheet name="Chỉ tiêu" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, rel)),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % rel),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]


def bomb(path, lie=False):
    filler = b" " * (256 << 20)  # 256 MB of spaces: deflates about 1000-fold
    sheet = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             b"<sheetData>" + filler + b"</sheetData></worksheet>")
    write_zip(path, skeleton(sheet))
    if lie:
        with open(path, "r+b") as handle:
            data = handle.read()
            name = b"xl/worksheets/sheet1.xml"
            # Rewrite the sizes the central directory (what readers trust) declares for the sheet.
            at = data.find(b"PK\x01\x02")
            while at >= 0:
                length = struct.unpack("<H", data[at + 28:at + 30])[0]
                if data[at + 46:at + 46 + length] == name:
                    handle.seek(at + 24)
                    handle.write(struct.pack("<I", 1024))
                at = data.find(b"PK\x01\x02", at + 4)


def laughs(path):
    entities = '<!ENTITY lol "lol">' + "".join(
        '<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10) for i in range(1, 10))
    sheet = ('<?xml version="1.0"?><!DOCTYPE lolz [%s]>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>' % entities)
    write_zip(path, skeleton(sheet))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "openpyxl":
        write_openpyxl(sys.argv[2])
    elif command == "fods":
        write_fods(sys.argv[2], sys.argv[3])
    elif command == "edit":
        edit(*sys.argv[2:6])
    elif command == "bomb":
        bomb(sys.argv[2])
    elif command == "liar":
        bomb(sys.argv[2], lie=True)
    elif command == "laughs":
        laughs(sys.argv[2])
    else:
        sys.exit("unknown command " + command)
