#!/usr/bin/env python3
"""Build blind notice h5 (海北藏族自治州 文化旅游消费支持政策) as a real Word file.

Run from the project root: .venv/bin/python -m tests.unseen12.build_h5 (python-docx).
"""
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

from tests.notice_docx import plain_a4_document

OUT = str(__import__("pathlib").Path(__file__).resolve().parent / "notices" / "h5_haibei_wenlv_xiaofei_zhengce.docx")

doc = plain_a4_document()


def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = color


def para(text="", align=None, indent=True, font="仿宋_GB2312", size=16, bold=False, color=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(32)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def heading_para(label, rest=""):
    """A body paragraph whose leading short title is bold (黑体/楷体 style)."""
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    r = p.add_run(label)
    set_font(r, "楷体_GB2312", 16, True)
    if rest:
        r2 = p.add_run(rest)
        set_font(r2, "仿宋_GB2312", 16)
    return p


RED = RGBColor(0xE6, 0x00, 0x12)

# ---- 版头 ----
para("海北藏族自治州人民政府办公室文件", WD_ALIGN_PARAGRAPH.CENTER, font="方正小标宋简体", size=26, color=RED)
para("")
para("北政办〔2024〕38号", WD_ALIGN_PARAGRAPH.CENTER)
p = para("", WD_ALIGN_PARAGRAPH.CENTER)
r = p.add_run("━" * 22)
set_font(r, "宋体", 12, color=RED)
para("")
para("海北藏族自治州人民政府办公室关于印发", WD_ALIGN_PARAGRAPH.CENTER, font="方正小标宋简体", size=22)
para("《海北州促进文化旅游消费若干支持政策》的通知", WD_ALIGN_PARAGRAPH.CENTER, font="方正小标宋简体", size=22)
para("")
para("各县人民政府，州政府各部门，省驻州各单位：", indent=False)
para("《海北州促进文化旅游消费若干支持政策》已经州人民政府第二十七次常务会议研究同意，现印发给你们，请结合实际，认真抓好贯彻落实。")
para("")
para("海北藏族自治州人民政府办公室", WD_ALIGN_PARAGRAPH.RIGHT)
para("2024年5月10日", WD_ALIGN_PARAGRAPH.RIGHT)
para("（此件公开发布）", indent=True)

# page break
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)

# ---- 政策正文 ----
para("海北州促进文化旅游消费若干支持政策", WD_ALIGN_PARAGRAPH.CENTER, font="方正小标宋简体", size=22)
para("")
para("为深入贯彻落实《国务院办公厅关于释放旅游消费潜力推动旅游业高质量发展的若干措施》（国办发〔2023〕36号）和《青海省打造国际生态旅游目的地行动方案》，充分发挥我州祁连山、青海湖、金银滩草原等生态旅游资源优势，进一步释放文化旅游消费潜力，推动文化旅游业恢复发展和提质升级，结合我州实际，制定以下支持政策。")
para("近年来，我州坚持生态保护优先，依托祁连山国家公园、青海湖国家级自然保护区和原子城、金银滩等资源，大力发展生态旅游、红色旅游和乡村旅游，文化旅游业已成为全州经济发展的重要增长点。但也要看到，我州旅游季节性强、淡旺季差异大，游客停留时间短、人均消费低，旅游产品供给和服务质量与游客需求还有较大差距。")
para("2023年，全州接待国内外游客1012.6万人次，同比增长41.3%，实现旅游总收入68.5亿元。到2025年，全州年接待游客突破1300万人次，旅游总收入达到90亿元以上，把海北打造成为青海湖北岸和祁连山生态旅游的重要目的地。")

