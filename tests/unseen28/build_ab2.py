"""Build blind notice ab2 (日喀则市 驻村工作队员和基层干部补贴标准) as a Word 97 .doc.

python-docx writes a DOCX in a temp folder; LibreOffice converts it to .doc; only the .doc is kept
in notices/. Run with /work/main/.venv/bin/python.
"""
import os, shutil, subprocess, tempfile
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notices", "ab2_rikaze_zhucun_butie_biaozhun.doc")
FS = "仿宋_GB2312"; HT = "黑体"; KT = "楷体_GB2312"; XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)

doc = Document()
doc.core_properties.author = "Administrator"
doc.core_properties.comments = ""
doc.core_properties.title = ""
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if color is not None:
        run.font.color.rgb = color

def para(text="", font=FS, size=16, bold=False, align=None, indent=True, color=None, space_after=0, line=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0); pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p

def mixed(parts, indent=True):
    """parts: list of (text, font) — a 黑体/楷体 lead-in then 仿宋 text, as in GB/T 9704 layouts."""
    p = para(indent=indent)
    for text, font in parts:
        set_font(p.add_run(text), font, 16)
    return p

def bottom_rule(p, color="E60012", sz="12"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", sz), ("w:space", "1"), ("w:color", color)):
        b.set(qn(k), v)
    bdr.append(b); pPr.append(bdr)

def top_rule(p, sz="6"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    t = OxmlElement("w:top")
    for k, v in (("w:val", "single"), ("w:sz", sz), ("w:space", "1"), ("w:color", "000000")):
        t.set(qn(k), v)
    bdr.append(t); pPr.append(bdr)

def page_number_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run(); set_font(r, "宋体", 14)
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), tag); r._element.append(fc)
        else:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; r._element.append(it)
    set_font(fp.add_run(" —"), "宋体", 14)

page_number_footer(sec)

