import os
# Build notices/ah2_shunde_cunjigongyeyuan_gaizao_fangan.docx
# Run with the project's .venv python: build_ah2.py
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.join(os.path.join(os.path.dirname(os.path.abspath(__file__)), "notices"), "ah2_shunde_cunjigongyeyuan_gaizao_fangan.docx")

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

st = doc.styles["Normal"]
st.font.name = "仿宋_GB2312"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")


def run_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(text="", font="仿宋_GB2312", size=16, bold=False, align=None, indent=True, color=None, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(space_after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        run_font(p.add_run(text), font, size, bold, color)
    return p


def mixed(parts, indent=True):
    """parts: list of (text, font, bold)"""
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(28)
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    for text, font, bold in parts:
        run_font(p.add_run(text), font, 16, bold)
    return p


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def red_rule():
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "18")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "FF0000")
    bdr.append(bottom)
    ppr.append(bdr)


def set_cell(cell, text, bold=False, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, font="仿宋_GB2312"):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    run_font(p.add_run(text), "黑体" if bold else font, size, False)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


# ---- footer page numbers "— N —"
def add_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
    run_font(p.add_run(" —"), "宋体", 14)


add_page_number(sec)

# ================= cover notice =================
para("佛山市顺德区人民政府办公室文件", "方正小标宋简体", 30, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color=(0xE0, 0, 0))
para("", indent=False)
para("顺府办发〔2023〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
red_rule()
para("", indent=False)
para("佛山市顺德区人民政府办公室关于印发顺德区", "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para("村级工业园升级改造攻坚行动实施方案", "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para("（2023—2025年）的通知", "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para("", indent=False)
para("各镇人民政府（街道办事处），区有关单位：", indent=False)
para("《顺德区村级工业园升级改造攻坚行动实施方案（2023—2025年）》已经区人民政府同意，现印发给你们，请认真组织实施。实施过程中遇到的问题，请径向区村级工业园升级改造指挥部办公室反映。")
para("", indent=False)
para("佛山市顺德区人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para("2023年3月28日　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para("（公开方式：主动公开）")
page_break()

# ================= the plan =================
para("顺德区村级工业园升级改造攻坚行动实施方案", "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para("（2023—2025年）", "楷体_GB2312", 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para("", indent=False)
para("为深入贯彻落实《广东省人民政府关于深化改革加快推动“三旧”改造促进高质量发展的指导意见》（粤府〔2019〕71号）和《佛山市人民政府办公室关于加快推进村级工业园升级改造的实施意见》（佛府办〔2020〕8号）精神，持续深化村级工业园升级改造，拓展制造业高质量发展空间，建设国家制造业高质量发展试验区，结合我区实际，制定本方案。")

para("一、工作基础", "黑体")
para("2018年以来，我区以村级工业园升级改造为“头号工程”，推动土地连片整理、产业集聚发展。截至2022年底，全区累计启动改造村级工业园352个，拆除整理土地4.6万亩，新建高标准厂房1020万平方米，引进优质产业项目610个。但全区仍有约6.8万亩村级工业园未完成改造，存在用地零散、容积率低、安全隐患多、产出效益不高等问题，改造任务依然艰巨。当前，粤港澳大湾区建设深入推进，制造业转型升级和产业链重构加快，对产业空间的规模、质量和集约程度提出了更高要求，必须以更大力度、更实举措推动村级工业园升级改造攻坚。")

para("二、总体要求", "黑体")
mixed([("（一）指导思想。", "楷体_GB2312", False),
       ("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入落实省委“1310”具体部署和市委工作要求，坚持制造业当家，以村级工业园升级改造为抓手，推动产业空间重构、产业结构优化和城乡面貌提升，为建设国家制造业高质量发展试验区提供坚实空间保障。", "仿宋_GB2312", False)])
mixed([("（二）基本原则。", "楷体_GB2312", False),
       ("坚持规划引领、连片改造，避免“碎片化”改造；坚持产业优先、提质增效，严守工业用地规模底线；坚持政府主导、多方共赢，充分保障村（社区）集体经济组织和村民合法权益；坚持依法依规、安全稳妥，防范化解改造过程中的各类风险。", "仿宋_GB2312", False)])

para("三、工作目标", "黑体")
para("2023—2025年，全区累计拆除整理村级工业园土地3万亩以上，其中2023年1.2万亩、2024年1万亩、2025年0.8万亩；新增连片产业用地1.5万亩以上，其中百亩以上连片产业用地不少于30宗；新建高标准厂房不少于800万平方米。新建工业项目容积率原则上不低于2.0，改造后园区亩均税收达到30万元以上，工业投资年均增长10%以上。2023年各镇（街道）拆除整理任务详见附件2。")

para("四、主要任务", "黑体")
mixed([("（一）强化规划引领。", "楷体_GB2312", False),
       ("坚持“先规划、后改造”，统筹村级工业园改造与国土空间规划、产业发展规划，划定工业用地保护红线，严控工业用地转为经营性用地，确保全区工业用地面积保持在稳定水平。", "仿宋_GB2312", False)])
mixed([("（二）推进连片整理。", "楷体_GB2312", False),
       ("坚持“拆除整理为先”，以“政府主导、集体主体、市场参与”方式推进土地整备，推动零散用地整合归宗，打造一批千亩级产业集聚区和百亩级产业社区。", "仿宋_GB2312", False)])
mixed([("（三）加快项目导入。", "楷体_GB2312", False),
       ("坚持“先招商、后改造”，围绕家电、机器人、智能制造装备等主导产业开展精准招商，严格项目准入，新引进项目固定资产投资强度不低于每亩500万元。", "仿宋_GB2312", False)])
mixed([("（四）保障集体权益。", "楷体_GB2312", False),
       ("尊重村（社区）集体经济组织和村民意愿，改造方案须经村（社区）集体经济组织成员大会或成员代表会议表决，获得三分之二以上成员或者成员代表同意后方可实施。", "仿宋_GB2312", False)])
mixed([("（五）提升园区品质。", "楷体_GB2312", False),
       ("按照现代产业社区标准同步规划建设道路、供水、供电、污水处理、公共停车、员工宿舍等配套设施，配套设施计容建筑面积不超过项目总计容建筑面积的15%，严禁以配套为名变相建设商品住宅。", "仿宋_GB2312", False)])
mixed([("（六）守牢安全底线。", "楷体_GB2312", False),
       ("严格落实拆除施工、消防、危险化学品等安全管理责任，拆除工程实行“一项目一方案”，对拆除、建设全过程开展安全巡查，坚决防范生产安全事故和群体性事件。", "仿宋_GB2312", False)])
para("上述任务的具体分工见附件1。")

para("五、奖励扶持", "黑体")
mixed([("（一）拆除整理奖励。", "楷体_GB2312", False),
       ("对按年度计划完成拆除整理任务的镇（街道），区财政按拆除整理面积每亩3万元给予奖励；提前完成年度任务的，每亩再奖励5000元。单个镇（街道）年度奖励资金最高不超过1.2亿元。", "仿宋_GB2312", False)])
mixed([("（二）连片整备奖励。", "楷体_GB2312", False),
       ("对整备形成单宗面积100亩以上连片产业用地的，在拆除整理奖励基础上，按每亩1万元给予额外奖励。", "仿宋_GB2312", False)])
mixed([("（三）村集体过渡补助。", "楷体_GB2312", False),
       ("对因改造导致租金收入减少的村（社区）集体经济组织，按拆除整理面积每亩2000元给予一次性过渡补助，单个村（社区）补助最高500万元。", "仿宋_GB2312", False)])
mixed([("（四）高标准厂房建设奖励。", "楷体_GB2312", False),
       ("对容积率达到2.0以上的新建厂房项目，按计容建筑面积每平方米100元给予奖励；容积率达到3.0以上的，奖励标准提高至每平方米150元。单个项目奖励最高1000万元。", "仿宋_GB2312", False)])
mixed([("（五）企业搬迁过渡支持。", "楷体_GB2312", False),
       ("对因园区改造需搬迁的规模以上工业企业，按过渡期间实际租金的50%给予租金补贴，补贴期限不超过2年，单个企业每年补贴最高100万元。", "仿宋_GB2312", False)])
mixed([("（六）资金分担。", "楷体_GB2312", False),
       ("上述奖励补助资金由区财政承担60%、镇（街道）财政承担40%。奖补资金按季度审核拨付。对弄虚作假骗取奖补资金的，由区财税局依法追回资金，3年内取消其申报资格；构成犯罪的，依法追究刑事责任。", "仿宋_GB2312", False)])

para("六、保障措施", "黑体")
mixed([("（一）加强组织领导。", "楷体_GB2312", False),
       ("区村级工业园升级改造指挥部统筹推进全区改造工作，指挥部办公室设在区经济和科技促进局，负责日常协调、督办和考核。各镇（街道）要成立相应工作机构，落实“一园一策”。", "仿宋_GB2312", False)])
mixed([("（二）强化要素保障。", "楷体_GB2312", False),
       ("区财税局要统筹安排村级工业园升级改造专项资金，每年安排不少于15亿元；佛山市自然资源局顺德分局要优先保障改造项目用地指标。", "仿宋_GB2312", False)])
mixed([("（三）严格督查考核。", "楷体_GB2312", False),
       ("将村级工业园升级改造工作纳入镇（街道）年度绩效考核，实行“月通报、季督查、年考核”，对工作推进不力的镇（街道）予以约谈。", "仿宋_GB2312", False)])
mixed([("（四）加强宣传引导。", "楷体_GB2312", False),
       ("充分利用各类媒体宣传村级工业园升级改造的政策措施和典型案例，及时回应社会关切，营造全社会支持改造、参与改造的良好氛围。", "仿宋_GB2312", False)])

para("七、实施步骤", "黑体")
mixed([("（一）动员部署阶段（2023年4月底前）。", "楷体_GB2312", False),
       ("各镇（街道）制定本辖区攻坚行动方案，梳理年度改造项目清单，报区指挥部办公室备案。", "仿宋_GB2312", False)])
mixed([("（二）全面攻坚阶段（2023年5月—2025年6月）。", "楷体_GB2312", False),
       ("按照年度任务全面推进拆除整理、土地整备、项目导入和厂房建设，定期开展督导检查。", "仿宋_GB2312", False)])
mixed([("（三）总结验收阶段（2025年7月—12月）。", "楷体_GB2312", False),
       ("对攻坚行动完成情况进行全面评估验收，总结推广经验做法，建立村级工业园改造长效机制。", "仿宋_GB2312", False)])
para("本方案自印发之日起施行，有效期至2025年12月31日。")
para("", indent=False)
para("附件：1．顺德区村级工业园升级改造攻坚行动任务分工表")
para("2．2023年各镇（街道）村级工业园拆除整理任务表", indent=False).paragraph_format.left_indent = Pt(80)

# ================= attachment 1: task table =================
page_break()
para("附件1", "黑体", indent=False)
para("顺德区村级工业园升级改造攻坚行动任务分工表", "方正小标宋简体", 18, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

rows = [
    ("1", "编制全区村级工业园升级改造专项规划，划定工业用地保护红线，明确改造时序和产业方向。", "佛山市自然资源局顺德分局", "区发展和改革局、区经济和科技促进局", "2023年6月底前"),
    ("2", "开展村级工业园土地权属核查和不动产确权登记，建立问题地块处置清单。", None, "各镇人民政府（街道办事处）", "2023年9月底前"),
    ("3", "完善“标图建库”动态更新机制，及时将符合条件的地块纳入改造范围。", None, "区村级工业园升级改造指挥部办公室", "每季度"),
    ("4", "优化“工改工”项目规划审批，新建工业项目容积率原则上不低于2.0，推行“带方案出让”。", None, "区住房城乡建设和水利局", "持续推进"),
    ("5", "制定产业准入标准和项目遴选办法，建立项目评审专家库。", "区经济和科技促进局", "区发展和改革局、区市场监督管理局", "2023年5月底前"),
    ("6", "建立改造园区招商项目库，每年引进优质产业项目不少于150个。", None, "区投资促进局、各镇人民政府（街道办事处）", "每年"),
    ("7", "推动改造后园区数字化、智能化管理，建设智慧园区管理平台。", None, "区政务服务数据管理局", "2025年12月底前"),
    ("8", "制定村级工业园升级改造奖补资金管理办法，明确申报、审核和拨付程序。", "区财税局", "区经济和科技促进局、区审计局", "2023年4月底前"),
    ("9", "组织实施拆除整理，完成年度拆除整理任务。", "各镇人民政府（街道办事处）", "区村级工业园升级改造指挥部办公室", "2025年12月底前"),
    ("10", "做好村（社区）集体经济组织表决和过渡期收益保障工作。", None, "区农业农村局", "持续推进"),
    ("11", "开展园区环境整治，清理整治“散乱污”企业。", "佛山市生态环境局顺德分局", "各镇人民政府（街道办事处）、区市场监督管理局", "2024年12月底前"),
    ("12", "建立改造项目“红黄绿灯”督办机制，通报各镇（街道）改造进度。", "区村级工业园升级改造指挥部办公室", "区委督查室、区政府督查室", "每月"),
]
tbl = doc.add_table(rows=1, cols=5)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Cm(1.2), Cm(6.6), Cm(3.2), Cm(3.6), Cm(2.4)]
for i, h in enumerate(["序号", "任务", "牵头单位", "配合单位", "完成时间"]):
    set_cell(tbl.rows[0].cells[i], h, bold=True)
repeat_header(tbl.rows[0])
for r in rows:
    cells = tbl.add_row().cells
    set_cell(cells[0], r[0])
    set_cell(cells[1], r[1], align=WD_ALIGN_PARAGRAPH.LEFT)
    if r[2] is not None:
        set_cell(cells[2], r[2])
    set_cell(cells[3], r[3])
    set_cell(cells[4], r[4])
# merge the 牵头单位 cells vertically: rows 1-4, 5-7, 9-10 (table row index = 序号)
for start, end in ((1, 4), (5, 7), (9, 10)):
    top = tbl.cell(start, 2)
    keep = top.text
    merged = top.merge(tbl.cell(end, 2))
    set_cell(merged, keep)
tbl.autofit = False
for i, gc in enumerate(tbl._tbl.tblGrid.findall(qn("w:gridCol"))):
    gc.set(qn("w:w"), str(int(widths[i].twips)))
for row in tbl.rows:
    for i, w in enumerate(widths):
        row.cells[i].width = w

# ================= attachment 2: towns table =================
page_break()
para("附件2", "黑体", indent=False)
para("2023年各镇（街道）村级工业园拆除整理任务表", "方正小标宋简体", 18, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para("单位：亩", size=12, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
towns = [("大良街道", 800, 400), ("容桂街道", 1500, 700), ("伦教街道", 900, 450), ("勒流街道", 1600, 800),
         ("陈村镇", 1000, 500), ("均安镇", 1100, 550), ("杏坛镇", 1400, 700), ("龙江镇", 1300, 650),
         ("乐从镇", 1200, 600), ("北滘镇", 1200, 650)]
t2 = doc.add_table(rows=1, cols=4)
t2.style = "Table Grid"
t2.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(["序号", "镇（街道）", "拆除整理面积", "其中：新增连片产业用地"]):
    set_cell(t2.rows[0].cells[i], h, bold=True)
for n, (name, a, b) in enumerate(towns, 1):
    c = t2.add_row().cells
    set_cell(c[0], str(n)); set_cell(c[1], name); set_cell(c[2], str(a)); set_cell(c[3], str(b))
c = t2.add_row().cells
m = c[0].merge(c[1])
set_cell(m, "合计", bold=True)
set_cell(c[2], str(sum(t[1] for t in towns))); set_cell(c[3], str(sum(t[2] for t in towns)))

# ================= 版记 =================
para("", indent=False)
para("", indent=False)
p = para("抄送：区委办公室，区人大常委会办公室，区政协办公室，区纪委监委。", size=14, indent=False)
p.paragraph_format.left_indent = Pt(14)
p = para("佛山市顺德区人民政府办公室　　　　　　　2023年3月29日印发", size=14, indent=False)
p.paragraph_format.left_indent = Pt(14)

doc.save(OUT)
print("wrote", OUT)
