# Build blind29/notices/ac2_xianning_chuangwen_zhihuibu.docx with python-docx.
# Run with the project's .venv python (python-docx); writes notices/ next to this script
import os
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notices", "ac2_xianning_chuangwen_zhihuibu.docx")

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)


def set_font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(text="", font="仿宋_GB2312", size=16, bold=False, align=None, indent=True, color=None, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def mixed(parts, indent=True):
    """parts: list of (text, font) in one paragraph."""
    p = para("", indent=indent)
    for text, font in parts:
        r = p.add_run(text)
        set_font(r, font, 16)
    return p


# ---- 版头 (函件格式: no 文件 word) ----
para("咸宁市人民政府办公室", "方正小标宋简体", 30, False, "center", False, (0xE0, 0, 0))
p = para("咸政办函〔2022〕12号", "仿宋_GB2312", 16, False, "right", False)
para("━" * 26, "仿宋_GB2312", 16, False, "center", False, (0xE0, 0, 0))
para("")

# ---- title over two lines ----
para("咸宁市人民政府办公室关于调整咸宁市创建全国", "方正小标宋简体", 22, False, "center", False)
para("文明城市指挥部组成人员的通知", "方正小标宋简体", 22, False, "center", False)
para("")
para("各县、市、区人民政府，咸宁高新区管委会，市政府各部门：", indent=False)

para("为深入推进全国文明城市创建工作，确保在2021—2023年创建周期内实现“创成全国文明城市”目标，"
     "根据《全国文明城市测评体系（2021年版）》和《中共咸宁市委 咸宁市人民政府关于全力冲刺创建全国文明城市的决定》"
     "（咸发〔2021〕11号）要求，因人事变动和工作需要，经市人民政府同意，决定对咸宁市创建全国文明城市指挥部"
     "（以下简称市创文指挥部）组成人员及专项工作组进行调整。现将有关事项通知如下：")

para("2021年度全国文明城市提名城市年度测评中，我市测评成绩为85.62分，在全省地级提名城市中排名第2位，"
     "但在全国地级提名城市中仍处于中游水平，公共秩序、环境卫生、志愿服务等方面失分较多。"
     "截至2021年底，全市注册志愿者达到18.6万人，占城区常住人口的11.4%，与测评要求仍有差距。")

para("一、市创文指挥部组成人员", "黑体", 16)

# ---- member table: 职务 | 姓名 | 单位及职务, role column vertically merged ----
rows = [
    ("指挥长", "孟庆华", "市委副书记、市长"),
    ("常务副指挥长", "周丽娟", "市委常委、宣传部部长"),
    ("副指挥长", "熊国庆", "市委常委、常务副市长"),
    ("副指挥长", "汪晓梅", "副市长"),
    ("副指挥长", "程立军", "副市长、市公安局局长"),
    ("成员", "杨德胜", "市委宣传部常务副部长"),
    ("成员", "陈志刚", "市委办公室副主任"),
    ("成员", "胡振华", "市政府办公室副主任"),
    ("成员", "刘海燕", "市委组织部副部长"),
    ("成员", "吴宏斌", "市委政法委副书记"),
    ("成员", "罗振宇", "市政府副秘书长、市政务服务和大数据管理局局长"),
    ("成员", "余建国", "市发展改革委副主任"),
    ("成员", "谭雪莲", "市教育局副局长"),
    ("成员", "邓卫东", "市公安局交通警察支队支队长"),
    ("成员", "黄丽", "市民政局副局长"),
    ("成员", "饶志强", "市财政局副局长"),
    ("成员", "柯文斌", "市住房和城乡建设局副局长"),
    ("成员", "舒明", "市城市管理执法委员会副主任"),
    ("成员", "姜红", "市交通运输局副局长"),
    ("成员", "万家宝", "市生态环境局副局长"),
    ("成员", "夏春燕", "市卫生健康委员会副主任"),
    ("成员", "祝永刚", "市市场监督管理局副局长"),
    ("成员", "聂文华", "市文化和旅游局副局长"),
    ("成员", "毛建新", "市商务局副局长"),
    ("成员", "石慧", "团市委副书记"),
    ("成员", "廖美玲", "市妇联副主席"),
    ("成员", "蔡勇", "市融媒体中心副主任"),
    ("成员", "冯光明", "咸安区人民政府副区长"),
    ("成员", "魏国强", "咸宁高新区管委会副主任"),
    ("成员", "", "赤壁市、嘉鱼县、通城县、崇阳县、通山县人民政府分管负责同志"),
]

table = doc.add_table(rows=1 + len(rows), cols=3)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Cm(3.2), Cm(2.6), Cm(9.6)]


