# Build blind notice af3 (海西蒙古族藏族自治州医疗保障局 DRG/DIP 支付方式改革三年行动实施方案, 2023):
# a DOCX written with python-docx in a temporary folder, converted to PDF with LibreOffice
# (soffice --headless --convert-to pdf). Only the PDF goes to notices/.
# Run with the project's .venv python.
import os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "af3_haixi_drg_dip_zhifu_gaige"
TMP = tempfile.mkdtemp()
DOCX = os.path.join(TMP, NAME + ".docx")
OUTDIR = os.path.join(HERE, "notices")

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
def _fr(t):
    r = fp.add_run(t); r.font.size = Pt(14); return r
_fr("— ")
r = fp.add_run(); r.font.size = Pt(14)
for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
    if kind:
        el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind)
    else:
        el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = text
    r._element.append(el)
_fr(" —")


def font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)
    return run


def para(text="", name="仿宋_GB2312", size=16, bold=False, align=None, indent=True, color=None, after=0):
    p = doc.add_paragraph()
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                   "l": WD_ALIGN_PARAGRAPH.LEFT}.get(align, WD_ALIGN_PARAGRAPH.JUSTIFY)
    pf = p.paragraph_format
    if indent and align is None:
        pf.first_line_indent = Pt(size * 2)
    pf.space_before = Pt(0)
    pf.space_after = Pt(after)
    pf.line_spacing = Pt(28)
    if text:
        font(p.add_run(text), name, size, bold, color)
    return p


def head1(t):
    para(t, "黑体", 16)


def item(head, text, headfont="楷体_GB2312"):
    p = para()
    font(p.add_run(head), headfont, 16, headfont == "楷体_GB2312")
    font(p.add_run(text))


def rule(p, color="FF0000", sz=18):
    pPr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    bdr.append(b); pPr.append(bdr)


# ---------------- 红头 and cover notice ----------------
para("海西蒙古族藏族自治州医疗保障局文件", "方正小标宋简体", 26, False, "c", color=(0xE6, 0, 0), after=20)
p = para("西医保〔2023〕12号", "仿宋_GB2312", 16, False, "c", after=6)
rule(p)
para("", indent=False)
para("海西州医疗保障局关于印发《海西州", "方正小标宋简体", 22, False, "c")
para("DRG/DIP支付方式改革三年行动实施方案", "方正小标宋简体", 22, False, "c")
para("（2023—2025年）》的通知", "方正小标宋简体", 22, False, "c", after=12)
para("各县（市、行委）医疗保障局，州级各定点医疗机构：", indent=False)
para("为贯彻落实《国家医疗保障局关于印发DRG/DIP支付方式改革三年行动计划的通知》（医保发〔2021〕48号）和《青海省医疗保障局关于印发〈青海省DRG/DIP支付方式改革三年行动实施方案〉的通知》（青医保发〔2022〕21号）精神，加快建立管用高效的医保支付机制，州医疗保障局制定了《海西州DRG/DIP支付方式改革三年行动实施方案（2023—2025年）》，现印发给你们，请结合实际认真抓好落实。")
para("")
para("海西蒙古族藏族自治州医疗保障局", align="r")
para("2023年3月15日　　　", align="r")
para("（此件公开发布）")

p = para(); p.add_run().add_break(WD_BREAK.PAGE)

# ---------------- the plan ----------------
para("海西州DRG/DIP支付方式改革", "方正小标宋简体", 22, False, "c")
para("三年行动实施方案", "方正小标宋简体", 22, False, "c")
para("（2023—2025年）", "楷体_GB2312", 16, False, "c", after=12)
para("为深入贯彻落实《中共中央 国务院关于深化医疗保障制度改革的意见》和国家、省关于DRG/DIP支付方式改革三年行动的部署要求，全面推进我州按疾病诊断相关分组（DRG）付费和按病种分值（DIP）付费改革，提高医保基金使用效率，规范医疗服务行为，减轻参保群众就医负担，结合我州实际，制定本方案。")

head1("一、总体要求")
para("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持以人民健康为中心，以建立管用高效的医保支付机制为目标，分期分批推进DRG/DIP支付方式改革全覆盖，推动医保支付从按项目付费向按价值付费转变，促进医疗机构提质增效，确保医保基金安全平稳运行。坚持全州统一、分步推进，坚持公开透明、协商共治，坚持激励约束并重、医保医疗协同。")

