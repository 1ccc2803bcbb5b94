# Build blind notice af2 (儋州市 生活垃圾分类 工作实施方案, 2023) as DOCX with python-docx.
# Run with the project's .venv python; writes notices/af2_danzhou_laji_fenlei_fangan.docx next to this script.
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "notices", "af2_danzhou_laji_fenlei_fangan.docx")

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

# footer: — PAGE —
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("— ")
r = fp.add_run()
for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
    if kind:
        el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind)
    else:
        el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = text
    r._element.append(el)
fp.add_run(" —")


def font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), name)
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


def head1(text):
    para(text, "黑体", 16)


def item(head, text):
    p = para()
    font(p.add_run(head), "楷体_GB2312", 16, True)
    font(p.add_run(text))
    return p


def bottom_rule(p, color="FF0000", size=18):
    pPr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(size)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


# ---------------- cover notice ----------------
para("儋州市人民政府办公室文件", "方正小标宋简体", 30, False, "c", color=(0xE6, 0, 0), after=18)
p = para("儋府办〔2023〕38号", "仿宋_GB2312", 16, False, "c", after=6)
bottom_rule(p)
para("", indent=False)
para("儋州市人民政府办公室关于印发儋州市生活垃圾分类", "方正小标宋简体", 22, False, "c")
para("工作实施方案（2023—2025年）的通知", "方正小标宋简体", 22, False, "c", after=12)
para("各镇人民政府，市政府直属各单位，驻儋各单位：", indent=False)
para("《儋州市生活垃圾分类工作实施方案（2023—2025年）》已经市政府第十五届二十七次常务会议审议通过，现印发给你们，请结合实际认真组织实施。")
para("")
para("儋州市人民政府办公室", align="r")
para("2023年4月12日　　", align="r")
para("（此件主动公开）")

p = para()
p.add_run().add_break(WD_BREAK.PAGE)

# ---------------- the plan ----------------
para("儋州市生活垃圾分类工作实施方案", "方正小标宋简体", 22, False, "c")
para("（2023—2025年）", "楷体_GB2312", 16, False, "c", after=12)
para("为深入贯彻习近平总书记关于垃圾分类工作的重要指示批示精神，全面落实《海南省生活垃圾管理条例》和《住房和城乡建设部等部门关于进一步推进生活垃圾分类工作的若干意见》（建城〔2020〕93号）要求，加快推进我市生活垃圾减量化、资源化、无害化处理，持续改善城乡人居环境，助力海南自由贸易港和国家生态文明试验区建设，结合我市实际，制定本方案。")

head1("一、工作现状")
para("近年来，我市坚持城乡统筹、试点先行，生活垃圾分类工作取得阶段性成效。2022年，全市生活垃圾清运量24.6万吨，日均清运约674吨，生活垃圾无害化处理率达到99.1%；那大城区累计建成生活垃圾分类示范小区28个，全市公共机构生活垃圾分类覆盖率为86.5%。但仍存在分类投放设施配置不足、分类运输体系不健全、厨余垃圾处理能力短缺、农村分类工作起步较晚、居民分类意识和习惯尚未普遍养成等问题，与全省要求相比仍有较大差距。")

head1("二、工作目标")
para("到2023年底，全市生活垃圾分类覆盖率达到60%以上，全市公共机构生活垃圾分类覆盖率达到100%；到2024年底，全市生活垃圾分类覆盖率达到80%以上，城乡生活垃圾回收利用率达到30%以上；到2025年底，全市城乡生活垃圾分类覆盖率达到95%以上，生活垃圾回收利用率达到35%以上，生活垃圾无害化处理率达到100%，厨余垃圾处理能力达到150吨/日，建成生活垃圾分类示范村（社区）50个以上，基本建立分类投放、分类收集、分类运输、分类处理的生活垃圾处理系统。各镇年度目标详见表1。")

