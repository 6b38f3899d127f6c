#!/usr/bin/env python3
"""Reads a .docx with python-docx, a reader independent of Tre, and prints what it found as
JSON: the section's size and margins, the fonts of each style used (following basedOn to the
document defaults), every paragraph with its style, every table's cells, and the headers.

    /usr/bin/python3 Tests/Reports/read_docx.py Output/reports/x.docx
"""
import json
import sys

import docx
from docx.oxml.ns import qn


def default_font(document):
    rpr = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    size = rpr.find(qn("w:sz"))
    return fonts.get(qn("w:ascii")), int(size.get(qn("w:val"))) / 2


def effective(style, attribute, fallback):
    while style is not None:
        value = getattr(style.font, attribute)
        if value is not None:
            return value
        style = style.base_style
    return fallback


def style_info(style, defaults):
    name, size = defaults
    font_size = effective(style, "size", None)
    info = {
        "font": effective(style, "name", name),
        "size": font_size.pt if font_size is not None else size,
        "bold": bool(effective(style, "bold", False)),
        "italic": bool(effective(style, "italic", False)),
    }
    if style.type == docx.enum.style.WD_STYLE_TYPE.PARAGRAPH:
        fmt = style.paragraph_format
        info["alignment"] = str(fmt.alignment) if fmt.alignment is not None else None
        info["first_line_indent_cm"] = round(fmt.first_line_indent.cm, 2) if fmt.first_line_indent is not None else None
        info["space_after_pt"] = fmt.space_after.pt if fmt.space_after is not None else None
        info["line_spacing"] = fmt.line_spacing if isinstance(fmt.line_spacing, float) else None
    return info


def paragraph(p):
    return {"style": p.style.name, "text": p.text,
            "bold": [bool(r.bold) for r in p.runs if r.text.strip()],
            "italic": [bool(r.italic) for r in p.runs if r.text.strip()],
            "pictures": len(p._element.findall(".//" + qn("w:drawing"))),
            "alignment": str(p.alignment) if p.alignment is not None else None}


def table(t):
    return {"style": t.style.name if t.style is not None else None,
            "borders": t._tbl.tblPr.find(qn("w:tblBorders")) is not None,
            "rows": [[{"text": c.text, "paragraphs": [paragraph(p) for p in c.paragraphs]} for c in row.cells]
                     for row in t.rows],
            "header_rows": sum(1 for row in t.rows if row._tr.trPr is not None
                               and row._tr.trPr.find(qn("w:tblHeader")) is not None)}


def main(path):
    document = docx.Document(path)
    defaults = default_font(document)
    section = document.sections[0]
    used = {p.style.name: p.style for p in document.paragraphs}
    for t in document.tables:
        for row in t.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    used[p.style.name] = p.style
    header = section.header
    result = {
        "section": {
            "page_width_mm": round(section.page_width.mm, 1), "page_height_mm": round(section.page_height.mm, 1),
            "top_mm": round(section.top_margin.mm, 1), "bottom_mm": round(section.bottom_margin.mm, 1),
            "left_mm": round(section.left_margin.mm, 1), "right_mm": round(section.right_margin.mm, 1),
            "different_first_page": section.different_first_page_header_footer,
            "header": [paragraph(p) for p in header.paragraphs],
            "header_fields": [e.text for e in header._element.iter(qn("w:instrText"))],
            "first_page_header": [p.text for p in section.first_page_header.paragraphs],
        },
        "default_font": {"name": defaults[0], "size": defaults[1]},
        "styles": {name: style_info(style, defaults) for name, style in sorted(used.items())},
        "paragraphs": [paragraph(p) for p in document.paragraphs],
        "tables": [table(t) for t in document.tables],
        "core": {"title": document.core_properties.title, "language": document.core_properties.language},
    }
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
