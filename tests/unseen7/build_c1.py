"""Build /work/blind7/notices/c1_anyang_air_quality_plan.pdf, a blind test notice.

安阳市人民政府办公室 (河南省 安阳市) 2023 通知 issuing 安阳市空气质量持续改善三年行动方案（2023—2025年）.
Written as a DOCX with python-docx in a GB/T 9704 look (red 版头, 文号, red line, centred title,
一、/（一）/1. headings), then converted to PDF with LibreOffice:

    /work/main/.venv/bin/python /work/blind7/build_c1.py

Traps: interim targets under 其中 (2023 / 2024), 分别 with three values (10、35、50毫克/立方米), a bare
target cell in an indicator table with units in a column (万吨), non-numeric cells (稳中有降, 完成省下达任务,
—), actuals of change (较2020年下降13.8%), supports (按改造投资额的10%…最高不超过1000万元), a 重点任务分工表
with 牵头单位/配合单位/完成时限 that breaks across pages (header row repeated), deadlines 每年10月底前,
2023—2025年, 每季度, 长期坚持. Gold: /work/blind7/gold/c1.json (for the PDF).
"""
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ALIGN_VERTICAL
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE / "notices"
DOCX = OUT_DIR / "c1_anyang_air_quality_plan.docx"

FANGSONG = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEITI = "黑体"
KAITI = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)


def set_font(run, name=FANGSONG, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, text, font=FANGSONG, size=16, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True,
         color=None, line=28, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    set_font(p.add_run(text), font, size, bold, color)
    return p


def mixed(doc, parts, indent=True):
    """A body paragraph whose first part is a run-in heading in another font."""
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent)
    for text, font, bold in parts:
        set_font(p.add_run(text), font, 16, bold)
    return p


def h1(doc, text):
    return para(doc, text, HEITI)


def h2(doc, text):
    return para(doc, text, KAITI)


def item(doc, head, body):
    return mixed(doc, [(head, FANGSONG, True), (body, FANGSONG, False)])


