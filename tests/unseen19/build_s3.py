# Build blind notice s3 (DOCX, GB/T 9704 layout) with python-docx.
from pathlib import Path
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = str(Path(__file__).resolve().parent / "notices" / "s3_sichuan_zhizaoye_shuzihua_zijin_banfa.docx")
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)

def font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color: run.font.color.rgb = RGBColor(*color)

def para(text="", align=None, indent=True, name="仿宋_GB2312", size=16, bold=False, color=None, space=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28); pf.space_after = Pt(space); pf.space_before = Pt(0)
    if indent: pf.first_line_indent = Pt(32)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align is None: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        font(p.add_run(text), name, size, bold, color)
    return p

def head_para(lead, rest):
    p = para(indent=True)
    font(p.add_run(lead), "楷体_GB2312")
    font(p.add_run(rest))
    return p

def red_rule():
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "18"), ("space", "1"), ("color", "FF0000")):
        b.set(qn("w:" + k), v)
    bdr.append(b); pPr.append(bdr)

# 版头 (joint issuers)
para("四川省经济和信息化厅", "c", False, "方正小标宋简体", 36, False, (255, 0, 0))
para("四  川  省  财  政  厅", "c", False, "方正小标宋简体", 36, False, (255, 0, 0))
para("文件", "c", False, "方正小标宋简体", 36, False, (255, 0, 0), space=12)
para("川经信规〔2024〕4号", "c", False)
red_rule()
para()
para("四川省经济和信息化厅  四川省财政厅", "c", False, "方正小标宋简体", 22)
para("关于印发《四川省制造业数字化转型专项资金管理办法》的通知", "c", False, "方正小标宋简体", 22)
para()
para("各市（州）经济和信息化局、财政局，省级有关部门：", indent=False)
para("为贯彻落实省委、省政府关于推动制造业高端化、智能化、绿色化发展的决策部署，规范和加强制造业数字化转型专项资金管理，提高资金使用效益，我们制定了《四川省制造业数字化转型专项资金管理办法》，现印发给你们，请遵照执行。")
para("各市（州）经济和信息化局要会同同级财政局于每年4月30日前完成本地区项目的组织申报和初审推荐工作，并对推荐项目的真实性负责。")
para("2024年度专项资金申报工作按照本办法执行。省经济和信息化厅要于2024年9月30日前发布2024年度申报指南，2024年度项目申报截止时间为2024年10月31日。执行中遇到的问题，请及时向省经济和信息化厅、省财政厅反映。")
para()
para("四川省经济和信息化厅                四川省财政厅", "r", False)
para("2024年8月12日", "r", False)
para("（此件主动公开）", None, True)
para()
para("四川省制造业数字化转型专项资金管理办法", "c", False, "方正小标宋简体", 22)
para()