def cell_text(cell, text, bold=False, font="仿宋_GB2312", size=14):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    set_font(r, font, size, bold)


for i, h in enumerate(("职务", "姓名", "单位及职务")):
    cell_text(table.rows[0].cells[i], h, True, "黑体")
for r_i, (role, name, unit) in enumerate(rows, start=1):
    cells = table.rows[r_i].cells
    cell_text(cells[0], role)
    cell_text(cells[1], name)
    cell_text(cells[2], unit)
    cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
for row in table.rows:
    for i, w in enumerate(widths):
        row.cells[i].width = w

# vertical merges of the role column: 副指挥长 rows 3-5, 成员 rows 6-end
def merge_role(first, last):
    top = table.cell(first, 0)
    bottom = table.cell(last, 0)
    merged = top.merge(bottom)
    cell_text(merged, rows[first - 1][0])

merge_role(3, 5)
merge_role(6, len(rows))

para("")
para("市创文指挥部主要职责：贯彻落实中央文明委和省委、省政府关于精神文明建设的决策部署，研究制定全市创建全国文明城市总体规划和年度计划，"
     "统筹协调解决创建工作中的重大问题，组织开展创建工作督查、考核和奖惩，动员全市各级各部门和广大市民群众共同参与创建。")
para("市创文指挥部办公室设在市委宣传部（市文明办），承担指挥部日常工作，办公室主任由吴静怡同志（市文明办主任）兼任，"
     "常务副主任由钱卫平同志（市文明办专职副主任）担任。市创文指挥部成员因工作变动需要调整的，由所在单位接任领导自然递补，"
     "报指挥部办公室备案，不再另行发文。")
para("指挥部办公室主要职责：负责创建工作的组织协调、督促检查和信息汇总，拟定创建工作年度计划和测评迎检方案，"
     "建立创建工作任务台账，组织开展实地考察点位日常巡查和问题交办，承办指挥部会议，完成指挥部交办的其他事项。")

para("二、专项工作组", "黑体", 16)
para("市创文指挥部下设6个专项工作组，各专项工作组组长单位为牵头单位，实行“组长负总责、成员单位各负其责”的工作机制。")

groups = [
    ("（一）综合协调组", "组长：杨德胜（市委宣传部常务副部长）",
     "成员单位：市委办公室、市政府办公室、市委督查室、市政府督查室、市统计局",
     "主要职责：负责统筹协调创建工作，制定年度创建计划，组织开展实地考察点位的日常督查和模拟测评，"
     "汇总分析测评数据，做好网上申报材料的收集、审核和报送工作。"),
    ("（二）宣传教育组", "组长：叶青松（市委宣传部副部长）",
     "成员单位：市教育局、市文化和旅游局、市融媒体中心、团市委、市妇联",
     "主要职责：负责社会主义核心价值观宣传教育、公益广告设置、未成年人思想道德建设、新时代文明实践中心（所、站）建设，"
     "组织开展“咸宁好人”“最美家庭”等评选活动，统筹推进志愿服务制度化常态化。"),
    ("（三）市容环境整治组", "组长：舒明（市城市管理执法委员会副主任）",
     "成员单位：市住房和城乡建设局、市生态环境局、市市场监督管理局、咸安区人民政府、咸宁高新区管委会",
     "主要职责：负责主次干道、背街小巷、城乡结合部、农贸市场的环境卫生整治，规范户外广告和店招店牌，"
     "治理占道经营、乱搭乱建、渣土撒漏等问题，推进生活垃圾分类和公共厕所提档升级。"),
    ("（四）交通秩序整治组", "组长：邓卫东（市公安局交通警察支队支队长）",
     "成员单位：市交通运输局、市城市管理执法委员会、咸安区人民政府",
     "主要职责：负责机动车、非机动车和行人交通秩序整治，规范停车管理，改善公共交通服务，"
     "开展“文明交通”劝导行动，提升重点路口文明通行水平。"),
    ("（五）社区和公共场所创建组", "组长：黄丽（市民政局副局长）",
     "副组长：夏春燕（市卫生健康委员会副主任）",
     "成员单位：市商务局、市文化和旅游局、咸安区人民政府",
     "主要职责：负责社区（小区）、医院、商场、车站、公园等公共场所的文明创建，完善无障碍设施和便民服务设施，"
     "推进物业管理全覆盖和老旧小区改造，开展文明单位、文明社区创建评比。"),
    ("（六）诚信建设和窗口服务组", "组长：罗振宇（市政府副秘书长、市政务服务和大数据管理局局长）",
     "成员单位：市发展改革委、市市场监督管理局、国家税务总局咸宁市税务局、人民银行咸宁市中心支行",
     "主要职责：负责社会信用体系建设、政务服务窗口和金融、税务、供水、供电等公共服务窗口的文明规范服务，"
     "推进“一网通办”“一次办好”，开展诚信经营示范街区创建和失信行为联合惩戒，受理和处置群众投诉。"),
]
for g in groups:
    para(g[0], "楷体_GB2312", 16)
    for line in g[1:]:
        para(line)

