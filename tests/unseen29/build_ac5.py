# Build blind29/notices/ac5_dezhou_yingshanghuanjing_sannian.pdf:
# python-docx writes a DOCX, LibreOffice converts it to PDF.
# Run with the project's .venv python; writes notices/ next to this script
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notices")
NAME = "ac5_dezhou_yingshanghuanjing_sannian"
RED = (0xE6, 0x00, 0x12)

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"


def set_font(run, name=SERIF, size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(text="", font=SERIF, size=16, bold=False, align=None, indent=True, color=None, line=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align:
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "dist": WD_ALIGN_PARAGRAPH.DISTRIBUTE}[align]
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def head(text, level):
    font = {1: SANS, 2: SERIF}[level]
    return para(text, font, 16, level == 1 or level == 2)


def mixed(lead, rest):
    p = para("")
    set_font(p.add_run(lead), SERIF, 16, True)
    set_font(p.add_run(rest), SERIF, 16)
    return p


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), SERIF, 14)
    run = p.add_run()
    set_font(run, SERIF, 14)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    set_font(p.add_run(" —"), SERIF, 14)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


page_number_footer(sec)

# ---- two-organ 版头: organ names stacked left, 文件 in a merged right cell ----
banner = doc.add_table(rows=2, cols=2)
no_borders(banner)
banner.alignment = WD_TABLE_ALIGNMENT.CENTER
banner.autofit = False
for col, w in zip(banner.columns, (Cm(11.8), Cm(3.6))):
    col.width = w
    for c in col.cells:
        c.width = w
for i, organ in enumerate(("中共德州市委办公室", "德州市人民政府办公室")):
    c = banner.cell(i, 0)
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    set_font(p.add_run(organ), SERIF, 24, True, RED)
right = banner.cell(0, 1).merge(banner.cell(1, 1))
right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
p = right.paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
set_font(p.add_run("文件"), SERIF, 40, True, RED)

para("")
para("德办发〔2023〕9号", SERIF, 16, False, "center", False)
para("━" * 24, SERIF, 16, False, "center", False, RED)
para("中共德州市委办公室　德州市人民政府办公室", SERIF, 22, True, "center", False, line=34)
para("关于印发《德州市优化营商环境三年行动方案", SERIF, 22, True, "center", False, line=34)
para("（2023—2025年）》的通知", SERIF, 22, True, "center", False, line=34)
para("各县（市、区）党委和人民政府，天衢新区党工委、管委会，市委各部委，市政府各部门、各直属机构，各人民团体：", indent=False)
para("《德州市优化营商环境三年行动方案（2023—2025年）》已经市委、市政府同意，现印发给你们，请结合实际认真贯彻落实。")
para("中共德州市委办公室　　　德州市人民政府办公室", align="right", indent=False)
para("2023年3月15日", align="right", indent=False)
para("（此件公开发布）")

doc.add_page_break()

para("德州市优化营商环境三年行动方案（2023—2025年）", SERIF, 20, True, "center", False, line=32)
para("")
para("为深入贯彻《优化营商环境条例》（国务院令第722号）和《山东省优化营商环境条例》，落实《山东省营商环境创新提升行动实施方案》"
     "（鲁政办字〔2022〕96号）部署，持续打造市场化、法治化、国际化一流营商环境，擦亮“德快办”政务服务品牌，结合我市实际，制定本方案。")
para("2022年，全市新登记市场主体7.8万户，市场主体总量达到52.6万户；企业开办时间已压缩至1个工作日；在全省营商环境评价中位列第8位，"
     "政务服务、获得电力等指标进入全省先进行列，但在办理建筑许可、获得信贷、执行合同等方面仍有短板。")

head("一、总体目标", 1)
para("到2025年，全市营商环境市场化、法治化、国际化水平显著提升，政务服务效能、要素保障能力和市场主体满意度走在全省前列，"
     "在全省营商环境评价中稳定进入前5位，市场主体总量突破60万户，政务服务事项全程网办率达到90%以上，高频事项“掌上办”比例达到80%以上。")

head("二、重点任务", 1)
head("（一）提升政务服务效能", 2)
mixed("1．深化“一网通办”。", "依托山东政务服务网德州站点和“爱山东”德州分厅，推动政务服务事项标准化、规范化、便利化，"
      "实现线上线下“一套标准、一窗受理、一网办结”。")
