#!/usr/bin/env python3
"""be2: county party + government offices, leading-group adjustment (DOCX via python-docx)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).parent / "notices" / "be2_taishun_langqiao_shenyi_lingdao_xiaozu.docx"

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

st = doc.styles["Normal"]
st.font.name = "仿宋_GB2312"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
st.font.size = Pt(16)


def para(text="", align=None, bold=False, size=None, color=None, indent=True, font=None):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(32)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(28)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return p


RED = (0xE0, 0x00, 0x00)
para("中共泰顺县委办公室", "c", True, 26, RED, font="方正小标宋简体")
para("泰顺县人民政府办公室", "c", True, 26, RED, font="方正小标宋简体")
para("")
para("泰委办发〔2023〕47号", "c")
para("━━━━━━━━━━━━━━━━━━━━━━━━", "c", color=RED)
para("")
para("中共泰顺县委办公室　泰顺县人民政府办公室", "c", size=22, font="方正小标宋简体")
para("关于调整泰顺县廊桥保护利用和申报世界文化遗产工作领导小组的通知", "c", size=22, font="方正小标宋简体")
para("")
para("各乡镇党委、人民政府，县委各部门，县级国家机关各部门，县属各单位：", indent=False)
para("因人事变动和工作需要，经县委、县政府同意，决定对泰顺县廊桥保护利用和申报世界文化遗产工作领导小组（以下简称领导小组）组成人员进行调整。现将调整后的名单及有关事项通知如下：")
para("一、领导小组组成人员", font="黑体")
para("组　　长：县委书记林志远", indent=False)
para("常务副组长：县委副书记、县长吴建华", indent=False)
para("副 组 长：县委常委、宣传部部长潘晓东；县政府副县长季　芳；县政府副县长董　磊", indent=False)
para("成　　员：", indent=False)

members = [
    ("夏慧敏", "县政府办公室主任"),
    ("包　凯", "县委宣传部副部长"),
    ("翁晨阳", "县发展和改革局局长"),
    ("陶　伟", "县财政局局长"),
    ("钟永清", "县自然资源和规划局局长"),
    ("蔡　琳", "县住房和城乡建设局局长"),
    ("曾宪平", "县交通运输局局长"),
    ("毛丽君", "县文化和广电旅游体育局局长"),
    ("温士杰", "县应急管理局局长"),
    ("邱　斌", "县农业农村局局长"),
    ("胡启明", "县水利局局长"),
    ("金伟强", "县综合行政执法局局长"),
    ("赵晓丹", "县档案馆馆长"),
    ("罗　鹏", "温州市生态环境局泰顺分局局长"),
    ("叶　舟", "县消防救援大队大队长"),
    ("赖国栋", "县文物保护中心主任"),
    ("", "县公安局分管副局长"),
    ("", "泗溪镇、筱村镇、三魁镇、洲岭乡人民政府主要负责人"),
]
tbl = doc.add_table(rows=1, cols=3)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = tbl.rows[0].cells
for c, t in zip(hdr, ("序号", "姓　名", "单位及职务")):
    c.text = t
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c.paragraphs[0].runs[0].bold = True
for i, (n, post) in enumerate(members, 1):
    row = tbl.add_row().cells
    row[0].text = str(i)
    row[1].text = n
    row[2].text = post
    row[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    row[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for row in tbl.rows:
    row.cells[0].width = Cm(1.5)
    row.cells[1].width = Cm(3.0)
    row.cells[2].width = Cm(10.5)
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.size = Pt(14)

para("领导小组下设办公室，办公室设在县文化和广电旅游体育局，办公室主任由毛丽君同志兼任，副主任由赖国栋同志和施雨同志（县文化和广电旅游体育局副局长）担任，负责领导小组日常工作。")
para("领导小组下设3个专项工作组：")
para("（一）申遗文本编制组。牵头单位为县文化和广电旅游体育局，成员单位为县文物保护中心、县档案馆、县自然资源和规划局。主要负责申遗文本、保护管理规划的编制和申遗档案资料的收集整理。")
para("（二）环境整治提升组。由县住房和城乡建设局、县综合行政执法局共同牵头，温州市生态环境局泰顺分局、县水利局、县交通运输局和廊桥所在乡镇人民政府参与。主要负责廊桥周边建设控制地带的风貌管控、违章建筑整治、河道生态修复和环境卫生整治。")
para("（三）安全防护组。组长单位为县应急管理局，副组长单位为县消防救援大队、县公安局，成员单位为县文物保护中心、廊桥所在乡镇人民政府。主要负责廊桥消防、防汛、防盗等安全防护设施建设和日常安全巡查。")
para("二、领导小组主要职责", font="黑体")
para("贯彻落实上级关于世界文化遗产申报和文物保护工作的决策部署，依据《中华人民共和国文物保护法》《浙江省文物保护管理条例》等法律法规，研究制定全县廊桥保护利用和申遗工作的总体规划、年度计划和重大政策；统筹协调全县现存33座古廊桥（其中全国重点文物保护单位15座）的保护、修缮、展示和活化利用；协调解决申遗工作中的资金、土地、人员等重大问题；督促检查各乡镇、各成员单位工作落实情况。")
para("三、成员单位职责", font="黑体")
para("县文化和广电旅游体育局：负责领导小组办公室日常工作，牵头做好廊桥文物保护修缮、申遗文本编制和廊桥文化旅游推介工作。")
para("县财政局：负责统筹安排廊桥保护利用和申遗工作经费，加强资金使用监管。")
para("县自然资源和规划局：负责将廊桥保护范围和建设控制地带纳入国土空间规划，做好相关用地保障。")
para("县住房和城乡建设局：负责廊桥所在传统村落保护和风貌整治指导。")
para("县应急管理局、县消防救援大队：负责指导廊桥消防安全和防汛防灾工作，督促落实消防设施配置。")
para("其他成员单位按照各自职责，做好相关工作。")
para("四、工作要求", font="黑体")
para("（一）健全会议制度。领导小组原则上每半年召开一次全体会议，听取工作进展汇报，研究解决重大问题；根据工作需要，可由组长或常务副组长召集召开专题会议。")
para("（二）强化工作调度。领导小组办公室要建立工作月报制度，每月5日前汇总各成员单位上月工作进展，报领导小组组长、常务副组长审阅。")
para("（三）加强经费保障。县财政局要将廊桥保护利用经费纳入年度财政预算，每年安排廊桥保护利用专项资金不少于800万元，其中申遗专项经费不少于300万元。")
para("（四）压实属地责任。各乡镇要落实廊桥保护属地管理责任，对辖区内廊桥实行“一桥一档”“一桥一员”管理，每座廊桥明确不少于1名文物保护员，每月开展安全巡查不少于2次。")
para("（五）领导小组成员因工作变动需要调整的，由其所在单位接任领导自然替补，报领导小组办公室备案，不再另行发文。")
para("《中共泰顺县委办公室 泰顺县人民政府办公室关于成立泰顺县廊桥保护利用和申报世界文化遗产工作领导小组的通知》（泰委办发〔2021〕12号）同时废止。")
para("")
para("中共泰顺县委办公室　　　泰顺县人民政府办公室", "r")
para("2023年8月14日", "r")
para("（此件公开发布）", indent=False)
para("")
para("━━━━━━━━━━━━━━━━━━━━━━━━", "c")
para("抄送：县人大常委会办公室，县政协办公室，县纪委县监委机关，县人民法院，县人民检察院。", indent=False, size=14)
para("━━━━━━━━━━━━━━━━━━━━━━━━", "c")
para("中共泰顺县委办公室　　　　　　　　2023年8月16日印发", indent=False, size=14)

# page-number footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("— ")
_r = fp.add_run()
for tag, attr, txt in (("w:fldChar", "begin", None), ("w:instrText", None, "PAGE"), ("w:fldChar", "end", None)):
    el = OxmlElement(tag)
    if attr:
        el.set(qn("w:fldCharType"), attr)
    else:
        el.set(qn("xml:space"), "preserve")
        el.text = txt
    _r._r.append(el)
fp.add_run(" —")

OUT.parent.mkdir(parents=True, exist_ok=True)
doc.save(OUT)
print(OUT)
