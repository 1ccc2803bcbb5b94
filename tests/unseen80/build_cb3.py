"""Build cb3: 湖南省司法厅 湖南省财政厅 法律援助补贴办法 (.docx → .pdf via soffice)."""
import subprocess, tempfile, shutil
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = Path(__file__).parent / "notices" / "cb3_hunan_falv_yuanzhu_butie_banfa.pdf"

doc = Document()
doc.styles["Normal"].font.size = Pt(12)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]; hp.text = "湖南省司法厅文件　　　　　　　　　　　　　　　　湘司发〔2023〕26号"
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("— ")
r = fp.add_run()
for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if tag:
        el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), tag); r._r.append(el)
    else:
        el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = txt; r._r.append(el)
fp.add_run(" —")

def p(text, center=False, right=False, bold=False):
    para = doc.add_paragraph(); rr = para.add_run(text); rr.bold = bold
    if center: para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right: para.alignment = WD_ALIGN_PARAGRAPH.RIGHT

p("湖 南 省 司 法 厅\n湖 南 省 财 政 厅", center=True, bold=True)
p("湘司发〔2023〕26号", center=True)
p("湖南省司法厅　湖南省财政厅\n关于印发《湖南省法律援助补贴标准和管理办法》的通知", center=True, bold=True)
p("各市州司法局、财政局，省法律援助中心：")
p("　　为贯彻实施《中华人民共和国法律援助法》，落实《司法部 财政部关于完善法律援助补贴标准的指导意见》（司发通〔2019〕27号），规范和提高全省法律援助补贴标准，省司法厅、省财政厅制定了《湖南省法律援助补贴标准和管理办法》，现印发给你们，请遵照执行。执行中遇到的问题，请及时报告省司法厅公共法律服务管理处和省财政厅政法处。")
p("　　原《湖南省法律援助办案补贴标准（试行）》（湘司发〔2016〕41号）同时废止。")
p("湖南省司法厅　　　　湖南省财政厅", right=True)
p("二〇二三年八月二十九日", right=True)
p("（此件主动公开）")
doc.add_page_break()
p("湖南省法律援助补贴标准和管理办法", center=True, bold=True)
for t in [
"第一条　为规范法律援助补贴的发放和管理，保障法律援助服务质量，根据《中华人民共和国法律援助法》《湖南省法律援助条例》等规定，制定本办法。",
"第二条　本办法所称法律援助补贴，是指法律援助机构按照规定支付给承办法律援助事项的律师、基层法律服务工作者、法律援助志愿者以及法律援助机构工作人员的费用，包括基本办案补贴、交通通讯补贴、调查取证补贴和特殊案件补贴。",
"第三条　法律援助补贴实行“基本标准＋浮动”的计算方式。全省统一执行下列基本标准（单位：元/件）：",
]:
    p(t)
rows = [("事项类别","办理阶段","基本补贴标准（元/件）","2016年标准（元/件）"),
        ("刑事案件","侦查阶段","1500","1000"),
        ("刑事案件","审查起诉阶段","1500","1000"),
        ("刑事案件","一审审判阶段","2500","1600"),
        ("刑事案件","二审及再审阶段","2000","1400"),
        ("民事、行政案件","诉讼代理","2800","1800"),
        ("民事、行政案件","劳动争议仲裁代理","1800","1200"),
        ("非诉讼事项","调解、和解代理","800","500"),
        ("死刑复核案件","—","5000","3000")]
tb = doc.add_table(rows=len(rows), cols=4); tb.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row): tb.cell(i, j).text = v
for t in [
"第四条　值班律师在人民法院、人民检察院、看守所法律援助工作站提供法律帮助的，按每人每半天200元的标准给予补贴；提供认罪认罚具结见证的，每件另行补贴100元。",
"第五条　有下列情形之一的，可以在基本标准基础上上浮，但上浮幅度不得超过基本标准的50%：（一）同一案件受援人为3人以上的；（二）案件卷宗超过10册或庭审时间超过3天的；（三）在省外或距离承办人住所地100公里以上办案的。异地办案的交通、住宿费用按实凭票报销，每件最高不超过3000元。",
"第六条　承办人应当自法律援助事项办结之日起30日内向法律援助机构提交结案材料。法律援助机构应当自收到结案材料之日起15个工作日内完成质量审查，审查合格的，应当在审查完成后30日内足额支付补贴。经审查质量不合格的，按基本标准的50%支付；未按要求提交结案材料超过6个月的，不予支付补贴。",
"第七条　法律援助补贴所需经费由同级财政予以保障，列入同级财政预算。各市州司法局要会同同级财政局于每年10月底前，结合本地区经济发展水平和案件办理成本，提出本地区上浮标准建议报同级人民政府批准后执行，并报省司法厅、省财政厅备案。",
"第八条　由省法律援助中心负责建设全省法律援助补贴发放信息系统，2024年6月30日前实现补贴申领、审核、支付全流程网上办理。",
"第九条　省财政厅对法律援助工作经费困难的县市区予以转移支付补助，2023年安排中央和省级法律援助补助资金8600万元。各市州财政局要加强资金监管，确保专款专用。",
"第十条　各级司法行政部门应当每年对法律援助补贴发放情况开展一次专项检查。对虚报冒领、骗取补贴的，追回已支付的补贴，三年内不再指派其承办法律援助事项；构成犯罪的，依法追究刑事责任。",
"第十一条　本办法由省司法厅、省财政厅负责解释，自2023年10月1日起施行，有效期5年。",
]:
    p(t)
p("公开方式：主动公开")
p("湖南省司法厅办公室　　　　　　　　　　　　2023年8月31日印发")

OUT.parent.mkdir(parents=True, exist_ok=True)
with tempfile.TemporaryDirectory() as td:
    src = Path(td) / (OUT.stem + ".docx")
    doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                   check=True, capture_output=True)
    shutil.copy(Path(td) / (OUT.stem + ".pdf"), OUT)
print(OUT)
