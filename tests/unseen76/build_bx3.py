"""Build bx3: 财政部 农业农村部 国家金融监督管理总局 农业保险保费补贴 (python-docx -> soffice PDF)."""
import subprocess
import tempfile
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT_DIR = Path(__file__).parent / "notices"
NAME = "bx3_caizhengbu_nongye_baoxian_baofei"

doc = Document()
doc.styles["Normal"].font.size = Pt(15)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "财政部 农业农村部 国家金融监督管理总局文件　　　　财金〔2024〕38号"
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("— ")
r = fp.add_run()
for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if kind:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
    else:
        el = OxmlElement("w:instrText")
        el.set(qn("xml:space"), "preserve")
        el.text = txt
    r._r.append(el)
fp.add_run(" —")


def p(text, center=False, right=False, bold=False):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT


p("财　政　部", center=True, bold=True)
p("农 业 农 村 部", center=True, bold=True)
p("国家金融监督管理总局", center=True, bold=True)
p("财金〔2024〕38号", center=True)
p("")
p("财政部 农业农村部 国家金融监督管理总局", center=True, bold=True)
p("关于进一步做好政策性农业保险", center=True, bold=True)
p("保费补贴工作的通知", center=True, bold=True)
p("")
p("各省、自治区、直辖市、计划单列市财政厅（局）、农业农村（农牧）厅（局、委），国家金融监督管理总局各监管局，新疆生产建设兵团财政局、农业农村局：")
p("　　农业保险是分散农业生产经营风险的重要手段。近年来，我国农业保险保持较快发展，2023年全国农业保险保费规模达到1430亿元，为1.64亿户次农户提供风险保障4.98万亿元，中央财政拨付保费补贴资金477.66亿元。为贯彻落实《农业保险条例》和《中央财政农业保险保费补贴管理办法》（财金〔2021〕130号），进一步提高农业保险保障水平，现就有关事项通知如下：")
p("　　一、提高保费补贴比例")
p("　　（一）种植业保险。在省级财政补贴不低于25%的基础上，中央财政对中西部地区和东北地区补贴45%、对东部地区补贴35%。")
p("　　（二）养殖业保险。在省级财政补贴不低于30%的基础上，中央财政对中西部地区和东北地区补贴50%、对东部地区补贴40%。")
p("　　（三）森林保险。公益林：在地方财政补贴不低于40%的基础上，中央财政补贴50%；商品林：在省级财政补贴不低于25%的基础上，中央财政对中西部地区和东北地区补贴30%、对东部地区补贴25%。")
p("　　对产粮大县三大粮食作物完全成本保险和种植收入保险，不得要求县级财政承担保费补贴；其他品种县级财政补贴比例原则上不超过5%。农户自缴保费比例不得低于保费的20%。")
p("　　二、扩大保障覆盖面")
p("　　到2025年，全国稻谷、小麦、玉米三大粮食作物完全成本保险和种植收入保险覆盖全国所有产粮大县，三大粮食作物农业保险覆盖率达到70%以上，农业保险深度达到1.1%，农业保险密度达到550元/人。")
p("　　三、规范承保理赔")
p("　　保险机构应当在接到报案后24小时内进行现场查勘，在与被保险人达成赔偿协议后10日内支付赔款。保险机构经营政策性农业保险的综合费用率不得超过20%。承保机构在同一县级区域原则上不超过4家，合作期限一般为3年。")
p("　　对虚假承保、虚假理赔、套取财政补贴资金的保险机构，省级财政部门应当追回补贴资金，并取消其3年内参与本省政策性农业保险经营的资格。")
p("　　四、职责分工")
p("　　（一）省级财政部门要会同同级农业农村部门、金融监管局于2024年9月30日前制定本地区三大粮食作物完全成本保险和种植收入保险实施方案，报财政部、农业农村部、国家金融监督管理总局备案。")
p("　　（二）农业农村部要牵头建立农业保险与农业生产、灾害数据的共享机制，财政部、国家金融监督管理总局配合，2024年底前实现承保理赔数据与土地确权、种植面积数据比对。")
p("　　（三）国家金融监督管理总局各监管局要常态化开展农业保险业务检查，重点查处虚假承保理赔、拖赔惜赔等违法违规行为。")
p("　　（四）财政部各地监管局要每年对中央财政保费补贴资金使用情况开展一次监督检查，并于次年3月31日前将检查情况报财政部。")
p("　　本通知自2024年7月1日起施行。此前规定与本通知不一致的，以本通知为准。")
p("")
p("财政部　　　　农业农村部　　　　国家金融监督管理总局", right=True)
p("2024年5月24日", right=True)
p("（此件主动公开）")
p("抄送：国家发展改革委、应急管理部、国家林草局，财政部各地监管局。")
p("财政部办公厅　　　　　　　　　　　　2024年5月27日印发")

OUT_DIR.mkdir(parents=True, exist_ok=True)
with tempfile.TemporaryDirectory() as td:
    src = Path(td) / f"{NAME}.docx"
    doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT_DIR), str(src)],
                   check=True, capture_output=True)
print(OUT_DIR / f"{NAME}.pdf")