mixed("2．推进“一件事一次办”。", "围绕企业和个人全生命周期，2023年底前推出集成办理“一件事”主题服务100项以上，实现“一次告知、一表申请、一套材料、一窗受理”。")
mixed("3．推行惠企政策“免申即享”。", "建设惠企政策兑现平台，2024年底前惠企资金平均兑现时间压缩至10个工作日以内；到2025年，“免申即享”事项达到200项。")
mixed("4．提升热线诉求办理质效。", "优化12345政务服务便民热线运行机制，到2025年，群众诉求按时办结率达到99%以上，满意率达到95%以上。")

head("（二）优化企业全生命周期服务", 2)
mixed("5．提升企业开办便利度。", "推行企业开办“一网通办、一窗通取”，2023年6月底前企业开办压缩至0.5个工作日，全程“零费用”。")
mixed("6．畅通市场主体退出渠道。", "扩大企业简易注销适用范围，简易注销公示期由45天压缩至20天；健全府院联动机制，2024年底前企业破产案件平均审理周期压缩至180天以内。")

head("（三）提升项目建设审批效率", 2)
mixed("7．深化工程建设项目审批制度改革。", "2023年底前，一般社会投资项目全流程审批时间压缩至35个工作日以内，政府投资项目压缩至60个工作日以内，"
      "小型低风险社会投资项目压缩至15个工作日以内。")
mixed("8．推行“拿地即开工”。", "推行“用地清单制”和施工图分阶段审查，2023年市级重点项目“拿地即开工”比例达到50%以上。")

head("（四）强化要素保障", 2)
mixed("9．提升获得电力水平。", "2023年底前，低压小微企业办电时间压缩至10个工作日以内，其中无外线工程的压缩至3个工作日以内；城区低压接入容量提高至160千瓦。"
      "同步推进用水、用气报装，2023年底前无外线工程的接入时间压缩至3个工作日以内。")
mixed("10．优化不动产登记服务。", "推行不动产登记“带押过户”和“交房即交证”，2023年底前不动产一般登记、抵押登记办理时限分别压缩至1个工作日和0.5个工作日。")
mixed("11．加大金融支持力度。", "到2025年，普惠小微贷款余额年均增长15%以上，政府性融资担保平均担保费率降至1%以下。设立市级应急转贷资金，规模不少于5亿元，"
      "为到期还贷困难的中小企业提供过桥服务。")
mixed("12．强化人才支撑。", "深入实施“德州英才”计划，每年新引进高校毕业生3万人以上，完善人才住房、子女入学、医疗保障等服务。")

head("（五）加强法治保障和公平监管", 2)
mixed("13．规范涉企行政检查。", "全面推行“双随机、一公开”监管，同一部门对同一市场主体年度内抽查原则上不超过1次；推行包容审慎监管，动态调整轻微违法行为不予处罚清单。")
mixed("14．提升司法服务质效。", "深化诉源治理和繁简分流，2024年底前涉企合同纠纷案件平均审理期限压缩至90天以内。")
mixed("15．健全信用修复机制。", "2023年底前，信用修复办理时限压缩至2个工作日以内，推动信用修复“一网通办”。")
mixed("16．防范和化解拖欠企业账款。", "建立政府拖欠企业账款动态清零机制，严禁新增拖欠。")

head("（六）提升跨境贸易和纳税便利化水平", 2)
mixed("17．优化通关服务。", "推广“提前申报”“两步申报”，到2025年，进出口整体通关时间较2021年压缩20%，出口退税平均办理时间压缩至3个工作日以内。")
mixed("18．便利纳税缴费。", "2024年底前，纳税人年纳税时间压缩至80小时以内；到2025年，“非接触式”办税缴费比例达到95%以上。")

head("三、保障措施", 1)
mixed("（一）加强组织领导。", "市优化营商环境工作领导小组统筹推进三年行动，领导小组每季度召开一次推进会，研究解决重大问题。各县（市、区）、各部门主要负责同志"
      "是本地区、本部门优化营商环境第一责任人。")
mixed("（二）强化督导考核。", "市委督查室、市政府督查室每半年开展一次专项督查。将优化营商环境工作纳入全市经济社会发展综合考核，对年度考核排名第1位的县（市、区），"
      "市财政给予100万元奖励。")
