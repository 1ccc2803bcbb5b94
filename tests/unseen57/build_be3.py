#!/usr/bin/env python3
"""be3: league (盟) administrative office, camel-industry subsidy measures.
Built as a python-docx document, then converted to PDF with LibreOffice."""
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "be3_alashan_luotuo_chanye_fuchi_banfa"
OUT = Path(__file__).parent / "notices" / f"{NAME}.pdf"

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
st = doc.styles["Normal"]
st.font.name = "Noto Serif CJK SC"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
st.font.size = Pt(15)

RED = RGBColor(0xD0, 0x10, 0x10)


def para(text="", align=None, bold=False, size=None, color=None, indent=True):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, "j"):
        p.paragraph_format.first_line_indent = Pt(30)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(27)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    return p


def page_field(paragraph):
    """— PAGE — footer."""
    paragraph.add_run("— ")
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)
    paragraph.add_run(" —")


hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hr = hp.add_run("阿拉善盟行政公署办公室　　阿署办发〔2024〕23号")
hr.font.size = Pt(9)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
page_field(fp)

para("阿拉善盟行政公署办公室文件", "c", True, 30, RED)
para("")
para("阿署办发〔2024〕23号", "c")
para("────────────────────────", "c", color=RED)
para("")
para("阿拉善盟行政公署办公室关于印发", "c", True, 20)
para("《阿拉善盟骆驼产业高质量发展扶持办法（试行）》的通知", "c", True, 20)
para("")
para("各旗人民政府，各开发区管委会，行署各委办局、各直属机构：", indent=False)
para("《阿拉善盟骆驼产业高质量发展扶持办法（试行）》已经2024年第8次行署常务会议研究同意，现印发给你们，请认真贯彻执行。")
para("")
para("阿拉善盟行政公署办公室", "r")
para("二〇二四年五月二十日", "r")
para("（此件公开发布）", indent=False)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

