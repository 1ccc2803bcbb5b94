import os
"""Build ag2: 桑植县人民政府办公室 — 义务教育阶段“双减”工作实施方案 (DOCX via python-docx).

Run with the project's .venv python: build_ag2.py
"""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.join(os.path.join(os.path.dirname(os.path.abspath(__file__)), "notices"), "ag2_sangzhi_shuangjian_fangan.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
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


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True, color=None, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def mixed(doc, parts, size=16):
    """parts: list of (text, font, bold)."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(0)
    pf.first_line_indent = Pt(size * 2)
    for text, font, bold in parts:
        r = p.add_run(text)
        set_font(r, font, size, bold)
    return p


def bottom_border(p, color="FF0000", sz="18"):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def add_page_field(p, size=14):
    def run_text(t):
        r = p.add_run(t)
        set_font(r, "宋体", size)
        return r
    run_text("— ")
    r = p.add_run()
    set_font(r, "宋体", size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r2 = p.add_run()
    set_font(r2, "宋体", size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._element.append(it)
    r3 = p.add_run()
    set_font(r3, "宋体", size)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r3._element.append(f2)
    run_text(" —")


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        set_font(r, font, size, bold)


doc = Document()
sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
add_page_field(fp)

# ---- 版头 ----
para(doc, "")
para(doc, "桑植县人民政府办公室文件", XBS, 36, False, WD_ALIGN_PARAGRAPH.CENTER, False, (0xFF, 0, 0))
para(doc, "")
p = para(doc, "桑政办发〔2021〕31号", FS, 16, False, WD_ALIGN_PARAGRAPH.CENTER, False)
bottom_border(p)
para(doc, "")
para(doc, "桑植县人民政府办公室", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False)
para(doc, "关于印发《桑植县义务教育阶段“双减”工作", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False)
para(doc, "实施方案》的通知", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False)
para(doc, "")
para(doc, "各乡镇人民政府，县直各单位：", indent=False)
para(doc, "《桑植县义务教育阶段“双减”工作实施方案》已经县人民政府同意，现印发给你们，请认真组织实施。")
para(doc, "")
para(doc, "")
para(doc, "桑植县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para(doc, "2021年9月28日　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para(doc, "（此件主动公开）")
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---- 方案 ----
para(doc, "桑植县义务教育阶段“双减”工作实施方案", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False)
para(doc, "")
para(doc, "为深入贯彻落实中共中央办公厅、国务院办公厅《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》、"
          "湖南省《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的实施方案》和张家界市《关于进一步减轻义务教育阶段学生"
          "作业负担和校外培训负担的实施方案》（张办发〔2021〕19号）精神，依据《中华人民共和国未成年人保护法》，"
          "有效减轻义务教育阶段学生过重作业负担和校外培训负担，结合我县实际，制定本方案。")
para(doc, "一、工作目标", HT)
para(doc, "截至2021年8月底，全县共有义务教育阶段学校132所、在校学生5.36万人，已开展课后服务的学校94所，"
          "课后服务覆盖率为71.2%；面向义务教育阶段学生的学科类校外培训机构43家，其中县城澧源镇31家。")
para(doc, "通过实施“双减”工作，学校教育教学质量和服务水平进一步提升，作业布置更加科学合理，学校课后服务基本满足学生需要，"
          "学生学习更好回归校园，校外培训机构培训行为全面规范。具体目标是：")
para(doc, "（一）2021年10月底前，全县义务教育学校课后服务覆盖率达到100%，努力做到有需求的学生全覆盖；2021年12月底前，"
          "学生自愿参加课后服务的比例达到90%以上。")
para(doc, "（二）学科类校外培训机构2021年12月底前压减50%以上，2022年6月底前压减80%以上，"
          "校外培训广告基本清零，违规培训行为得到有效遏制。")
para(doc, "（三）作业总量和时长全面压减，各学校作业公示率达到100%；到2022年底，"
          "家长对“双减”工作满意度达到90%以上。")

para(doc, "二、组织领导", HT)
para(doc, "为加强对全县“双减”工作的组织领导，成立桑植县“双减”工作领导小组，组成人员如下：")

members = [
    ("组长", "谷志勇", "县委副书记、县人民政府县长"),
    ("副组长", "覃丽萍", "县委常委、县委宣传部部长"),
    ("副组长", "向建华", "县人民政府副县长"),
    ("副组长", "钟祥林", "县教育局党组书记、局长"),
    ("成员", "王红梅", "县委办公室副主任"),
    ("成员", "李德军", "县人民政府办公室副主任"),
    ("成员", "田晓东", "县委宣传部副部长、县委网信办主任"),
    ("成员", "彭海波", "县委编办副主任"),
    ("成员", "周立新", "县教育局副局长"),
    ("成员", "覃明亮", "县公安局副局长"),
    ("成员", "刘　芳", "县民政局副局长"),
    ("成员", "杨国庆", "县财政局副局长"),
    ("成员", "朱文斌", "县人力资源和社会保障局副局长"),
    ("成员", "谷　伟", "县发展和改革局副局长"),
    ("成员", "唐海燕", "县市场监督管理局副局长"),
    ("成员", "胡志刚", "县文化旅游广电体育局副局长"),
    ("成员", "陈　静", "县卫生健康局副局长"),
    ("成员", "向　阳", "团县委书记"),
    ("成员", "钟晓兰", "县妇联主席"),
    ("成员", "张德华", "中国人民银行桑植县支行副行长"),
    ("成员", "", "各乡镇人民政府分管负责同志"),
]
table = doc.add_table(rows=1 + len(members), cols=3)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Cm(3.6), Cm(3.0), Cm(8.8)]
hdr = ["领导小组职务", "姓　名", "单位及职务"]
for i, h in enumerate(hdr):
    cell_text(table.rows[0].cells[i], h, HT, 12, False)
for ri, (role, name, post) in enumerate(members, start=1):
    cells = table.rows[ri].cells
    cell_text(cells[1], name)
    cell_text(cells[2], post, align=WD_ALIGN_PARAGRAPH.LEFT)
table.autofit = False
for i, w in enumerate(widths):
    table.columns[i].width = w
for row in table.rows:
    for i, c in enumerate(row.cells):
        c.width = widths[i]
# merged role cells: 组长 (row 1), 副组长 rows 2-4, 成员 rows 5-21
cell_text(table.cell(1, 0), "组　长")
m = table.cell(2, 0).merge(table.cell(4, 0))
cell_text(m, "副组长")
m = table.cell(5, 0).merge(table.cell(len(members), 0))
cell_text(m, "成　员")

para(doc, "")
para(doc, "领导小组办公室设在县教育局，钟祥林同志兼任办公室主任，周立新同志兼任办公室副主任，负责领导小组日常工作。"
          "领导小组成员如有变动，由所在单位接任领导自然替补，不再另行发文。领导小组原则上每月召开一次工作调度会，"
          "研究解决“双减”工作中的重大问题。")

para(doc, "三、主要任务", HT)
para(doc, "（一）全面压减作业总量和时长", KT)
mixed(doc, [("1.严控书面作业总量。", FS, True),
            ("小学一、二年级不布置书面家庭作业，可在校内适当安排巩固练习；小学三至六年级书面作业平均完成时间不超过60分钟，"
             "初中书面作业平均完成时间不超过90分钟；周末、寒暑假、法定节假日也要控制书面作业时间。"
             "（责任单位：县教育局，各中小学校）", FS, False)])
mixed(doc, [("2.提高作业设计质量。", FS, True),
            ("建立作业校内公示制度，加强质量监督；鼓励布置分层、弹性和个性化作业，坚决克服机械、无效作业，"
             "杜绝重复性、惩罚性作业。各学校每学期至少开展1次作业设计专题教研活动。"
             "（责任单位：县教育局）", FS, False)])
mixed(doc, [("3.保障学生充足睡眠。", FS, True),
            ("小学生每天睡眠时间应达到10小时，初中生应达到9小时。学校要指导学生合理安排作息，"
             "不得要求学生在校外完成需家长批改的作业。（责任单位：县教育局、县卫生健康局）", FS, False)])
para(doc, "（二）提升学校课后服务水平", KT)
mixed(doc, [("4.保证课后服务时间。", FS, True),
            ("推行课后服务“5+2”模式，课后服务每周5天、每天不少于2小时，结束时间原则上不早于当地正常下班时间；"
             "对有特殊需要的学生，学校应提供延时托管服务。2021年10月底前实现全县义务教育学校课后服务全覆盖。"
             "（责任单位：县教育局）", FS, False)])
mixed(doc, [("5.提高课后服务质量。", FS, True),
            ("课后服务除指导学生认真完成作业、对学习有困难的学生进行补习辅导外，要拓展学习空间，开展科普、文体、艺术、"
             "劳动、阅读、兴趣小组及社团活动，每所学校开设体育、艺术、科普类兴趣活动项目不少于5项。"
             "可适当引进非学科类校外培训机构参与课后服务，由县教育局负责建立准入、退出机制。"
             "（责任单位：县教育局、县科协、团县委）", FS, False)])
mixed(doc, [("6.完善课后服务经费保障。", FS, True),
            ("课后服务按照“成本补偿、非营利”原则收取服务性收费，收费标准为每生每学期不超过200元，"
             "对家庭经济困难学生免收；教师参与课后服务按每课时30元标准给予补助。"
             "县财政每年安排课后服务专项经费150万元，用于农村学校课后服务和教师补助。"
             "（牵头单位：县发展和改革局；配合单位：县财政局、县教育局）", FS, False)])
para(doc, "（三）从严治理校外培训机构", KT)
mixed(doc, [("7.从严审批培训机构。", FS, True),
            ("县内不再审批新的面向义务教育阶段学生的学科类校外培训机构，现有学科类培训机构统一登记为非营利性机构；"
             "对原备案的线上学科类培训机构，改为审批制。2021年12月底前完成现有学科类培训机构重新审核登记工作。"
             "（责任单位：县教育局、县市场监管局、县民政局）", FS, False)])
mixed(doc, [("8.规范培训服务行为。", FS, True),
            ("全面使用《中小学生校外培训服务合同（示范文本）》，校外培训机构不得一次性收取或以充值、次卡等形式变相收取"
             "时间跨度超过3个月或60课时的费用，预收费全部纳入资金监管账户；线上培训每课时不超过30分钟，课程间隔不少于10分钟。"
             "（牵头单位：县教育局；责任单位：县市场监管局、中国人民银行桑植县支行）", FS, False)])
mixed(doc, [("9.严禁违规开展培训。", FS, True),
            ("校外培训机构不得占用国家法定节假日、休息日及寒暑假期组织学科类培训，严禁以家政服务、“众筹私教”、"
             "游学研学等名义违规开展学科类培训。常态化开展联合巡查，对隐形变异培训做到发现一起、查处一起。"
             "（责任单位：县教育局、县市场监管局、县公安局、县人力资源和社会保障局，各乡镇人民政府）", FS, False)])
mixed(doc, [("10.强化培训广告管控。", FS, True),
            ("在主流媒体、新媒体、公共场所、居民区各类广告牌和网络平台等，不刊登、不播发校外培训广告；"
             "不得在中小学校、幼儿园内开展商业广告活动。（责任单位：县委宣传部、县委网信办、县市场监管局、县文化旅游广电体育局）", FS, False)])
para(doc, "（四）提升学校教育教学质量", KT)
mixed(doc, [("11.提升课堂教学质量。", FS, True),
            ("优化教学方式，强化教学管理，开展“优质课”“精品课”评选活动，严格按课程标准零起点教学。"
             "到2022年底，培育县级骨干教师200名、学科带头人50名。（责任单位：县教育局）", FS, False)])
mixed(doc, [("12.推进义务教育优质均衡发展。", FS, True),
            ("深入推进集团化办学和城乡学校共同体建设，推进义务教育教师“县管校聘”管理改革，"
             "每年交流轮岗教师比例不低于符合交流条件教师总数的10%。"
             "（责任单位：县教育局、县人力资源和社会保障局、县委编办）", FS, False)])
mixed(doc, [("13.加强家校协同育人。", FS, True),
            ("发挥家长学校、家长委员会作用，引导家长树立科学育儿观念，理性确定孩子成长预期，"
             "各学校每学期至少召开1次家长会。（责任单位：县教育局、县妇联、团县委、县关工委）", FS, False)])

para(doc, "四、工作步骤", HT)
para(doc, "（一）动员部署阶段（2021年9月底前）。各乡镇、各有关单位和各学校制定具体工作方案，召开动员部署会议，开展政策宣传。")
para(doc, "（二）集中治理阶段（2021年10月—12月）。全面排查校外培训机构，集中整治违规培训行为，全面落实课后服务。")
para(doc, "（三）巩固提升阶段（2022年1月起）。总结经验，完善制度，建立长效机制，确保“双减”工作取得实效。")

para(doc, "五、保障措施", HT)
para(doc, "（一）强化责任落实。各乡镇、各有关单位要把“双减”工作作为重大民生工程，列入重要议事日程，"
          "主要负责同志要亲自抓、负总责。县财政局要将课后服务经费纳入年度预算，确保足额到位。")
para(doc, "（二）强化督导检查。县人民政府教育督导室每学期开展1次“双减”专项督导，督导结果向社会公开。"
          "将“双减”工作纳入对乡镇和县直有关单位年度绩效考核，权重不低于5%。设立监督举报电话（0744-6222315），"
          "畅通群众监督渠道。")
para(doc, "（三）强化宣传引导。充分利用各类媒体宣传“双减”政策，及时回应社会关切，营造良好社会氛围。")
para(doc, "")
para(doc, "附件：桑植县“双减”工作领导小组成员单位职责", indent=False)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
para(doc, "附件", HT, 16, indent=False)
para(doc, "")
para(doc, "桑植县“双减”工作领导小组成员单位职责", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False)
para(doc, "")
duties = [
    ("县教育局：", "承担领导小组办公室日常工作，统筹推进作业管理、课后服务、校外培训机构审批和日常监管等工作，牵头组织专项治理和督导检查。"),
    ("县委宣传部：", "负责“双减”工作宣传报道和舆论引导，会同有关部门做好校外培训广告管控。"),
    ("县委网信办：", "负责网络舆情监测处置，配合做好线上培训机构和网络平台培训广告治理。"),
    ("县委编办：", "负责统筹做好校外培训监管机构设置和人员编制保障。"),
    ("县发展和改革局：", "负责制定课后服务收费政策，会同有关部门研究制定校外培训收费指导价。"),
    ("县财政局：", "负责落实课后服务和校外培训监管工作经费保障。"),
    ("县市场监督管理局：", "负责校外培训机构收费、广告、反不正当竞争等方面的监管，依法查处虚假宣传、价格欺诈等违法行为。"),
    ("县公安局：", "负责指导校外培训机构做好安全防范，依法打击违法犯罪行为，配合做好维稳处置工作。"),
    ("县民政局：", "负责非营利性校外培训机构的登记管理。"),
    ("县人力资源和社会保障局：", "负责面向中小学生的职业培训机构管理，配合查处违规开展学科类培训行为。"),
    ("中国人民银行桑植县支行：", "负责指导银行业金融机构做好校外培训机构预收费资金监管。"),
    ("各乡镇人民政府：", "负责本辖区校外培训机构排查整治和隐形变异培训网格化管理，配合做好课后服务场地保障。"),
]
for head, body in duties:
    mixed(doc, [(head, HT, False), (body, FS, False)])
para(doc, "")
para(doc, "")
# closing 版记
p = para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院，县人武部。", FS, 14, indent=False)
bottom_border(p, "000000", "6")
p = para(doc, "桑植县人民政府办公室　　　　　　　　　2021年9月29日印发", FS, 14, indent=False)
bottom_border(p, "000000", "6")

doc.save(OUT)
print("wrote", OUT)
