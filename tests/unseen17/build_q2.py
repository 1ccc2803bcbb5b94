"""Build q2_runan_gaobiaozhun_nongtian_banfa.docx (blind set 17) with python-docx.
Run: .venv/bin/python tests/unseen17/build_q2.py   (from the project root)"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = str(Path(__file__).resolve().parent / "notices" / "q2_runan_gaobiaozhun_nongtian_banfa.docx")
FS, XBS, HT, KT = "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312"
RED = (0xE6, 0x00, 0x12)


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


def P(doc, text="", f=FS, size=16, bold=False, align=None, indent=True, color=None, spacing=28):
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, "justify"):
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(spacing)
    p.paragraph_format.space_after = Pt(0)
    if text:
        font(p.add_run(text), f, size, bold, color)
    return p


CN = "零一二三四五六七八九"
def cn(n):
    if n < 10: return CN[n]
    if n < 20: return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
COUNTER = [0]
def article(doc, num, text):
    COUNTER[0] += 1
    num = "第" + cn(COUNTER[0]) + "条"
    p = P(doc)
    font(p.add_run(num), HT)
    font(p.add_run("\u3000" + text), FS)
    return p


def bottom_rule(p, color="E60012", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_rule(p, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    font(run, "宋体", 14)
    for kind, txt in (("begin", None), (None, "PAGE"), ("separate", None), ("t", "1"), ("end", None)):
        if kind == "t":
            t = OxmlElement("w:t"); t.text = txt; run._element.append(t)
        elif kind:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); run._element.append(fc)
        else:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; run._element.append(it)
    font(p.add_run(" —"), "宋体", 14)


def cell(c, text, bold=False, f=FS, size=14):
    c.text = ""
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run(text), f, size, bold)


doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
footer(sec)
normal = doc.styles["Normal"]
normal.font.name = FS
normal.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
normal.font.size = Pt(16)

# 版头
P(doc, "汝南县人民政府文件", XBS, 36, align="center", color=RED, spacing=50)
P(doc)
p = P(doc, "汝政〔2024〕9号", FS, 16, align="center")
bottom_rule(p)
P(doc)
P(doc, "汝南县人民政府", XBS, 22, align="center", spacing=34)
P(doc, "关于印发汝南县高标准农田建设奖补办法的通知", XBS, 22, align="center", spacing=34)
P(doc)
P(doc, "各乡（镇）人民政府，各街道办事处，县政府各部门：", indent=False)
P(doc, "为深入实施“藏粮于地、藏粮于技”战略，加快推进高标准农田建设，引导社会资本和新型农业经营主体参与农田建设和管护，县农业农村局、县财政局研究起草了《汝南县高标准农田建设奖补办法》，已经县政府第32次常务会议研究同意，现印发给你们，请认真贯彻执行。")
P(doc, "各乡（镇）人民政府、各街道办事处要高度重视，加强政策宣传，组织符合条件的经营主体积极申报；县直各有关部门要按照职责分工，密切配合，确保奖补政策落到实处。执行中遇到的问题，请及时向县农业农村局反馈（联系人：县农业农村局农田建设管理股，联系电话：0396－8029117）。")
P(doc)
P(doc, "汝南县人民政府", align="right")
P(doc, "2024年4月22日", align="right")
P(doc, "（此件公开发布）")
doc.add_page_break()

P(doc, "汝南县高标准农田建设奖补办法", XBS, 22, align="center", spacing=34)
P(doc)
P(doc, "第一章　总　则", HT, align="center")
article(doc, None, "为调动新型农业经营主体和农村集体经济组织参与高标准农田建设的积极性，提高建设质量和建后管护水平，根据《农田建设项目管理办法》（农业农村部令2019年第4号）、《河南省高标准农田建设项目管理办法》（豫农文〔2023〕112号）和《驻马店市高标准农田建设奖补资金管理办法》（驻政办〔2023〕27号）等规定，结合我县实际，制定本办法。")
article(doc, None, "截至2023年底，全县累计建成高标准农田112.6万亩，占永久基本农田面积的86.5%。到2025年，全县累计建成高标准农田125万亩，其中建成高标准农田示范区10万亩，粮食综合生产能力稳定在28亿斤以上。2023年，全县粮食总产量达到27.3亿斤。")
article(doc, None, "本办法所称奖补，是指县财政对经营主体自主建设或者参与建设的高标准农田项目，经验收合格后给予的奖励和补助。奖补资金实行“先建后补、以奖代补、据实兑付”，坚持公开、公平、公正的原则。")
article(doc, None, "高标准农田建设奖补坚持“谁建设、谁受益、谁管护”，优先支持粮食生产功能区和重要农产品生产保护区内的项目，优先支持整村、整乡（镇）推进的项目，优先支持吸纳脱贫人口和监测对象务工的项目。")
P(doc, "第二章　奖补对象和条件", HT, align="center")
article(doc, None, "奖补对象为在本县依法登记注册的家庭农场、农民合作社、农业企业和村集体经济组织（以下统称经营主体）。")
article(doc, None, "申请奖补的项目应同时符合以下条件：")
P(doc, "（一）项目区位于永久基本农田保护区或粮食生产功能区内，集中连片面积500亩以上；")
P(doc, "（二）经营主体通过流转方式取得土地经营权的，土地流转期限5年以上，且流转合同已在乡（镇）农村经营管理部门备案；")
P(doc, "（三）建设内容符合《高标准农田建设 通则》（GB/T 30600—2022）要求，田、土、水、路、林、电、技、管综合配套；")
P(doc, "（四）亩均投资不低于2000元，且投资凭证齐全、真实有效；")
P(doc, "（五）项目建成后种植粮食作物面积占比不低于80%，不得用于非农建设和挖塘养鱼、种植林果等“非粮化”用途。")
article(doc, None, "有下列情形之一的，不予奖补：")
P(doc, "（一）同一地块已享受中央、省、市高标准农田建设财政资金支持的；")
P(doc, "（二）经营主体存在拖欠农民工工资或者土地流转费的；")
P(doc, "（三）经营主体被列入严重失信主体名单且尚未移出的；")
P(doc, "（四）项目存在严重质量问题且未按期整改到位的。")
P(doc, "第三章　建设标准", HT, align="center")
article(doc, None, "奖补项目应按照“田成方、渠相通、路相连、旱能浇、涝能排、渍能降”的要求建设。项目区田块平整，格田面积一般为30亩至50亩；灌溉设计保证率不低于75%；田间道路通达度达到95%以上；平原区农田防护林网控制率达到90%以上。")
article(doc, None, "项目建成后，项目区耕地质量等级应提升0.5个等级以上，并由县农业农村局组织开展耕地质量等级评价，评价结果纳入验收内容。")
article(doc, None, "项目区应因地制宜配套建设土壤墒情、虫情、气象等监测设施，原则上每3000亩至少配置1套监测设施，监测数据接入全县高标准农田数字化监管平台，实现建设、管护、利用全过程在线监管。")
P(doc, "第四章　奖补标准", HT, align="center")
article(doc, None, "按照项目验收合格面积实行分档奖补，具体标准如下：")
P(doc, "高标准农田建设奖补标准", HT, 14, align="center")
tbl = doc.add_table(rows=4, cols=2)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
rows = [("面积", "补助标准"), ("500亩（含）—1000亩", "每亩300元"), ("1000亩（含）—3000亩", "每亩400元"), ("3000亩（含）以上", "每亩500元")]
for i, (a, b) in enumerate(rows):
    cell(tbl.cell(i, 0), a, bold=(i == 0), f=HT if i == 0 else FS)
    cell(tbl.cell(i, 1), b, bold=(i == 0), f=HT if i == 0 else FS)
P(doc, "注：面积以县农业农村局验收确认的集中连片面积为准，不足1亩的部分不计入奖补面积。", FS, 12, indent=False)
article(doc, None, "项目建设内容包含喷灌、滴灌、水肥一体化等高效节水灌溉设施的，在第十一条规定标准的基础上每亩增加补助一百元。")
article(doc, None, "单个项目奖补资金最高不超过一百五十万元；同一经营主体年度累计奖补资金最高不超过二百万元。同一地块五年内不得重复申报奖补。")
article(doc, None, "对建成县级高标准农田示范区的项目，即集中连片面积3000亩以上、亩均投资3000元以上且物联网监测设施配套完善的，在分档奖补的基础上再给予一次性奖励三十万元。县级高标准农田示范区由县农业农村局组织认定，每年认定数量不超过5个。")
article(doc, None, "项目验收合格后，经营主体应当履行建后管护责任，管护期不少于5年。管护期内，县财政按照20元/亩·年的标准给予管护补助。")
article(doc, None, "管护补助与年度管护考核结果挂钩。考核得分在80分以上的，全额拨付管护补助；得分在60分（含）至80分的，按50%拨付；得分在60分以下的，不予拨付，并责令限期整改。")
article(doc, None, "经营主体为建设高标准农田向银行业金融机构申请贷款的，县财政按照一年期贷款市场报价利率（LPR）的50%给予贴息，单个经营主体年度贴息最高不超过二十万元，贴息期限最长不超过2年。")
article(doc, None, "鼓励经营主体为项目区种植的小麦、玉米等粮食作物投保完全成本保险，县财政在中央、省、市保费补贴的基础上，再给予经营主体自缴保费10%的补贴。")
P(doc, "第五章　申报与审核", HT, align="center")
article(doc, None, "奖补项目每年集中受理一次，受理时间为每年3月1日至3月31日。经营主体向项目所在地乡（镇）人民政府提出申请，提交申请表、营业执照、土地流转合同、建设方案和投资凭证等材料。乡（镇）人民政府应在受理后10个工作日内完成初审，并将初审意见报县农业农村局。")
article(doc, None, "县农业农村局会同县财政局于每年5月底前完成审核，必要时组织专家进行现场核查，对符合条件的项目纳入年度奖补计划。")
article(doc, None, "审核结果在县人民政府门户网站和项目所在村（社区）公示，公示期为7个工作日。公示有异议的，组织核实后重新公示；公示无异议的，按程序下达奖补计划。")
article(doc, None, "奖补项目建设期原则上不超过1年，跨年度实施的不超过2年。项目施工应由具有相应资质的施工单位承担，总投资300万元以上的项目应委托具有相应资质的监理单位实施监理。项目实施过程中确需调整建设地点、建设内容或者建设规模的，经营主体应报县农业农村局同意，调整后的项目仍须符合本办法第六条规定的条件。")
article(doc, None, "经营主体应当在项目区显著位置设立统一规格的高标准农田建设标识牌，标明项目名称、建设单位、建设面积、建设内容、投资规模、奖补金额和管护责任人等信息，接受群众监督。")
P(doc, "第六章　验收与资金拨付", HT, align="center")
article(doc, None, "项目完工后，经营主体向县农业农村局提出验收申请，县农业农村局会同县财政局、县自然资源局在30个工作日内组织验收，验收结果作为奖补资金拨付的依据。")
article(doc, None, "奖补资金分两次拨付：项目验收合格后拨付奖补资金的70%；项目运行管护满一年、经复核合格后拨付剩余30%。复核不合格的，限期整改，整改仍不合格的，不再拨付剩余资金。县财政局要在验收结果公示无异议后15个工作日内将首笔奖补资金拨付到经营主体账户。")
article(doc, None, "奖补资金通过经营主体在本县开设的银行账户直接拨付，不得以现金方式发放，不得由他人代领。")
P(doc, "第七章　职责分工与监督管理", HT, align="center")
article(doc, None, "县农业农村局要牵头做好奖补项目的政策宣传、申报受理、审核验收和绩效评价工作，建立健全项目档案，并于每年12月底前将年度奖补实施情况报县人民政府。")
article(doc, None, "县财政局要统筹做好奖补资金预算安排，县财政每年安排高标准农田建设奖补资金二千万元，实行专账核算、专款专用，任何单位和个人不得截留、挤占、挪用。")
article(doc, None, "县自然资源局负责项目区新增耕地核定和上图入库工作；县水利局负责项目区灌排工程建设的技术指导和监督。")
article(doc, None, "各乡（镇）人民政府要负责本辖区项目的组织申报、初审和日常监管，协调解决土地流转和工程施工中的矛盾纠纷。")
article(doc, None, "县审计局要每年对奖补资金使用情况开展一次专项审计，审计结果向社会公开。")
article(doc, None, "对弄虚作假、虚报冒领奖补资金的，追回已拨付资金，三年内取消其申报资格；涉嫌违法犯罪的，移交有关机关依法处理。")
article(doc, None, "县农业农村局要会同县财政局每年对上一年度奖补项目开展绩效评价，评价结果分为优秀、良好、合格、不合格四个等次。评价为优秀的经营主体，下一年度申报奖补时在第十一条规定标准的基础上上浮10%；评价为不合格的，两年内不得申报奖补。")
article(doc, None, "奖补项目档案由经营主体和县农业农村局分别保存，保存期限不少于10年。县农业农村局应当通过县人民政府门户网站公开奖补政策、申报程序、奖补对象和奖补金额，接受社会监督。")
P(doc, "第八章　附　则", HT, align="center")
article(doc, None, "本办法由县农业农村局、县财政局负责解释。")
article(doc, None, "本办法自2024年5月1日起施行，有效期三年。《汝南县高标准农田建设以奖代补暂行办法》（汝政〔2021〕15号）同时废止。")
doc.add_page_break()
P(doc, "附件", HT, indent=False)
P(doc)
P(doc, "汝南县高标准农田建设奖补项目申报材料清单", XBS, 20, align="center", spacing=34)
P(doc)
for line in ["1．汝南县高标准农田建设奖补项目申请表（一式三份）；",
             "2．经营主体营业执照或村集体经济组织登记证书复印件；",
             "3．土地流转合同及乡（镇）农村经营管理部门备案证明（自有土地或村集体经济组织直接建设的提供土地权属证明）；",
             "4．项目建设方案，包括建设地点、四至范围、建设内容、投资概算和项目区矢量图斑；",
             "5．工程施工合同、监理合同（投资300万元以下的项目可不提供监理合同）、材料采购发票和资金支付凭证；",
             "6．项目区种植计划及粮食作物种植承诺书；",
             "7．建后管护方案及管护责任承诺书；",
             "8．信用承诺书及其他需要提供的材料。",
             "申报材料须加盖经营主体公章，复印件须注明“与原件一致”。经营主体对申报材料的真实性负责。"]:
    P(doc, line)
P(doc)
P(doc)
p = P(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县纪委监委，县法院，县检察院，县人武部。", FS, 14, indent=False)
top_rule(p)
p = P(doc, "汝南县人民政府办公室　　　　　　　　　　2024年4月23日印发", FS, 14, indent=False)
top_rule(p)
bottom_rule(p, "000000", 8)
doc.save(OUT)
print("wrote", OUT)
