"""Build tests/unseen16/notices/p4_yizhou_cansang_gongzuozhuanban.docx, blind test notice p4 (set 16).

河池市宜州区人民政府 (广西壮族自治区 河池市 宜州区) 2023 通知 setting up a 工作专班 for the 桑蚕茧丝绸 industry,
written with python-docx in a GB/T 9704 look: A4, margins 37/35/28/26 mm, red 版头 '河池市宜州区人民政府文件',
文号 over a red rule, a centred 小标宋 title, 仿宋 body with 一、(黑体) /（一）(楷体) headings, page numbers
'— N —' in the footer, signature and date, '（此件公开发布）', and a 版记 (抄送, 印发) between rules.

Traps: 组长/副组长 as label lines (副组长 with 兼 clauses, a 4-character compound-surname name 司徒建华 on a
continuation line), the 成员 as a Word table 姓名 | 单位 | 职务 with two-character names padded by U+3000 (韦　宁,
覃　敏, 罗　斌, 韦　颖), a 4-character name 欧阳春燕, a row whose 单位 cell holds unit and post glued with an
empty 职务 cell, a 职务 cell with 、, a last row with an empty 姓名 cell (a group member); the 专班 office with a
non-member deputy; four working groups whose numbered tasks each carry (责任单位：…；时限：…).

    .venv/bin/python tests/unseen16/build_p4.py   (from the project root)
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

OUT = Path(__file__).resolve().parent / "notices" / "p4_yizhou_cansang_gongzuozhuanban.docx"

XBS = "方正小标宋简体"
FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)


def set_font(run, name, size, bold=False, color=None):
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
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)


def para(doc, text, font=FANGSONG, size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, bold=False, color=None,
         line=28, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def mixed(doc, parts, indent=True):
    """A body paragraph whose leading words use another font (一、 headings inline)."""
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent)
    for text, font in parts:
        set_font(p.add_run(text), font, 16)
    return p


def bottom_border(p, color="E60012", size=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(size))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom(p, size=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(size))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), SONG, 14)
    run = p.add_run()
    set_font(run, SONG, 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._r.append(it)
    set_font(p.add_run(" —"), SONG, 14)


def cell_text(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=FANGSONG, size=14):
    cell.text = ""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(22)
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        if line:
            set_font(p.add_run(line), HEITI if bold else font, size)


def grid(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "4")
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "000000")
        borders.append(b)
    tblPr.append(borders)


def set_widths(table, widths_mm):
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm):
            cell.width = Mm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


MEMBERS = [
    ("韦　宁", "区人民政府办公室", "副主任"),
    ("覃　敏", "区发展和改革局", "局长"),
    ("蓝海燕", "区财政局", "副局长"),
    ("欧阳春燕", "区工业和信息化局", "局长"),
    ("黄德明", "区农业农村局", "党组成员、副局长"),
    ("罗　斌", "区林业局副局长", ""),
    ("莫秋菊", "区商务局", "局长"),
    ("谢文军", "区科学技术局", "局长"),
    ("韦桂芬", "区人力资源和社会保障局", "副局长"),
    ("覃耀宗", "区市场监督管理局", "副局长"),
    ("蒙启航", "区交通运输局", "副局长"),
    ("卢志坚", "河池市宜州生态环境局", "副局长"),
    ("吴秀娟", "区蚕业技术推广站", "副站长"),
    ("韦　颖", "区茧丝绸产业园区管委会", "副主任"),
    ("覃日新", "宜州区农村信用合作联社", "副主任"),
    ("黄柳青", "区融媒体中心", "主任"),
    ("", "各乡镇人民政府", "分管负责同志"),
]


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(20)
    page_number_footer(sec)
    normal = doc.styles["Normal"]
    normal.font.name = FANGSONG
    normal.font.size = Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FANGSONG)

    # 版头
    para(doc, "", indent=False, line=28)
    para(doc, "河池市宜州区人民政府文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, False, color=RED, line=60)
    para(doc, "", indent=False)
    p = para(doc, "宜政发〔2023〕12号", FANGSONG, 16, WD_ALIGN_PARAGRAPH.CENTER, False, after=6)
    bottom_border(p, size=18)
    para(doc, "", indent=False)

    # 标题
    para(doc, "河池市宜州区人民政府关于成立宜州区桑蚕茧丝绸", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
    para(doc, "产业高质量发展工作专班的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
    para(doc, "", indent=False)
    para(doc, "各乡镇人民政府，区直各有关单位：", indent=False)

    body = para
    body(doc, "为深入贯彻落实《广西壮族自治区人民政府办公厅关于加快推进桑蚕茧丝绸产业高质量发展的意见》"
              "（桂政办发〔2022〕61号）和《河池市推进桑蚕茧丝绸产业高质量发展三年行动方案（2023—2025年）》"
              "（河政办发〔2023〕8号）精神，推动我区桑蚕茧丝绸产业由“蚕茧大区”向“丝绸强区”转变，"
              "经区人民政府研究，决定成立宜州区桑蚕茧丝绸产业高质量发展工作专班（以下简称专班）。"
              "现将有关事项通知如下：")

    body(doc, "一、发展现状和目标", HEITI)
    body(doc, "2022年，全区桑园面积38.6万亩，鲜茧产量6.1万吨，鲜茧产量连续18年居全国县级首位；"
              "蚕农售茧收入27.4亿元，全区茧丝绸全产业链产值62.5亿元，其中丝绸加工产值18.3亿元。"
              "截至2022年底，全区共有蚕桑种养户8.2万户，缫丝企业23家，其中规模以上企业9家，拥有自动缫丝机156组。"
              "但产业链条短、精深加工能力弱、品牌影响力不强，丝绸终端产品占比偏低，产业“大而不强”的问题仍较突出。")
    body(doc, "到2025年，全区桑园面积稳定在40万亩以上，鲜茧产量达到7万吨，茧丝绸全产业链产值突破100亿元，"
              "培育规模以上茧丝绸加工企业15家以上，自动化缫丝设备占比达到80%以上，小蚕共育覆盖率达到90%。")

    body(doc, "二、专班组成", HEITI)
    body(doc, "组　长：韦建勇　　区委副书记、区长")
    body(doc, "副组长：覃丽芳　　副区长，兼区茧丝绸产业园区管委会主任")
    body(doc, "　　　　司徒建华　区委常委、副区长（挂职）")
    body(doc, "　　　　莫振华　　区农业农村局局长，兼区蚕业技术推广站站长")
    body(doc, "成　员：")

    table = doc.add_table(rows=1, cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid(table)
    hdr = table.rows[0]
    repeat_header(hdr)
    for cell, text in zip(hdr.cells, ("姓名", "单位", "职务")):
        cell_text(cell, text, bold=True)
    for name, unit, post in MEMBERS:
        row = table.add_row()
        cell_text(row.cells[0], name)
        cell_text(row.cells[1], unit, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(row.cells[2], post)
    set_widths(table, (32, 82, 42))

    body(doc, "专班下设办公室，办公室设在区农业农村局，负责专班日常工作。办公室主任由莫振华同志兼任，"
              "副主任由黄德明、吴秀娟同志和区农业农村局二级主任科员罗丽萍同志担任。"
              "专班成员因工作变动需要调整的，由接任同志自然替补，报专班办公室备案，不再另行发文。", before=6)

    body(doc, "三、工作职责", HEITI)
    body(doc, "专班的主要职责是：贯彻落实自治区、河池市关于桑蚕茧丝绸产业发展的决策部署，"
              "研究制定全区桑蚕茧丝绸产业发展规划和年度工作计划；统筹推进桑园基地建设、蚕茧生产、"
              "缫丝织绸和终端产品开发，研究解决产业发展中的重大问题；协调落实项目、资金、用地、金融等要素保障；"
              "督促检查各成员单位和各乡镇工作落实情况。")
    body(doc, "专班实行“月调度、季通报”工作机制，原则上由组长或组长委托的副组长召集，"
              "研究部署阶段性工作；遇有重大事项，可随时召开专题会议。"
              "专班下设4个工作组，各工作组按以下分工开展工作。")

    body(doc, "（一）综合协调组", KAITI)
    body(doc, "由韦宁同志任组长，区人民政府办公室牵头，区发展和改革局、区财政局参与。")
    body(doc, "1.建立专班月调度、季通报工作机制，汇总各工作组工作进展，每月5日前报专班办公室。"
              "（责任单位：区人民政府办公室；时限：每月5日前）")
    body(doc, "2.编制宜州区桑蚕茧丝绸产业高质量发展规划（2023—2030年），明确产业布局和重点项目。"
              "（责任单位：区发展和改革局；时限：2023年10月底前）")

    body(doc, "（二）产业发展组", KAITI)
    body(doc, "由黄德明同志任组长，区农业农村局牵头，区林业局、区蚕业技术推广站、各乡镇人民政府参与。")
    body(doc, "3.实施桑园提质增效工程，2023年完成低产桑园改造2万亩，新建标准化桑园0.5万亩。"
              "（责任单位：区农业农村局、区林业局、各乡镇人民政府；时限：2023年12月底前）")
    body(doc, "4.推广小蚕共育和省力化蚕台养蚕技术，新建小蚕共育室60个。"
              "（责任单位：区蚕业技术推广站；时限：2023年11月底前）")
    body(doc, "5.开展蚕桑实用技术培训，全年培训蚕农1万人次以上。"
              "（责任单位：区人力资源和社会保障局、区蚕业技术推广站；时限：2023年12月底前）")

    body(doc, "（三）招商引资组", KAITI)
    body(doc, "由莫秋菊同志任组长，区商务局牵头，区工业和信息化局、区茧丝绸产业园区管委会参与。")
    body(doc, "6.围绕缫丝、织绸、印染、服装家纺等环节开展精准招商，2023年引进茧丝绸精深加工项目5个以上，"
              "完成签约投资额20亿元。（责任单位：区商务局、区茧丝绸产业园区管委会；时限：2023年12月底前）")
    body(doc, "7.推动现有缫丝企业技术改造，对购置自动缫丝机的企业按设备购置额的20%给予补助，"
              "单个企业最高不超过100万元。（责任单位：区工业和信息化局、区财政局；时限：长期坚持）")

    body(doc, "8.组织企业参加中国—东盟博览会等重点展会，培育“宜州桑蚕”区域公用品牌，"
              "推动丝绸终端产品进商超、进电商平台。（责任单位：区商务局、区市场监督管理局；时限：每年9月底前）")

    body(doc, "（四）要素保障组", KAITI)
    body(doc, "由覃敏同志任组长，区发展和改革局牵头，区财政局、区自然资源局、宜州区农村信用合作联社参与。")
    body(doc, "9.保障茧丝绸产业园区建设用地，2023年新增供应工业用地300亩。"
              "（责任单位：区自然资源局；时限：2023年12月底前）")
    body(doc, "10.推出“桑蚕贷”专项信贷产品，全年发放贷款不少于3亿元。"
              "（责任单位：宜州区农村信用合作联社；时限：2023年12月底前）")
    body(doc, "11.加强缫丝企业污水处理设施监管，确保废水稳定达标排放。"
              "（责任单位：河池市宜州生态环境局；时限：持续推进）")
    body(doc, "12.统筹整合涉农资金，2023年安排桑蚕产业发展资金不少于3000万元，重点支持桑园改造、小蚕共育和缫丝技改。"
              "（责任单位：区财政局、区农业农村局；时限：2023年12月底前）")

    body(doc, "四、工作要求", HEITI)
    body(doc, "（一）压实责任。", KAITI)
    body(doc, "各成员单位要把桑蚕茧丝绸产业高质量发展作为推进乡村振兴的重要抓手，主要负责同志亲自研究部署，"
              "确保各项任务按时完成。")
    body(doc, "（二）强化督办。", KAITI)
    body(doc, "专班办公室要加强跟踪督办，对工作滞后的单位及时提醒、通报，重大情况及时报告区人民政府。")
    body(doc, "（三）加强宣传。", KAITI)
    body(doc, "区融媒体中心要会同各乡镇人民政府，深入宣传桑蚕茧丝绸产业扶持政策和先进典型，"
              "营造全社会关心支持产业发展的良好氛围。")
    body(doc, "（四）严格考核。", KAITI)
    body(doc, "专班将桑蚕茧丝绸产业发展工作纳入各乡镇和区直有关单位年度绩效考评，考评结果作为评先评优的重要依据。")

    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, "河池市宜州区人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Mm(14)
    para(doc, "2023年5月10日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Mm(18)
    para(doc, "（此件公开发布）", indent=True)

    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, "抄送：区委各部门，区人大常委会办公室，区政协办公室，区人武部，区法院，区检察院。",
             FANGSONG, 14, indent=False)
    top_bottom(p)
    p.paragraph_format.left_indent = Mm(5)
    p = para(doc, "河池市宜州区人民政府办公室　　　　　　　　2023年5月11日印发", FANGSONG, 14, indent=False)
    bottom_border(p, color="000000", size=8)
    p.paragraph_format.left_indent = Mm(5)

    props = doc.core_properties
    props.author = "yzqzfb"
    props.title = ""
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    build()