para("表1　各镇生活垃圾分类覆盖率年度目标", "黑体", 14, False, "c")
towns = [
    ("那大镇", 100, 100, 100), ("和庆镇", 60, 80, 95), ("南丰镇", 50, 75, 95), ("大成镇", 55, 80, 95),
    ("雅星镇", 50, 75, 90), ("兰洋镇", 50, 75, 90), ("光村镇", 60, 80, 95), ("木棠镇", 55, 80, 95),
    ("海头镇", 50, 75, 90), ("峨蔓镇", 45, 70, 90), ("王五镇", 55, 80, 95), ("白马井镇", 70, 90, 100),
    ("中和镇", 60, 85, 95), ("排浦镇", 50, 75, 90), ("东成镇", 50, 75, 90), ("新州镇", 60, 80, 95),
]
tbl = doc.add_table(rows=2 + len(towns), cols=4)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER


def cell_text(cell, text, bold=False, name="仿宋_GB2312", size=12):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run(text), name, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


a = tbl.cell(0, 0).merge(tbl.cell(1, 0))
cell_text(a, "镇", True, "黑体")
b = tbl.cell(0, 1).merge(tbl.cell(0, 3))
cell_text(b, "生活垃圾分类覆盖率（%）", True, "黑体")
for j, y in enumerate(("2023年底", "2024年底", "2025年底")):
    cell_text(tbl.cell(1, j + 1), y, True, "黑体")
for i, (t, x, y, z) in enumerate(towns):
    cell_text(tbl.cell(i + 2, 0), t)
    for j, v in enumerate((x, y, z)):
        cell_text(tbl.cell(i + 2, j + 1), str(v))
para("注：覆盖率＝开展生活垃圾分类的行政村（社区）数÷行政村（社区）总数×100%。洋浦经济开发区生活垃圾分类工作按其管理体制另行部署。", "仿宋_GB2312", 12, indent=False)

head1("三、主要任务")
item("（一）完善分类投放设施。", "按照“可回收物、有害垃圾、厨余垃圾、其他垃圾”四分类标准，参照《生活垃圾分类标志》（GB/T 19095—2019）统一设置分类投放设施和标识。2023年9月底前，城区居民小区完成分类投放点规范化改造，分类投放点服务半径不超过100米；农村地区每个行政村至少设置2个集中分类投放点。（牵头单位：市综合行政执法局；责任单位：市住房和城乡建设局、各镇人民政府）")
item("（二）健全分类收运体系。", "建立“户分类、村收集、镇转运、市处理”的城乡一体化收运模式，严禁混装混运。2023年底前，全市配备分类运输车辆不少于120辆，各镇至少配备1辆厨余垃圾专用收运车，厨余垃圾做到日产日清。（牵头单位：市综合行政执法局；责任单位：市交通运输局、各镇人民政府）")
item("（三）加快分类处理设施建设。", "2024年6月底前建成儋州市餐厨垃圾资源化处理项目，设计处理规模100吨/日；配套建设那大城区、白马井镇2个厨余垃圾就地处理站点，单个站点处理能力不低于20吨/日。推动现有生活垃圾焚烧发电厂提标改造，确保其他垃圾全量焚烧处理。（牵头单位：市发展和改革委员会；责任单位：市综合行政执法局、市自然资源和规划局、市生态环境局）")
item("（四）推进可回收物资源化利用。", "推动生活垃圾分类网点与再生资源回收网点“两网融合”，2024年底前每个镇至少建成1个再生资源回收站点，全市建成1个以上再生资源分拣中心，鼓励采用“互联网+回收”模式上门回收。（牵头单位：市商务局；责任单位：市供销合作联社、各镇人民政府）")
item("（五）规范有害垃圾收运处置。", "常态化开展有害垃圾收集、暂存和转运工作，有害垃圾交由具有危险废物经营许可证的单位处置，暂存时间不超过6个月，严禁将有害垃圾混入其他垃圾。（牵头单位：市生态环境局；责任单位：市综合行政执法局、市卫生健康委员会）")
item("（六）推进农村生活垃圾分类。", "在农村全面推行“二次四分法”，引导农户将可腐烂垃圾就地堆肥还田。2023年底前，每个镇至少创建1个生活垃圾分类示范村；每个行政村至少配备2名专职保洁员，负责分类指导和二次分拣。（牵头单位：市农业农村局；责任单位：各镇人民政府）")
item("（七）推行公共机构率先分类。", "2023年6月底前，市直党政机关、事业单位、国有企业以及学校、医院等公共机构全面实行生活垃圾强制分类，落实分类责任人，杜绝一次性用品过度使用。（牵头单位：市机关事务管理局；责任单位：市直各单位）")
item("（八）开展垃圾分类进校园。", "将垃圾分类知识纳入中小学、幼儿园教育内容，组织开展“小手拉大手”活动，各中小学校每学年至少开展2次垃圾分类主题教育活动。（责任单位：市教育局）")
item("（九）加强宣传引导。", "持续开展垃圾分类进社区、进家庭、进企业、进农村、进景区活动，充分利用电视、广播、网络、户外广告等载体宣传普及垃圾分类知识，营造全民参与的良好氛围。（牵头单位：市委宣传部；责任单位：市融媒体中心、市妇联、各镇人民政府）")
item("（十）强化执法监管。", "依据《海南省生活垃圾管理条例》，对个人违反分类投放规定且拒不改正的，处50元以上200元以下罚款；对单位违反分类投放规定的，处5000元以上5万元以下罚款。自2023年7月起开展分类执法检查，每季度通报一次执法情况。（牵头单位：市综合行政执法局；责任单位：市公安局、市生态环境局）")

