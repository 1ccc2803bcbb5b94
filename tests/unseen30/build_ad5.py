# Build blind notice ad5 (national multi-ministry 工业锅炉和电机系统节能降碳专项行动方案) as DOCX with python-docx,
# then convert to PDF with LibreOffice. The DOCX stays in a temporary folder (not in notices/).
# Run with the project's .venv python; writes notices/ next to this script
import os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TMP = tempfile.mkdtemp()
DOCX = os.path.join(TMP, "ad5_jieneng_jiangtan_guolu_dianji.docx")
PDF_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notices")

doc = Document()

def setup(sec, landscape=False):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
        sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

def page_footer(sec):
    sec.footer.is_linked_to_previous = False
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    def r(t):
        run = p.add_run(t); run.font.size = Pt(14); run.font.name = "宋体"
        run._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
        return run
    r("— ")
    run = p.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); run._element.append(fc)
        else:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = text; run._element.append(it)
    run.font.size = Pt(14)
    r(" —")

def font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)

def para(text="", name="仿宋_GB2312", size=16, bold=False, align=None, indent=True, color=None, before=0):
    p = doc.add_paragraph()
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}.get(align, WD_ALIGN_PARAGRAPH.JUSTIFY)
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(29)
    if text:
        font(p.add_run(text), name, size, bold, color)
    return p

def item(head, text):
    p = para()
    font(p.add_run(head), "楷体_GB2312", 16, True)
    font(p.add_run(text))

sec0 = doc.sections[0]
setup(sec0)
page_footer(sec0)

# ---- cover notice ----
para("国家发展和改革委员会", "方正小标宋简体", 26, False, "c", color=(0xE0, 0, 0))
para("工业和信息化部", "方正小标宋简体", 26, False, "c", color=(0xE0, 0, 0))
para("财政部", "方正小标宋简体", 26, False, "c", color=(0xE0, 0, 0))
para("国家市场监督管理总局", "方正小标宋简体", 26, False, "c", color=(0xE0, 0, 0))
para("国家能源局", "方正小标宋简体", 26, False, "c", color=(0xE0, 0, 0))
para()
para("发改环资〔2024〕612号", align="c")
para("━━━━━━━━━━━━━━━━━━━━━━━━━", "宋体", 12, False, "c", color=(0xE0, 0, 0))
para()
para("国家发展改革委 工业和信息化部 财政部", "方正小标宋简体", 22, False, "c")
para("市场监管总局 国家能源局关于印发", "方正小标宋简体", 22, False, "c")
para("《工业锅炉和电机系统节能降碳专项行动", "方正小标宋简体", 22, False, "c")
para("方案（2024—2025年）》的通知", "方正小标宋简体", 22, False, "c")
para()
para("各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委、工业和信息化主管部门、财政厅（局）、市场监管局（厅、委）、能源局，有关中央企业：", indent=False)
para("为贯彻落实党中央、国务院关于推动大规模设备更新和碳达峰碳中和的决策部署，落实《推动大规模设备更新和消费品以旧换新行动方案》（国发〔2024〕7号）和《2030年前碳达峰行动方案》（国发〔2021〕23号）有关要求，加快工业锅炉和电机系统节能降碳改造和更新升级，我们制定了《工业锅炉和电机系统节能降碳专项行动方案（2024—2025年）》。现印发给你们，请结合实际认真贯彻落实。")
para()
para("国家发展改革委　　　　　工业和信息化部", align="c")
para()
para("财　政　部　　　　　　　市场监管总局", align="c")
para()
para("国家能源局　　　　　　　　　", align="r")
para("2024年5月10日　　　　　　", align="r")
doc.add_page_break()

