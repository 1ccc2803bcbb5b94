"""Builds ca3 (pdf via docx + LibreOffice): 湖南省 冬油菜扩种实施方案 (two 厅 co-issued)."""
import subprocess, tempfile, shutil
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

NOTICES = Path(__file__).parent / "notices"
NAME = "ca3_hunan_dongyoucai_kuozhong"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "FangSong"; st.font.size = Pt(14)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "FangSong")

sec = doc.sections[0]
hp = sec.header.paragraphs[0]; hp.text = "湘农联〔2024〕88号　　　　　　　　　　湖南省农业农村厅文件"
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("— ")
run = fp.add_run()
for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if tag:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag); run._r.append(e)
    else:
        e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; run._r.append(e)
fp.add_run(" —")

def p(text, align=None, bold=False):
    para = doc.add_paragraph()
    r = para.add_run(("　　" if align is None else "") + text); r.bold = bold
    if align == "c": para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == "l": para.alignment = WD_ALIGN_PARAGRAPH.LEFT
    return para

p("湖南省农业农村厅\n湖 南 省 财 政 厅", "c", True)
p("湘农联〔2024〕88号", "c")
p("湖南省农业农村厅　湖南省财政厅\n关于印发《2024年湖南省冬油菜扩种实施方案》的通知", "c", True)
p("各市州农业农村局，各市州财政局：", "l")
p("为贯彻落实《农业农村部关于做好2024年秋冬种工作的通知》（农农发〔2024〕5号）和省委一号文件部署，稳定提升全省油料生产能力，省农业农村厅、省财政厅制定了《2024年湖南省冬油菜扩种实施方案》，现印发给你们，请结合实际抓好落实。")
p("附件：1.2024年各市州冬油菜扩种任务及省级补助资金分配表\n　　　2.冬油菜扩种面积核查验收办法", "l")
p("湖南省农业农村厅　　　　湖南省财政厅", "r")
p("二〇二四年九月二十日", "r")
p("（此件主动公开）")
doc.add_page_break()
p("2024年湖南省冬油菜扩种实施方案", "c", True)
p("一、目标任务", bold=True)
p("2024年秋冬播，全省冬油菜种植面积稳定在2200万亩以上，利用冬闲田新增扩种面积100万亩，力争油菜籽总产达到230万吨、平均亩产达到105公斤以上；全程机械化水平达到60%以上，建设省级油菜全程机械化示范片50个。")
p("二、补助标准", bold=True)
p("（一）扩种补助。对集中连片50亩以上、利用冬闲田新扩种的油菜，按每亩100元标准给予补助；其中采用无人机飞播等轻简化方式的，每亩再增加补助20元。单个经营主体补助总额最高不超过30万元。")
p("（二）示范片补助。省级油菜全程机械化示范片面积原则上不少于1000亩，每个示范片给予30万元补助，主要用于机械作业、良种统供和技术培训。")
p("（三）资金来源。省财政统筹中央农业生产发展资金和省级预算安排补助资金1亿元，按扩种任务因素法切块到市州（见附件1）；市州、县市区配套资金占比不低于20%。")
p("三、重点工作", bold=True)
p("（一）分解落实任务。各市州农业农村局要于2024年10月15日前将扩种任务分解落实到县市区、乡镇和经营主体，建立扩种地块台账，并报省农业农村厅种植业管理处备案。")
p("（二）强化良种供应。由省农业农村厅种植业管理处牵头，省种子管理服务站、省农业科学院作物研究所配合，推广“湘杂油”“沣油”系列双低早熟品种，双低品种覆盖率达到95%以上。")
p("（三）推进机械化生产。省农机事务中心负责组织开展油菜机播机收作业培训，10月下旬前完成农机手培训不少于3000人次。")
p("（四）做好资金监管。省财政厅会同省农业农村厅计划财务处加强补助资金监督检查，补助资金于2025年3月31日前通过“一卡通”直接兑付到户，严禁截留、挤占、挪用。")
p("（五）开展面积核查。各市州农业农村局、财政局要在2024年12月31日前完成扩种面积核查验收，抽查比例不低于扩种地块数的10%，核查结果于2025年1月15日前报送省农业农村厅、省财政厅。")
p("（六）加强技术指导。省油菜产业技术体系专家组要组建10个技术服务小分队，分片包干联系重点市州，在播种、越冬、春管、收获等关键农时开展巡回指导，每个小分队每月下乡指导不少于5天；各县市区农业农村局要落实“包村联户”技术指导责任，确保每个扩种乡镇至少有1名农技人员驻点服务。")
p("（七）做好宣传引导。省农业农村厅办公室负责会同湖南日报社、湖南广播电视台，及时宣传扩种工作进展和先进典型，营造“种油菜、收菜籽、增收入”的良好氛围。")
p("四、保障措施", bold=True)
p("各级农业农村部门要把冬油菜扩种作为秋冬种工作的重中之重，主要负责同志亲自部署、亲自调度。省农业农村厅将扩种任务完成情况纳入粮食安全党政同责考核和乡村振兴实绩考核。对虚报面积、套取补助资金的经营主体，追回补助资金，5年内不得享受省级农业补贴项目支持。")
p("附件1", "l", True)
p("2024年各市州冬油菜扩种任务及省级补助资金分配表", "c", True)
data = [("市州", "扩种任务（万亩）", "省级补助资金（万元）"),
        ("岳阳市", "18", "1800"), ("常德市", "20", "2000"), ("益阳市", "15", "1500"),
        ("衡阳市", "14", "1400"), ("邵阳市", "12", "1200"), ("永州市", "11", "1100"),
        ("娄底市", "10", "1000"), ("合计", "100", "10000")]
tb = doc.add_table(rows=0, cols=3); tb.style = "Table Grid"
for r in data:
    cells = tb.add_row().cells
    for c, v in zip(cells, r): c.text = v
p("抄送：农业农村部种植业管理司，省人民政府办公厅。", "l")
p("湖南省农业农村厅办公室　　　　　　2024年9月23日印发", "l")

NOTICES.mkdir(parents=True, exist_ok=True)
with tempfile.TemporaryDirectory() as td:
    src = Path(td) / f"{NAME}.docx"
    doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                   check=True, capture_output=True)
    shutil.copy(Path(td) / f"{NAME}.pdf", NOTICES / f"{NAME}.pdf")
print(NOTICES / f"{NAME}.pdf")
