"""Build blind notice r3 (丽水市人民政府 养老服务体系建设若干措施) as a GB/T 9704-style DOCX.

Run: .venv/bin/python tests/unseen18/build_r3.py   (from the project root)
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

OUT = str(Path(__file__).resolve().parent / "notices" / "r3_lishui_yanglao_fuwu_cuoshi.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)

st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.paragraph_format.line_spacing = Pt(28.9)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.space_after = Pt(0)


def run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    r.font.name = font
    r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    r.font.size = Pt(size)
    r.bold = bold
    if color is not None:
        r.font.color.rgb = color
    return r


def para(text="", font=FS, size=16, align=None, indent=True, bold=False, color=None, right_pad=0):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(32)
    if right_pad:
        p.paragraph_format.right_indent = Pt(right_pad)
    if text:
        run(p, text, font, size, bold, color)
    return p


def lead_para(lead, rest, lead_font=KT):
    """A paragraph whose run-in title is in another face (楷体 for （一）, 仿宋 bold for 1.)."""
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    run(p, lead, lead_font, 16, bold=(lead_font == FS))
    run(p, rest)
    return p


def red_rule():
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "E60012")
    bdr.append(b)
    pPr.append(bdr)
    return p


def black_rule(p, top=False):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in (["top", "bottom"] if top else ["bottom"]):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    pPr.append(bdr)


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def page_number_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(fp, "— ", FS, 14)
    r = fp.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
        r._r.append(el)
    t = OxmlElement("w:t")
    t.text = "1"
    r._r.append(t)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    r._r.append(end)
    r.font.size = Pt(14)
    run(fp, " —", FS, 14)


def set_cell(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, font=FS):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(22)
    run(p, text, HT if bold else font, size)


page_number_footer(sec)

# ---------------------------------------------------------------- 版头
para("丽水市人民政府文件", XBS, 48, WD_ALIGN_PARAGRAPH.CENTER, color=RED)
para()
para("丽政发〔2023〕14号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
red_rule()
para()
para("丽水市人民政府关于印发丽水市养老服务", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER)
para("体系建设若干措施的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER)
para()
para("各县（市、区）人民政府，市政府直属各单位：", indent=False)
para("《丽水市养老服务体系建设若干措施》已经市政府第21次常务会议审议通过，现印发给你们，请结合实际认真贯彻执行。")
para()
para("丽水市人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT, right_pad=64)
para("2023年6月8日", align=WD_ALIGN_PARAGRAPH.RIGHT, right_pad=64)
para("（此件公开发布）")
page_break()

# ---------------------------------------------------------------- 措施
para("丽水市养老服务体系建设若干措施", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER)
para()
para("为深入贯彻落实《中华人民共和国老年人权益保障法》《浙江省社会养老服务促进条例》和《浙江省人民政府办公厅关于推进养老服务高质量发展的实施意见》（浙政办发〔2022〕41号），加快构建居家社区机构相协调、医养康养相结合的养老服务体系，积极应对人口老龄化，结合我市山区实际，制定如下措施。")
para("一、主要目标", HT)
para("坚持政府主导、社会参与、市场运作，坚持普惠优先、兜底保障，聚焦失能失智、高龄独居和山区农村老年人等重点群体，推动养老服务资源向基层延伸、向农村倾斜，努力打造“浙里康养”山区样板。")
para("截至2022年底，全市60周岁以上户籍老年人口58.6万人，占户籍总人口的21.7%；全市养老机构床位1.32万张，护理型床位占比52.4%；已建成乡镇（街道）示范型居家养老服务中心128个、村（社区）居家养老服务照料中心2416个。但山区农村养老服务供给不足、专业护理人才短缺、医养结合不够紧密等问题依然突出。")
para("到2025年，全市养老机构床位达到1.6万张，其中护理型床位占比达到65%以上；乡镇（街道）示范型居家养老服务中心覆盖率达到100%；每万名老年人拥有持证养老护理员数达到25人；家庭养老床位达到3000张；老年助餐服务惠及老年人3万人以上。")
para("二、支持措施", HT)
lead_para("（一）加大养老机构建设支持。",
          "对新建、改扩建并取得设立备案的养老机构，新增护理型床位每张给予一次性建设补助1万元，新增普通床位每张给予5000元；利用闲置校舍、厂房等存量房屋改建的，每张床位补助3000元。单个养老机构建设补助最高不超过300万元。享受建设补助的新建养老机构，护理型床位占比不低于60%，且须连续运营满5年。（责任单位：市民政局、市财政局，各县（市、区）政府）")
lead_para("（二）实施养老机构运营补贴。",
          "对入住率不低于30%的民办（公建民营）养老机构，按实际收住本市户籍老年人数给予运营补贴：收住能力完好老年人的，每人每月100元；收住轻度、中度失能老年人的，每人每月分别为200元、300元；收住重度失能（含失智）老年人的，每人每月500元。单个养老机构年度运营补贴最高不超过100万元。（责任单位：市民政局、市财政局，各县（市、区）政府）")
lead_para("（三）实行星级评定奖补。",
          "对经评定为一星级至五星级的养老机构，给予一次性等级评定奖励，并按等级上浮运营补贴，具体标准见附件1。晋升星级的，按新旧等级奖励差额补足；降低星级的，按新等级执行。（责任单位：市民政局、市财政局）")
lead_para("（四）推进居家社区养老服务设施建设。",
          "对新建乡镇（街道）示范型居家养老服务中心，每个给予一次性建设补助30万元；对新建村（社区）居家养老服务照料中心，每个给予一次性建设补助5万元。年度评估为优秀的，分别给予5万元、1万元运营奖励。照料中心每周开放不少于5天。（责任单位：市民政局、市财政局，各县（市、区）政府，各乡镇（街道））")
lead_para("（五）发展家庭养老床位。",
          "对经评估符合条件的失能老年人家庭，按每张床位3000元标准给予适老化改造和智能设备补助；服务机构为家庭养老床位提供上门服务每月不少于4次的，按每床每月200元给予服务补贴。（责任单位：市民政局，各县（市、区）政府）")
lead_para("（六）完善老年助餐服务。",
          "对年满80周岁以上老年人和低保、低边家庭中60周岁以上老年人，每餐给予3元助餐补贴。对新建老年食堂、助餐服务点，分别给予每个10万元、2万元一次性建设补助。到2025年，每个乡镇（街道）至少建成1个老年食堂。（责任单位：市民政局、市市场监管局，各县（市、区）政府）")
lead_para("（七）加强养老护理人才队伍建设。",
          "对全日制本科、大专、中职学历毕业生在本市养老机构从事一线护理工作满5年的，每人分别给予5万元、4万元、3万元入职奖补，分5年发放；对持有初级、中级、高级养老护理员职业技能等级证书的一线护理员，每人每月分别给予100元、200元、300元岗位津贴。（责任单位：市人力社保局、市民政局、市财政局）")
lead_para("（八）推进医养康养结合。",
          "支持养老机构内设医务室、护理站，对通过执业登记或备案的，给予一次性补助5万元。推动二级以上医疗机构与养老机构签约合作。到2025年，全市医养结合机构达到40家。（责任单位：市卫生健康委、市民政局、市医保局）")
lead_para("（九）强化用地和金融支持。",
          "新建城区和新建居住区按每百户不低于20平方米、老城区和已建成居住区按每百户不低于15平方米配建养老服务用房。对养老服务项目贷款，按不超过1年期贷款市场报价利率（LPR）的50%给予贴息，单个项目年度贴息最高50万元。（责任单位：市自然资源和规划局、市住房城乡建设局、人行丽水市中心支行）")
lead_para("（十）提升智慧养老水平。",
          "依托“浙里康养”应用建设丽水专区，推进养老服务数据归集共享，2024年底前全市养老机构视频监控接入率达到100%。（责任单位：市民政局、市大数据局）")
lead_para("（十一）支持县级养老服务综合体建设。",
          "对建筑面积不少于2000平方米、床位不少于100张，集机构养老、居家上门、康复护理、人才培训等功能于一体的县级养老服务综合体，经验收合格后给予一次性补助200万元。（责任单位：市民政局、市发展改革委，各县（市、区）政府）")
lead_para("（十二）加强养老服务安全监管。",
          "落实养老机构安全生产主体责任，县级民政部门会同消防救援机构每季度至少开展1次养老机构安全联合检查，对检查发现的重大安全隐患实行挂牌督办。（责任单位：市民政局、市消防救援支队、市市场监管局）")
para("三、保障措施", HT)
lead_para("（一）强化组织领导。",
          "各县（市、区）政府要将养老服务体系建设纳入国民经济和社会发展规划，建立工作协调机制，定期研究解决养老服务发展中的重大问题。")
lead_para("（二）加强资金保障。",
          "市、县两级用于社会福利事业的福利彩票公益金，用于养老服务的比例不低于55%。本措施所需补助资金，除另有规定外，市级财政承担30%，县级财政承担70%。")
lead_para("（三）加强监督管理。",
          "建立补助资金绩效评价和监督检查制度，对弄虚作假、骗取补助资金的，依法依规追回资金并追究责任。")
lead_para("（四）营造良好氛围。",
          "广泛宣传养老服务政策措施和典型经验，开展“敬老月”“孝老爱亲”等系列活动，弘扬中华民族孝亲敬老传统美德，引导社会力量积极参与养老服务。")
para("本措施自2023年7月1日起施行，有效期3年。此前我市有关规定与本措施不一致的，以本措施为准。")
para()
p = para("附件：1.丽水市养老机构星级评定奖补标准")
p2 = doc.add_paragraph()
p2.paragraph_format.left_indent = Pt(32 + 48)
run(p2, "2.丽水市养老服务补助资金申报材料清单")
page_break()

# ---------------------------------------------------------------- 附件1
para("附件1", HT, 16, indent=False)
para()
para("丽水市养老机构星级评定奖补标准", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER)
para()
rows = [
    ("等级", "一次性等级评定奖励（万元）", "运营补贴上浮比例", "护理型床位占比要求"),
    ("一星级", "3", "—", "—"),
    ("二星级", "5", "5%", "不低于30%"),
    ("三星级", "10", "10%", "不低于40%"),
    ("四星级", "20", "15%", "不低于50%"),
    ("五星级", "30", "20%", "不低于60%"),
]
tbl = doc.add_table(rows=len(rows), cols=4)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        set_cell(tbl.cell(i, j), val, bold=(i == 0))
para()
para("注：星级评定按照《养老机构等级划分与评定》国家标准和省有关规定执行；运营补贴上浮比例以本措施第（二）条规定的标准为基数计算。", FS, 14)
page_break()

# ---------------------------------------------------------------- 附件2
para("附件2", HT, 16, indent=False)
para()
para("丽水市养老服务补助资金申报材料清单", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER)
para()
for line in [
    "1.丽水市养老服务补助资金申请表；",
    "2.养老机构设立备案回执或法人登记证书复印件；",
    "3.新增床位、收住老年人名册及能力评估结果；",
    "4.星级评定结果文件（申请星级奖补的提供）；",
    "5.医务室、护理站执业登记或备案材料（申请医养结合补助的提供）；",
    "6.县（市、区）民政、财政部门审核意见。",
]:
    para(line)
para()
para()

# ---------------------------------------------------------------- 版记
p = para("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院，丽水军分区。", FS, 14, indent=False)
black_rule(p, top=True)
p = doc.add_paragraph()
p.paragraph_format.first_line_indent = Pt(14)
run(p, "丽水市人民政府办公室", FS, 14)
run(p, "\u3000" * 9 + "2023年6月9日印发", FS, 14)
black_rule(p)

doc.core_properties.title = "丽水市人民政府关于印发丽水市养老服务体系建设若干措施的通知"
doc.core_properties.author = "lsszf"
doc.save(OUT)
print("wrote", OUT)