head1("二、工作基础")
para("2021年以来，我州在格尔木市、德令哈市先行开展DIP付费试点，初步建立了病种分值、结算清算和考核评价等工作机制。2022年，全州纳入DIP付费的定点医疗机构达到15家，DIP付费医保基金支出2.36亿元，占全州住院医保基金支出的32.6%；试点医疗机构次均住院费用同比下降4.8%，平均住院日缩短至8.2天。但改革仍存在覆盖范围不广、病案数据质量不高、医疗机构内部管理不适应、经办能力不足等问题。")

head1("三、工作目标")
para("从2023年起，用三年时间在全州全面推进DRG/DIP支付方式改革，实现统筹区域、医疗机构、病种、医保基金全面覆盖。")
item("（一）", "到2023年底，DRG/DIP付费覆盖全州60%以上的统筹区域（县、市、行委），符合条件的开展住院服务的定点医疗机构覆盖率达到40%以上，病种覆盖率达到70%以上，DRG/DIP付费医保基金支出占统筹区内住院医保基金支出比例达到40%以上。")
item("（二）", "到2024年底，统筹区域覆盖率达到100%，定点医疗机构覆盖率达到70%以上，病种覆盖率达到80%以上，DRG/DIP付费医保基金支出占比达到55%以上。")
item("（三）", "到2025年底，统筹区域和定点医疗机构覆盖率均达到100%，病种覆盖率达到90%以上，DRG/DIP付费医保基金支出占比达到70%以上，基本建立管用高效的DRG/DIP支付方式改革工作机制。")

head1("四、主要任务")
item("（一）完善核心要素管理。", "一是规范病种分组。以国家DIP病种目录库和CHS-DRG分组方案为基础，利用全州近三年住院病案数据，形成本地病种目录库，核心病种入组率原则上不低于90%。二是合理确定病种分值。病种分值根据历史费用数据测算确定，原则上每2年调整一次，调整结果向定点医疗机构公开。三是科学设定调节系数。医疗机构等级系数按三级、二级、一级医疗机构分别设定为1.0、0.85、0.7，对中医优势病种、基层病种实行同城同病同价。")
item("（二）健全配套工作机制。", "一是实行区域总额预算管理，年度住院医保基金预算增长率原则上不超过5%。二是建立预付金制度，按不低于1个月的预算额度向定点医疗机构拨付周转金。三是规范月度预结算，按核定金额的90%按月拨付，剩余10%作为质量保证金，年终考核后清算。四是完善结余留用、合理超支分担机制，实际费用低于支付标准的，结余部分的70%由医疗机构留用；实际费用超出支付标准且超出部分不超过10%的，由医保基金分担超出部分的50%。五是建立特例单议机制，特例单议病例数原则上不超过本院同期DRG/DIP出院总病例数的5%。住院总费用高于该病种支付标准2倍的病例为高倍率病例，在支付标准50%以下的病例为低倍率病例，按实际费用结算。")
item("（三）加强基础能力建设。", "加强医保结算清单质量管理，定点医疗机构应在患者出院后7个工作日内完成医保结算清单上传。各定点医疗机构至少配备1名专职病案编码员，建立院内DRG/DIP运行分析制度。州医保部门每年组织开展不少于2次全州业务培训，提升经办人员和医疗机构相关人员业务能力。")
item("（四）强化监督考核。", "建立DRG/DIP付费监测评价体系，重点监测高套分值、分解住院、推诿病人、转嫁费用等行为。每年至少开展1次DRG/DIP付费专项检查，查实的违规金额按2倍扣减当年结算费用；情节严重的，依据《医疗保障基金使用监督管理条例》处理。")

item("（五）推动医疗机构协同改革。", "引导定点医疗机构将DRG/DIP改革与公立医院绩效考核、临床路径管理、成本核算管理有机结合，优化病种结构和收治结构，控制不合理医疗费用增长。医疗机构不得将DRG/DIP病种支付标准简单分解为科室或医生个人的考核指标，不得以费用超标为由推诿重症患者、降低服务标准或将住院费用转嫁至门诊和院外。鼓励有条件的县（市、行委）探索紧密型县域医共体医保基金“总额付费、结余留用、合理超支分担”与DRG/DIP付费相衔接的有效办法。")

head1("五、进度安排")
para("改革分阶段推进，具体进度安排见下表。", indent=True)