chapters = [
("第一章  总    则", [
"第一条  为规范四川省制造业数字化转型专项资金（以下简称专项资金）管理，提高资金使用效益，根据《中华人民共和国预算法》《四川省省级财政专项资金管理办法》（川财预〔2022〕12号）和《四川省制造业数字化转型实施方案（2023—2025年）》（川办发〔2023〕37号）等规定，制定本办法。",
"第二条  本办法所称专项资金，是指省级财政预算安排，用于支持全省制造业企业实施智能化改造、数字化转型和工业互联网创新发展的资金。专项资金年度预算规模为5亿元，实施期限至2028年。",
"第三条  专项资金管理遵循“公开透明、突出重点、择优支持、注重绩效”的原则，实行项目库管理。项目库实行动态管理，入库满3年未获得支持的项目自动出库，企业可重新申报入库。",
]),
("第二章  职责分工", [
"第四条  省经济和信息化厅负责编制年度申报指南，于每年3月31日前向社会发布，组织项目评审、提出资金分配建议方案，会同省财政厅开展绩效管理和监督检查。",
"第五条  省财政厅负责专项资金预算管理，审核资金分配建议方案，在收到分配建议方案后30日内按规定下达资金。",
"第六条  各市（州）经济和信息化局、财政局负责本地区项目组织申报、初审推荐、实施监管和资金拨付，对项目建设情况每半年开展一次现场核查。",
]),
("第三章  支持范围和方式", [
"第七条  专项资金支持以下方向：智能制造示范工厂和数字化车间建设，工业互联网平台培育，中小企业数字化转型试点，数字化改造项目贷款贴息。具体支持方式、比例和金额见下表。",
"TABLE",
"第八条  专项资金可用于项目涉及的工业软件购置和开发、智能装备和数字化设备购置、网络和安全设施建设、系统集成服务等支出，不得用于土地购置、厂房建设、人员工资和日常运转支出，不得用于偿还债务。",
"第九条  中小企业数字化转型试点服务商应当在省内完成对试点企业的数字化改造，单个服务商年度服务试点企业不少于30家，服务企业中规模以下企业占比不低于40%。对服务商的奖补按服务企业数量核定，每家企业3万元，试点期满经评估合格后一次性拨付。",
"第十条  贷款贴息项目的单笔贷款金额应当在1000万元以上，贷款期限1年以上，贴息期限最长不超过2年。贴息按照实际支付利息计算，年贴息率不超过2个百分点。",
"第十一条  同一企业同一年度获得专项资金支持的项目不超过2个，单个企业年度累计获得支持金额不超过1500万元。已获得其他省级财政资金支持的同一项目，不得重复申报。",
]),
("第四章  申报条件", [
"第十二条  申报企业应当同时具备以下条件：（一）在四川省境内依法注册满1年，具有独立法人资格；（二）年主营业务收入2000万元以上，其中申报智能制造示范工厂的，年主营业务收入5亿元以上；（三）财务管理制度健全，资产负债率不高于70%；（四）近3年内未发生重大安全、环保、质量事故，未被列入严重失信主体名单；（五）为纳入统计联网直报平台的工业企业或者软件和信息技术服务企业。",
"第十三条  申报项目应当在申报截止日前2年内开工建设，智能制造示范工厂项目设备和软件投资不低于5000万元，数字化车间项目设备和软件投资不低于1000万元，其中软件和信息技术服务投资占比不低于15%。",
]),
("第五章  申报程序", [
"第十四条  省经济和信息化厅通过“四川省制造业数字化转型公共服务平台”组织网上申报。申报企业按照申报指南要求，向所在地市（州）经济和信息化局提交申请报告、项目可行性研究报告、投资合同和发票、近2年财务审计报告、信用承诺书等材料，对材料的真实性、准确性、完整性负责。",
"第十五条  市（州）经济和信息化局会同同级财政局对申报材料进行初审，必要时开展现场核查，在指南规定的截止日期后20个工作日内出具初审意见，择优向省经济和信息化厅推荐。每个市（州）年度推荐项目原则上不超过15个，成都市不超过30个。",
"第十六条  省属企业和中央在川企业直接向省经济和信息化厅申报，由省经济和信息化厅商省政府国资委等有关部门进行初审。",
]),
("第六章  评审和公示", [
"第十七条  省经济和信息化厅委托第三方机构组织专家评审，评审专家从省级专家库中随机抽取，每个项目评审专家不少于5人。",
"第十八条  拟支持项目名单在省经济和信息化厅门户网站公示，公示内容包括项目名称、承担单位、支持方式和拟支持金额，公示期不少于5个工作日。公示有异议的，由省经济和信息化厅会同省财政厅在10个工作日内组织复核。",
]),
("第七章  绩效管理和监督", [
"第十九条  专项资金实行“当年申报、当年评审、当年下达”。市（州）财政局收到专项资金后，应当在15个工作日内拨付到项目承担单位，不得截留、挤占、挪用。当年未使用完毕的资金按规定结转，结转时间不超过1年。",
"第二十条  项目承担单位应当在项目完成后6个月内提出验收申请，由市（州）经济和信息化局组织验收。绩效评价结果分为优秀、良好、合格、不合格四个等次，评价结果作为以后年度资金分配的重要依据。",
"第二十一条  绩效评价结果为不合格的项目，收回已拨付的专项资金，项目承担单位3年内不得申报专项资金。弄虚作假、骗取专项资金的，按照《财政违法行为处罚处分条例》等规定处理，并纳入信用记录。",
"第二十二条  省经济和信息化厅、省财政厅建立专项资金信息公开制度，在门户网站公开申报指南、分配结果和绩效评价结果，接受社会监督。省审计厅依法对专项资金使用情况进行审计监督。项目承担单位应当建立专项资金辅助账，相关资料保存期限不少于10年。",
]),
("第八章  附    则", [
"第二十三条  本办法由省经济和信息化厅、省财政厅负责解释。",
"第二十四条  本办法自2024年9月15日起施行，有效期至2028年12月31日。《四川省智能制造专项资金管理暂行办法》（川经信规〔2019〕2号）同时废止。",
]),
]

rows = [
("项目类别", "支持方式", "支持比例", "最高金额"),
("智能制造示范工厂", "事后奖补", "不超过项目设备和软件投资的15%", "1000万元"),
("数字化车间", "事后奖补", "不超过项目设备和软件投资的10%", "500万元"),
("工业互联网平台", "事前补助", "不超过项目总投资的20%", "800万元"),
("中小企业数字化转型试点", "以奖代补", "按服务企业数量核定，每家企业3万元", "300万元"),
("数字化改造项目贷款贴息", "贴息", "不超过实际支付利息的50%", "200万元"),
]

def add_table():
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j); cell.text = ""
            p = cell.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            font(p.add_run(c), "黑体" if i == 0 else "仿宋_GB2312", 12, i == 0)

for ch, arts in chapters:
    para(ch, "c", False, "黑体", 16)
    for a in arts:
        if a == "TABLE":
            add_table(); continue
        k = a.index("  ")
        p = para(indent=True)
        font(p.add_run(a[:k]), "黑体"); font(p.add_run(a[k:]))

para()
para()
# 版记
p = para("抄送：省人民政府办公厅，省审计厅，国家税务总局四川省税务局。", indent=False, size=14)
p = para("四川省经济和信息化厅办公室                    2024年8月13日印发", indent=False, size=14)

# footer page number
for s in doc.sections:
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— "); font(r, "宋体", 14)
    r = fp.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r = fp.add_run(); it = OxmlElement("w:instrText"); it.text = "PAGE"; r._r.append(it)
    r = fp.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r._r.append(f2)
    r = fp.add_run(" —"); font(r, "宋体", 14)

doc.core_properties.title = "关于印发《四川省制造业数字化转型专项资金管理办法》的通知"
doc.core_properties.author = "省经济和信息化厅"
doc.save(OUT)
print("wrote", OUT)
