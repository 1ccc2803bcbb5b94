"""python-docx helpers for the DOCX test notices (tests/unseen*/build_*.py): GB/T 9704 fonts,
body paragraphs, headings, table cells and a ``— N —`` page-number footer."""
from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

FANGSONG = "仿宋_GB2312"
XIAOBIAOSONG = "方正小标宋简体"
HEITI = "黑体"
KAITI = "楷体_GB2312"


def set_font(run, name, size=16, bold=False, color=None):
    """A run's font, East Asian name included (what Word reads for CJK text)."""
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc, text="", font=FANGSONG, size=16, bold=False, align=None, indent=True, color=None):
    """A body paragraph: 三号仿宋, 28 pt leading, a two-character first-line indent unless aligned."""
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(28)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def heading1(doc, text):
    """一、… in 黑体."""
    return para(doc, text, font=HEITI)


def heading2(doc, text, rest=""):
    """（一）… in 楷体, and the rest of the paragraph in 仿宋."""
    p = para(doc, text, font=KAITI)
    if rest:
        set_font(p.add_run(rest), FANGSONG)
    return p


def cell_text(cell, text, size=12, bold=False, center=False, font=FANGSONG):
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        set_font(p.add_run(text), font, size, bold)


def no_borders(table):
    """A borderless table (member lists are often laid out so)."""
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def page_number_footer(section):
    """``— N —`` with a PAGE field, centred in the footer."""
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    set_font(run, "宋体", 14)
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, None), ("end", None)):
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._element.append(fld)
        elif text:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._element.append(instr)
        else:
            t = OxmlElement("w:t")
            t.text = "1"
            run._element.append(t)
    set_font(p.add_run(" —"), "宋体", 14)


def a4_notice():
    """An empty A4 document with GB/T 9704 margins and the ``— N —`` footer."""
    from docx import Document
    from docx.shared import Cm

    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    page_number_footer(section)
    return doc


def plain_a4_document():
    """An empty A4 document with GB/T 9704 margins, no footer, body text 仿宋_GB2312 16 pt on a 28 pt line."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]
    normal.font.name = "仿宋_GB2312"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    normal.font.size = Pt(16)
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)
    return doc


def item(doc, number_title, body, clause, title_font=FANGSONG, title_bold=True):
    """A numbered item: its number and short title (bold 仿宋, or 楷体 for （一）), the text, and the
    agency clause, each a run of its own."""
    p = para(doc)
    set_font(p.add_run(number_title), title_font, bold=title_bold)
    set_font(p.add_run(body), FANGSONG)
    set_font(p.add_run(clause), FANGSONG)
    return p


def save_as_pdf(doc, pdf):
    """Write ``doc`` to ``pdf`` through LibreOffice (``soffice --convert-to pdf``), as a notice printed from Word is;
    returns ``pdf``."""
    import subprocess
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / (Path(pdf).stem + ".docx")
        doc.save(str(docx_path))
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(Path(pdf).parent),
                        str(docx_path)], check=True, capture_output=True)
    return pdf
