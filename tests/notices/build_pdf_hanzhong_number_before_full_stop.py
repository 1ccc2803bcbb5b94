"""Build tests/notices/pdf_hanzhong_number_before_full_stop.pdf, a test notice of our own in the GB/T 9704 look (a
DOCX written with python-docx, converted with LibreOffice, as build_pdf_zhangjiajie_amount_wrapped_with_comma does):

    .venv/bin/python -m tests.notices.build_pdf_hanzhong_number_before_full_stop

What it tests: LibreOffice keeps ``人。2024`` together (no break between a full stop and the digits after it), so the
line ``…安置搬迁群众6.8万户、21.3万`` ends some characters short of the right margin on a page whose lines fill it,
and the next line opens ``人。2024年…``. The two lines are one paragraph (21.3万人). The body face is Noto Serif CJK
SC (what LibreOffice has here), so the line ends fall where the test expects; python-docx and soffice are needed
only to rebuild the file.
"""
import tempfile
from pathlib import Path

from tests.notice_docx import a4_notice, para, save_as_pdf

HERE = Path(__file__).resolve().parent
PDF = HERE / "pdf_hanzhong_number_before_full_stop.pdf"
FONT = "Noto Serif CJK SC"

LINES = [
    "汉中市人民政府办公室关于做好易地搬迁后续扶持工作的通知",
    "汉政办发〔2025〕14号",
    "各县区人民政府，市政府各工作部门：",
    "为巩固易地搬迁脱贫成果，经市政府同意，现就有关事项通知如下：",
    "（一）基本情况。{pad}全市建成集中安置点186个，安置搬迁群众6.8万户、21.3万人。2024年，"
    "全市搬迁群众人均纯收入达到14600元。",
    "（二）工作目标。到2026年，搬迁劳动力就业率稳定在95%以上，每个集中安置点至少配建1个就业帮扶车间，"
    "有劳动能力和就业意愿的搬迁家庭至少1人稳定就业，安置点社区综合服务设施覆盖率达到100%。",
    "（三）保障措施。各县区要落实后续扶持主体责任，统筹整合涉农资金，支持安置点配套设施提升和产业发展，"
    "市财政局、市人力资源和社会保障局要加强资金和就业政策保障，市乡村振兴局要加强监测帮扶，"
    "确保搬迁群众稳得住、有就业、逐步能致富。",
]
#: words at the head of the first item: their length puts 21.3万 at a line's end (found by search(), kept here)
PAD = "近年来，各县区认真落实政策，"


def build(pad=PAD, pdf=PDF):
    doc = a4_notice()
    for k, line in enumerate(LINES):
        para(doc, line.format(pad=pad), font=FONT, indent=k > 2, align="center" if k == 0 else None)
    para(doc, "汉中市人民政府办公室", font=FONT, align="right")
    para(doc, "2025年4月2日", font=FONT, align="right")
    return save_as_pdf(doc, pdf)


def search():
    """The padding that breaks the line between 21.3万 and 人。2024 (pdfplumber reads the lines)."""
    import pdfplumber

    for pad in ("近年来，", "近年来，各县区扎实推进，", "近年来，各县区认真落实政策，", "截至2024年底，"):
        with tempfile.TemporaryDirectory() as tmp:
            pdf = build(pad, Path(tmp) / PDF.name)
            with pdfplumber.open(pdf) as opened:
                lines = [line["text"].replace(" ", "") for line in opened.pages[0].extract_text_lines()]
        if any(a.endswith("21.3万") and b.startswith("人。") for a, b in zip(lines, lines[1:])):
            return pad
    return None


if __name__ == "__main__":
    print(build())