def bottom_border(p, color="E60012", size=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(size))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_rule(p, which, size=8):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + which)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(size))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def footer_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    set_font(run, "宋体", 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    set_font(p.add_run(" —"), "宋体", 14)


def cell_text(cell, text, size=12, bold=False, font=FANGSONG, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    set_font(p.add_run(text), font, size, bold)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblpr = table._tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(int(sum(widths) * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = Cm(w)


# ---------------------------------------------------------------------------------------------
def grid(doc, headers):
    """A centred grid table with its header row in 黑体."""
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, headers):
        cell_text(c, h, 12, True, HEITI)
    return t


def fangsong_body(doc):
    """The body text of a GB/T 9704 notice: 仿宋_GB2312, 三号 (16 pt)."""
    normal = doc.styles["Normal"]
    normal.font.name = FANGSONG
    normal.font.size = Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FANGSONG)


def save_pdf(doc, docx_path, author):
    """Save the DOCX, turn it into a PDF beside it through LibreOffice, and remove the DOCX."""
    core = doc.core_properties
    core.author = author
    core.title = ""
    docx_path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(docx_path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(docx_path.parent), str(docx_path)],
                   check=True)
    docx_path.unlink()


INDICATORS = (
    # 序号, 指标, 单位, 2022年基数, 2025年目标, 属性
    ("1", "细颗粒物（PM2.5）平均浓度", "微克/立方米", "56", "≤46", "约束性"),
    ("2", "可吸入颗粒物（PM10）平均浓度", "微克/立方米", "95", "≤80", "预期性"),
    ("3", "空气质量优良天数比率", "%", "55.6", "≥66", "约束性"),
    ("4", "重污染天数", "天", "15", "≤5", "约束性"),
    ("5", "臭氧（O3）日最大8小时平均第90百分位浓度", "微克/立方米", "192", "稳中有降", "预期性"),
    ("6", "单位地区生产总值二氧化碳排放累计降幅（较2020年）", "%", "8.3", "19.5", "约束性"),
    ("7", "煤炭消费总量", "万吨", "1985", "完成省下达任务", "约束性"),
    ("8", "新能源汽车新车销量占比", "%", "21.5", "40", "预期性"),
    ("9", "清洁取暖率", "%", "93.5", "100", "约束性"),
)

TASKS = (
    # 重点任务, 牵头单位, 配合单位, 完成时限
    ("严格落实“两高”项目会商联审机制，新改扩建“两高”项目严格执行产能、煤耗、能耗、碳排放、污染物排放等量或减量替代",
     "市发展改革委", "市工业和信息化局、市生态环境局", "持续推进"),
    ("全面完成安阳钢铁集团有限责任公司等钢铁企业有组织排放、无组织排放和清洁运输超低排放改造及评估监测",
     "市工业和信息化局", "市生态环境局、殷都区人民政府、龙安区人民政府", "2024年12月底前"),
    ("完成水泥、焦化行业12家企业超低排放改造",
     "市生态环境局", "市工业和信息化局、各县（市、区）人民政府", "2023年12月底前"),
    ("全面排查涉气产业集群，制定“一群一策”整治提升方案并组织实施",
     "市工业和信息化局", "市生态环境局、市市场监管局、各县（市、区）人民政府", "2023年9月底前"),
    ("严格控制煤炭消费总量，新建、改建、扩建耗煤项目实行煤炭减量替代",
     "市发展改革委", "市工业和信息化局、市生态环境局、市统计局", "2023—2025年"),
    ("推进农村地区清洁取暖改造，做好采暖季气源电源保障",
     "市发展改革委", "市住房城乡建设局、市财政局、国网安阳供电公司", "每年10月底前"),
    ("加快林州、汤阴、内黄等地风电、光伏发电项目建设，推进电网配套工程",
     "市发展改革委", "市自然资源和规划局、国网安阳供电公司", "2025年12月底前"),
    ("推进重点企业铁路专用线建设，提升大宗货物清洁运输比例",
     "市交通运输局", "市发展改革委、市工业和信息化局、中国铁路郑州局集团有限公司安阳车务段", "2025年12月底前"),
    ("基本淘汰国三及以下排放标准营运柴油货车，落实国四营运柴油货车提前淘汰补贴政策",
     "市交通运输局", "市公安局、市生态环境局、市商务局、市财政局", "2024年12月底前"),
    ("开展重型柴油货车路检路查和入户抽测，严厉查处超标排放车辆",
     "市生态环境局", "市公安局、市交通运输局", "每季度"),
    ("强化施工工地、道路、裸露地面和物料堆场扬尘管控，提高道路机械化清扫水平",
     "市住房城乡建设局", "市城市管理局、市交通运输局、市水利局、市自然资源和规划局", "持续推进"),
    ("推进秸秆综合利用，落实秸秆禁烧网格化监管",
     "市农业农村局", "市生态环境局、各县（市、区）人民政府", "长期坚持"),
    ("完成120家涉VOCs企业源头替代和治理提升，开展储油库、加油站油气回收专项检查",
     "市生态环境局", "市工业和信息化局、市商务局、市市场监管局", "2023年12月底前"),
    ("修订重污染天气应急预案，更新应急减排清单",
     "市生态环境局", "市气象局、市工业和信息化局", "每年9月底前"),
    ("开展重点行业环境绩效创A晋B行动，培育绩效引领性企业",
     "市生态环境局", "市工业和信息化局、市发展改革委", "2025年12月底前"),
    ("制定大气污染防治专项资金管理办法，落实超低排放改造奖补和环境绩效分级奖励政策",
     "市财政局", "市生态环境局、市工业和信息化局", "2023年10月底前"),
    ("完善空气质量监测网络，实现乡镇（街道）空气质量自动监测站全覆盖",
     "市生态环境局", "市财政局、各县（市、区）人民政府", "2024年6月底前"),
    ("建立空气质量改善目标考核和约谈问责机制，按月通报各县（市、区）空气质量排名",
     "市生态环境局", "市委督查局", "2023年8月底前"),
)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    footer_page_number(sec)
    normal = doc.styles["Normal"]
    normal.font.name = FANGSONG
    normal.font.size = Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FANGSONG)

    C = WD_ALIGN_PARAGRAPH.CENTER
    R = WD_ALIGN_PARAGRAPH.RIGHT
    L = WD_ALIGN_PARAGRAPH.LEFT

    # 版头
    para(doc, "安阳市人民政府办公室文件", XBS, 36, True, C, False, RED, line=48, before=30, after=24)
    p = para(doc, "安政办〔2023〕27号", FANGSONG, 16, False, C, False, line=28, after=6)
    bottom_border(p)
    para(doc, "", indent=False)

    para(doc, "安阳市人民政府办公室", XBS, 22, False, C, False, line=36)
    para(doc, "关于印发安阳市空气质量持续改善", XBS, 22, False, C, False, line=36)
    para(doc, "三年行动方案（2023—2025年）的通知", XBS, 22, False, C, False, line=36, after=16)

    para(doc, "各县（市、区）人民政府，市城乡一体化示范区管委会、安阳高新区管委会，市人民政府各部门：",
         indent=False)
    para(doc, "《安阳市空气质量持续改善三年行动方案（2023—2025年）》已经市政府同意，现印发给你们，"
              "请结合实际，认真贯彻落实。")
    para(doc, "")
    para(doc, "")
    para(doc, "安阳市人民政府办公室", align=R, indent=False)
    para(doc, "2023年7月18日", align=R, indent=False)
    para(doc, "（此件公开发布）", indent=True)

    # 方案
    p = para(doc, "安阳市空气质量持续改善三年行动方案", XBS, 22, False, C, False, line=36)
    p.paragraph_format.page_break_before = True
    para(doc, "（2023—2025年）", XBS, 22, False, C, False, line=36, after=16)

    para(doc, "为深入贯彻习近平生态文明思想，全面落实《中共中央 国务院关于深入打好污染防治攻坚战的意见》"
              "《“十四五”节能减排综合工作方案》（国发〔2021〕33号）和《河南省“十四五”生态环境保护和生态经济发展规划》"
              "（豫政〔2021〕44号）部署要求，持续改善全市环境空气质量，切实保障人民群众身体健康，"
              "依据《中华人民共和国大气污染防治法》等法律法规，结合我市实际，制定本方案。")

    h1(doc, "一、总体要求")
    mixed(doc, [("（一）指导思想。", KAITI, False),
                ("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持稳中求进工作总基调，"
                 "以改善空气质量为核心，以减少重污染天气和解决人民群众身边的突出大气环境问题为重点，"
                 "以降低细颗粒物（PM2.5）浓度为主线，统筹推进产业、能源、交通运输结构调整和面源污染治理，"
                 "协同推进降碳、减污、扩绿、增长，推动全市空气质量持续改善。", FANGSONG, False)])
    mixed(doc, [("（二）基本原则。", KAITI, False),
                ("坚持系统观念、统筹推进，坚持精准治污、科学治污、依法治污，坚持源头防控、标本兼治，"
                 "坚持政府主导、企业主体、全民参与，推动形成齐抓共管、协同治污的工作格局。", FANGSONG, False)])

    h1(doc, "二、现状与目标")
    mixed(doc, [("（一）现状。", KAITI, False),
                ("近年来，全市上下深入打好蓝天保卫战，大气环境质量持续改善。2022年，全市PM2.5平均浓度较2020年下降13.8%，"
                 "优良天数较2020年增加21天。但我市产业结构偏重、能源结构偏煤、运输结构偏公路的状况尚未根本改变，"
                 "PM2.5浓度仍居全省前列，臭氧污染问题日益凸显，空气质量持续改善任务依然艰巨。", FANGSONG, False)])
    mixed(doc, [("（二）主要目标。", KAITI, False),
                ("到2025年，全市PM2.5平均浓度、优良天数比率、重污染天数等主要指标完成省下达目标任务，"
                 "具体指标见附件1。其中，2023年，全市PM2.5平均浓度控制在53微克/立方米以下，优良天数比率达到58%以上，"
                 "重污染天数控制在12天以内；2024年，全市PM2.5平均浓度控制在50微克/立方米以下，优良天数比率达到62%以上，"
                 "重污染天数控制在8天以内。到2025年，全市氮氧化物和挥发性有机物（VOCs）排放总量较2022年分别下降12%、10%以上。",
                 FANGSONG, False)])

    h1(doc, "三、重点任务")
    h2(doc, "（一）优化产业结构，推动产业绿色低碳升级")
    item(doc, "1.坚决遏制高耗能、高排放、低水平项目盲目上马。",
         "严格落实国家和省产业规划、产业政策、“三线一单”、规划环评以及产能置换、煤炭消费减量替代、区域污染物削减等要求，"
         "新改扩建项目原则上达到环境绩效A级或国内清洁生产先进水平。严禁新增钢铁、焦化、水泥熟料、平板玻璃、电解铝、"
         "氧化铝、煤化工产能。")
    item(doc, "2.推进重点行业超低排放改造。",
         "2024年底前，全市钢铁企业全面完成有组织排放、无组织排放和清洁运输超低排放改造，有组织排放颗粒物、二氧化硫、"
         "氮氧化物小时均值排放浓度分别不高于10、35、50毫克/立方米。2023年底前，完成水泥、焦化行业超低排放改造企业12家。"
         "改造完成后未稳定达到超低排放水平的，不得享受相关优惠政策。")
    item(doc, "3.开展传统产业集群升级改造。",
         "全面排查耐火材料、铸造、石灰窑、再生塑料等涉气产业集群，制定“一群一策”整治提升方案，淘汰关停一批、搬迁入园一批、"
         "就地改造一批、做优做强一批。到2025年，完成60个以上涉气产业集群整治提升。")

    h2(doc, "（二）优化能源结构，加快能源清洁低碳高效发展")
    item(doc, "4.严格控制煤炭消费。",
         "到2025年，全市煤炭消费量较2020年下降10%左右，煤炭消费量占能源消费总量比重降至65%以下。"
         "新建、改建、扩建耗煤项目一律实行煤炭减量替代，不得将使用石油焦、焦炭、兰炭等高污染燃料作为煤炭减量替代措施。")
    item(doc, "5.积极稳妥推进清洁取暖。",
         "按照“宜电则电、宜气则气、宜热则热”原则，2023年10月底前，完成农村地区清洁取暖改造1.2万户；"
         "到2025年，全市平原地区基本完成散煤替代。加强清洁取暖运行保障，防止散煤复烧。")
    item(doc, "6.大力发展新能源和清洁能源。",
         "加快林州、汤阴、内黄等地风电、光伏发电项目建设，到2025年，全市可再生能源发电装机容量达到350万千瓦以上，"
         "非化石能源占能源消费总量比重达到12%。")

    h2(doc, "（三）优化交通结构，大力发展绿色运输体系")
    item(doc, "7.提升大宗货物清洁运输水平。",
         "加快重点企业铁路专用线建设，推动大宗货物“公转铁”，到2025年，全市钢铁、焦化、电力等重点行业大宗货物清洁运输比例"
         "达到80%以上。")
    item(doc, "8.加快机动车结构升级。",
         "2024年底前，基本淘汰国三及以下排放标准营运柴油货车。新增或更新的城市公交车、出租车、环卫车辆、邮政快递车辆中"
         "新能源汽车比例不低于80%。对提前淘汰国四排放标准营运柴油货车的，按照每辆车最高不超过3万元的标准给予补贴。")
    item(doc, "9.强化非道路移动机械综合治理。",
         "加强非道路移动机械编码登记，划定并动态调整高排放非道路移动机械禁用区。到2025年，基本淘汰第一阶段及以下排放标准的"
         "非道路移动机械。")

    h2(doc, "（四）强化面源污染治理，提升精细化管理水平")
    item(doc, "10.深化扬尘污染综合治理。",
         "严格落实施工工地“六个百分之百”扬尘防治要求，推行绿色施工。到2025年，城市建成区道路机械化清扫率达到95%以上，"
         "县城达到85%以上。")
    item(doc, "11.加强秸秆综合利用和禁烧。",
         "坚持疏堵结合，推进秸秆肥料化、饲料化、能源化利用，到2025年，全市秸秆综合利用率稳定在92%以上。")

    h2(doc, "（五）强化多污染物协同减排")
    item(doc, "12.强化VOCs全流程综合治理。",
         "大力推进低（无）VOCs含量原辅材料替代，2023年底前，完成120家涉VOCs企业源头替代和治理提升。"
         "加强储油库、加油站和油罐车油气回收治理。")
    item(doc, "13.推进大气氨污染防控。",
         "推广氮肥机械化深施和低蛋白日粮技术，加强养殖场氨排放控制，探索开展大气氨排放监测。")

    h2(doc, "（六）完善重污染天气应对机制")
    item(doc, "14.实施环境绩效分级管理。",
         "持续开展重点行业绩效分级，到2025年，全市A级、B级和绩效引领性企业达到60家以上。")
    item(doc, "15.完善重污染天气应急预案。",
         "健全市、县两级重污染天气应急预案体系，动态更新应急减排清单，确保应急减排措施可操作、可核查、可监测。")

    h2(doc, "（七）强化政策支持")
    item(doc, "16.加大资金奖补力度。",
         "对2024年底前完成超低排放改造并通过评估监测的企业，由市财政按照改造投资额的10%给予奖补，单个企业奖补资金最高不超过"
         "1000万元。对新评为环境绩效A级的企业，一次性奖励50万元；新评为B级的企业，一次性奖励20万元。")

    h1(doc, "四、保障措施")
    mixed(doc, [("（一）加强组织领导。", KAITI, False),
                ("市生态环境保护委员会统筹推进全市空气质量持续改善工作。各县（市、区）人民政府对本行政区域空气质量负总责，"
                 "市直有关部门按照“管发展必须管环保、管生产必须管环保、管行业必须管环保”的要求，落实部门责任，"
                 "重点任务分工见附件2。", FANGSONG, False)])
    mixed(doc, [("（二）加大资金投入。", KAITI, False),
                ("市财政每年安排大气污染防治专项资金不少于1亿元，重点支持超低排放改造、清洁取暖、老旧车辆淘汰和监测能力建设。"
                 "积极争取中央和省大气污染防治资金支持。", FANGSONG, False)])
    mixed(doc, [("（三）严格考核问责。", KAITI, False),
                ("将空气质量改善目标完成情况纳入各县（市、区）和市直有关部门年度目标考核，对工作推进不力、空气质量改善目标"
                 "未完成的，依规依纪依法进行约谈问责。", FANGSONG, False)])
    mixed(doc, [("（四）强化科技支撑。", KAITI, False),
                ("深化大气污染成因与来源解析，推进“一市一策”驻点跟踪研究，提升精准治污、科学治污水平。", FANGSONG, False)])
    mixed(doc, [("（五）加强宣传引导。", KAITI, False),
                ("加强政策解读和信息公开，曝光典型环境违法案件，倡导绿色低碳生产生活方式，营造全社会共同参与的良好氛围。",
                 FANGSONG, False)])

    para(doc, "")
    para(doc, "附件：1．安阳市空气质量持续改善主要指标", indent=True)
    para(doc, "　　　2．安阳市空气质量持续改善三年行动重点任务分工表", indent=True)

    # 附件1
    p = para(doc, "附件1", HEITI, 16, False, L, False)
    p.paragraph_format.page_break_before = True
    para(doc, "安阳市空气质量持续改善主要指标", XBS, 20, False, C, False, line=36, after=12)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, ("序号", "指标", "单位", "2022年基数", "2025年目标", "指标属性")):
        cell_text(c, h, 12, True, HEITI)
    for row in INDICATORS:
        cells = t.add_row().cells
        for i, (c, v) in enumerate(zip(cells, row)):
            cell_text(c, v, 12, align=WD_ALIGN_PARAGRAPH.LEFT if i == 1 else WD_ALIGN_PARAGRAPH.CENTER)
    set_widths(t, (1.2, 6.0, 2.6, 2.0, 2.0, 1.8))
    para(doc, "注：第6项为累计降幅，以2020年为基年；煤炭消费总量目标以省下达任务为准。", FANGSONG, 12, indent=False, line=20,
         before=4)

    # 附件2
    p = para(doc, "附件2", HEITI, 16, False, L, False)
    p.paragraph_format.page_break_before = True
    para(doc, "安阳市空气质量持续改善三年行动重点任务分工表", XBS, 20, False, C, False, line=36, after=12)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")):
        cell_text(c, h, 12, True, HEITI)
    repeat_header(t.rows[0])
    for n, (task, lead, partner, due) in enumerate(TASKS, 1):
        cells = t.add_row().cells
        cell_text(cells[0], str(n), 12)
        cell_text(cells[1], task, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(cells[2], lead, 12)
        cell_text(cells[3], partner, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(cells[4], due, 12)
    set_widths(t, (1.1, 6.1, 2.7, 3.8, 1.9))

    # 版记
    para(doc, "")
    p = para(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，安阳军分区，市监委，市法院，市检察院。",
             FANGSONG, 14, indent=False, line=24, before=12)
    top_bottom_rule(p, "top", 8)
    top_bottom_rule(p, "bottom", 4)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False, 24)
    set_font(p.add_run("安阳市人民政府办公室　　　　　　　　　2023年7月19日印发"), FANGSONG, 14)
    top_bottom_rule(p, "bottom", 8)

    core = doc.core_properties
    core.author = "ayzfb"
    core.title = ""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    doc.save(DOCX)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT_DIR), str(DOCX)],
                   check=True)
    DOCX.unlink()  # the gold is for the PDF; the script rebuilds the DOCX


if __name__ == "__main__":
    build()
