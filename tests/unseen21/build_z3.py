"""Build blind21 z3: 延边州 冰雪经济 领导小组 + 实施方案 (DOCX, GB/T 9704 style)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = str(Path(__file__).resolve().parent / "notices" / "z3_yanbian_bingxue_jingji_lingdaoxiaozu.docx")
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

def font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)

def para(text="", name="仿宋_GB2312", size=16, align=None, bold=False, indent=True, color=None, runs=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        pf.first_line_indent = Pt(32)
    if runs:
        for t, f in runs:
            font(p.add_run(t), name=f, size=size)
    elif text:
        font(p.add_run(text), name=name, size=size, bold=bold, color=color)
    return p

def heading(text):  # 一、 headings in 黑体
    return para(text, name="黑体")

def lead(lead_text, rest):  # （一）bold lead in 楷体 + body
    return para(runs=[(lead_text, "楷体_GB2312"), (rest, "仿宋_GB2312")])

RED = (0xE6, 0x00, 0x12)
para("延边朝鲜族自治州人民政府文件", name="方正小标宋简体", size=30, align="c", color=RED)
para()
para("延州政发〔2022〕14号", align="c")
p = para("━━━━━━━━━━━━━━━━━━━━━━━━", align="c", color=RED, size=14)
para()
para("延边朝鲜族自治州人民政府", name="方正小标宋简体", size=22, align="c")
para("关于成立延边州冰雪经济高质量发展领导小组", name="方正小标宋简体", size=22, align="c")
para("并印发实施方案的通知", name="方正小标宋简体", size=22, align="c")
para()
para("各县（市）人民政府，州政府各委办局、各直属机构：", indent=False)
para("为深入贯彻落实省委、省政府关于推进冰雪经济高质量发展的决策部署，加强对全州冰雪经济发展工作的组织领导，州政府决定成立延边州冰雪经济高质量发展领导小组（以下简称领导小组），现将领导小组组成人员、工作机构及《延边州冰雪经济高质量发展实施方案（2022—2025年）》印发给你们，请认真贯彻执行。")
heading("一、领导小组组成人员")
members = [
    ("组  长：", "崔明哲", "州长"),
    ("副组长：", "李东旭", "州委常委、常务副州长"),
    ("　　　　", "朴英爱", "副州长"),
    ("　　　　", "王立军", "州政府秘书长"),
    ("成  员：", "金海峰", "州政府副秘书长"),
    ("　　　　", "张　伟", "州发展改革委主任"),
    ("　　　　", "郑秀兰", "州文化广播电视和旅游局局长"),
    ("　　　　", "孙国庆", "州体育局局长"),
    ("　　　　", "刘振华", "州财政局局长"),
    ("　　　　", "赵长青", "州交通运输局局长"),
    ("　　　　", "马晓光", "州自然资源局局长"),
    ("　　　　", "高建军", "州住房城乡建设局局长"),
    ("　　　　", "吴春梅", "州商务局局长"),
    ("　　　　", "方龙浩", "州教育局局长"),
    ("　　　　", "许东哲", "州公安局副局长"),
    ("　　　　", "宋丽娜", "州市场监管局局长"),
    ("　　　　", "南永吉", "州气象局局长"),
    ("　　　　", "朴成一", "延吉市市长"),
    ("　　　　", "韩　松", "敦化市市长"),
    ("　　　　", "金哲洙", "珲春市市长"),
    ("　　　　", "李　强", "安图县县长"),
]
for lab, name, post in members:
    para(lab + name + "\t" + post, indent=False)
para("　　　　图们市、龙井市、和龙市、汪清县人民政府分管负责同志", indent=False)
heading("二、领导小组主要职责")
para("贯彻落实省委、省政府和州委、州政府关于冰雪经济发展的决策部署，统筹研究全州冰雪经济发展中的重大规划、重大政策、重大项目和重大活动，协调解决工作推进中的重大问题，督促检查各项工作落实。领导小组原则上每半年召开一次全体会议，根据工作需要可随时召开专题会议。")
heading("三、领导小组办公室")
para("领导小组办公室设在州文化广播电视和旅游局，办公室主任由郑秀兰同志兼任，办公室副主任由州体育局副局长韩振宇同志兼任，负责领导小组日常工作。领导小组成员因工作变动需要调整的，由所在单位提出意见，经领导小组办公室报领导小组组长同意后自行调整，不再另行发文。")
heading("四、工作组")
para("领导小组下设四个工作组，在领导小组统一领导下开展工作。")
lead("（一）综合协调组。", "组长：王立军（州政府秘书长）；副组长：金海峰（州政府副秘书长）。负责领导小组会议筹备、综合协调、督查督办和信息报送等工作。")
lead("（二）项目推进组。", "组长：张伟（州发展改革委主任）。负责冰雪项目谋划储备、招商引资和建设调度等工作。")
lead("（三）宣传推广组。", "组长：姜春花（州委宣传部副部长）；副组长：许光日（州文化广播电视和旅游局副局长）。负责冰雪旅游宣传推介、品牌打造和舆情引导等工作。")
lead("（四）赛事活动组。", "组长：孙国庆（州体育局局长）；副组长：崔英男（州体育局副局长）。负责冰雪赛事引进、群众性冰雪活动组织和安全保障等工作。")
para()
para("附件：延边州冰雪经济高质量发展实施方案（2022—2025年）")
para()
para("延边朝鲜族自治州人民政府", align="r")
para("2022年10月11日", align="r")
para("（此件公开发布）")
doc.add_page_break()

para("附件", name="黑体", indent=False)
para()
para("延边州冰雪经济高质量发展实施方案", name="方正小标宋简体", size=22, align="c")
para("（2022—2025年）", name="楷体_GB2312", align="c")
para()
para("为深入贯彻习近平总书记“冰天雪地也是金山银山”重要理念，落实《吉林省冰雪产业高质量发展规划（2021—2035年）》和《吉林省人民政府办公厅关于推进冰雪经济高质量发展的实施意见》（吉政办发〔2022〕11号），充分发挥我州冰雪资源和民俗文化优势，推动冰雪经济高质量发展，结合实际，制定本方案。")
heading("一、发展基础")
para("2021年，全州接待冰雪旅游游客1260万人次，实现冰雪旅游收入186.5亿元，分别占全年旅游接待人次和旅游收入的38.2%和41.5%。截至2021年底，全州建成滑雪场7座，雪道面积168万平方米，冰雪运动特色学校42所。同时，我州冰雪产业链条短、高品质冰雪产品供给不足、冬季交通和服务保障能力偏弱等问题仍然突出。")
heading("二、发展目标")
para("到2023年，全州冰雪旅游收入达到260亿元，冰雪运动特色学校达到60所。")
para("到2025年，全州冰雪旅游收入达到400亿元，冰雪产业总规模突破600亿元，冰雪旅游综合竞争力进入全国前10位；建成滑雪场12座，其中高山滑雪场3座，雪道面积达到300万平方米；新增国家级滑雪旅游度假地1家、省级滑雪旅游度假地3家；参与冰雪运动人数累计突破200万人次，全州中小学冰雪运动进校园覆盖率达到100%；培养冰雪项目社会体育指导员2000名以上；引进培育冰雪装备和用品企业20家。")
para("各县（市）冰雪旅游接待游客目标见表1。")
para("表1  各县（市）冰雪旅游接待游客目标", name="黑体", align="c")
para("单位：万人次", align="r", size=12)
rows = [("县（市）", "2023年", "2025年"),
        ("延吉市", "800", "1100"), ("图们市", "60", "90"), ("敦化市", "220", "320"),
        ("珲春市", "180", "260"), ("龙井市", "70", "100"), ("和龙市", "60", "90"),
        ("汪清县", "50", "80"), ("安图县", "260", "380"), ("全州合计", "1700", "2420")]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        c = t.cell(i, j)
        c.text = ""
        run = c.paragraphs[0].add_run(v)
        font(run, name="黑体" if i == 0 else "仿宋_GB2312", size=14)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para()
heading("三、重点任务")
lead("（一）打造冰雪旅游精品线路。", "以延吉—长白山、敦化—六鼎山、珲春—防川为重点，串联民俗村寨、温泉康养、边境风光等资源，打造“跨国冰雪游”“朝鲜族民俗冰雪游”等精品线路10条以上，每年推出冬季旅游新产品不少于20个。（责任单位：州文化广播电视和旅游局，各县（市）人民政府）")
lead("（二）提升冰雪场地设施。", "支持敦化市、安图县、和龙市新建改建滑雪场，2023年10月底前完成敦化市滑雪场扩建工程。新建滑雪场雪道面积不少于10万平方米、单条雪道长度不少于800米，配套建设游客服务中心和停车场。（牵头单位：州体育局；责任单位：州发展改革委、州自然资源局、敦化市人民政府、安图县人民政府、和龙市人民政府）")
lead("（三）丰富冰雪赛事活动。", "每年举办“中国·延边冰雪旅游节”，每个雪季举办国家级以上冰雪赛事不少于3项、州级冰雪赛事活动不少于20项，常态化开展“百万群众上冰雪”活动。（责任单位：州体育局、州文化广播电视和旅游局、州委宣传部）")
lead("（四）推动冰雪运动普及。", "深入实施“冰雪进校园”工程，中小学冰雪体育课时不少于体育总课时的三分之一，每年开展冰雪运动技能培训不少于5万人次。（牵头单位：州教育局；责任单位：州体育局，各县（市）人民政府）")
lead("（五）培育冰雪装备和用品产业。", "依托延吉高新技术产业开发区和珲春边境经济合作区，引进冰雪装备、服装和器材生产企业，2024年底前建成冰雪装备产业园1个。（牵头单位：州工业和信息化局；责任单位：州商务局、州科技局、延吉市人民政府、珲春市人民政府）")
lead("（六）完善交通和服务保障。", "2023年底前开通延吉朝阳川国际机场至国内重点城市冰雪旅游航线10条以上，加密雪季高铁班次，重点景区及滑雪场公路冬季除雪保通率达到100%。（牵头单位：州交通运输局；责任单位：州公安局、州气象局、延吉朝阳川国际机场公司）")
heading("四、政策支持")
para("州财政每年安排冰雪产业发展资金3000万元，统筹用于冰雪项目建设、赛事活动和宣传推广。对新评定为国家级、省级滑雪旅游度假地的，分别给予300万元、100万元一次性奖励。对新建雪道面积15万平方米以上的滑雪场，按雪道建设投资的10%给予补助，单个项目最高500万元。对组织游客来延开展冰雪旅游的旅行社，按每接待1名过夜游客20元给予奖励，单个旅行社每雪季最高20万元；对开通冰雪旅游包机的，每架次给予最高5万元补助。")
heading("五、保障措施")
para("各县（市）要成立相应工作机构，制定本地区冰雪经济发展具体方案，于2022年11月底前报领导小组办公室。领导小组办公室要建立冰雪经济统计监测制度，每季度通报一次重点指标和重点项目进展情况。各有关部门要加强协作配合，形成工作合力。")
para()
para("抄送：州委各部门，州人大常委会办公室，州政协办公室，州法院，州检察院，延边军分区。", indent=False, size=14)
para("延边朝鲜族自治州人民政府办公室　　　　　2022年10月12日印发", indent=False, size=14)

# footer page number — 1 —
footer = sec.footer.paragraphs[0]
footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = footer.add_run("— ")
fld_b = OxmlElement("w:fldChar"); fld_b.set(qn("w:fldCharType"), "begin")
instr = OxmlElement("w:instrText"); instr.text = "PAGE"
fld_e = OxmlElement("w:fldChar"); fld_e.set(qn("w:fldCharType"), "end")
r2 = footer.add_run(); r2._r.append(fld_b); r2._r.append(instr); r2._r.append(fld_e)
footer.add_run(" —")
doc.core_properties.author = "延边州政府办公室"
doc.core_properties.title = ""
doc.save(OUT)
print("wrote", OUT)
