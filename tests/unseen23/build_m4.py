"""Build m4 (福建省“十四五”生态环境保护专项规划, excerpt) as a PDF.

reportlab cannot embed the only CJK fonts installed (Noto CJK, CFF outlines), so the page is
built as a DOCX with python-docx and converted with LibreOffice (soffice --headless), which
embeds Noto Serif CJK SC / Noto Sans CJK SC.
Run with the project venv's python (python-docx) where soffice is on the PATH; writes notices/ next to this script.
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notices", "m4_fujian_shengtai_huanjing_14wu_guihua.pdf")
SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)


def set_font(run, name=SERIF, size=15, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(text="", align=None, indent=True, name=SERIF, size=15, bold=False, color=None, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(27)
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        set_font(p.add_run(text), name, size, bold, color)
    return p


def heading(text, level=1):
    if level == 0:
        return para(text, align="c", indent=False, name=SANS, size=16, bold=True)
    if level == 1:
        return para(text, indent=True, name=SANS, size=15)
    return para(text, indent=True, name=SERIF, size=15, bold=True)


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def footer_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), SERIF, 14)
    r = p.add_run()
    set_font(r, SERIF, 14)
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        r._element.append(el)
    set_font(p.add_run(" —"), SERIF, 14)


footer_page_number(sec)

# ---- 版头 ----
para("福建省生态环境厅文件", align="c", indent=False, name=SANS, size=30, bold=True, color=(0xC0, 0, 0))
para("福建省发展和改革委员会", align="c", indent=False, name=SANS, size=30, bold=True, color=(0xC0, 0, 0))
para("", indent=False)
para("闽环保综合〔2022〕6号", align="c", indent=False, size=15)
para("━━━━━━━━━━━━━━━━━━━━━━━━━━━━", align="c", indent=False, size=12, color=(0xC0, 0, 0))
para("", indent=False)
para("福建省生态环境厅　福建省发展和改革委员会", align="c", indent=False, name=SANS, size=20)
para("关于印发《福建省“十四五”生态环境保护", align="c", indent=False, name=SANS, size=20)
para("专项规划》的通知", align="c", indent=False, name=SANS, size=20)
para("", indent=False)
para("各设区市生态环境局、发展改革委，平潭综合实验区生态环境和城乡建设局、经济发展局，省直有关单位：", indent=False)
para("为深入贯彻落实《福建省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》（闽政〔2021〕4号）"
     "和《“十四五”生态环境保护规划》，持续改善全省生态环境质量，经省人民政府同意，现将《福建省“十四五”生态环境保护"
     "专项规划》印发给你们，请结合实际认真贯彻落实。")
para("", indent=False)
para("福建省生态环境厅　　　　福建省发展和改革委员会", align="r", indent=False)
para("2022年3月18日　　　　　　　", align="r", indent=False)
para("（此件主动公开）", indent=True)
page_break()

# ---- 规划（节选） ----
para("福建省“十四五”生态环境保护专项规划", align="c", indent=False, name=SANS, size=20)
para("（节选）", align="c", indent=False, size=15)
para("", indent=False)
heading("第一章　发展基础与形势", 0)
para("“十三五”时期，全省上下深入践行习近平生态文明思想，生态环境质量持续保持全国领先。2020年，全省设区市城市"
     "空气质量优良天数比例为98.8%，细颗粒物（PM2.5）平均浓度为20微克/立方米，较2015年下降23.1%；地表水达到或好于"
     "III类水体比例为97.9%，全面消除劣V类水体；近岸海域水质优良（一、二类）比例为85.8%；森林覆盖率66.8%，连续"
     "42年保持全国首位。“十三五”期间单位地区生产总值能源消耗、二氧化碳排放分别累计下降17.1%、19.5%，超额完成国家"
     "下达的目标任务。")
para("污染减排成效明显。“十三五”期间，全省化学需氧量、氨氮、二氧化硫、氮氧化物排放总量分别累计减少12.4%、11.3%、"
     "18.6%、16.2%，均超额完成国家下达的减排任务。环境基础设施加快补齐，全省设区市建成区黑臭水体基本消除，城市生活"
     "污水处理率达到96.5%，城乡生活垃圾无害化处理率达到100%。生态文明体制改革纵深推进，国家生态文明试验区（福建）"
     "38项重点改革任务全面完成，39项改革举措和经验做法向全国复制推广。")
para("同时也要看到，我省臭氧污染问题逐步显现，部分小流域和近岸海域水质改善成效尚不稳固，城乡环境基础设施"
     "短板仍然突出，生态环境治理体系和治理能力现代化水平有待进一步提升。")
heading("第二章　总体要求和主要目标", 0)
heading("第一节　主要目标", 2)
para("到2025年，生态文明建设走在全国前列，生态环境质量继续保持全国领先。设区市城市细颗粒物（PM2.5）平均浓度"
     "控制在19.5微克/立方米以下，其中，福州市、厦门市、泉州市PM2.5平均浓度分别控制在19、18、21微克/立方米以内；"
     "设区市城市空气质量优良天数比例达到98.5%，其中，福州、厦门两市保持在99%以上。氮氧化物、挥发性有机物排放总量"
     "比2020年分别下降10%、10.5%以上，化学需氧量、氨氮排放总量分别下降8%、8%。")
para("地表水达到或好于III类水体比例达到98%，县级及以上城市集中式饮用水水源地水质达标率保持100%，其中闽江干流"
     "国控断面水质优良比例保持100%。近岸海域水质优良比例达到86.5%。受污染耕地安全利用率达到93%左右，县级城市"
     "建成区黑臭水体消除比例达到90%以上。设区市生活垃圾回收利用率达到35%以上，一般工业固体废物综合利用率达到75%。")
para("展望2035年，生态环境根本好转，美丽福建基本建成，设区市城市PM2.5平均浓度控制在15微克/立方米以下。")
para("表1　福建省“十四五”生态环境保护主要指标", align="c", indent=False, name=SANS, size=13)

rows = [
    ("类别", "序号", "指　　标", "2020年", "2025年", "属性"),
    ("环境\n治理", "1", "设区市城市细颗粒物（PM2.5）平均浓度（微克/立方米）", "20", "19.5", "约束性"),
    ("", "2", "设区市城市空气质量优良天数比例（%）", "98.8", "98.5", "约束性"),
    ("", "3", "地表水达到或好于III类水体比例（%）", "97.9", "98.0", "约束性"),
    ("", "4", "地表水劣V类水体比例（%）", "0", "0", "约束性"),
    ("", "5", "近岸海域水质优良（一、二类）比例（%）", "85.8", "86.5", "约束性"),
    ("", "6", "县级城市建成区黑臭水体消除比例（%）", "—", "90", "预期性"),
    ("应对气\n候变化", "7", "单位地区生产总值二氧化碳排放降低（%）", "〔19.5〕", "〔完成国家下达目标〕", "约束性"),
    ("", "8", "单位地区生产总值能源消耗降低（%）", "〔17.1〕", "〔14〕", "约束性"),
    ("", "9", "非化石能源占一次能源消费比重（%）", "24.6", "27.4", "约束性"),
    ("主要污\n染物减\n排", "10", "化学需氧量重点工程减排量（万吨）", "—", "[3.86]", "约束性"),
    ("", "11", "氨氮重点工程减排量（万吨）", "—", "[0.21]", "约束性"),
    ("", "12", "氮氧化物重点工程减排量（万吨）", "—", "[2.95]", "约束性"),
    ("", "13", "挥发性有机物重点工程减排量（万吨）", "—", "[1.27]", "约束性"),
    ("生态\n保护", "14", "森林覆盖率（%）", "66.8", "67", "约束性"),
    ("", "15", "生态保护红线面积（万平方公里）", "—", "面积不减少、性质不改变", "约束性"),
    ("", "16", "受污染耕地安全利用率（%）", "91.5", "93左右", "约束性"),
]
table = doc.add_table(rows=len(rows), cols=6)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Cm(1.7), Cm(1.1), Cm(7.4), Cm(1.9), Cm(2.9), Cm(1.6)]
table.autofit = False
tblpr = table._tbl.tblPr
layout = OxmlElement("w:tblLayout")
layout.set(qn("w:type"), "fixed")
tblpr.append(layout)
for col, w in zip(table.columns, widths):
    col.width = w
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        cell = table.cell(i, j)
        cell.width = widths[j]
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if j != 2 else WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.line_spacing = Pt(16)
        set_font(p.add_run(val), SANS if i == 0 else SERIF, 10.5, bold=(i == 0))
para("注：〔　〕内为五年累计数；[　]内为“十四五”期间重点工程减排量累计数。", indent=False, size=10.5)

heading("第三章　深入打好污染防治攻坚战（节选）", 0)
heading("第一节　持续改善大气环境质量", 2)
para("坚持PM2.5和臭氧协同控制，以夏秋季臭氧污染防控为重点，强化挥发性有机物和氮氧化物协同减排。推进钢铁、水泥、"
     "平板玻璃等行业超低排放改造，到2025年，全省钢铁企业超低排放改造全部完成，水泥熟料生产线超低排放改造完成率达到"
     "80%以上。推进移动源污染治理，“十四五”期间淘汰国三及以下排放标准柴油货车2万辆以上，设区市建成区新增和更新的公交车"
     "中新能源汽车比例达到100%。重点推进福州、厦门、漳州、泉州、莆田等沿海城市臭氧污染联防联控，其中，泉州市、漳州市"
     "挥发性有机物排放总量分别下降12%、11%以上。")
heading("第二节　巩固提升水生态环境质量", 2)
para("深入实施小流域综合治理，持续开展“一河一策”“一湖一策”。到2025年，全省县级以上城市建成区基本实现污水管网全覆盖，"
     "城市生活污水集中收集率达到70%以上，乡镇生活污水处理设施覆盖率达到100%。推进九龙江、闽江、汀江等重点流域生态"
     "保护补偿，完善以水质考核为核心的流域生态补偿机制，流域生态补偿资金规模每年不少于18亿元。")
heading("第三节　推进近岸海域综合治理", 2)
para("以罗源湾、兴化湾、泉州湾、厦门湾等重点海湾为重点，实施“一湾一策”综合治理。全面开展入海排污口排查整治，到2025年"
     "完成入海排污口整治3000个以上，沿海设区市建成美丽海湾不少于8个。")
heading("第四节　加强土壤污染防治和固体废物治理", 2)
para("严格建设用地准入管理，重点建设用地安全利用得到有效保障。提升危险废物利用处置能力，到2025年，全省危险废物利用"
     "处置能力达到350万吨/年，医疗废物无害化处置率保持100%。推进福州、厦门、三明、南平等地“无废城市”建设。")
heading("第五节　筑牢生态安全屏障", 2)
para("落实生态保护红线管控要求，确保生态保护红线面积不减少、性质不改变、功能不降低。到2025年，自然保护地面积占陆域"
     "国土面积比例达到8.6%以上，湿地保护率达到50%以上，新增水土流失综合治理面积1000平方公里以上。")
para("表2　各设区市“十四五”细颗粒物（PM2.5）浓度目标", align="c", indent=False, name=SANS, size=13)
rows2 = [("地区", "2020年（微克/立方米）", "2025年（微克/立方米）"),
         ("福州市", "20", "19"), ("厦门市", "18", "18"), ("莆田市", "21", "20"), ("三明市", "20", "19.5"),
         ("泉州市", "22", "21"), ("漳州市", "23", "21.5"), ("南平市", "17", "17"), ("龙岩市", "19", "18.5"),
         ("宁德市", "19", "18.5"), ("平潭综合实验区", "16", "16")]
t2 = doc.add_table(rows=len(rows2), cols=3)
t2.style = "Table Grid"
t2.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, row in enumerate(rows2):
    for j, val in enumerate(row):
        p = t2.cell(i, j).paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.line_spacing = Pt(16)
        set_font(p.add_run(val), SANS if i == 0 else SERIF, 10.5, bold=(i == 0))
para("注：2025年目标值为上限值，各地在完成目标基础上应持续改善。", indent=False, size=10.5)
heading("第四章　重点工程投资", 0)
para("“十四五”期间，全省谋划实施生态环境保护重点工程项目386项，总投资约1250亿元，其中中央和省级财政资金约"
     "180亿元，带动社会资本投入约700亿元。")

heading("第五章　保障措施", 0)
para("（一）强化组织实施。省生态环境厅要会同省发展改革委建立规划实施年度调度机制，2023年底前开展规划实施情况"
     "中期评估，2025年底前开展总结评估，评估结果向省人民政府报告。")
para("（二）压实地方责任。各设区市人民政府、平潭综合实验区管委会要于2022年6月底前印发本地区“十四五”生态环境保护"
     "规划，将规划目标任务分解落实到县（市、区）和有关部门。")
para("（三）加大资金投入。省财政厅要会同省生态环境厅统筹中央和省级生态环境保护专项资金，每年安排省级生态环境"
     "保护专项资金不少于15亿元，优先支持纳入规划的重点工程项目。")
para("（四）严格考核问责。省委组织部、省生态环境厅要将规划主要指标完成情况纳入设区市党政领导生态环境保护目标责任书"
     "考核内容，考核结果作为领导班子和领导干部综合考核评价的重要依据。")
para("（五）加强监测能力。省生态环境厅负责推进生态环境监测网络建设，到2025年实现乡镇空气质量自动监测站点全覆盖，"
     "新增水质自动监测站100个以上。")
para("", indent=False)
para("抄送：生态环境部，国家发展改革委，省人民政府办公厅。", indent=False, size=14)
para("福建省生态环境厅办公室　　　　　　　　　　2022年3月21日印发", indent=False, size=14)

tmp = tempfile.mkdtemp(prefix="m4_")
docx_path = os.path.join(tmp, "m4.docx")
doc.save(docx_path)
subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
                "--outdir", tmp, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(tmp, "m4.pdf"), OUT)
shutil.rmtree(tmp)
print("wrote", OUT)
