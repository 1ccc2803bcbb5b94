"""Build bz3 (pdf): 湖南省卫生健康委员会等四部门关于进一步加强乡村医生队伍建设的实施意见.
Writes a python-docx document to _build/, then converts it with LibreOffice to notices/bz3_….pdf."""
import subprocess
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).parent
BUILD = HERE / "_build"; BUILD.mkdir(exist_ok=True)
NOTICES = HERE / "notices"
DOCX = BUILD / "bz3_hunan_xiangcun_yisheng.docx"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "仿宋_GB2312"; st.font.size = Pt(15)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]; hp.text = "湖南省卫生健康委员会文件　　　　　　　　　　　湘卫基层发〔2024〕3号"
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("— ")
run = fp.add_run()
for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if kind:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); run._r.append(e)
    else:
        e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; run._r.append(e)
fp.add_run(" —")

def p(text, center=False, right=False, bold=False):
    para = doc.add_paragraph(); r = para.add_run(text); r.bold = bold
    if center: para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right: para.alignment = WD_ALIGN_PARAGRAPH.RIGHT

p("湖 南 省 卫 生 健 康 委 员 会\n湖  南  省  财  政  厅\n湖南省人力资源和社会保障厅\n湖 南 省 医 疗 保 障 局", center=True, bold=True)
p("湘卫基层发〔2024〕3号", center=True)
p("湖南省卫生健康委员会 湖南省财政厅\n湖南省人力资源和社会保障厅 湖南省医疗保障局\n关于进一步加强乡村医生队伍建设的实施意见", center=True, bold=True)
p("各市州卫生健康委、财政局、人力资源社会保障局、医疗保障局：")
p("　　为贯彻落实《中共中央办公厅 国务院办公厅关于进一步深化改革促进乡村医疗卫生体系健康发展的意见》和《乡村医生从业管理条例》，稳定和优化乡村医生队伍，筑牢农村医疗卫生服务网底，结合我省实际，提出如下实施意见。")
p("　　一、总体目标", bold=True)
p("　　到2025年，全省乡村医生队伍结构明显优化，待遇保障水平稳步提高，每个行政村卫生室至少配备1名乡村医生，具备执业（助理）医师资格的乡村医生占比达到45%以上。到2030年，乡村医生中具备执业（助理）医师资格的人员比例提高到60%以上，基本实现乡村医生向执业（助理）医师转化。主要指标见下表。")
p("乡村医生队伍建设主要指标", center=True, bold=True)
rows = [
    ("指标", "2023年", "2025年", "属性"),
    ("村卫生室乡村医生中具备执业（助理）医师资格人员占比（%）", "36.8", "≥45", "预期性"),
    ("每千农村常住人口乡村医生和村卫生室执业（助理）医师数（人）", "1.12", "≥1.2", "预期性"),
    ("乡村医生参加企业职工基本养老保险或城乡居民基本养老保险比例（%）", "91.5", "100", "约束性"),
    ("村卫生室纳入医保定点管理比例（%）", "88.0", "≥95", "约束性"),
    ("乡村医生年人均培训时长（学时）", "—", "≥80", "预期性"),
]
t = doc.add_table(rows=0, cols=4); t.style = "Table Grid"
for r in rows:
    c = t.add_row().cells
    for i, v in enumerate(r): c[i].text = v
p("　　二、拓宽人员来源", bold=True)
p("　　（一）实施农村订单定向医学生培养。2024—2025年，每年招收农村订单定向免费医学生不少于800名，其中专科层次不少于500名，毕业后到村卫生室或乡镇卫生院服务期限不少于6年。（省卫生健康委牵头，省教育厅、省财政厅配合）")
p("　　（二）推进“乡聘村用”。新招聘的大学生乡村医生纳入乡镇卫生院编制统筹管理，实行县聘乡管村用。对到脱贫地区村卫生室工作的全日制大专以上学历医学毕业生，给予每人一次性安家补助2万元。（省卫生健康委、省人力资源社会保障厅负责）")
p("　　三、提高待遇保障", bold=True)
p("　　（三）落实收入补助。各地要按照每人每月不低于600元的标准落实在岗乡村医生定额补助，对在边远山区和少数民族地区服务的乡村医生，再增加200元/人/月的岗位补贴。"
  "新增的基本公共卫生服务补助资金重点向乡村医生倾斜，原则上将40%左右的基本公共卫生服务任务交由村卫生室承担，相应补助资金按服务量同步拨付。（省财政厅、省卫生健康委负责）")
p("　　（四）完善养老保障。对年满60周岁、在村卫生室连续执业满10年的离岗乡村医生，按每满1年执业年限每月发放不低于15元的生活补助。省财政每年安排乡村医生养老补助资金1.5亿元，对困难地区予以倾斜。（省人力资源社会保障厅牵头，省财政厅、省卫生健康委配合）")
p("　　（五）纳入医保支付。省医疗保障局要在2024年12月31日前将符合条件的村卫生室全部纳入医保定点管理，一般诊疗费医保支付标准由每人次8元提高到10元。")
p("　　四、强化能力提升", bold=True)
p("　　（六）加强在岗培训。乡村医生每年接受免费培训不少于2次，累计培训时间不少于2周；每3至5年到县级以上医疗卫生机构免费进修1次，进修时间原则上不少于1个月。（省卫生健康委负责）")
p("　　（七）规范准入退出。新进入村卫生室的人员原则上应具备执业（助理）医师资格；乡村医生原则上年龄不超过65周岁，对到龄仍在岗的，由县级卫生健康行政部门逐年评估。连续两年考核不合格的，按规定解除聘用合同。")
p("　　五、组织保障", bold=True)
p("　　各级卫生健康、财政、人力资源社会保障、医疗保障部门要加强协作，将乡村医生队伍建设纳入乡村振兴实绩考核。省卫生健康委每半年通报一次各市州工作进展。各市州要于2024年5月31日前制定具体实施方案并报省卫生健康委备案。")
p("")
p("湖南省卫生健康委员会　　　　　湖南省财政厅", right=True)
p("湖南省人力资源和社会保障厅　　湖南省医疗保障局", right=True)
p("2024年3月12日", right=True)
p("（此件主动公开）")
p("抄送：国家卫生健康委基层卫生健康司，省人民政府办公厅，省教育厅。")
p("湖南省卫生健康委员会办公室　　　　　　　　2024年3月15日印发")
doc.save(DOCX)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(NOTICES), str(DOCX)], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(NOTICES / (DOCX.stem + ".pdf"))
