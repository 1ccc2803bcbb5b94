"""Builds bv3: a national three-ministry notice, python-docx -> PDF via LibreOffice."""
import subprocess
import tempfile
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

NOTICES = Path(__file__).parent / "notices"
STEM = "bv3_dangan_xianji_danganguan_shuzihua"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "仿宋_GB2312"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
st.font.size = Pt(15)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "国家档案局　国家发展改革委　财政部　　　　　　　　档发〔2024〕5号"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("— ")
r = fp.add_run()
for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
    el = OxmlElement(tag)
    if attr:
        el.set(qn("w:fldCharType"), attr)
    else:
        el.set(qn("xml:space"), "preserve")
        el.text = "PAGE"
    r._r.append(el)
fp.add_run(" —")


def p(text, align=None, bold=False, size=None):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT


p("国家档案局\n国家发展改革委　文件\n财政部", "c", True, 24)
p("档发〔2024〕5号", "c")
p("国家档案局 国家发展改革委 财政部", "c", True, 20)
p("关于加快推进县级综合档案馆建设和馆藏", "c", True, 20)
p("档案数字化工作的通知", "c", True, 20)
p("各省、自治区、直辖市和新疆生产建设兵团档案局、发展改革委、财政厅（局）：")
p("　　县级综合档案馆是保存县域历史记忆、服务基层治理和民生的重要基础设施。“十四五”以来，各地加大投入，县级综合档案馆"
  "馆舍条件和信息化水平明显改善。截至2023年底，全国共有县级综合档案馆2846个，馆藏档案总量4.3亿卷（件），馆藏永久档案"
  "数字化率平均为63.5%，其中东部地区为78.2%、中西部地区为56.1%；仍有412个县级综合档案馆馆舍面积未达到《档案馆建设标准》"
  "（建标103—2008）要求，部分档案馆存在库房超负荷、设施老化、数字资源安全保障能力不足等问题。为贯彻落实《中华人民共和国档案法》"
  "和《“十四五”全国档案事业发展规划》，现就有关事项通知如下。")
p("　　一、明确目标任务", bold=True)
p("　　到2025年底，全国县级综合档案馆馆藏永久档案数字化率达到80%以上，中西部地区不低于70%。到2027年底，县级综合档案馆"
  "馆舍面积达标率达到95%以上，建成国家级示范数字档案馆200个以上，基本形成覆盖全国、安全可靠的县级档案数字资源体系。")
p("　　二、加强馆舍建设", bold=True)
p("　　新建、改扩建县级综合档案馆应当符合《档案馆建设标准》，建筑面积一般不低于3000平方米，其中档案库房面积占总建筑面积的比例"
  "不低于40%。国家发展改革委要会同国家档案局将符合条件的县级综合档案馆建设项目纳入中央预算内投资支持范围，对中西部地区项目"
  "按不超过核定总投资的60%予以补助，单个项目最高不超过2000万元；对东部地区困难县项目按不超过30%予以补助，单个项目最高不超过"
  "800万元。")
p("　　三、加快馆藏档案数字化", bold=True)
p("　　国家档案局要制定县级综合档案馆档案数字化工作指南，2024年9月底前印发实施。各省级档案主管部门要按照“存量数字化、增量电子化”"
  "要求，组织县级综合档案馆制定数字化工作计划，优先完成民生档案、重大活动档案和濒危档案的数字化。")
p("　　数字化加工应当在档案馆内或者符合安全保密要求的场所进行，加工场所视频监控录像保存时间不少于90天；数字化成果质检抽检比例"
  "不低于5%，抽检合格率不低于99.95%。严禁将涉密档案交由外包服务机构进行数字化加工。")
p("　　四、强化资金保障", bold=True)
p("　　各地要将县级综合档案馆运行经费和档案数字化经费纳入同级财政预算，予以足额保障。财政部要会同国家档案局，通过现有资金渠道对"
  "中西部地区县级综合档案馆数字化工作给予支持：对2024—2025年完成年度数字化任务的中西部地区县级综合档案馆，中央财政按照每卷（件）"
  "1.5元的标准给予奖补，单个档案馆最高不超过100万元。")
p("　　五、确保数据安全", bold=True)
p("　　县级综合档案馆要建立档案数字资源异地备份机制，每年至少开展一次备份数据恢复性检测，确保数据真实、完整、可用、安全。档案数字资源的长期保存格式、元数据和存储载体应当符合国家有关标准，定期开展检测、迁移和转换，防止因技术过时造成数字资源不可读取。")
p("　　六、加强组织实施", bold=True)
p("　　各省级档案主管部门要会同发展改革部门、财政部门，于每年1月底前将上一年度工作进展情况报送国家档案局。国家档案局将会同"
  "国家发展改革委、财政部适时开展督导检查，对工作进展缓慢的地区予以通报。")
p("　　联系人：国家档案局档案馆（室）业务指导司　王晓明　010-63098216")
p("　　　　　　国家发展改革委社会发展司　刘　洋　010-68502437")
p("　　　　　　财政部教科文司　陈　磊　010-68551863")
p("")
p("国家档案局　　　　国家发展改革委　　　　财政部", "r")
p("2024年4月26日", "r")
p("（此件主动公开）")
p("")
p("国家档案局办公室　　　　　　　　　　　　2024年4月28日印发")

NOTICES.mkdir(parents=True, exist_ok=True)
with tempfile.TemporaryDirectory() as td:
    src = Path(td) / f"{STEM}.docx"
    doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(NOTICES), str(src)],
                   check=True, capture_output=True)
print(NOTICES / f"{STEM}.pdf")