para("阿拉善盟骆驼产业高质量发展扶持办法（试行）", "c", True, 20)
para("")
arts = [
    "第一条　为保护和利用阿拉善双峰驼种质资源，推动骆驼产业提质增效、牧民持续增收，根据《中华人民共和国畜牧法》和《内蒙古自治区人民政府办公厅关于促进骆驼产业高质量发展的若干措施》（内政办发〔2023〕47号）等规定，结合我盟实际，制定本办法。",
    "第二条　截至2023年底，全盟骆驼存栏14.2万峰，约占全国骆驼存栏的三分之一，驼奶产量3600吨。到2026年，全盟骆驼存栏稳定在16万峰以上，其中适龄母驼占比达到55%以上；驼奶年产量达到8000吨；培育年销售收入2000万元以上的骆驼产品加工企业5家以上；建设标准化骆驼养殖示范牧户（场）200个。",
    "第三条　本办法扶持对象为在本盟行政区域内登记注册、从事骆驼养殖的牧户、家庭牧场、农牧民专业合作社，以及从事驼奶、驼绒、驼肉加工的企业。申请扶持的养殖主体须在本盟连续从事骆驼养殖2年以上。",
    "第四条　母驼保种补贴。对存栏适龄母驼10峰以上的养殖主体，按每峰500元的标准给予一次性补贴，每户年度补贴最高不超过5万元。",
    "第五条　种公驼引进补贴。对引进经盟级以上种畜质量检测机构鉴定合格的阿拉善双峰驼优良种公驼，每峰补贴3000元。",
    "第六条　棚圈建设补贴。新建标准化骆驼棚圈面积不低于200平方米的，按每平方米120元给予补贴，每户最高不超过3万元。",
    "第七条　驼奶收购补贴。对盟内驼奶加工企业收购本盟牧户鲜驼奶，且收购价格不低于每公斤28元的，按实际收购量每公斤2元给予补贴，单个企业年度补贴最高不超过100万元。",
    "第八条　养殖保险保费补贴。骆驼养殖保险保险金额为每峰8000元，保险费率为6%。保费由自治区财政、盟财政、旗财政分别承担40%、25%、15%，参保牧户自缴20%。",
    "第九条　品牌认证奖励。对新获得国家农产品地理标志登记、有机产品认证的骆驼产品，每个认证一次性奖励10万元。",
    "第十条　骆驼文化活动补助。对举办驼赛、骆驼那达慕等骆驼文化活动且参赛骆驼超过500峰的旗，由盟级财政给予一次性补助20万元。",
    "第十一条　资金来源。盟财政每年安排骆驼产业发展专项资金3000万元，统筹用于本办法规定的各项补贴和奖励。同一主体同一年度同一建设内容不得重复享受盟级补贴。",
    "第十二条　申报程序。养殖主体于每年3月31日前向所在苏木（镇）提出申请。初审应在受理后10个工作日内完成，旗农牧部门复核应在15个工作日内完成，复核结果在嘎查村公示，公示期不少于7天。",
    "第十三条　职责分工。",
    "（一）骆驼种质资源保护和良种繁育体系建设，由盟农牧局牵头，盟科技局、盟市场监管局配合。",
    "（二）驼奶加工企业培育和骆驼产品品牌建设，由盟工信局牵头，盟农牧局、盟市场监管局配合。",
    "（三）骆驼养殖政策性保险推进工作，由盟财政局牵头，国家金融监督管理总局阿拉善监管分局、各承保机构配合。",
    "（四）骆驼文化与旅游融合发展，由盟文旅广电局牵头，各旗人民政府配合。",
    "（五）补贴资金的申报审核和发放，由各旗人民政府负责，补贴资金须于每年9月30日前足额发放到户。",
    "第十四条　监督管理。盟农牧局、盟财政局每年对本办法执行情况开展一次绩效评价，评价结果作为下一年度资金分配的依据。对弄虚作假、骗取补贴资金的，追回已拨付资金，5年内取消其享受本办法扶持政策的资格；构成犯罪的，依法追究刑事责任。",
    "第十五条　本办法由盟农牧局负责解释，自2024年6月1日起施行，有效期3年。",
]
for a in arts:
    para(a, "j")

para("")
para("附件：阿拉善盟骆驼产业扶持项目及标准一览表", indent=False)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
para("附件", indent=False, bold=True)
para("阿拉善盟骆驼产业扶持项目及标准一览表", "c", True, 18)
rows = [
    ("序号", "扶持项目", "扶持对象及条件", "扶持标准", "上限"),
    ("1", "母驼保种补贴", "存栏适龄母驼10峰以上的养殖主体", "500元/峰（一次性）", "5万元/户·年"),
    ("2", "种公驼引进补贴", "引进经鉴定合格的优良种公驼", "3000元/峰", "—"),
    ("3", "棚圈建设补贴", "新建标准化棚圈200平方米以上", "120元/平方米", "3万元/户"),
    ("4", "驼奶收购补贴", "收购价不低于28元/公斤的加工企业", "2元/公斤", "100万元/企业·年"),
    ("5", "养殖保险保费补贴", "参保牧户", "财政承担80%", "—"),
    ("6", "品牌认证奖励", "新获地理标志、有机认证", "10万元/个", "—"),
    ("7", "骆驼文化活动补助", "参赛骆驼超过500峰的旗", "20万元/次", "—"),
]
t = doc.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        c = t.cell(i, j)
        c.text = v
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in p.runs:
                run.font.size = Pt(11)
                run.bold = i == 0

para("")
para("")
para("────────────────────────", "c")
para("抄送：盟委各部门，盟人大工委办公室，盟政协办公室，内蒙古自治区农牧厅。", indent=False, size=13)
para("────────────────────────", "c")
para("阿拉善盟行政公署办公室　　　　　　2024年5月21日印发", indent=False, size=13)

with tempfile.TemporaryDirectory() as td:
    src = Path(td) / f"{NAME}.docx"
    doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(td) / f"{NAME}.pdf", OUT)
print(OUT)
