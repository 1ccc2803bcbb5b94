"""Build ae3: 安徽省人社厅 省财政厅 省税务局 转发稳岗政策通知 (DOCX via python-docx -> PDF via LibreOffice)."""
import subprocess, os, tempfile
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUTDIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notices")
TMP = tempfile.mkdtemp()
DOCX = os.path.join(TMP, "ae3_anhui_wengang_kuogang_zhuanfa.docx")

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"


def fmt_run(r, font=SERIF, size=16, bold=False, color=None, spacing=None):
    r.font.size = Pt(size)
    r.font.bold = bold
    r.font.name = font
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if color:
        r.font.color.rgb = RGBColor(*color)
    if spacing is not None:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        r._element.get_or_add_rPr().append(sp)


def para(text="", font=SERIF, size=16, bold=False, align=None, indent=True, color=None, after=0, container=None, spacing=None):
    p = (container or doc).add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(29)
    pf.space_after = Pt(after)
    pf.space_before = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                   "d": WD_ALIGN_PARAGRAPH.DISTRIBUTE, None: WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    if text:
        fmt_run(p.add_run(text), font, size, bold, color, spacing)
    return p


def head_run(p, head, rest, head_font=SANS):
    fmt_run(p.add_run(head), head_font, 16)
    fmt_run(p.add_run(rest), SERIF, 16)


# footer page number: — N —
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fmt_run(fp.add_run("— "), SERIF, 14)
r = fp.add_run()
for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if kind:
        fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); r._element.append(fc)
    else:
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; r._element.append(it)
fmt_run(r, SERIF, 14)
fmt_run(fp.add_run(" —"), SERIF, 14)

RED = (0xE6, 0, 0)
# 版头: three organs stacked (distributed), 文件 in a right cell
tb = doc.add_table(rows=1, cols=2)
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
left, right = tb.rows[0].cells
tb.autofit = False
left.width, right.width = Cm(12.4), Cm(3.2)
for col, w in zip(tb.columns, (Cm(12.4), Cm(3.2))):
    col.width = w
left.paragraphs[0].text = ""
for i, org in enumerate(["安徽省人力资源和社会保障厅", "安　徽　省　财　政　厅", "国家税务总局安徽省税务局"]):
    p = left.paragraphs[0] if i == 0 else left.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.line_spacing = Pt(40)
    fmt_run(p.add_run(org), SERIF, 22, True, RED)
right.vertical_alignment = 1
rp = right.paragraphs[0]
rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fmt_run(rp.add_run("文件"), SERIF, 34, True, RED)

para("", indent=False)
para("皖人社发〔2023〕14号", align="c", indent=False, after=4)
para("━━━━━━━━━━━━━━━━━━━━━━━━━━━━", size=12, align="c", indent=False, color=RED, after=14)

for line in ["安徽省人力资源和社会保障厅　安徽省财政厅",
             "国家税务总局安徽省税务局关于转发人力资源",
             "社会保障部 财政部 国家税务总局《关于延续",
             "实施失业保险援企稳岗政策的通知》并做好",
             "我省稳岗扩岗工作的通知"]:
    para(line, font=SERIF, size=20, bold=True, align="c", indent=False)
para("", indent=False)
para("各市人力资源社会保障局、财政局，国家税务总局各市税务局：", indent=False)
para("现将《人力资源社会保障部 财政部 国家税务总局关于延续实施失业保险援企稳岗政策的通知》（人社部发〔2023〕19号，以下简称《通知》）转发给你们，并结合我省实际提出以下补充措施，请一并认真贯彻执行。")
para("《通知》指出：“为深入贯彻党中央、国务院关于稳就业的决策部署，进一步发挥失业保险保生活、防失业、促就业功能作用，支持企业稳定岗位、扩大就业，现就延续实施失业保险援企稳岗政策有关事项通知如下……政策执行期至2023年12月31日。”此次国家延续实施稳岗返还、一次性扩岗补助、技能提升补贴等政策，是在当前就业形势依然复杂严峻的情况下作出的重要部署，对于稳定市场主体、稳定就业岗位、稳定社会预期具有重要意义。")
para("2022年，全省累计向16.8万户企业发放失业保险稳岗返还资金23.6亿元，惠及职工312万人；向2.1万户企业发放一次性扩岗补助2.35亿元，惠及高校毕业生等青年15.7万人，稳岗扩岗政策成效明显。2023年，全省城镇新增就业目标为65万人以上，城镇调查失业率控制在5.5%以内。各地要充分认识稳岗扩岗工作的重要意义，把落实失业保险援企稳岗政策作为稳就业的重要抓手，推动政策直达快享、应享尽享。")

