"""Build tests/notices/pdf_number_wrapped_after_indent.pdf, a test notice of our own in the GB/T 9704 look (a DOCX
written with python-docx, left-aligned as many offices leave it, converted with LibreOffice):

    .venv/bin/python -m tests.notices.build_pdf_number_wrapped_after_indent

What it tests: LibreOffice moves a number with its measure word (``23864例，``) down whole, so a paragraph's first line
— indented two characters — ends about two characters short of the right margin and looks centred; the two lines are
one paragraph (23864例). A later item's last characters go down alone (``…达到95%以`` / ``上；``) and stay in their
sentence. The body face is Noto Serif CJK SC (what LibreOffice has here), so the line ends fall where the test
expects; python-docx and soffice are needed only to rebuild the file.
"""
import tempfile
from pathlib import Path

from tests.notice_docx import a4_notice, para, save_as_pdf

HERE = Path(__file__).resolve().parent
PDF = HERE / "pdf_number_wrapped_after_indent.pdf"
FONT = "Noto Serif CJK SC"

LINES = [
    "某省卫生健康委员会关于印发某省出生缺陷综合防治行动方案的通知",
    "某卫妇幼发〔2025〕7号",
    "各市、县（区）卫生健康局，委直属各单位：",
    "现将《某省出生缺陷综合防治行动方案》印发给你们，请认真组织实施。",
    "（一）基本情况。{pad}2024年全省共筛查新生儿23864例，确诊先天性心脏病412例，筛查覆盖率达到98.5%。",
    "（二）主要目标。到2027年，实现以下目标：",
    "{tail}",
]
#: words that put 23864例 at a line's start with about two characters of space above it (found by search())
PAD = "据统计，"
#: an item whose 上； goes down alone (found by search())
TAIL = "1.产前筛查率和新生儿遗传代谢病筛查率均达到95%以上；"


def build(pad=PAD, tail=TAIL, pdf=PDF):
    doc = a4_notice()
    for k, line in enumerate(LINES):
        para(doc, line.format(pad=pad, tail=tail), font=FONT, indent=k > 2, align="center" if k == 0 else None)
    para(doc, "某省卫生健康委员会", font=FONT, align="right")
    para(doc, "2025年3月18日", font=FONT, align="right")
    return save_as_pdf(doc, pdf)


def _lines(pdf) -> list[str]:
    import pdfplumber

    with pdfplumber.open(pdf) as opened:
        return [line["text"].replace(" ", "") for line in opened.pages[0].extract_text_lines()]


def search():
    """A padding that breaks the line before 23864例 and a tail whose 上； goes down alone."""
    pads = [PAD, "经统计，", "据统计，", "统计显示，"]
    tails = [TAIL, "1.孕检覆盖率和新生儿遗传代谢病筛查率均达到95%以上；", "1.孕检率和新生儿遗传代谢性疾病筛查率均达到95%以上；"]
    for pad in pads:
        for tail in tails:
            with tempfile.TemporaryDirectory() as tmp:
                lines = _lines(build(pad, tail, Path(tmp) / PDF.name))
            number = any(a.startswith("（一）") and b.startswith("23864例") for a, b in zip(lines, lines[1:]))
            orphan = any(a.endswith("95%以") and b == "上；" for a, b in zip(lines, lines[1:]))
            if number and orphan:
                return pad, tail
    return None


if __name__ == "__main__":
    print(build())
