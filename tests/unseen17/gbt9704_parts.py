"""GB/T 9704 parts shared by the blind set 17 build scripts (build_q2.py, build_q3.py): fonts, paragraphs, numbered
articles, red and black rules, a page-number footer and table cells, written with python-docx."""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

FS, XBS, HT, KT = "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312"
RED = (0xE6, 0x00, 0x12)


def font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def P(doc, text="", f=FS, size=16, bold=False, align=None, indent=True, color=None, spacing=28):
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, "justify"):
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(spacing)
    p.paragraph_format.space_after = Pt(0)
    if text:
        font(p.add_run(text), f, size, bold, color)
    return p


CN = "零一二三四五六七八九"
def cn(n):
    if n < 10: return CN[n]
    if n < 20: return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
COUNTER = [0]
def article(doc, num, text):
    COUNTER[0] += 1
    num = "第" + cn(COUNTER[0]) + "条"
    p = P(doc)
    font(p.add_run(num), HT)
    font(p.add_run("\u3000" + text), FS)
    return p


def bottom_rule(p, color="E60012", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_rule(p, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    font(run, "宋体", 14)
    for kind, txt in (("begin", None), (None, "PAGE"), ("separate", None), ("t", "1"), ("end", None)):
        if kind == "t":
            t = OxmlElement("w:t"); t.text = txt; run._element.append(t)
        elif kind:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); run._element.append(fc)
        else:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; run._element.append(it)
    font(p.add_run(" —"), "宋体", 14)


def cell(c, text, bold=False, f=FS, size=14):
    c.text = ""
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run(text), f, size, bold)
