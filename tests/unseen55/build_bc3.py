"""Build bc3: 农业农村部办公厅 财政部办公厅 notice on 农机报废更新补贴 (.pdf via python-docx + LibreOffice)."""
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = Path(__file__).parent
OUT_DIR = HERE / "notices"
STEM = "bc3_nongji_baofei_gengxin_butie"


def set_font(run, name="仿宋_GB2312", size=16, bold=False):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold


def para(doc, text, size=16, font="仿宋_GB2312", bold=False, align=None, indent=True):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(29)
    p.paragraph_format.space_after = Pt(0)
    if text:
        set_font(p.add_run(text), font, size, bold)
    return p


def page_field(paragraph):
    run = paragraph.add_run("— ")
    set_font(run, "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)
    run2 = paragraph.add_run(" —")
    set_font(run2, "宋体", 14)


doc = Document()
sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
set_font(hp.add_run("中华人民共和国农业农村部　政府信息公开"), "宋体", 9)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
page_field(fp)

para(doc, "农业农村部办公厅　财政部办公厅关于调整完善", 22, "方正小标宋简体", align="c")
para(doc, "农业机械报废更新补贴实施工作的通知", 22, "方正小标宋简体", align="c")
para(doc, "", indent=False)
para(doc, "农办计财〔2024〕11号", 16, align="c")
para(doc, "", indent=False)
para(doc, "各省、自治区、直辖市及计划单列市农业农村（农牧）厅（局、委）、财政厅（局），新疆生产建设兵团农业农村局、财政局，北大荒农垦集团有限公司、广东省农垦总局：", indent=False)

body = [
    "为贯彻落实《推动大规模设备更新和消费品以旧换新行动方案》（国发〔2024〕7号）部署，加快淘汰能耗高、污染重、安全性能低的老旧农业机械，推进农业机械装备结构优化升级，根据《2024—2026年农机购置与应用补贴实施意见》（农办计财〔2024〕4号），现就调整完善农业机械报废更新补贴实施工作有关事项通知如下。",
    "#一、充分认识做好农机报废更新工作的重要意义",
    "农机报废更新是推动农业机械化向全程全面高质高效升级的重要举措。2023年，全国共报废老旧农机具11.2万台，兑付报废补贴资金9.8亿元，带动新购置农机具约9.6万台；全国农作物耕种收综合机械化率为74.3%。但总体看，我国老旧农机存量仍然较大，截至2023年底，使用年限超过10年的拖拉机和联合收割机占保有量比重在三分之一以上，安全隐患和排放问题较为突出。力争2024年全国报废更新老旧农机具20万台以上，到2027年全国农作物耕种收综合机械化率达到75%以上，农机装备高端化、智能化、绿色化水平明显提升。",
    "#二、扩大报废补贴机具种类",
    "在拖拉机、联合收割机、水稻插秧机、机动喷雾（粉）机、机动脱粒机、饲料（草）粉碎机、铡草机等7种机具基础上，将播种机、秸秆粉碎还田机、旋耕机、谷物烘干机、增氧机、果树修剪机等6种机具纳入报废补贴范围。各省可根据本地实际，在上述范围内自主确定报废补贴机具种类，也可将其他老旧机具纳入，但自主新增的机具种类原则上不超过5种。",
    "#三、提高报废补贴标准",
    "（一）中央财政报废补贴标准。拖拉机、联合收割机、水稻插秧机报废补贴额按附件1执行；其他机具报废补贴额由各省按照不超过该机具同类型新机购置补贴额的30%确定。",
    "（二）报废与新购联动。农户报废老旧农机具并新购置同类机具的，新购机具的购置补贴测算比例由30%提高到35%，具体机具品目由各省在补贴范围内确定。",
    "（三）地方叠加补贴。鼓励有条件的地方利用地方财政资金对报废更新给予叠加补贴，叠加后的报废补贴总额不超过中央财政报废补贴标准的1.5倍，避免对同一机具重复补贴。",
    "#四、加强资金保障",
    "2024年中央财政安排农机购置与应用补贴资金246亿元，要优先保障报废更新补贴资金需求，用于报废更新补贴的资金原则上不低于本省当年中央财政补贴资金的15%。补贴资金不足的，可按规定统筹使用上年结转资金。",
    "#五、规范报废回收和补贴兑付",
    "（一）申请条件。申请报废补贴的拖拉机、联合收割机须在农机安全监理机构登记注册满3年，且出厂年限满8年；其他机具出厂年限满6年。机具须主要部件齐全，不得以零部件拼装机具申请补贴。",
    "（二）回收拆解。报废机具实行定点回收，回收企业须具有固定拆解场地，面积不少于2000平方米，配备必要的拆解设备和环保设施。回收确认后，发动机、变速箱、底盘等主要部件须在10个工作日内拆解销毁，全程留存影像资料。",
    "（三）注销登记。县级农机安全监理机构要在收到农业机械报废回收确认表后5个工作日内办理拖拉机、联合收割机注销登记，并将注销信息推送至补贴辅助管理系统。",
    "（四）兑付时限。县级农业农村部门要会同县级财政部门，自受理农户申请之日起30个工作日内完成报废补贴资金兑付，不得以任何理由拖延兑付。",
    "#六、强化组织实施",
    "（一）省级农业农村部门要会同省级财政部门于2024年5月31日前修订完善本省农机报废更新补贴实施方案，报农业农村部、财政部备案。",
    "（二）农业农村部农业机械化总站要于2024年6月30日前完成农机购置与应用补贴辅助管理系统报废更新模块升级，实现报废回收、注销登记、补贴兑付全流程线上办理。",
    "（三）农业农村部农业机械化管理司会同财政部农业农村司每季度调度各地实施进展，对进度滞后的省份进行通报。",
    "（四）省级农业农村部门要加强对回收企业的监督管理，每年对本省回收企业开展一次全覆盖检查。对违规回收、虚假报废、重复申领补贴的回收企业，取消其回收资格，3年内不得再承担报废回收工作；对参与骗补的农户，2年内停止其享受农机购置与应用补贴资格。",
    "（五）各地要加大政策宣传力度，通过“线上+线下”多种方式宣传报废更新政策，及时回应农民群众关切，营造良好氛围。",
    "实施中遇到的重大问题，请及时向农业农村部农业机械化管理司、财政部农业农村司报告。",
]
for b in body:
    if b.startswith("#"):
        para(doc, b[1:], font="黑体")
    else:
        para(doc, b)

para(doc, "", indent=False)
para(doc, "附件：1.拖拉机、联合收割机、水稻插秧机报废补贴标准")
p = para(doc, "　　　2.农业机械报废回收确认表（样表）")
para(doc, "", indent=False)
para(doc, "农业农村部办公厅　　　　财政部办公厅", align="r")
para(doc, "2024年4月30日", align="r")
para(doc, "（此件主动公开）")
para(doc, "", indent=False)
para(doc, "抄送：商务部办公厅，国家市场监督管理总局办公厅，农业农村部农业机械化管理司，农业农村部农业机械化总站。", 14, indent=False)

# 附件1 on a new page
br = doc.add_paragraph().add_run()
br.add_break(WD_BREAK.PAGE)
para(doc, "附件1", 16, "黑体", indent=False)
para(doc, "拖拉机、联合收割机、水稻插秧机报废补贴标准", 20, "方正小标宋简体", align="c")
rows = [
    ("拖拉机", "20马力以下", "1000"),
    ("", "20马力（含）—50马力", "3000"),
    ("", "50马力（含）—80马力", "7000"),
    ("", "80马力（含）—100马力", "11000"),
    ("", "100马力（含）—200马力", "18000"),
    ("", "200马力及以上", "23000"),
    ("轮式联合收割机", "喂入量3公斤/秒以下", "3000"),
    ("", "喂入量3公斤/秒（含）—6公斤/秒", "8000"),
    ("", "喂入量6公斤/秒及以上", "20000"),
    ("履带式联合收割机", "喂入量4公斤/秒以下", "5000"),
    ("", "喂入量4公斤/秒及以上", "16000"),
    ("水稻插秧机", "4行以下", "800"),
    ("", "4行（含）—6行", "2500"),
    ("", "6行及以上", "5000"),
]
t = doc.add_table(rows=1 + len(rows), cols=3)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(("机具品目", "分　档", "报废补贴额（元/台）")):
    c = t.rows[0].cells[i]
    set_font(c.paragraphs[0].add_run(h), "黑体", 14)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for r, vals in enumerate(rows, start=1):
    for i, v in enumerate(vals):
        c = t.rows[r].cells[i]
        set_font(c.paragraphs[0].add_run(v), "仿宋_GB2312", 14)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def merge(first, last):
    a, b = t.cell(first, 0), t.cell(last, 0)
    keep = a.text
    m = a.merge(b)
    for p in m.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    m.paragraphs[0].text = ""
    set_font(m.paragraphs[0].add_run(keep), "仿宋_GB2312", 14)
    m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


merge(1, 6)
merge(7, 9)
merge(10, 11)
merge(12, 14)
para(doc, "注：1.马力按发动机额定功率折算，1千瓦=1.36马力；分档含下限、不含上限。", 14, indent=False)
para(doc, "　　2.同一农户年度内享受报废补贴的机具数量不超过3台（套）。", 14, indent=False)

br = doc.add_paragraph().add_run()
br.add_break(WD_BREAK.PAGE)
para(doc, "附件2", 16, "黑体", indent=False)
para(doc, "农业机械报废回收确认表（样表）", 20, "方正小标宋简体", align="c")
t2 = doc.add_table(rows=6, cols=4)
t2.style = "Table Grid"
cells = [("机主姓名", "", "身份证号码", ""), ("机具品目", "", "生产企业", ""), ("机具型号", "", "出厂编号", ""),
         ("号牌号码", "", "发动机号", ""), ("回收企业（盖章）", "", "回收日期", "　　年　　月　　日"),
         ("县级农业农村部门意见", "", "县级农机安全监理机构意见", "")]
for r, vals in enumerate(cells):
    for i, v in enumerate(vals):
        set_font(t2.rows[r].cells[i].paragraphs[0].add_run(v), "仿宋_GB2312", 12)

with tempfile.TemporaryDirectory(dir=HERE) as tmp:
    tmp = Path(tmp)
    docx_path = tmp / f"{STEM}.docx"
    doc.save(docx_path)
    profile = (tmp / "lo_profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(docx_path)], check=True, capture_output=True)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    shutil.copy(tmp / f"{STEM}.pdf", OUT_DIR / f"{STEM}.pdf")
print(OUT_DIR / f"{STEM}.pdf")