mixed("（三）营造良好氛围。", "建立营商环境体验官、监督员制度，畅通企业诉求反映渠道，及时总结推广典型经验做法。")
para("")
para("附件：德州市优化营商环境三年行动重点任务清单", indent=True)

# ---- attachment on a landscape-free new page ----
doc.add_page_break()
para("附件", SANS, 16, False, None, False)
para("德州市优化营商环境三年行动重点任务清单", SERIF, 20, True, "center", False, line=32)
para("")

rows = [
    ("深化政务服务“一网通办”，政务服务事项全程网办率达到90%以上", "市行政审批服务局、市大数据局", "2025年底前"),
    ("推出集成办理“一件事”主题服务100项以上", "市行政审批服务局", "2023年底前"),
    ("推行惠企政策“免申即享”，惠企资金平均兑现时间压缩至10个工作日以内", "市发展改革委、市财政局", "2024年底前"),
    ("提升12345政务服务便民热线诉求办理质效", "市政府办公室", "长期坚持"),
    ("企业开办压缩至0.5个工作日，全程“零费用”", "市行政审批服务局、市市场监管局", "2023年6月底前"),
    ("扩大企业简易注销适用范围，简易注销公示期压缩至20天", "市市场监管局", "2023年6月底前"),
    ("企业破产案件平均审理周期压缩至180天以内", "市中级人民法院", "2024年底前"),
    ("一般社会投资项目全流程审批时间压缩至35个工作日以内", "市行政审批服务局、市住房城乡建设局", "2023年底前"),
    ("推行“拿地即开工”审批服务模式", "市自然资源和规划局、市行政审批服务局", "每年"),
    ("低压小微企业办电时间压缩至10个工作日以内", "国网德州供电公司", "2023年底前"),
    ("不动产一般登记、抵押登记办理时限分别压缩至1个工作日和0.5个工作日", "市自然资源和规划局", "2023年底前"),
    ("普惠小微贷款余额年均增长15%以上", "市地方金融监管局、人民银行德州市中心支行", "2023—2025年"),
    ("设立市级应急转贷资金，规模不少于5亿元", "市财政局、市地方金融监管局", "2023年9月底前"),
    ("涉企行政检查全面推行“双随机、一公开”监管", "市市场监管局", "长期坚持"),
    ("涉企合同纠纷案件平均审理期限压缩至90天以内", "市中级人民法院", "2024年底前"),
    ("信用修复办理时限压缩至2个工作日以内", "市发展改革委", "2023年底前"),
    ("进出口整体通关时间较2021年压缩20%", "德州海关、市商务局", "2025年底前"),
    ("纳税人年纳税时间压缩至80小时以内", "国家税务总局德州市税务局", "2024年底前"),
    ("建立政府拖欠企业账款动态清零机制", "市工业和信息化局、市财政局", "长期坚持"),
]
t = doc.add_table(rows=1 + len(rows), cols=4)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Cm(1.3), Cm(8.2), Cm(4.4), Cm(2.5)]


def ct(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=SERIF):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    set_font(p.add_run(text), font, 12, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


for i, h in enumerate(("序号", "重点任务", "牵头单位", "完成时限")):
    ct(t.rows[0].cells[i], h, True, font=SANS)
repeat_header(t.rows[0])
for n, (task, lead, due) in enumerate(rows, start=1):
    cells = t.rows[n].cells
    ct(cells[0], str(n))
    ct(cells[1], task, align=WD_ALIGN_PARAGRAPH.LEFT)
    ct(cells[2], lead)
    ct(cells[3], due)
for row in t.rows:
    for i, w in enumerate(widths):
        row.cells[i].width = w

para("")
para("━" * 24, SERIF, 12, False, "center", False)
para("中共德州市委办公室　　　　　　　　　2023年3月17日印发", SERIF, 14, False, None, False)
para("━" * 24, SERIF, 12, False, "center", False)

tmp = tempfile.mkdtemp()
docx_path = os.path.join(tmp, NAME + ".docx")
doc.core_properties.title = "中共德州市委办公室 德州市人民政府办公室关于印发《德州市优化营商环境三年行动方案（2023—2025年）》的通知"
doc.core_properties.author = "dzswbgs"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
shutil.rmtree(tmp)
print("saved", os.path.join(OUT_DIR, NAME + ".pdf"))
