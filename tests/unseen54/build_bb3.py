"""Build bb3 (pdf): 福建省 知识产权质押融资 plan, co-issued by four provincial organs; docx -> soffice pdf."""
import subprocess, shutil
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = Path(__file__).parent
OUT_DIR = HERE / "notices"
STEM = "bb3_fujian_zhishichanquan_zhiya_rongzi"
doc = Document()
st = doc.styles["Normal"]; st.font.size = Pt(14)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]; hp.text = "福建省市场监督管理局文件　闽市监〔2024〕85号"; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("— ")
r = fp.add_run()
for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if tag:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag)
    else:
        e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt
    r._r.append(e)
fp.add_run(" —")

def p(text, center=False, bold=False, right=False):
    para = doc.add_paragraph(); run = para.add_run(text); run.bold = bold
    if center: para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right: para.alignment = WD_ALIGN_PARAGRAPH.RIGHT

p("福建省市场监督管理局（福建省知识产权局）\n中国人民银行福建省分行\n国家金融监督管理总局福建监管局\n福建省财政厅", center=True, bold=True)
p("闽市监〔2024〕85号", center=True)
p("关于印发《福建省知识产权质押融资入园惠企行动实施方案（2024—2026年）》的通知", center=True, bold=True)
p("各设区市、平潭综合实验区市场监管局（知识产权局）、财政局，人民银行各市分行，各金融监管分局，各有关银行业金融机构：")
p("　　为落实《知识产权强国建设纲要（2021—2035年）》和国家知识产权局、中国银保监会、国家发展改革委《知识产权质押融资入园惠企行动方案（2021—2023年）》（国知发运字〔2021〕17号），进一步拓宽科技型中小企业融资渠道，现将《福建省知识产权质押融资入园惠企行动实施方案（2024—2026年）》印发给你们，请结合实际认真贯彻执行。")
p("福建省市场监督管理局　　中国人民银行福建省分行\n（福建省知识产权局）\n国家金融监督管理总局福建监管局　　福建省财政厅", right=True)
p("2024年3月28日", right=True)
p("（公开属性：主动公开）")
doc.add_page_break()
p("福建省知识产权质押融资入园惠企行动实施方案（2024—2026年）", center=True, bold=True)
p("一、总体目标", bold=True)
p("　　2023年，全省专利商标质押融资登记金额412.6亿元，惠及企业2317家。到2026年，全省知识产权质押融资登记金额达到600亿元，惠及企业5000家以上，其中首次获得贷款的企业（首贷户）占比不低于30%；推动知识产权质押融资服务覆盖全省80%以上的省级以上园区，每个设区市至少建成1个知识产权金融服务中心。")
p("　　各设区市2026年质押融资登记金额目标如下：")
data = [("设区市", "2023年登记金额（亿元）", "2026年目标（亿元）"),
        ("莆田市", "21.4", "35"), ("三明市", "12.8", "25"), ("漳州市", "33.5", "50"),
        ("龙岩市", "15.2", "28"), ("宁德市", "18.9", "32")]
t = doc.add_table(rows=0, cols=3); t.style = "Table Grid"
for row in data:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v
p("二、重点任务", bold=True)
tasks = [("序号", "重点任务", "牵头单位", "配合单位", "完成时限"),
         ("1", "开展园区企业知识产权融资需求摸底，建立“白名单”并向合作银行推送", "省市场监管局（知识产权局）", "各设区市市场监管局", "2024年6月底前"),
         ("2", "完善知识产权质押融资风险补偿机制，扩大风险补偿资金池规模", "省财政厅", "省市场监管局（知识产权局）、福建监管局", "2024年12月底前"),
         ("3", "将知识产权质押贷款纳入再贷款、再贴现支持范围，引导银行单列信贷计划", "人民银行福建省分行", "福建监管局", "2024—2026年"),
         ("4", "推动银行业金融机构优化内部考核，提高知识产权质押贷款不良容忍度", "福建监管局", "人民银行福建省分行", "持续推进"),
         ("5", "推广知识产权质押登记全程线上办理，压缩登记办理时间", "省市场监管局（知识产权局）", "", "2024年9月底前")]
t = doc.add_table(rows=0, cols=5); t.style = "Table Grid"
for row in tasks:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v
p("三、支持政策", bold=True)
p("　　（一）贴息支持。对以知识产权质押方式获得贷款、贷款期限1年以上且单户贷款额度不超过1000万元的科技型中小企业，按照不超过实际支付利息50%的比例给予贴息，每家企业每年贴息最高30万元。")
p("　　（二）风险补偿。对合作银行发放的知识产权质押贷款形成的不良贷款本金损失，由省级风险补偿资金给予40%的补偿，单笔贷款补偿金额最高200万元。省级财政安排风险补偿资金1亿元。")
p("　　（三）评估费用补助。对企业办理质押融资发生的知识产权评估费用，按照60%给予补助，每件专利最高补助2000元。")
p("　　（四）办理时限。知识产权质押登记办理时间压缩至1个工作日以内。")
p("四、组织实施", bold=True)
p("　　各设区市要建立由市场监管、人民银行、金融监管、财政等部门参加的工作协调机制，每季度召开一次工作推进会。对弄虚作假骗取贴息和补偿资金的企业，追回资金并取消其3年内申报资格。本方案执行期限为2024年1月1日至2026年12月31日。")
OUT_DIR.mkdir(exist_ok=True)
tmp = OUT_DIR / f"{STEM}.docx"
doc.save(tmp)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT_DIR), str(tmp)], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
tmp.unlink()
print(OUT_DIR / f"{STEM}.pdf")
