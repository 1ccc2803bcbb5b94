"""Build tests/notices/pdf_meta_ministries_spaced_banner.pdf and tests/notices/pdf_meta_guizhou_banner_word_beside.pdf,
two joint notices of our own in the GB/T 9704 look (DOCX written with python-docx, converted with LibreOffice, as
tests/notices/build_pdf_zhangjiajie_amount_wrapped_with_comma.py does):

    .venv/bin/python -m tests.notices.build_pdf_meta_joint_banners

What they test: a 版头 of three organs stacked one a line over the 发文字号, without 文件 and with the short name
letter-spaced to the width of the longest (商　　务　　部, which the PDF's text layer reads as cells), and one with
文件 printed beside the middle name; the title follows the 文号 and the 主送 the title. python-docx and soffice are
needed only to rebuild the files.
"""
from pathlib import Path

from docx.shared import Pt

from tests.notice_docx import XIAOBIAOSONG, a4_notice, para, save_as_pdf

HERE = Path(__file__).resolve().parent
RED = (0xD0, 0x00, 0x00)

MINISTRIES = {
    "banner": ["国家发展和改革委员会", "商　　务　　部", "国家邮政局"],
    "number": "发改就业〔2025〕41号",
    "title": "国家发展改革委　商务部　国家邮政局关于加快推进农村寄递物流体系建设的通知",
    "recipients": "各省、自治区、直辖市及新疆生产建设兵团发展改革委、商务主管部门，国家邮政局各省、自治区、直辖市邮政管理局：",
    "body": [
        "为贯彻落实党中央、国务院关于全面推进乡村振兴的决策部署，加快补齐农村寄递物流短板，现就有关事项通知如下。",
        "一、到2027年，具备条件的建制村全部实现快递服务直接通达，农村快递服务网点覆盖率达到95%以上。",
        "二、各地发展改革部门要会同商务、邮政管理部门统筹用好现有资金渠道，支持县级寄递公共配送中心建设。",
    ],
    "signature": "国家发展改革委　　　商务部　　　国家邮政局",
    "date": "2025年2月26日",
    "note": "（此件公开发布）",
}

GUIZHOU = {
    "banner": ["贵州省民政厅", "贵州省医疗保障局　文件", "贵州省卫生健康委员会"],
    "number": "黔民发〔2025〕17号",
    "title": "贵州省民政厅　贵州省医疗保障局　贵州省卫生健康委员会关于推进医养结合机构服务质量提升的通知",
    "recipients": "各市（州）民政局、医疗保障局、卫生健康局，省属各医疗卫生机构：",
    "body": [
        "为推动医养结合机构服务质量持续提升，更好满足老年人健康养老服务需求，现就有关工作通知如下。",
        "一、到2026年底，全省二级及以上综合医院设立老年医学科的比例达到80%以上。",
        "二、各级医疗保障部门要将符合条件的医养结合机构内设医疗机构按规定纳入医保定点管理。",
    ],
    # three spaces between the names: the line runs three characters over and 委员会 wraps under the last name
    "signature": "贵州省民政厅　　　贵州省医疗保障局　　　贵州省卫生健康委员会",
    "date": "2025年4月8日",
    "note": "（此件主动公开）",
}

NOTICES = {"pdf_meta_ministries_spaced_banner.pdf": MINISTRIES, "pdf_meta_guizhou_banner_word_beside.pdf": GUIZHOU}


def build_one(name: str, notice: dict) -> Path:
    doc = a4_notice()
    for line in notice["banner"]:  # one organ a line, each line a paragraph of its own (as Word lays a 版头 out)
        banner = para(doc, line, font=XIAOBIAOSONG, size=24, bold=True, align="center", color=RED)
        banner.paragraph_format.line_spacing = Pt(40)
    para(doc, notice["number"], align="center")
    para(doc, "")
    para(doc, notice["title"], font=XIAOBIAOSONG, size=20, align="center")
    para(doc, notice["recipients"], indent=False)
    for text in notice["body"]:
        para(doc, text)
    para(doc, "")
    para(doc, notice["signature"], align="right")
    para(doc, notice["date"], align="right")
    para(doc, notice["note"])
    pdf = HERE / name
    return save_as_pdf(doc, pdf)


def build() -> list[Path]:
    return [build_one(name, notice) for name, notice in NOTICES.items()]


if __name__ == "__main__":
    print(build())