para("一、支持文化旅游品牌创建", font="黑体")
heading_para("（一）支持A级旅游景区创建。", "对新评定为国家5A级、4A级、3A级旅游景区的，分别给予一次性奖励300万元、100万元、30万元；对晋升等级的景区，按照级差给予奖励。奖励资金主要用于景区基础设施和服务设施提升。")
heading_para("（二）支持住宿业提档升级。", "对新评定为四星级、三星级旅游饭店的，分别奖励50万元、20万元；对新评定为甲级、乙级旅游民宿的，分别奖励20万元、10万元。鼓励门源、祁连、刚察、海晏等地发展特色精品民宿和帐篷营地。")
heading_para("（三）支持乡村旅游发展。", "对新入选全国乡村旅游重点村（镇）的，一次性奖励50万元；对新入选省级乡村旅游重点村的，一次性奖励10万元，支持其完善游客服务中心、停车场、旅游厕所等配套设施。")

para("二、激发文化旅游消费活力", font="黑体")
heading_para("（四）发放文旅消费券。", "州级财政安排文旅消费券资金500万元，在旅游旺季和重要节假日分批发放。消费券单张面额50元，单笔消费满200元可使用1张，每人每次限领2张，可在州内A级旅游景区、星级饭店、等级民宿、旅行社和特色餐饮企业使用。")
heading_para("（五）实施淡季住宿补贴。", "每年10月至次年4月旅游淡季期间，对在州内星级饭店、等级民宿连续住宿2晚及以上的州外游客，按每间夜50元标准给予住宿企业补贴，单个企业年度补贴最高不超过20万元。")
heading_para("（六）支持节庆赛事活动。", "对在州内举办、参与人数达到1万人次以上的文化旅游节庆、体育赛事和演艺活动，按照活动实际投入的30%给予补助，单项活动最高不超过50万元。继续办好环青海湖国际公路自行车赛海北段、门源油菜花文化旅游节、祁连山草原风情节等品牌活动。")

heading_para("（七）发展夜间文旅消费。", "支持西海镇、浩门镇、八宝镇等城镇打造夜间文化和旅游消费街区，丰富夜间演艺、夜市、灯光秀等业态。对新获评国家级、省级夜间文化和旅游消费集聚区的，分别给予一次性奖励100万元、30万元。")
heading_para("（八）推行淡季景区门票优惠。", "每年11月至次年3月，全州国有A级旅游景区对游客实行门票减半优惠；全年对60周岁以上老年人、残疾人、现役军人、消防救援人员等群体免收门票。鼓励非国有景区参照执行。")
heading_para("（九）支持研学旅游发展。", "依托原子城纪念馆、金银滩草原、祁连山国家公园等资源，开发红色教育、生态科普研学线路。对新认定为省级研学旅游基地（营地）的，一次性奖励10万元；对年接待中小学生研学旅游达到5000人次以上的基地，按每人次10元给予奖励，单个基地年度最高不超过10万元。")

para("三、支持文化旅游市场主体做大做强", font="黑体")
heading_para("（十）奖励文旅企业增收。", "对年营业收入500万元以上、且较上年增长10%以上的文化旅游企业，按照营业收入增量部分的1%给予奖励，单个企业最高不超过50万元。")
heading_para("（十一）奖励旅行社引客入州。", "对组织州外游客来海北旅游并在州内住宿1晚以上、年度累计人数达到3000人次以上的旅行社，按每人次15元给予奖励，单个旅行社年度奖励最高不超过30万元。对开行至海北的旅游专列，每列次奖励2万元。")
heading_para("（十二）加大金融支持力度。", "对文化旅游企业新增用于项目建设和经营的贷款，按照贷款市场报价利率（LPR）的50%给予贴息，贴息期限最长不超过2年，单个企业年度贴息最高不超过100万元。鼓励金融机构开发景区收费权、民宿经营权质押等信贷产品。")

