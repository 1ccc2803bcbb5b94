"""Build tests/notices/pdf_zhangjiajie_amount_wrapped_with_comma.pdf, a test notice of our own in the GB/T 9704 look (a
DOCX written with python-docx, converted with LibreOffice, as tests/notices/build_pdf_yibin_water_plan.py does):

    .venv/bin/python -m tests.notices.build_pdf_zhangjiajie_amount_wrapped_with_comma

What it tests: no line may open with ，(避头), so LibreOffice moves the character before it down as well: the line
``…专项资金不少于2亿`` ends one character short of the right margin on a page whose lines fill it, and the next
line opens ``元，重点支持…``. The two lines are one paragraph (the amount is 2亿元), though 元 alone would have fitted.
The body face is Noto Serif CJK SC (what LibreOffice has here), so the line ends fall where the test expects;
python-docx and soffice are needed only to rebuild the file.
"""
from pathlib import Path

from tests.notice_docx import a4_notice, para, save_as_pdf

HERE = Path(__file__).resolve().parent
PDF = HERE / "pdf_zhangjiajie_amount_wrapped_with_comma.pdf"
FONT = "Noto Serif CJK SC"

LINES = [
    "张家界市人民政府办公室关于加快文化旅游产业高质量发展的通知",
    "张政办发〔2025〕9号",
    "各区县人民政府，市直各单位：",
    "为加快建设世界一流旅游目的地，经市人民政府同意，现就有关事项通知如下：",
    "（一）提升景区品质。到2026年，全市4A级以上旅游景区达到20家，新增省级旅游度假区3个。",
    "（二）加大资金投入。{pad}要加大对文化旅游产业的支持力度，市级财政每年安排文化旅游发展专项资金不少于2亿元，"
    "重点支持景区提升、乡村旅游和文旅融合项目。",
]
#: words before 要 in the second item: their length puts 2亿 at a line's end (found by build(), kept here)
PAD = "财政"


def build(pad=PAD, pdf=PDF):
    doc = a4_notice()
    for k, line in enumerate(LINES):
        para(doc, line.format(pad=pad), font=FONT, indent=k > 2, align="center" if k == 0 else None)
    para(doc, "张家界市人民政府办公室", font=FONT, align="right")
    para(doc, "2025年3月18日", font=FONT, align="right")
    return save_as_pdf(doc, pdf)


if __name__ == "__main__":
    print(build())
