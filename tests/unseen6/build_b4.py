"""Build /work/blind6/notices/b4_qiandongnan_rural_living_environment.docx, a blind test notice.

A 自治州 government office notice (黔东南州人民政府办公室, 2023) issuing a work plan on 乡村建设 and
农村人居环境整治提升. The document only ever uses the short name 黔东南州 (版头, title, signature,
文号 黔东南府办发〔2023〕11号); the full name of the prefecture and its province are never written.
Body: actuals as of 2022年底, 2023 and 2025 targets in %, 户, 个, 公里, 万亩; requirements (保洁员,
化粪池容积) and support figures (专项资金, 奖补, 每户补助). The body's 重点任务 are measures without
any unit; 附件1 lists the 工作专班 as paragraphs with names glued to posts (王建国州政府秘书长,
李华州农业农村局局长, 姚兴州供销社副主任, 欧阳文州财政局副局长) and members given by post only;
附件2 is a ruled task table 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 with rows whose unit
cells are '/' or '—'.

Run:  /work/main/.venv/bin/python /work/blind6/build_b4.py
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent / "notices" / "b4_qiandongnan_rural_living_environment.docx"

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"

PLAN = "黔东南州2023年乡村建设和农村人居环境整治提升工作方案"


def font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def p(doc, text="", f=FS, size=16, bold=False, align=None, indent=True, color=None):
    para = doc.add_paragraph()
    if align == "center":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align is None:
        para.paragraph_format.first_line_indent = Pt(size * 2)
    para.paragraph_format.line_spacing = Pt(28)
    para.paragraph_format.space_after = Pt(0)
    if text:
        font(para.add_run(text), f, size, bold, color)
    return para


def h2(doc, title, rest):
    para = p(doc)
    font(para.add_run(title), KT)
    font(para.add_run(rest), FS)
    return para


def cell(c, text, size=12, bold=False, center=False, f=FS):
    c.text = ""
    para = c.paragraphs[0]
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        font(para.add_run(text), f, size, bold)


def footer(section):
    para = section.footer.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(para.add_run("— "), "宋体", 14)
    run = para.add_run()
    font(run, "宋体", 14)
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, None), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._element.append(el)
        elif text:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
            run._element.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = "1"
            run._element.append(el)
    font(para.add_run(" —"), "宋体", 14)


# 工作专班 members: (label, line). Names are glued to their posts; continuation lines have no label.
MEMBERS = (
    ("组　长：", "吴光亮副州长"),
    ("副组长：", "王建国州政府秘书长"),
    ("", "李华州农业农村局局长"),
    ("成　员：", "杨昌林州政府办公室副主任"),
    ("", "潘永和州发展改革委副主任"),
    ("", "欧阳文州财政局副局长"),
    ("", "龙海燕州自然资源局副局长"),
    ("", "州生态环境局分管负责同志"),
    ("", "石建明州住房城乡建设局副局长"),
    ("", "州交通运输局分管负责同志"),
    ("", "张德胜州水务局副局长"),
    ("", "吴春梅州卫生健康委副主任"),
    ("", "州乡村振兴局主要负责同志"),
    ("", "姚兴州供销社副主任"),
    ("", "各县（市）人民政府分管负责同志"),
)

HEADER = ("序号", "重点任务", "牵头单位", "责任单位", "完成时限")

TASKS = (
    ("完成农村户用卫生厕所新（改）建1.5万户，同步推进厕所粪污无害化处理和资源化利用。",
     "州农业农村局", "州卫生健康委、州乡村振兴局、各县（市）人民政府", "2023年11月底前"),
    ("开展农村问题厕所摸排整改“回头看”，建立问题台账，实行销号管理。",
     "州农业农村局", "各县（市）人民政府", "2023年6月底前"),
    ("编制县域农村生活污水治理专项规划，优先治理乡镇政府驻地、中心村和水源保护区周边村寨生活污水。",
     "州生态环境局", "州住房城乡建设局、州农业农村局、各县（市）人民政府", "2023年9月底前"),
    ("完成12个农村黑臭水体整治，纳入国家监管清单的农村黑臭水体实现动态清零。",
     "州生态环境局", "州水务局、各县（市）人民政府", "2023年12月底前"),
    ("完善“户分类、村收集、乡转运、县处理”收运处置体系，推进农村生活垃圾源头分类减量。",
     "州住房城乡建设局", "州农业农村局、州供销社、各县（市）人民政府", "长期坚持"),
    ("新改建农村公路600公里，实施农村公路安全生命防护工程350公里。",
     "州交通运输局", "各县（市）人民政府", "2023年12月底前"),
    ("巩固提升农村供水保障水平，推进规模化供水工程建设和小型供水工程标准化改造。",
     "州水务局", "各县（市）人民政府", "2023年12月底前"),
    ("新建高标准农田18万亩，统筹做好建后管护。",
     "州农业农村局", "州财政局、州自然资源局、各县（市）人民政府", "2023年10月底前"),
    ("推广稻鱼鸭综合种养模式，稳定种养面积50万亩以上。",
     "州农业农村局", "从江县人民政府、黎平县人民政府、榕江县人民政府", "2023年全年"),
    ("深入开展村庄清洁行动，聚焦“三清一改”，每季度组织一次集中整治。",
     "/", "各县（市）人民政府", "每季度"),
    ("加强传统村落保护利用，实施一批传统村落集中连片保护利用项目。",
     "州住房城乡建设局", "州文体广电旅游局、州民宗委、各县（市）人民政府", "2023年12月底前"),
    ("创建州级乡村振兴示范村50个，开展示范村验收评估。",
     "州乡村振兴局", "州农业农村局、州财政局、各县（市）人民政府", "2023年12月底前"),
    ("推进农村房屋安全隐患排查整治，规范农村建房审批和风貌管控。",
     "州住房城乡建设局", "州自然资源局、州农业农村局、各县（市）人民政府", "长期坚持"),
    ("将农村人居环境整治要求纳入村规民约，推行积分制管理。",
     "州农业农村局", "州民政局、各县（市）人民政府", "2023年8月底前"),
    ("统筹整合涉农资金支持乡村建设和农村人居环境整治提升。",
     "州财政局", "州农业农村局、州乡村振兴局", "2023年4月底前"),
    ("建立农村人居环境基础设施长效管护机制，落实管护主体、管护责任和管护经费。",
     "—", "—", "长期坚持"),
    ("开展农村人居环境整治提升宣传，选树一批“美丽庭院”“清洁户”典型。",
     "—", "—", "2023年全年"),
)


def task_table(doc):
    table = doc.add_table(rows=1 + len(TASKS), cols=len(HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(HEADER):
        cell(table.cell(0, j), h, bold=True, center=True, f=HT)
    for i, (task, lead, resp, due) in enumerate(TASKS, start=1):
        cell(table.cell(i, 0), str(i), center=True)
        cell(table.cell(i, 1), task)
        cell(table.cell(i, 2), lead, center=True)
        cell(table.cell(i, 3), resp)
        cell(table.cell(i, 4), due, center=True)
    widths = (Cm(1.2), Cm(6.6), Cm(2.6), Cm(4.4), Cm(2.2))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    # repeat the header row on every page
    trpr = table.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    return table


def build(path=OUT):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    footer(sec)

    # 版头
    p(doc, "黔东南州人民政府办公室文件", f=XBS, size=30, align="center", color=(0xE0, 0, 0))
    p(doc)
    p(doc, "黔东南府办发〔2023〕11号", align="center")
    p(doc)
    p(doc, "黔东南州人民政府办公室关于印发", f=XBS, size=22, align="center")
    p(doc, "黔东南州2023年乡村建设和农村人居环境", f=XBS, size=22, align="center")
    p(doc, "整治提升工作方案的通知", f=XBS, size=22, align="center")
    p(doc)
    p(doc, "各县（市）人民政府，凯里经济开发区管委会，州直各部门、单位：", indent=False)
    p(doc, f"《{PLAN}》已经州人民政府同意，现印发给你们，请结合实际认真抓好贯彻落实。")
    p(doc)
    p(doc)
    p(doc, "黔东南州人民政府办公室", align="right")
    p(doc, "2023年3月28日", align="right")
    p(doc, "（此件公开发布）")
    doc.add_page_break()

    # 方案
    p(doc, PLAN, f=XBS, size=22, align="center")
    p(doc)
    p(doc, "为深入贯彻落实《农村人居环境整治提升五年行动方案（2021—2025年）》《乡村建设行动实施方案》和"
           "《中共黔东南州委 黔东南州人民政府关于做好2023年全面推进乡村振兴重点工作的实施意见》"
           "（黔东南党发〔2023〕1号）精神，按照省委、省政府关于扎实推进乡村建设行动的部署要求，持续改善"
           "全州农村人居环境，建设宜居宜业和美乡村，结合我州实际，制定本方案。")
    p(doc, "一、工作目标", f=HT)
    p(doc, "2022年，全州以农村厕所革命、生活污水和生活垃圾治理、村容村貌提升为重点，农村人居环境整治"
           "提升取得阶段性成效。截至2022年底，全州农村卫生厕所普及率达到71.2%，农村生活垃圾收运处置体系"
           "覆盖的行政村比例为92.6%，农村生活污水治理率为17.5%。")
    p(doc, "到2023年底，全州农村卫生厕所普及率达到75%以上，新（改）建农村户用卫生厕所1.5万户；农村生活"
           "垃圾收运处置体系覆盖的行政村比例稳定在95%以上；农村生活污水治理率达到22%，完成12个农村黑臭"
           "水体整治；新改建农村公路600公里，实施农村公路安全生命防护工程350公里；新建高标准农田18万亩，"
           "稻鱼鸭综合种养面积稳定在50万亩以上；村庄清洁行动覆盖率达到100%，创建州级乡村振兴示范村50个。")
    p(doc, "到2025年，全州农村卫生厕所普及率达到85%，农村生活污水治理率达到30%以上，农村人居环境基础"
           "设施长效管护机制基本建立，乡村面貌实现新提升。")
    p(doc, "二、重点任务", f=HT)
    h2(doc, "（一）扎实推进农村厕所革命。",
       "坚持数量服从质量、进度服从实效，因地制宜选择改厕模式，在水源充足、有条件的地区推广水冲式卫生"
       "厕所，在山区缺水地区推广卫生旱厕。新建农村户用卫生厕所应当符合国家标准，三格式化粪池有效容积"
       "不小于1.5立方米。同步推进厕所粪污无害化处理和资源化利用，健全改厕后续管护服务体系。")
    h2(doc, "（二）梯次推进农村生活污水治理。",
       "以乡镇政府驻地、中心村、城乡接合部和饮用水水源保护区周边村寨为重点，采取纳入城镇污水管网、"
       "集中处理和分散处理相结合的方式，梯次推进农村生活污水治理。加强农村黑臭水体排查整治，"
       "实行“拉条挂账、逐一销号”。")
    h2(doc, "（三）健全农村生活垃圾收运处置体系。",
       "完善“户分类、村收集、乡转运、县处理”的收运处置体系，推进垃圾分类减量与资源化利用。健全村庄"
       "保洁长效机制，原则上每个行政村配备专兼职保洁员不少于2名，保洁经费纳入县级财政预算。")
    h2(doc, "（四）加快补齐农村基础设施短板。",
       "推进“四好农村路”建设，加快通组硬化路提质改造，实施农村公路安全生命防护工程；巩固提升农村"
       "供水保障水平；加强农村电网、通信网络和物流配送设施建设，推动城乡基础设施互联互通。")
    h2(doc, "（五）全面提升村容村貌。",
       "深入开展村庄清洁行动，持续推进“三清一改”，引导农民群众清理房前屋后和村内公共空间。保护传统"
       "村落和少数民族特色村寨整体风貌，严禁大拆大建。推进乡村绿化美化，建设一批美丽庭院和村庄小微公园。")
    h2(doc, "（六）推动乡村产业融合发展。",
       "坚持农业农村优先发展，加快高标准农田建设，推广稻鱼鸭综合种养等生态循环模式，发展林下经济、"
       "乡村旅游和民族手工业，以产业发展带动农民增收和乡村建设。")
    p(doc, "各项重点任务具体分工见附件2。")
    p(doc, "三、保障措施", f=HT)
    h2(doc, "（一）加强组织领导。",
       "成立黔东南州乡村建设和农村人居环境整治提升工作专班（以下简称工作专班，成员名单见附件1），"
       "统筹推进全州乡村建设和农村人居环境整治提升工作。工作专班办公室设在州农业农村局，李华同志兼任"
       "办公室主任，负责工作专班日常工作。各县（市）要成立相应工作机构，落实属地责任。")
    h2(doc, "（二）强化资金保障。",
       "州级财政安排乡村建设和农村人居环境整治提升专项资金3000万元，统筹用于农村改厕、生活污水治理和"
       "示范村建设。对新（改）建农村户用卫生厕所，州级财政按每户800元的标准给予补助；对验收合格的"
       "州级乡村振兴示范村，每个给予不超过50万元的以奖代补资金。鼓励社会资本和金融机构参与乡村建设。")
    h2(doc, "（三）严格督导考核。",
       "工作专班每季度开展一次督导调度，对工作滞后的县（市）进行通报。将乡村建设和农村人居环境整治"
       "提升工作纳入全州推进乡村振兴实绩考核，考核结果作为评先评优和资金分配的重要依据。")
    h2(doc, "（四）营造良好氛围。",
       "充分发挥村民自治作用，引导农民群众投工投劳，广泛开展“美丽庭院”“清洁户”评选活动，营造人人"
       "参与、共建共享的良好氛围。")
    p(doc)
    p(doc, "附件：1.黔东南州乡村建设和农村人居环境整治提升工作专班成员名单", indent=False)
    p(doc, "　　　2.黔东南州2023年乡村建设和农村人居环境整治提升重点任务分工表", indent=False)
    doc.add_page_break()

    # 附件1
    p(doc, "附件1", f=HT, indent=False)
    p(doc)
    p(doc, "黔东南州乡村建设和农村人居环境整治提升", f=XBS, size=20, align="center")
    p(doc, "工作专班成员名单", f=XBS, size=20, align="center")
    p(doc)
    for label, line in MEMBERS:
        para = p(doc, indent=False)
        font(para.add_run(label if label else "　　　　"), FS)
        font(para.add_run(line), FS)
    p(doc)
    p(doc, "工作专班成员因职务变动需要调整的，由所在单位接任者自行替补，报工作专班办公室备案，不再另行发文。")
    doc.add_page_break()

    # 附件2
    p(doc, "附件2", f=HT, indent=False)
    p(doc)
    p(doc, "黔东南州2023年乡村建设和农村人居环境整治提升", f=XBS, size=18, align="center")
    p(doc, "重点任务分工表", f=XBS, size=18, align="center")
    p(doc)
    task_table(doc)
    p(doc)

    # 版记
    p(doc, "抄送：州委办公室，州人大常委会办公室，州政协办公室，州纪委州监委，州中级人民法院，"
           "州人民检察院。", size=14, indent=False)
    p(doc, "黔东南州人民政府办公室　　　　　　　2023年3月30日印发", size=14, indent=False)

    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


if __name__ == "__main__":
    print(build())