# ---- the plan ----
para("工业锅炉和电机系统节能降碳专项行动方案", "方正小标宋简体", 22, False, "c")
para("（2024—2025年）", "楷体_GB2312", 16, False, "c")
para()
para("工业锅炉和电机系统是工业领域量大面广的主要用能设备，其能效水平直接关系工业节能降碳成效。2023年，全国在用工业锅炉约33万台，年耗能约6.5亿吨标准煤；电机保有量超过30亿千瓦，电机系统用电量约占全社会用电量的55%。总体看，在用工业锅炉平均运行热效率与国际先进水平相比仍有5个百分点左右的差距，低效电机占比偏高，系统匹配性差、“大马拉小车”等问题较为突出，节能降碳潜力较大。为加快推动工业锅炉和电机系统节能降碳，制定本方案。")
para("一、总体要求", "黑体", 16)
para("（一）指导思想", "楷体_GB2312", 16, True)
para("以习近平新时代中国特色社会主义思想为指导，完整、准确、全面贯彻新发展理念，坚持市场为主、政府引导，坚持标准引领、分类施策，坚持更新改造、提质增效相结合，统筹推进落后低效设备淘汰、节能改造和高效设备推广，为实现碳达峰碳中和目标提供有力支撑。在推进过程中，坚持先立后破、稳妥有序，统筹节能降碳与企业正常生产经营，防止“一刀切”和运动式推进；坚持突出重点、以点带面，聚焦高耗能行业和重点用能单位，先行开展示范，逐步推广应用。")
para("（二）主要目标", "楷体_GB2312", 16, True)
para("到2025年，工业锅炉和电机系统能效水平明显提升，在用工业锅炉平均运行热效率达到70%以上，高效节能电机在役占比提升至25%左右，工业锅炉和电机系统年节能量达到2500万吨标准煤以上，减少二氧化碳排放6000万吨左右。主要指标见附表。")
para("二、重点任务", "黑体", 16)
item("（一）加快淘汰落后低效设备。", "依据能效强制性国家标准，全面排查在用工业锅炉和电机能效状况，建立落后低效设备淘汰清单，对不符合能效限定值要求的设备依法依规实施淘汰或改造。2025年底前，县级及以上城市建成区基本淘汰35蒸吨/小时以下燃煤锅炉。（工业和信息化部、市场监管总局按职责分工负责）")
item("（二）推进工业锅炉节能改造。", "推广高效燃烧、余热回收、冷凝换热、智能控制等成熟技术，改造后锅炉运行热效率提升5个百分点以上。2024—2025年，完成燃煤、燃气工业锅炉节能改造3万台以上，优先推动石化化工、建材、纺织、造纸等行业锅炉改造。（国家发展改革委、工业和信息化部负责）")
item("（三）实施电机能效提升。", "严格执行电动机能效强制性国家标准（GB 18613），新增电机原则上采用高效节能产品；鼓励企业对运行年限超过15年的低效电机实施更新，同步开展风机、水泵、压缩机等系统匹配性改造，推广变频调速、永磁同步、智能群控等技术，解决“大马拉小车”、系统效率偏低等问题。到2025年，累计推广高效节能电机1.5亿千瓦以上。（工业和信息化部牵头，市场监管总局配合）")
item("（四）开展节能诊断服务。", "2024—2025年，组织节能服务机构对工业锅炉和电机系统开展节能诊断，覆盖企业不少于6000家，形成诊断报告并跟踪改造实施，诊断服务结果向企业免费提供。（工业和信息化部负责）")
item("（五）加大资金支持力度。", "对符合条件的工业锅炉和电机系统节能改造项目，通过中央预算内投资给予不超过项目总投资15%的支持，单个项目支持金额最高3000万元。对纳入设备更新贷款贴息范围的项目，中央财政给予1个百分点的贴息。（国家发展改革委、财政部按职责分工负责）")
item("（六）完善标准计量体系。", "2024年底前完成工业锅炉能效限定值及能效等级国家标准修订，加快制定电机系统节能监测、能效评价等标准。到2025年，重点用能单位能源计量器具配备率达到100%。（市场监管总局牵头，国家发展改革委、工业和信息化部配合）")
item("（七）推动清洁能源替代。", "在具备条件的地区推广电锅炉、生物质锅炉、工业热泵等替代燃煤锅炉，鼓励利用工业余热、可再生能源供热。到2025年，工业终端用能电气化率达到30%左右。（国家能源局、国家发展改革委按职责分工负责）")
item("（八）加强回收循环利用。", "完善废旧电机、锅炉回收网络，支持电机再制造企业规范化发展，推动退役设备高水平循环利用，严禁淘汰设备异地转移、再次使用。（工业和信息化部、商务部按职责分工负责）")
item("（九）壮大节能装备产业。", "支持高效电机、高效锅炉、变频调速装置、永磁传动等节能装备企业加大研发投入，突破高效永磁材料、智能控制系统等关键技术，培育一批具有核心竞争力的专精特新企业和制造业单项冠军企业。到2025年，高效节能电机年产能达到2亿千瓦。（工业和信息化部、国家发展改革委按职责分工负责）")
item("（十）创新节能服务模式。", "鼓励节能服务公司采用合同能源管理、能源托管等模式，为企业提供诊断、设计、融资、改造、运维一体化服务。推广“以租代购”“按效付费”等商业模式，降低中小企业节能改造门槛。（国家发展改革委负责）")
para("三、保障措施", "黑体", 16)
item("（一）加强统筹协调。", "国家发展改革委会同有关部门建立工作协调机制，每半年调度一次工作进展，及时研究解决重大问题。")
item("（二）强化监督检查。", "市场监管总局每年组织开展重点用能设备能效监督抽查，抽查不少于1000批次，对不合格产品依法处理并向社会公开。")
item("（三）压实地方责任。", "各地要将工业锅炉和电机系统节能降碳纳入本地区设备更新工作统筹推进，细化工作措施，明确时间表、路线图。")
item("（四）完善统计监测。", "依托工业节能监察、能源统计和重点用能单位能耗在线监测系统，建立工业锅炉和电机系统节能降碳统计监测制度，按年度评估行动实施成效，评估结果作为政策调整和资金安排的重要参考。")
item("（五）加强宣传培训。", "组织开展节能技术装备推广对接活动，及时总结推广各地区、各行业工业锅炉和电机系统节能降碳的典型经验和先进做法，加强企业能源管理人员培训，利用全国节能宣传周等平台开展政策解读，营造全社会共同推进节能降碳的良好氛围。")