head1("四、实施步骤")
item("（一）动员部署阶段（2023年4月—5月）。", "各镇、各有关单位结合实际制定具体工作方案，明确目标任务、责任分工和时间节点，召开动员部署会议，全面启动生活垃圾分类三年行动。")
item("（二）全面推进阶段（2023年6月—2024年12月）。", "按照年度目标全面推进分类投放、收运和处理设施建设，加快补齐厨余垃圾处理能力短板，扩大农村生活垃圾分类覆盖面，总结推广示范小区、示范村经验做法。")
item("（三）巩固提升阶段（2025年1月—12月）。", "对照目标任务开展“回头看”，查漏补缺，健全长效管理机制，全面完成三年行动各项目标任务，形成可复制、可推广的儋州经验。")

head1("五、保障措施")
item("（一）加强组织领导。", "成立儋州市生活垃圾分类工作领导小组，统筹推进全市生活垃圾分类工作。组成人员如下：")
para("组　长：陈立民　市委副书记、市长")
para("副组长：吴海波　市委常委、常务副市长")
para("　　　　符丽娟　副市长")
para("成　员：市政府办公室、市综合行政执法局、市发展和改革委员会、市财政局、市住房和城乡建设局、市生态环境局、市商务局、市农业农村局、市教育局、市卫生健康委员会、市机关事务管理局、市委宣传部、市自然资源和规划局、市交通运输局、市公安局、市供销合作联社主要负责同志和各镇镇长。")
para("领导小组办公室设在市综合行政执法局，办公室主任由市综合行政执法局局长兼任，办公室副主任由市住房和城乡建设局、市生态环境局分管负责同志担任，负责统筹协调、督促检查和日常工作。领导小组每半年至少召开1次全体会议，研究解决工作中的重大问题。")
item("（二）强化资金保障。", "市财政每年安排生活垃圾分类专项资金不少于1500万元，重点用于分类设施建设、收运车辆购置、宣传培训和以奖代补。对验收合格的生活垃圾分类示范村（社区），每个给予一次性奖补10万元；对年度考核排名前3位的镇，分别给予30万元、20万元、10万元奖励。鼓励社会资本参与生活垃圾分类收运和处理设施建设运营。")
item("（三）严格督导考核。", "将生活垃圾分类工作纳入各镇和市直单位年度绩效考核，分值权重不低于5%。领导小组办公室每季度对各镇工作进行一次考评，考评结果在全市通报，对工作推进不力的镇和单位进行约谈。")
item("（四）广泛动员参与。", "充分发挥党员干部、志愿者、网格员和楼栋长作用，推行“党建+垃圾分类”模式，引导居民自觉分类、主动减量，形成人人参与、人人尽责的社会氛围。")

para("")
p = para("抄送：市委办公室，市人大常委会办公室，市政协办公室。", "仿宋_GB2312", 14, indent=False)
bottom_rule(p, "000000", 6)
para("儋州市人民政府办公室　　　　　　　　　2023年4月13日印发", "仿宋_GB2312", 14, indent=False)

os.makedirs(os.path.dirname(OUT), exist_ok=True)
doc.save(OUT)
print("wrote", OUT)