# 版头
para("日喀则市人民政府办公室文件", XBS, 30, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color=RED, line=50)
para("", indent=False)
p = para("日政办发〔2023〕58号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=6)
bottom_rule(p)
para("", indent=False)
para("日喀则市人民政府办公室", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
para("关于调整驻村工作队员和基层干部补贴标准的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
para("", indent=False)
para("各县（区）人民政府，市直各部门、各单位，各驻村工作队：", indent=False)

para("为深入贯彻落实自治区党委、政府关于强基础惠民生驻村工作的决策部署，进一步激励驻村工作队员和基层干部扎根高原、安心履职、担当作为，根据自治区党委办公厅、自治区人民政府办公厅《关于进一步加强和改进驻村工作的意见》（藏党办发〔2022〕15号）和自治区财政厅、人力资源社会保障厅《关于调整乡镇工作补贴标准的通知》（藏财社〔2023〕21号）精神，结合我市海拔高、气候寒、条件苦的实际，经市人民政府同意，现就调整我市驻村工作队员和基层干部补贴标准有关事项通知如下。")
para("截至2023年5月底，全市共有驻村工作队1075支、驻村工作队员4300名，其中驻村点海拔在4500米以上的312个，主要分布在仲巴县、萨嘎县、昂仁县、岗巴县、定日县等县。2020年以来，我市驻村工作队员生活补助和乡镇工作补贴标准未作调整，与高海拔地区工作生活成本上涨不相适应，有必要予以适当提高。")

para("一、适用范围", HT)
mixed([("（一）驻村工作队员。", KT), ("自治区、市、县（区）选派到我市桑珠孜区及南木林县、江孜县、定日县、萨迦县、拉孜县、昂仁县、谢通门县、白朗县、仁布县、康马县、定结县、仲巴县、亚东县、吉隆县、聂拉木县、萨嘎县、岗巴县行政村（居）开展驻村工作的在编在岗干部职工。", FS)])
mixed([("（二）基层干部。", KT), ("全市各乡（镇）、街道机关和所属事业单位在编在岗工作人员，以及村（居）党组织和村（居）民委员会（以下简称“两委”）班子成员。", FS)])

para("二、补贴项目及标准", HT)
mixed([("（一）驻村生活补助。", KT), ("按驻村点所在行政村村委会驻地海拔高度分档发放：海拔3500米以下的，每人每月1500元；海拔3500米（含）至4500米的，每人每月1800元；海拔4500米（含）以上的，每人每月2200元。驻村生活补助按实际在村天数计发，驻村工作队员每月在村时间不得少于20天，不足20天的按日折算。", FS)])
mixed([("（二）驻村伙食补助。", KT), ("驻村期间每人每天60元，由驻村工作队统一管理、集中使用，不得以现金形式发放给个人。", FS)])
mixed([("（三）一次性补助。", KT), ("新选派驻村工作队员每人一次性发放生活装备补助3000元；驻村点海拔4500米（含）以上的，每人另一次性增发防寒装备补助1000元。驻村期满考核为“优秀”等次的，每人给予一次性奖励5000元。", FS)])
mixed([("（四）乡镇工作补贴。", KT), ("按乡（镇）人民政府驻地海拔高度分档发放：海拔3500米以下的乡（镇），每人每月700元；海拔3500米（含）至4500米的，每人每月900元；海拔4500米（含）以上的，每人每月1200元。街道工作人员参照海拔3500米以下档次执行。新录用人员试用期内按相应档次标准的80%发放。", FS)])
mixed([("（五）村（居）“两委”班子成员报酬。", KT), ("村（居）党组织书记、村（居）委会主任基本报酬每人每月3000元，其他“两委”班子成员基本报酬每人每月2400元；所在村（居）海拔4500米（含）以上的，每人每月另加发高海拔补贴400元。绩效报酬按基本报酬的20%核定，年底根据考核结果一次性发放。", FS)])
mixed([("（六）健康保障。", KT), ("驻村工作队员和乡（镇）干部每年安排1次健康体检，体检标准为每人每年1200元；驻村期间由派出单位为驻村工作队员购买人身意外伤害保险，保险金额不低于80万元。", FS)])
mixed([("（七）驻村工作经费。", KT), ("每个驻村工作队每年安排工作经费5万元，主要用于开展政策宣讲、走访慰问、矛盾纠纷排查和办公用品购置等，严禁用于发放津贴补贴。", FS)])
mixed([("（八）轮换休假。", KT), ("每轮驻村期限为2年，驻村工作队员每年可安排不少于15天的轮休，路途时间另计，轮休期间生活补助照常发放。", FS)])

para("三、发放管理", HT)
mixed([("（一）", FS), ("驻村生活补助和伙食补助按月核算、按季度发放，由派出单位于每季度首月15日前发放上一季度补助；乡镇工作补贴和“两委”基本报酬按月随工资（报酬）发放。", FS)])
mixed([("（二）", FS), ("驻村工作队员中途调整岗位或累计请假超过30天的，自调整或请假次月起停发驻村生活补助，返岗后次月起恢复发放；驻村期间因公负伤、患病住院的，生活补助照常发放。", FS)])
mixed([("（三）", FS), ("驻村工作队员因履职不力被召回的，停发当月起各项驻村补助，取消其2年内评先评优资格；受到党纪政务处分的，处分期内不享受一次性奖励。", FS)])
mixed([("（四）", FS), ("各项补贴原则上通过“一卡通”或个人工资账户发放，严禁以现金方式发放。派出单位和各县（区）要建立补贴发放台账，做到人员、天数、标准、金额“四对应”。", FS)])

para("四、资金渠道", HT)
mixed([("（一）", FS), ("自治区选派驻村工作队员的生活补助、伙食补助和一次性补助，按自治区有关规定执行；市直单位选派的，由市财政承担；县（区）选派的，由县（区）财政承担。", FS)])
mixed([("（二）", FS), ("乡镇工作补贴由市、县（区）两级财政按3∶7比例分担，其中桑珠孜区按5∶5比例分担。", FS)])
mixed([("（三）", FS), ("村（居）“两委”班子成员报酬在自治区补助资金基础上，不足部分由县（区）财政兜底保障。", FS)])
mixed([("（四）", FS), ("健康体检、人身意外伤害保险和驻村工作经费由派出单位在部门预算中列支。", FS)])

para("五、执行时间", HT)
para("本通知自2023年7月1日起执行。《日喀则市人民政府办公室关于印发日喀则市驻村工作队员生活补助等待遇保障办法的通知》（日政办发〔2020〕36号）同时废止。此前有关规定与本通知不一致的，以本通知为准。")

para("六、工作要求", HT)
mixed([("（一）", FS), ("市财政局要会同市人力资源和社会保障局于2023年7月20日前将市级承担资金足额纳入预算，按季度预拨至各县（区）。", FS)])
mixed([("（二）", FS), ("市委组织部（市驻村办）负责驻村工作队员在岗情况的日常考勤和季度抽查，每季度将在岗天数核定结果通报市财政局及派出单位，作为发放驻村生活补助的依据。", FS)])
mixed([("（三）", FS), ("市自然资源局负责会同各县（区）人民政府于2023年8月31日前核定全市各行政村（居）和乡（镇）人民政府驻地海拔高度，核定结果在市人民政府门户网站公示，公示期不少于7天。", FS)])
mixed([("（四）", FS), ("各县（区）人民政府要严格按照本通知标准及时足额发放各项补贴，于2023年9月30日前将7月以来的补贴差额补发到位，不得截留、挤占、挪用。", FS)])
mixed([("（五）", FS), ("市审计局每年对各项补贴发放情况开展1次专项审计，对虚报冒领、套取补贴的，追回资金并依规依纪依法追究相关人员责任。", FS)])

para("各县（区）、各派出单位要充分认识提高驻村工作队员和基层干部待遇保障水平的重要意义，把落实补贴政策作为关心关爱高原基层干部的具体举措，加强政策宣传解读，及时回应干部关切，确保各项待遇保障政策落地见效。执行中遇到的问题，请及时向市财政局、市委组织部（市驻村办）反映。")
para("", indent=False)
para("附件：日喀则市驻村工作队员和基层干部补贴标准一览表")
para("", indent=False); para("", indent=False)
para("日喀则市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para("2023年6月26日　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para("（此件公开发布）")

# 附件 on a new page, landscape-free but a compact table
p = para("", indent=False); p.add_run().add_break(WD_BREAK.PAGE)
para("附件", HT, 16, indent=False)
para("", indent=False)
para("日喀则市驻村工作队员和基层干部补贴标准一览表", XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
para("", indent=False)

hdr = ["序号", "补贴项目", "适用对象", "海拔3500米以下", "海拔3500米（含）—4500米", "海拔4500米（含）以上", "计发单位", "资金渠道"]
rows = [
 ["1", "驻村生活补助", "驻村工作队员", "1500", "1800", "2200", "元/人·月", "按选派层级由同级财政承担"],
 ["2", "驻村伙食补助", "驻村工作队员", "60", "60", "60", "元/人·天", "同上"],
 ["3", "生活装备补助", "新选派驻村工作队员", "3000", "3000", "3000", "元/人（一次性）", "同上"],
 ["4", "防寒装备补助", "新选派驻村工作队员", "—", "—", "1000", "元/人（一次性）", "同上"],
 ["5", "乡镇工作补贴", "乡（镇）机关和事业单位在编在岗人员", "700", "900", "1200", "元/人·月", "市、县（区）按3∶7分担（桑珠孜区5∶5）"],
 ["6", "“两委”基本报酬", "村（居）党组织书记、村（居）委会主任", "3000", "3000", "3000", "元/人·月", "自治区补助，县（区）兜底"],
 ["7", "“两委”基本报酬", "其他“两委”班子成员", "2400", "2400", "2400", "元/人·月", "同上"],
 ["8", "高海拔补贴", "村（居）“两委”班子成员", "—", "—", "400", "元/人·月", "县（区）财政"],
 ["9", "健康体检", "驻村工作队员、乡（镇）干部", "1200", "1200", "1200", "元/人·年", "派出单位部门预算"],
]
tbl = doc.add_table(rows=1 + len(rows), cols=len(hdr))
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Cm(1.0), Cm(2.2), Cm(3.0), Cm(1.7), Cm(1.9), Cm(1.9), Cm(2.0), Cm(2.4)]
for i, row in enumerate([hdr] + rows):
    for j, txt in enumerate(row):
        c = tbl.cell(i, j); c.width = widths[j]
        cp = c.paragraphs[0]; cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cp.paragraph_format.line_spacing = Pt(16)
        set_font(cp.add_run(txt), HT if i == 0 else FS, 10.5)
para("", indent=False)
para("注：1.海拔高度以市自然资源局核定结果为准；2.自治区选派驻村工作队员有关待遇按自治区规定执行；3.“—”表示该档次不发放。", FS, 12, indent=False, line=20)

# 版记
para("", indent=False); para("", indent=False)
p = para("抄送：市委办公室，市人大常委会办公室，市政协办公室，市纪委监委，市委组织部。", FS, 14, indent=False)
top_rule(p, "12")
p = para("日喀则市人民政府办公室　　　　　　　　　2023年6月26日印发", FS, 14, indent=False)
top_rule(p); bottom_rule(p, "000000", "12")

tmp = tempfile.mkdtemp()
docx_path = os.path.join(tmp, "ab2_rikaze_zhucun_butie_biaozhun.docx")
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", tmp, docx_path], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(tmp, "ab2_rikaze_zhucun_butie_biaozhun.doc"), OUT)
shutil.rmtree(tmp)
print("wrote", OUT, os.path.getsize(OUT))