# ---- landscape page: indicator table ----
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
setup(sec2, landscape=True)
page_footer(sec2)
p = para("附表", "黑体", 16, indent=False)
para("工业锅炉和电机系统节能降碳主要指标", "方正小标宋简体", 20, False, "c")
para()
rows = [
    ("1", "在用工业锅炉平均运行热效率（%）", "65", "70以上", "预期性"),
    ("2", "新增工业锅炉一级能效产品占比（%）", "30", "50", "预期性"),
    ("3", "高效节能电机在役占比（%）", "18", "25左右", "预期性"),
    ("4", "燃煤工业锅炉数量（万台）", "7.8", "6以下", "约束性"),
    ("5", "工业锅炉和电机系统年节能量（万吨标准煤）", "—", "2500以上", "约束性"),
    ("6", "减少二氧化碳排放（万吨）", "—", "6000左右", "预期性"),
    ("7", "重点用能单位电机系统能效诊断覆盖率（%）", "42", "80以上", "预期性"),
]
tbl = doc.add_table(rows=1, cols=5)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
tbl.autofit = False
widths = [Cm(1.6), Cm(11.0), Cm(3.0), Cm(3.0), Cm(3.0)]
for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths):
    gc.set(qn("w:w"), str(int(w.twips)))
for i, h in enumerate(["序号", "指标", "2023年", "2025年", "属性"]):
    c = tbl.rows[0].cells[i]; c.width = widths[i]
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(c.paragraphs[0].add_run(h), "黑体", 14)
for r in rows:
    cells = tbl.add_row().cells
    for i, v in enumerate(r):
        cells[i].width = widths[i]
        cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT if i == 1 else WD_ALIGN_PARAGRAPH.CENTER
        font(cells[i].paragraphs[0].add_run(v), "仿宋_GB2312", 14)
para("注：2023年为基期数；“—”表示无基期统计数据。", size=12, indent=False)

# ---- back to portrait for 印发 line ----
sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
setup(sec3)
page_footer(sec3)
for _ in range(16):
    para()
para("━━━━━━━━━━━━━━━━━━━━━━━━━", "宋体", 12, False, "c")
para("国家发展改革委办公厅　　　　　　　　2024年5月13日印发", size=14, indent=False)

os.makedirs(TMP, exist_ok=True)
doc.save(DOCX)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP, DOCX], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
pdf = DOCX[:-5] + ".pdf"
shutil.copy(pdf, os.path.join(PDF_DIR, os.path.basename(pdf)))
print("saved", os.path.join(PDF_DIR, os.path.basename(pdf)))
