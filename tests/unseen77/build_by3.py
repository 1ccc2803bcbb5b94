"""Build by3: 民政部 财政部 临时救助与慈善帮扶衔接 (python-docx -> PDF via soffice)."""
import subprocess, tempfile, shutil
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

NOTICES = Path(__file__).parent / "notices"
NAME = "by3_minzhengbu_linshi_jiuzhu_cishan_xianjie"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "仿宋_GB2312"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
st.font.size = Pt(15)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "民政部　财政部文件　　　　　　　　　　　　　民发〔2024〕58号"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("— ")
r = fp.add_run()
for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if tag:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag); r._r.append(e)
    else:
        e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)
fp.add_run(" —")

def para(text, bold=False, center=False, size=None, red=False, right=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size: r.font.size = Pt(size)
    if red: r.font.color.rgb = RGBColor(0xC0, 0, 0)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right: p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p

para("民 政 部\n财 政 部", bold=True, center=True, size=30, red=True)
para("民发〔2024〕58号", center=True)
para("民政部 财政部关于加强临时救助与慈善帮扶有效衔接的通知", bold=True, center=True, size=20)
para("各省、自治区、直辖市民政厅（局）、财政厅（局），新疆生产建设兵团民政局、财政局：")
body = [
"　　为贯彻落实《中华人民共和国慈善法》《社会救助暂行办法》和中共中央办公厅、国务院办公厅《关于改革完善社会救助制度的意见》，进一步发挥临时救助“兜底中的兜底”作用，引导慈善力量参与急难救助，根据《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号），现就有关事项通知如下。",
"　　一、总体要求",
"　　坚持政府主导、社会参与，推动临时救助与慈善帮扶在对象识别、信息共享、资源链接上有效衔接。2023年，全国共实施临时救助1036.5万人次，其中对非本地户籍对象实施临时救助47.2万人次；各级慈善组织参与急难救助支出约62亿元。到2025年底，力争实现县级困难群众急难救助“一门受理、协同办理”全覆盖，乡镇（街道）临时救助备用金制度建立率达到100%。",
"　　二、完善急难型临时救助",
"　　（一）简化审批程序。对急难型救助对象，乡镇（街道）可先行救助，在24小时内发放救助金或实物，事后补齐相关手续。县级民政部门要将审批权限下放至乡镇（街道），审批时限原则上不超过5个工作日。",
"　　（二）合理确定救助标准。临时救助金额一般按照当地月最低生活保障标准的1至6倍确定，对情况特别复杂、困难程度特别严重的，经县级民政部门审核可适当提高，最高不超过当地年最低生活保障标准的2倍。乡镇（街道）临时救助备用金额度原则上不低于5万元，经济欠发达地区不低于3万元。",
"　　（三）加强资金保障。中央财政通过困难群众救助补助资金对地方开展临时救助给予支持，2024年已下达资金1567亿元。省级财政部门要会同民政部门优化资金分配，资金分配向欠发达地区倾斜，用于临时救助的资金占比原则上不低于10%。",
"　　三、推动慈善帮扶衔接",
"　　（四）建立转介机制。县级民政部门要在2025年6月底前建立临时救助对象与慈善组织帮扶需求对接机制，对经临时救助后基本生活仍有困难的，及时转介慈善组织。各地民政部门每年至少组织一次慈善帮扶项目对接活动。",
"　　（五）规范慈善参与。慈善组织开展急难救助项目，单次资助金额超过5万元的，应当公开资助对象、金额和使用情况；年度慈善活动支出不得低于上一年总收入的70%（具有公开募捐资格的基金会）。民政部将依托全国慈善信息公开平台定期公开相关信息。",
"　　（六）加强对特殊群体的关爱。对因遭遇火灾、交通事故、突发重大疾病等导致基本生活陷入困境的家庭，乡镇（街道）要在3个工作日内上门核实，符合条件的纳入临时救助；对生活无着的流浪乞讨人员，救助管理机构提供的临时住宿一般不超过10天。鼓励慈善组织对临时救助对象中的重病患者给予医疗费用帮扶，帮扶后个人负担比例力争降至20%以下。",
"　　（七）发挥基层作用。县级民政部门要为每个乡镇（街道）配备社会救助协理员，困难群众较多的乡镇（街道）配备不少于2名；村（社区）社会救助协理员由村（居）民委员会成员兼任，每年至少参加一次业务培训。",
"　　四、强化信息共享",
"　　民政部会同财政部依托全国低收入人口动态监测信息平台，推动临时救助数据与慈善组织帮扶数据互联互通，2025年底前实现数据按月交换。省级民政部门要于每年1月31日前报送上一年度临时救助与慈善帮扶衔接工作情况。",
"　　五、加强组织实施",
"　　各级民政部门要会同财政部门加强对临时救助资金使用情况的监督检查，对虚报冒领、挤占挪用的，依法追回资金并追究责任。各地可结合实际制定实施细则。",
"　　本通知自2025年1月1日起施行。",
]
for b in body:
    para(b, bold=b.startswith("　　") and len(b) < 14 and "、" in b[:5])
para("")
para("民　政　部　　　　　财　政　部", right=True)
para("二〇二四年十一月二十日", right=True)
para("（此件公开发布）")
para("抄送：国家发展改革委，国家医保局，全国总工会、共青团中央、全国妇联、中国残联，中华慈善总会。")
para("民政部办公厅　　　　　　　　　　2024年11月22日印发")

NOTICES.mkdir(parents=True, exist_ok=True)
tmp = Path(tempfile.mkdtemp())
src = tmp / f"{NAME}.docx"
doc.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(src)], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(tmp / f"{NAME}.pdf", NOTICES / f"{NAME}.pdf")
shutil.rmtree(tmp)
print(NOTICES / f"{NAME}.pdf")
