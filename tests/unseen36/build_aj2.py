"""Build aj2 (.docx): 利川市民政局 利川市财政局 临时救助实施细则 (python-docx)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

OUT = Path(__file__).parent / "notices" / "aj2_lichuan_linshi_jiuzhu_xize.docx"


def font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc, text, align=None, indent=True, **kw):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(32)
    p.paragraph_format.line_spacing = Pt(28)
    font(p.add_run(text), **kw)
    return p


doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

para(doc, "利川市民政局\n利川市财政局", align="c", name="方正小标宋简体", size=36, color=(0xE0, 0, 0))
para(doc, "文件", align="r", name="方正小标宋简体", size=36, color=(0xE0, 0, 0))
para(doc, "利民发〔2023〕21号", align="c")
para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━", align="c", color=(0xE0, 0, 0), size=12)
para(doc, "利川市民政局 利川市财政局\n关于印发《利川市临时救助实施细则》的通知", align="c", name="方正小标宋简体", size=22)
para(doc, "各乡镇人民政府，各街道办事处，市直有关单位：", indent=False)
para(doc, "为进一步规范和加强临时救助工作，切实发挥临时救助“兜底线、救急难”作用，根据《社会救助暂行办法》（国务院令第649号）、《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）和《湖北省临时救助办法》等规定，结合我市实际，市民政局、市财政局制定了《利川市临时救助实施细则》，现印发给你们，请认真遵照执行。")
para(doc, "2022年，全市共实施临时救助6215人次，发放临时救助资金1032.6万元，有效缓解了困难群众的急难问题。但也存在救助不及时、标准把握不统一、“先行救助”落实不到位等问题。各地各单位要对照细则要求，认真查找问题，切实提高救助时效。执行中遇到的问题，请及时向市民政局社会救助股反馈（联系电话：0718-7283615）。")
para(doc, "附件：利川市临时救助实施细则", indent=True)
para(doc, "")
para(doc, "利川市民政局　　　　　利川市财政局", align="r")
para(doc, "2023年6月12日", align="r")
para(doc, "（此件主动公开）", indent=True)
doc.add_page_break()

para(doc, "附件", indent=False, name="黑体")
para(doc, "利川市临时救助实施细则", align="c", name="方正小标宋简体", size=22)

chapters = [
    ("第一章　总则", [
        "第一条　为规范临时救助工作，保障困难群众基本生活，根据有关法规政策，结合我市实际，制定本细则。",
        "第二条　本细则所称临时救助，是指对遭遇突发事件、意外伤害、重大疾病或其他特殊原因导致基本生活陷入困境，其他社会救助制度暂时无法覆盖或救助之后基本生活暂时仍有严重困难的家庭或个人给予的应急性、过渡性救助。",
        "第三条　临时救助工作坚持应救尽救、适度救助、公开公正、制度衔接、资源统筹的原则，实行属地管理、分级负责。",
    ]),
    ("第二章　救助对象", [
        "第四条　急难型救助对象。因火灾、交通事故、溺水、人身伤害等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭或个人。",
        "第五条　支出型救助对象。因教育、医疗等生活必需支出突然增加超出家庭承受能力，导致基本生活暂时出现严重困难，且家庭人均收入不超过当地城乡低保标准2倍的最低生活保障边缘家庭。",
        "第六条　遭遇生活无着的流浪、乞讨人员，由救助管理机构按规定提供临时食宿、急病救治、协助返回等救助。",
    ]),
    ("第三章　救助标准", [
        "第七条　临时救助标准根据救助对象困难类型、困难程度分档确定，具体如下：",
    ]),
]
for head, arts in chapters:
    para(doc, head, align="c", name="黑体")
    for a in arts:
        para(doc, a)

rows = [
    ("困难情形", "救助标准", "审批主体"),
    ("一般急难情形", "每户每次不超过3000元", "乡镇人民政府（街道办事处）"),
    ("较重困难情形", "每户每次不超过10000元", "市民政局"),
    ("重大特殊困难情形", "每户每次不超过30000元，实行“一事一议”", "市民政局报市人民政府审定"),
]
tbl = doc.add_table(rows=len(rows), cols=3)
tbl.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r):
        cell = tbl.cell(i, j)
        cell.text = ""
        font(cell.paragraphs[0].add_run(c), size=12, bold=(i == 0))
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

rest = [
    (None, [
        "同一家庭（个人）一年内申请临时救助原则上不超过2次，年度累计救助金额原则上不超过40000元。",
        "第八条　对生活无着的流浪、乞讨人员，按照每人每天不超过60元的标准提供临时食宿。",
        "第九条　救助对象家庭中有重度残疾人、失能老年人、重病患者的，可在核定救助金额基础上上浮不超过20%。",
    ]),
    ("第四章　救助程序", [
        "第十条　申请临时救助，应当以家庭为单位，向户籍所在地或经常居住地乡镇人民政府（街道办事处）提出；情况紧急的，可由村（居）民委员会或其他单位、个人代为提出。",
        "第十一条　乡镇人民政府（街道办事处）应当自受理申请之日起5个工作日内完成入户调查、家庭经济状况核对等审核工作。审核结果在申请人所在村（社区）公示，公示期为5天。",
        "第十二条　市民政局应当自收到审核材料之日起3个工作日内作出审批决定。",
        "第十三条　对急难型救助对象，救助金额在1000元以内的，乡镇人民政府（街道办事处）可直接先行救助，并在10个工作日内补齐审核审批手续。",
        "第十四条　临时救助金原则上实行社会化发放，在审批后2个工作日内发放到位。",
    ]),
    ("第五章　资金管理", [
        "第十五条　临时救助资金由市财政统筹中央、省补助资金和市级资金安排，市级财政每年安排临时救助资金不少于600万元。",
        "第十六条　建立乡镇（街道）临时救助备用金制度，各乡镇（街道）备用金额度原则上不低于5万元，由市财政局根据上年度救助支出情况核拨。",
    ]),
    ("第六章　职责分工", [
        "第十七条　市民政局要会同市财政局于2023年9月30日前建成临时救助“一门受理、协同办理”信息平台，实现与乡镇（街道）、村（社区）信息互通。",
        "第十八条　市财政局负责将临时救助资金列入年度财政预算，按季度及时拨付到位，不得挤占挪用。",
        "第十九条　市医疗保障局负责每月向市民政局推送因病致贫返贫风险人员和高额医疗费用支出人员信息。",
        "第二十条　市人力资源和社会保障局、市教育局、市住房和城乡建设局要常态化做好就业援助、教育资助和住房救助与临时救助的衔接，对符合条件的临时救助对象及时给予专项救助。",
        "第二十一条　各乡镇人民政府、街道办事处要在每年第四季度开展一次困难群众排查，对排查发现的急难对象主动告知政策、及时纳入救助。",
        "第二十二条　市民政局每季度对临时救助资金使用情况开展一次抽查，抽查结果在全市通报。",
    ]),
    ("第七章　监督管理", [
        "第二十三条　采取虚报、隐瞒、伪造等手段骗取临时救助的，依法追回已发放的救助资金，自查实之日起2年内不予受理其临时救助申请；构成违反治安管理行为的，依法给予治安管理处罚。",
        "第二十四条　工作人员在临时救助工作中滥用职权、玩忽职守、徇私舞弊的，依纪依法追究责任。",
    ]),
    ("第八章　附则", [
        "第二十五条　本细则由市民政局负责解释。",
        "第二十六条　本细则自2023年7月1日起施行，有效期5年。原《利川市临时救助实施办法》（利民发〔2016〕9号）同时废止。",
    ]),
]
for head, arts in rest:
    if head:
        para(doc, head, align="c", name="黑体")
    for a in arts:
        para(doc, a)

para(doc, "")
para(doc, "抄送：恩施州民政局，恩施州财政局，利川市人民政府办公室。", indent=False, size=14)
para(doc, "利川市民政局办公室　　　　　　　2023年6月13日印发", indent=False, size=14)

OUT.parent.mkdir(parents=True, exist_ok=True)
doc.save(OUT)
print(OUT)