p = para(); head_run(p, "一、关于失业保险稳岗返还", "")
para("《通知》明确：“对不裁员或少裁员的参保企业，可继续实施失业保险稳岗返还政策。大型企业按企业及其职工上年度实际缴纳失业保险费的30%返还，中小微企业按60%返还。社会组织、基金会、社会服务机构、律师事务所、会计师事务所、以单位形式参保的个体工商户参照实施。”")
para("我省执行以下具体标准：")
para("（一）返还对象。上年度在我省足额缴纳失业保险费12个月以上，且上年度未裁员或裁员率不高于5.5%的参保企业；参保职工30人（含）以下的企业，裁员率不高于参保职工总数的20%。")
para("（二）返还比例。大型企业、中小微企业分别按企业及其职工上年度实际缴纳失业保险费的30%、60%返还。企业规模按照《中小企业划型标准规定》（工信部联企业〔2011〕300号）确定。")
para("（三）执行条件。统筹地区上年末失业保险基金滚存结余备付期限在1年以上的，可执行稳岗返还政策；备付期限不足1年的统筹地区，由省级统筹调剂资金予以支持，确保政策在全省统一执行。")
para("（四）资金用途。返还资金主要用于职工生活补助、缴纳社会保险费、转岗培训、技能提升培训等稳定就业岗位的相关支出。企业应将返还资金使用情况在本单位内部公示，接受职工监督。")
para("（五）经办方式。全面推行“免申即享”经办模式，通过大数据比对筛选符合条件的企业，经公示无异议后直接发放返还资金。公示期为5个工作日。对无法直接发放的企业，实行“一键申领”。")

p = para(); head_run(p, "二、关于一次性扩岗补助", "")
para("《通知》明确：“企业招用毕业年度或离校2年内未就业高校毕业生、登记失业的16—24岁青年，与其签订1年以上劳动合同并按规定为其缴纳失业保险费1个月以上的，可按每招用1人不超过1500元的标准发放一次性扩岗补助，具体补助标准由各省级人力资源社会保障部门会同财政部门确定。”")
para("我省一次性扩岗补助标准为每招用1人1500元。在此基础上，企业招用的上述人员中属于脱贫人口、残疾人或低保家庭成员的，每人再增加补助500元，所需资金从就业补助资金中列支。同一企业年度一次性扩岗补助总额最高不超过30万元。一次性扩岗补助与一次性吸纳就业补贴不可重复享受。")

p = para(); head_run(p, "三、关于以工代训补贴（我省补充措施）", "")
para("中小微企业吸纳就业困难人员、离校2年内未就业高校毕业生，与其签订6个月以上劳动合同并组织开展以工代训的，按照500元/人·月的标准给予以工代训补贴，补贴期限最长不超过6个月。单个企业年度以工代训补贴总额最高不超过50万元。以工代训补贴所需资金从就业补助资金中列支，不得与企业新型学徒制培训补贴重复享受。")

p = para(); head_run(p, "四、关于技能提升补贴", "")
para("《通知》明确：“参加失业保险1年以上的企业职工或领取失业保险金人员，取得职业资格证书或职业技能等级证书的，可按规定申请技能提升补贴。”技能提升补贴政策是引导职工提升技能、实现稳定就业的重要举措，各地要将其与职业技能提升行动、“技能安徽”建设统筹推进。")
para("我省技能提升补贴执行以下标准：参加失业保险1年以上的企业职工，以及领取失业保险金人员，取得初级（五级）、中级（四级）、高级（三级）职业资格证书或职业技能等级证书的，分别按1000元、1500元、2000元的标准发放技能提升补贴。同一职业（工种）同一等级只能申领一次，每人每年享受技能提升补贴不超过3次。技能提升补贴申领期限为取得证书之日起12个月内。")

