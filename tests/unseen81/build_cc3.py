"""Build cc3 (pdf): 浙江省 课后服务收费 — python-docx, then soffice --convert-to pdf."""
import subprocess, tempfile
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

NOTICES = Path(__file__).parent / "notices"
STEM = "cc3_zhejiang_kehou_fuwu_shoufei"

doc = Document()
doc.styles["Normal"].font.size = Pt(14)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "浙教基〔2024〕43号　　　　　　　浙江省教育厅文件"
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("— ")
fld = OxmlElement("w:fldSimple")
fld.set(qn("w:instr"), "PAGE")
r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); fld.append(r)
fp._p.append(fld)
fp.add_run(" —")

def p(text, align=None, bold=False):
    para = doc.add_paragraph()
    run = para.add_run(text); run.bold = bold
    if align == "c": para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": para.alignment = WD_ALIGN_PARAGRAPH.RIGHT

p("浙 江 省 教 育 厅\n浙江省发展和改革委员会\n浙 江 省 财 政 厅", "c", True)
p("浙教基〔2024〕43号", "c")
p("浙江省教育厅 浙江省发展和改革委员会 浙江省财政厅关于进一步规范义务教育阶段学校课后服务收费管理的通知", "c", True)
p("各市、县（市、区）教育局、发展改革委（局）、财政局：")
p("　　为贯彻落实《教育部办公厅关于做好中小学生课后服务工作的指导意见》（教基一厅〔2017〕2号）精神，进一步规范我省义务教育阶段学校课后服务收费行为，减轻家庭负担，保障课后服务可持续开展，经省政府同意，现就有关事项通知如下。")
p("　　一、坚持公益普惠", bold=True)
p("　　课后服务坚持学生自愿参加、学校统筹组织、政府适当补助、家庭合理分担的原则，不得以营利为目的。义务教育学校课后服务实行每周5天全覆盖，每天服务时间不少于2小时。到2025年，全省义务教育学校课后服务覆盖率保持100%，学生参与率达到90%以上（2023年为87.4%）。")
p("　　课后服务以学校教师为主体开展作业辅导、自主阅读、体育、艺术、科普、劳动和社团活动，不得讲授新课。学校可根据实际统筹利用少年宫、科技馆、博物馆等校外资源，丰富服务供给。确有需要的，学校可在寒暑假期间提供公益性托管服务，暑期托管不另行制定收费标准，按成本补偿原则据实收取伙食等代办费用。")
p("　　二、明确收费标准", bold=True)
p("　　课后服务收费实行政府指导价管理，最高收费标准按地区类别确定（见下表），各地可在不超过最高标准的范围内确定具体标准。")
rows = [("地区类别", "小学（元/生/学期）", "初中（元/生/学期）"),
        ("一类地区（杭州市区）", "1200", "1400"),
        ("二类地区（其他设区市市区）", "1000", "1200"),
        ("三类地区（各县、县级市）", "800", "1000")]
tb = doc.add_table(rows=0, cols=3); tb.style = "Table Grid"
for row in rows:
    c = tb.add_row().cells
    for i, v in enumerate(row): c[i].text = v
p("　　注：表中为每生每学期最高标准，按每学期18周计算。")
p("　　学生仅参加基本托管服务、不参加拓展服务的，按所在地标准的60%收取。城乡低保家庭、特困供养家庭学生和残疾学生免收课后服务费。学校应于每学期开学后2周内将收费项目、标准、依据在校园显著位置和家长群公示。学生因故中途退出的，按实际参加服务天数退还费用。")
p("　　三、规范经费使用", bold=True)
p("　　课后服务收入全额纳入学校预算管理，主要用于参与课后服务的教师和相关人员的劳务报酬，用于教师劳务报酬的比例不低于70%；参与课后服务的教师劳务报酬标准每课时不低于60元，不计入绩效工资总量。学校引进第三方机构提供服务的，支付费用不超过课后服务总收入的30%。")
p("　　省财政对26个山区县义务教育学校课后服务按每生每学期200元给予补助，由县级统筹用于教师劳务报酬和困难学生免费。")
p("　　四、强化部门协同", bold=True)
p("　　省教育厅会同省发展改革委、省财政厅于2024年9月30日前建立全省课后服务收费监测制度，定期通报各地执行情况。")
p("　　省财政厅负责落实山区县课后服务补助资金，每年秋季学期开学前下达。")
p("　　省发展改革委要加强课后服务收费监督检查，每学年至少开展一次专项检查，严肃查处变相收费、超标准收费等行为。")
p("　　各设区市教育局要于2024年10月31日前，会同同级发展改革、财政部门将本地课后服务收费标准报省教育厅、省发展改革委、省财政厅备案。")
p("　　各地各校不得将课后服务与校外培训机构挂钩，不得借课后服务之名组织学科类培训，不得强制或变相强制学生参加。")
p("　　各级教育、发展改革、财政部门要畅通家长投诉举报渠道，对群众反映的问题及时核查处理，并将课后服务开展情况纳入对县（市、区）人民政府履行教育职责评价和义务教育优质均衡发展督导评估内容。")
p("　　五、其他", bold=True)
p("　　本通知自2024年9月1日起施行，有效期5年。《浙江省发展改革委 省教育厅 省财政厅关于中小学校课后服务收费有关问题的通知》（浙发改价格〔2021〕198号）同时废止。")
p("")
p("浙江省教育厅　　浙江省发展和改革委员会　　浙江省财政厅", "r")
p("二〇二四年七月二十五日", "r")
p("（此件主动公开）")
p("抄送：教育部基础教育司，国家发展改革委价格司，省政府办公厅。")
p("浙江省教育厅办公室　　　　　　　　　　2024年7月29日印发")

NOTICES.mkdir(parents=True, exist_ok=True)
with tempfile.TemporaryDirectory() as td:
    src = Path(td) / f"{STEM}.docx"
    doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(NOTICES), str(src)],
                   check=True, capture_output=True)
print(NOTICES / f"{STEM}.pdf")
