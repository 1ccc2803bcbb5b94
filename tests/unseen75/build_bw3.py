"""Build bw3: 营口市征兵工作领导小组调整 (docx -> pdf via LibreOffice)."""
import subprocess, tempfile
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUTDIR = Path(__file__).parent / "notices"
NAME = "bw3_yingkou_zhengbing_lingdao_xiaozu"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "仿宋"; st.font.size = Pt(15)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]; hp.text = "营委办发〔2024〕12号　　　　　　　　　　　　　中共营口市委办公室"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("— ")
r = fp.add_run()
for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if tag:
        el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), tag)
    else:
        el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = txt
    r._r.append(el)
fp.add_run(" —")

def p(text, center=False, right=False, bold=False):
    para = doc.add_paragraph(); rr = para.add_run(text); rr.bold = bold
    if center: para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right: para.alignment = WD_ALIGN_PARAGRAPH.RIGHT

p("中 共 营 口 市 委 办 公 室\n营 口 市 人 民 政 府 办 公 室", center=True, bold=True)
p("营委办发〔2024〕12号", center=True)
p("中共营口市委办公室 营口市人民政府办公室\n关于调整营口市征兵工作领导小组成员及做好\n2024年征兵工作的通知", center=True, bold=True)
p("各县（市）区党委和人民政府，市委各部委，市直各单位，各人民团体：")
p("　　因部分成员工作变动，为切实加强对全市征兵工作的组织领导，经市委、市政府同意，决定对营口市征兵工作领导小组成员进行调整。现将调整后的人员名单及2024年征兵工作有关事项通知如下。")
p("一、领导小组组成人员", bold=True)
p("组　长：赵　立　群　　市委副书记、市长")
p("副组长：王　海　涛　　市委常委、营口警备区政治委员")
p("　　　　刘　振　宇　　市政府副市长、市公安局局长")
p("　　　　孙　　凯　　　市政府副市长")
p("　　　　营口警备区司令员韩冬")
p("成　员：")
members = [
    ("李晓明", "市委组织部副部长"), ("周　静", "市委宣传部副部长"), ("陈国庆", "市委政法委副书记"),
    ("杨柏林", "市发展和改革委员会副主任"), ("许红梅", "市教育局副局长"), ("曲志强", "市公安局副局长"),
    ("高　洪", "市民政局副局长"), ("邹文博", "市财政局副局长"), ("马丽娜", "市人力资源和社会保障局副局长"),
    ("于海波", "市卫生健康委员会副主任"), ("张　伟", "市退役军人事务局局长"), ("郭宏伟", "市市场监督管理局副局长"),
    ("丛　林", "营口理工学院副院长"), ("齐建军", "营口警备区战备建设处处长"), ("罗永胜", "共青团营口市委书记"),
]
t = doc.add_table(rows=len(members) + 1, cols=2); t.style = "Table Grid"
t.cell(0, 0).text = "姓　名"; t.cell(0, 1).text = "单位职务"
for i, (n, post) in enumerate(members, 1):
    t.cell(i, 0).text = n; t.cell(i, 1).text = post
p("　　各县（市）区人民政府分管负责同志为成员。")
p("　　领导小组办公室设在营口警备区战备建设处，齐建军同志兼任办公室主任，张伟、许红梅同志兼任办公室副主任，负责领导小组日常工作。领导小组成员如有变动，由成员单位接任工作的同志自然替补，不再另行发文。《中共营口市委办公室 营口市人民政府办公室关于调整营口市征兵工作领导小组成员的通知》（营委办发〔2021〕19号）同时废止。")
p("二、2024年征兵工作有关事项", bold=True)
p("　　（一）征集对象和条件。依据《中华人民共和国兵役法》《征兵工作条例》，2024年征集对象以大学毕业生为重点，年龄为18至22周岁，大学毕业生可放宽至24周岁，研究生学历可放宽至26周岁。全市义务兵征集任务中大学毕业生比例不低于60%，高学历青年比例力争达到85%，新兵退兵率控制在1%以内。")
p("　　（二）兵役登记。各县（市）区人民政府要于6月30日前组织完成本行政区域适龄男性青年兵役登记，兵役登记率达到100%。")
p("　　（三）宣传发动。市教育局要会同共青团营口市委做好高校征兵宣传，在每所驻营高校至少组织一次征兵政策宣讲活动。")
p("　　（四）体格检查和政治考核。市卫生健康委员会要于8月15日前完成全市3个定点体检站的设置和人员培训；由市公安局负责政治考核工作，严把政治关。")
p("　　（五）优待保障。义务兵家庭优待金按不低于上年度全市城镇居民人均可支配收入的50%发放；对入伍的大学毕业生给予一次性奖励每人10000元，对考入军队院校的青年每人奖励5000元。市财政局负责优待金和奖励资金的足额保障，市退役军人事务局配合做好发放工作。")
p("　　（六）纪律要求。对拒绝、逃避兵役登记和征集的青年，按规定给予处罚，2年内不得录用为公务员或者参照公务员法管理的工作人员，不得办理出国（境）和升学手续。")
p("　　（七）压实工作责任。各县（市）区人民政府要严格落实征兵工作责任制，将征兵工作纳入党管武装述职和年度绩效考核内容，对完不成征集任务的予以通报。")
p("　　（八）强化廉洁征兵。市纪委监委机关要会同营口警备区纪检部门开展廉洁征兵专项监督，对征兵工作中的违规违纪问题发现一起、查处一起，坚决防止“人情兵”“关系兵”。")
p("中共营口市委办公室　　　　营口市人民政府办公室", right=True)
p("2024年3月5日", right=True)
p("（此件公开发布）")
p("抄送：营口警备区，市人大常委会办公室，市政协办公室。")
p("中共营口市委办公室秘书科　　　　2024年3月6日印发")

OUTDIR.mkdir(parents=True, exist_ok=True)
with tempfile.TemporaryDirectory() as td:
    src = Path(td) / f"{NAME}.docx"
    doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUTDIR), str(src)], check=True)
print(OUTDIR / f"{NAME}.pdf")