p = para(); head_run(p, "五、关于稳岗扩岗专项贷款（我省补充措施）", "")
para("人力资源社会保障部门会同人民银行合肥中心支行，向合作银行推送吸纳高校毕业生、失业青年就业较多的企业名单，由合作银行按照市场化原则提供稳岗扩岗专项贷款。单户企业专项贷款额度最高不超过1000万元，贷款期限原则上不超过1年，贷款利率原则上不高于同期贷款市场报价利率（LPR）。对按期还款且新招用高校毕业生10人以上的小微企业，由同级就业补助资金按贷款实际发生利息的50%给予贴息，单户企业年度贴息金额最高不超过10万元。")
p = para(); head_run(p, "六、关于经办服务", "")
para("全省统一优化经办流程，简化申领材料，人力资源社会保障、财政、税务部门之间建立企业参保缴费信息共享机制。对“一键申领”的企业，自受理之日起10个工作日内完成审核，审核通过后5个工作日内将资金拨付至企业对公账户。对通过虚构劳动关系、伪造证书等方式骗取补贴资金的，依法追回已发放资金，并取消该企业3年内享受失业保险稳岗政策的资格；构成犯罪的，依法追究刑事责任。")

p = para(); head_run(p, "七、工作要求", "")
para("稳岗扩岗政策时效性强、涉及面广、社会关注度高，各地各有关部门要加强组织领导，细化实化工作举措，建立政策落实工作台账，确保符合条件的企业和人员应享尽享。")
para("（一）省人力资源社会保障厅要于2023年6月底前完成全省失业保险经办信息系统“免申即享”功能升级，实现稳岗返还、一次性扩岗补助线上经办全覆盖。")
para("（二）省税务局要会同省人力资源社会保障厅按月推送企业参保缴费数据，确保比对筛选数据准确及时。")
para("（三）省财政厅要会同省人力资源社会保障厅加强失业保险基金和就业补助资金监管，每年开展一次资金使用情况专项检查，防范资金风险。")
para("（四）各市人力资源社会保障局、财政局要于2023年9月底前完成符合条件企业2022年度稳岗返还资金发放工作。")
para("（五）各市人力资源社会保障局要于每季度结束后10日内，将稳岗扩岗政策落实情况报省人力资源社会保障厅。")
para("（六）各地要加大政策宣传力度，通过“政策找企”“直播带岗”等方式，推动政策应知尽知。")
para("本通知执行期限与《通知》一致，至2023年12月31日。此前我省有关规定与本通知不一致的，以本通知为准。执行中遇到的重大问题，请及时向省人力资源社会保障厅、省财政厅、省税务局报告。")
para("", indent=False)
para("联系人：省人力资源社会保障厅失业保险处　王海峰，电话：0551-62871035；省财政厅社会保障处　陈静，电话：0551-68150627；省税务局社会保险费处　刘洋，电话：0551-63528814。")
para("", indent=False)
para("附件：人力资源社会保障部 财政部 国家税务总局关于延续实施失业保险援企稳岗政策的通知（略）", indent=False)
para("", indent=False)
para("", indent=False)
# signature block: three organs on one line then date
sig = doc.add_table(rows=1, cols=3)
sig.alignment = WD_TABLE_ALIGNMENT.CENTER
for cell, txt in zip(sig.rows[0].cells, ["安徽省人力资源\n和社会保障厅", "安徽省财政厅", "国家税务总局\n安徽省税务局"]):
    cp = cell.paragraphs[0]
    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for j, part in enumerate(txt.split("\n")):
        if j:
            cp = cell.add_paragraph(); cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt_run(cp.add_run(part), SERIF, 16)
para("", indent=False)
para("2023年5月22日　　　　", align="r", indent=False)
para("（此件主动公开）", indent=True)
para("", indent=False)
para("━━━━━━━━━━━━━━━━━━━━━━━━━━━━", size=12, align="c", indent=False)
para("安徽省人力资源和社会保障厅办公室　　　　2023年5月24日印发", size=14, indent=False)
para("━━━━━━━━━━━━━━━━━━━━━━━━━━━━", size=12, align="c", indent=False)

doc.save(DOCX)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP, DOCX], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
os.replace(os.path.join(TMP, "ae3_anhui_wengang_kuogang_zhuanfa.pdf"), os.path.join(OUTDIR, "ae3_anhui_wengang_kuogang_zhuanfa.pdf"))
print(os.path.join(OUTDIR, "ae3_anhui_wengang_kuogang_zhuanfa.pdf"))