para("三、工作要求", "黑体", 16)
mixed([("（一）健全工作机制。", "楷体_GB2312"),
       ("市创文指挥部原则上每季度召开1次全体成员会议，研究解决创建工作中的重大问题；指挥部办公室每月召开1次工作调度会，"
        "通报各专项工作组和责任单位任务完成情况。各成员单位要明确1名科级干部作为联络员，于2022年3月20日前报指挥部办公室。", "仿宋_GB2312")])
mixed([("（二）细化工作方案。", "楷体_GB2312"),
       ("各专项工作组要于2022年3月31日前制定本组年度创建工作方案，明确任务清单、责任清单和时限清单，报指挥部办公室备案。"
        "各县、市、区人民政府和咸宁高新区管委会要参照市级模式，于2022年4月15日前调整充实本级创建工作机构。", "仿宋_GB2312")])
mixed([("（三）强化督查考核。", "楷体_GB2312"),
       ("指挥部办公室要会同市委督查室、市政府督查室，对照测评体系建立问题清单，实行每月暗访督查、每季度通报排名。"
        "市委组织部要将创建工作成效纳入领导班子和领导干部年度考核，对测评中造成失分的责任单位，取消其当年度评先评优资格。", "仿宋_GB2312")])
mixed([("（四）加强经费保障。", "楷体_GB2312"),
       ("市财政局要将创建工作经费列入年度财政预算，每年安排专项经费不少于3000万元，重点保障公益广告、志愿服务、"
        "基础设施补短板和测评迎检工作。", "仿宋_GB2312")])
mixed([("（五）明确目标要求。", "楷体_GB2312"),
       ("到2023年，全市群众对创建工作的知晓率、支持率和满意率分别达到95%、95%和90%以上，注册志愿者占城区常住人口比例达到13%以上，"
        "年度测评成绩进入全国地级提名城市前20位，确保如期创成全国文明城市。", "仿宋_GB2312")])

mixed([("（六）营造浓厚氛围。", "楷体_GB2312"),
       ("市委宣传部（市文明办）要会同市融媒体中心在主要媒体开设“创文进行时”专栏，每周刊播创建动态和曝光整改情况不少于2期；"
        "在城区主次干道、公园广场、车站和建筑围挡新设置公益广告不少于5000处，推动创建知识进社区、进学校、进企业、进家庭，"
        "形成人人关心创建、人人参与创建的良好氛围。", "仿宋_GB2312")])

para("《咸宁市人民政府办公室关于调整咸宁市创建全国文明城市指挥部组成人员的通知》（咸政办函〔2020〕27号）同时废止。")
para("")
para("")
para("咸宁市人民政府办公室", align="right", indent=False)
para("2022年3月8日", align="right", indent=False)
para("（此件公开发布）")
para("")
para("")

# 抄送 / 印发 block with rules
para("━" * 26, size=12, indent=False, align="center")
para("抄送：市委办公室，市人大常委会办公室，市政协办公室，市纪委监委办公室。", size=14, indent=False)
para("━" * 26, size=12, indent=False, align="center")
p = para("咸宁市人民政府办公室                        2022年3月9日印发", size=14, indent=False)

doc.core_properties.title = "咸宁市人民政府办公室关于调整咸宁市创建全国文明城市指挥部组成人员的通知"
doc.core_properties.author = "xnsxzf"
doc.save(OUT)
print("saved", OUT)