rows = [
    ("2023年3月底前", "成立州DRG/DIP支付方式改革工作专班，制定年度工作推进计划", "州医保局"),
    ("2023年4月底前", "完成全州2020—2022年住院病案数据采集、清洗和质量评估", "州医保局、州卫生健康委、各定点医疗机构"),
    ("2023年5月底前", "形成本地DIP病种目录库和病种分值表（试运行版），征求定点医疗机构意见", "州医保服务中心、州医保局"),
    ("2023年6月底前", "完成定点医疗机构医保信息平台DRG/DIP功能模块部署和接口改造", "州医保服务中心、各定点医疗机构"),
    ("2023年7月—9月", "乌兰县、都兰县开展DIP模拟运行，测算分析运行结果", "乌兰县医疗保障局、都兰县医疗保障局"),
    ("2023年10月底前", "乌兰县、都兰县启动DIP实际付费", "乌兰县医疗保障局、都兰县医疗保障局"),
    ("2024年3月底前", "完成2023年度DRG/DIP付费年度清算", "州医保服务中心、州财政局"),
    ("2024年6月底前", "天峻县、茫崖市、大柴旦行委启动DIP实际付费，实现统筹区域全覆盖", "天峻县医疗保障局、茫崖市医疗保障局、大柴旦行委社会事业发展局"),
    ("2024年12月底前", "对病种分值、等级系数等核心要素进行首次动态调整", "州医保局"),
    ("2025年3月底前", "完成2024年度DRG/DIP付费年度清算", "州医保服务中心、州财政局"),
    ("2025年6月底前", "将符合条件的一级及以下定点医疗机构纳入DRG/DIP付费范围", "各县（市、行委）医疗保障局"),
    ("2025年12月底前", "实现符合条件的开展住院服务的定点医疗机构全覆盖，开展三年行动总结评估", "州医保局、各县（市、行委）医疗保障局"),
    ("每季度", "开展DRG/DIP运行监测分析，形成季度分析报告并在全州通报", "州医保服务中心"),
    ("每年12月底前", "对定点医疗机构开展年度考核评价，考核结果与质量保证金拨付挂钩", "州医保局、州卫生健康委"),
    ("2023—2025年", "持续开展医保经办人员和医疗机构编码员、病案管理人员业务培训", "州医保局、州卫生健康委"),
]
tbl = doc.add_table(rows=1 + len(rows), cols=4)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = (Cm(1.3), Cm(3.2), Cm(7.6), Cm(4.0))


def cell_text(cell, text, bold=False, name="仿宋_GB2312", size=12, center=True):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.line_spacing = Pt(20)
    font(p.add_run(text), name, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


for j, h in enumerate(("序号", "时间", "任务", "责任单位")):
    cell_text(tbl.cell(0, j), h, True, "黑体")
# repeat the header row on each page
trPr = tbl.rows[0]._tr.get_or_add_trPr()
th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
for i, (t, task, unit) in enumerate(rows):
    cell_text(tbl.cell(i + 1, 0), str(i + 1))
    cell_text(tbl.cell(i + 1, 1), t)
    cell_text(tbl.cell(i + 1, 2), task, center=False)
    cell_text(tbl.cell(i + 1, 3), unit, center=False)
tbl.autofit = False
grid = tbl._tbl.tblGrid
for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
    gc.set(qn("w:w"), str(int(widths[j].twips)))
for row in tbl.rows:
    for j, w in enumerate(widths):
        row.cells[j].width = w

para("")
head1("六、保障措施")
item("（一）加强组织领导。", "州医保局成立DRG/DIP支付方式改革工作专班，统筹推进全州改革工作，定期研究解决改革中的重大问题。各县（市、行委）医疗保障部门要落实属地责任，制定具体推进计划，确保按期完成改革任务。")
item("（二）加强部门协同。", "州卫生健康委要指导医疗机构加强病案管理和临床路径管理，推动医疗机构内部运营机制改革；州财政局要做好医保基金预算管理和改革工作经费保障，州本级安排改革工作经费30万元。各定点医疗机构要建立院长负责的改革推进机制，主动适应支付方式改革。")
item("（三）加强宣传引导。", "通过多种形式宣传DRG/DIP支付方式改革的目的意义和政策内容，及时回应社会关切，引导医务人员和参保群众理解、支持改革，营造良好改革氛围。")

para("")
p = para("抄送：青海省医疗保障局，州人民政府办公室，州财政局，州卫生健康委员会。", "仿宋_GB2312", 14, indent=False)
rule(p, "000000", 6)
para("海西州医疗保障局办公室　　　　　　　　2023年3月16日印发", "仿宋_GB2312", 14, indent=False)

doc.save(DOCX)
os.makedirs(OUTDIR, exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP, DOCX], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(TMP, NAME + ".pdf"), os.path.join(OUTDIR, NAME + ".pdf"))
shutil.rmtree(TMP)
print("wrote", os.path.join(OUTDIR, NAME + ".pdf"))