para("四、保障措施", font="黑体")
heading_para("（十三）强化资金保障。", "州财政每年统筹安排文化旅游发展专项资金2000万元，用于兑现本政策。各县人民政府要结合实际安排配套资金，确保政策落地见效。")
heading_para("（十四）规范政策兑现。", "同一企业同一事项符合本政策和其他同类政策的，按照就高不重复的原则予以支持。申报主体应当依法经营，近3年内未发生较大及以上安全生产事故和重大旅游服务质量投诉。对弄虚作假骗取奖补资金的，追回已拨付资金，并取消其3年内申报资格。")
heading_para("（十五）提升旅游服务质量。", "畅通12345政务服务便民热线和旅游投诉举报渠道，旅游投诉受理后24小时内响应、5个工作日内办结；每年培训导游、民宿和餐饮从业人员不少于1000人次。深入开展旅游市场秩序专项整治，严厉打击“不合理低价游”、强迫购物、价格欺诈等违法违规行为，营造安全放心的旅游消费环境。")
heading_para("（十六）抓好任务落实。", "各责任单位要按照任务分工（见附件），细化工作措施，加强协调配合，确保各项政策措施落到实处。")
para("本政策自2024年6月1日起施行，有效期2年。由州文体旅游广电局负责解释。")
para("")
para("附件：政策措施任务分工表", indent=True)

p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)
para("附件", indent=False, font="黑体")
para("政策措施任务分工表", WD_ALIGN_PARAGRAPH.CENTER, font="方正小标宋简体", size=20)

rows = [
    ("序号", "政策措施", "牵头单位", "责任单位", "完成时限"),
    ("1", "落实A级旅游景区创建奖励", "州文体旅游广电局", "州财政局、各县人民政府", "长期坚持"),
    ("2", "落实星级饭店和等级旅游民宿评定奖励", "州文体旅游广电局", "州财政局", "长期坚持"),
    ("3", "组织发放文旅消费券，做好核销和资金结算", "州文体旅游广电局", "州财政局、州商务局", "2024年7月底前启动首批发放"),
    ("4", "落实淡季住宿补贴，按季度审核兑现", "州文体旅游广电局", "州财政局、各县人民政府", "每季度"),
    ("5", "组织举办文化旅游节庆赛事活动并落实补助", "州文体旅游广电局", "州财政局、各县人民政府", "长期坚持"),
    ("6", "审核文旅企业营业收入增长情况并兑现奖励", "州文体旅游广电局", "州统计局、州财政局", "每年3月底前"),
    ("7", "落实旅行社引客入州奖励和旅游专列奖励", "州文体旅游广电局", "州交通运输局、州财政局", "长期坚持"),
    ("8", "落实文化旅游企业贷款贴息政策", "州财政局", "中国人民银行海北州分行、州文体旅游广电局", "长期坚持"),
    ("9", "制定政策兑现实施细则和申报指南", "州文体旅游广电局", "州财政局", "2024年6月30日前"),
    ("10", "落实夜间文旅消费集聚区和研学旅游基地奖励", "州文体旅游广电局", "州教育局、州财政局", "长期坚持"),
    ("11", "落实国有A级旅游景区淡季门票优惠政策", "各县人民政府", "州文体旅游广电局、州发展改革委", "每年11月至次年3月"),
]
tbl = doc.add_table(rows=len(rows), cols=5)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Cm(1.2), Cm(5.6), Cm(3.0), Cm(3.8), Cm(2.8)]
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        c = tbl.cell(i, j)
        c.width = widths[j]
        c.text = ""
        pp = c.paragraphs[0]
        pp.paragraph_format.first_line_indent = Pt(0)
        pp.paragraph_format.line_spacing = Pt(20)
        if j in (0, 4) or i == 0:
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = pp.add_run(val)
        set_font(rr, "黑体" if i == 0 else "仿宋_GB2312", 12, i == 0)

para("")
# ---- 版记 ----
p = para("", indent=False)
r = p.add_run("─" * 38)
set_font(r, "宋体", 10)
para("抄送：州委各部门，州人大常委会办公室，州政协办公室，州纪委监委，州中级人民法院，州人民检察院，海北军分区。", indent=False, size=14)
p = para("", indent=False)
r = p.add_run("─" * 38)
set_font(r, "宋体", 10)
para("海北藏族自治州人民政府办公室　　　　　2024年5月11日印发", indent=False, size=14)

# footer page number (static, as many offices type it)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = fp.add_run("— 1 —")
set_font(fr, "宋体", 14)

doc.core_properties.author = "hbzfb"
doc.core_properties.title = "北政办〔2024〕38号"
doc.save(OUT)
print("wrote", OUT)
