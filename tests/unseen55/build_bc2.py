"""Build bc2: 凤台县 county party office + government office notice setting up a 燃气安全专项整治工作专班 (.docx)."""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).parent / "notices" / "bc2_fengtai_ranqi_zhuanban.docx"


def set_font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = color


def para(doc, text, size=16, font="仿宋_GB2312", bold=False, align=None, indent=True, color=None, space_after=0):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(28)
    p.paragraph_format.space_after = Pt(space_after)
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return p


doc = Document()
sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)

RED = RGBColor(0xE6, 0x00, 0x12)
para(doc, "中 共 凤 台 县 委 办 公 室", 26, "方正小标宋简体", True, "c", color=RED)
para(doc, "凤 台 县 人 民 政 府 办 公 室", 26, "方正小标宋简体", True, "c", color=RED)
para(doc, "", indent=False)
para(doc, "凤办发〔2024〕12号", 16, align="c")
para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━━━", 12, align="c", color=RED)
para(doc, "", indent=False)
para(doc, "中共凤台县委办公室　凤台县人民政府办公室", 22, "方正小标宋简体", False, "c")
para(doc, "关于成立凤台县城镇燃气安全专项整治工作专班的通知", 22, "方正小标宋简体", False, "c")
para(doc, "", indent=False)
para(doc, "各乡镇党委、人民政府，凤台经济开发区党工委、管委会，县委各部门，县直和中央、省、市驻凤各单位，各人民团体：", indent=False)
para(doc, "为深入贯彻落实全国、全省城镇燃气安全专项整治工作部署，根据《安徽省城镇燃气安全专项整治工作方案》（皖安〔2023〕12号）和《淮南市城镇燃气安全专项整治实施方案》（淮安委〔2023〕9号）要求，扎实推进我县城镇燃气安全专项整治，坚决防范遏制燃气安全事故发生，经县委、县政府同意，决定成立凤台县城镇燃气安全专项整治工作专班（以下简称专班），原凤台县燃气安全工作领导小组同时撤销。现将有关事项通知如下：")
para(doc, "一、专班组成", font="黑体")

members = [
    ("组　长", "王卫东", "县委副书记、县长"),
    ("常务副组长", "刘建新", "县委常委、常务副县长"),
    ("副组长", "孙　涛", "县政府副县长"),
    ("", "陈志刚", "县政府副县长、县公安局局长"),
    ("", "周立群", "县政府办公室主任"),
    ("成　员", "李晓蕾", "县委宣传部副部长"),
    ("", "冯国庆", "县委督查室主任"),
    ("", "褚红霞", "县政府督查室主任"),
    ("", "韩　冬", "县发展改革委主任"),
    ("", "马俊峰", "县经信局局长"),
    ("", "杨　帆", "县公安局副局长"),
    ("", "吴　昊", "县财政局局长"),
    ("", "许德胜", "县自然资源和规划局局长"),
    ("", "徐文斌", "县住房城乡建设局局长"),
    ("", "朱红梅", "县交通运输局局长"),
    ("", "曹　磊", "县商务局局长"),
    ("", "蒋永刚", "县应急管理局局长"),
    ("", "魏　明", "县市场监管局局长"),
    ("", "宋　健", "县城市管理局局长"),
    ("", "袁志远", "县数据资源局局长"),
    ("", "郑　恺", "县消防救援大队大队长"),
    ("", "高　峰", "凤台华润燃气有限公司总经理"),
]
table = doc.add_table(rows=1 + len(members), cols=3)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ["专班职务", "姓　名", "单位及职务"]
for i, h in enumerate(hdr):
    c = table.rows[0].cells[i]
    c.text = ""
    set_font(c.paragraphs[0].add_run(h), "黑体", 14)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for r, (role, name, post) in enumerate(members, start=1):
    for i, val in enumerate((role, name, post)):
        c = table.rows[r].cells[i]
        c.text = ""
        set_font(c.paragraphs[0].add_run(val), "仿宋_GB2312", 14)
        if i < 2:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
# merge the role column over the rows of one role (as the county office's template does)
def merge_role(first, last):
    a = table.cell(first, 0)
    b = table.cell(last, 0)
    keep = a.text
    m = a.merge(b)
    for p in m.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    m.paragraphs[0].text = ""
    set_font(m.paragraphs[0].add_run(keep), "仿宋_GB2312", 14)
    m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

merge_role(3, 5)
merge_role(6, len(members))
for row in table.rows:
    row.cells[0].width = Cm(3.2)
    row.cells[1].width = Cm(2.8)
    row.cells[2].width = Cm(9.5)

para(doc, "各乡镇人民政府、凤台经济开发区管委会分管负责同志为专班成员。")
para(doc, "二、专班办公室", font="黑体")
para(doc, "专班下设办公室，办公室设在县城市管理局，宋健同志兼任办公室主任，县城市管理局副局长孔令华、县住房城乡建设局副局长潘晓东同志兼任办公室副主任。办公室负责专班日常工作，承担统筹协调、调度推进、信息汇总、督促检查等职责。")
para(doc, "专班成员因工作变动需要调整的，由所在单位接任领导自然替补，报专班办公室备案，不再另行发文。")
para(doc, "三、工作组设置", font="黑体")
para(doc, "专班下设4个工作组，在专班统一领导下开展工作。")
para(doc, "（一）综合协调组。牵头单位：县城市管理局；成员单位：县政府办公室、县委宣传部、县数据资源局。主要负责专班日常文电处理、会议组织、信息报送和宣传报道，汇总各工作组进展情况。")
para(doc, "（二）排查整治组。牵头单位：县城市管理局（瓶装液化石油气）、县住房城乡建设局（管道燃气）；成员单位：县市场监管局、县应急管理局、县消防救援大队、各乡镇人民政府。主要负责组织燃气经营企业和用户隐患排查，建立问题隐患和制度措施“两个清单”，督促隐患整改销号。")
para(doc, "（三）执法打击组。组长单位：县公安局；副组长单位：县市场监管局；成员单位：县交通运输局、县城市管理局、县应急管理局。主要负责查处非法经营、违规充装、非法运输燃气等违法违规行为。")
para(doc, "（四）督查考核组。由县委督查室、县政府督查室组成，县委督查室为组长单位。主要负责对各乡镇、各有关单位专项整治工作开展情况进行督查，定期通报督查结果。")
para(doc, "四、重点任务", font="黑体")
para(doc, "（一）全面排查燃气用户。县城市管理局要会同县住房城乡建设局、各乡镇人民政府，组织燃气经营企业对全县居民用户、工商业用户开展“地毯式”入户排查，2024年6月30日前排查覆盖率达到100%，建立隐患清单和整改台账，实行闭环管理。")
para(doc, "（二）整治餐饮等公共场所用气安全。由县市场监管局负责，县商务局配合，督促餐饮企业安装使用可燃气体报警装置和自动切断装置，规范设置气瓶间，2024年8月31日前全县餐饮场所可燃气体报警装置安装率达到100%。")
para(doc, "（三）加快老化管道更新改造。县住房城乡建设局要牵头组织燃气企业实施城市燃气管道老化更新改造，县财政局、凤台华润燃气有限公司配合，2024年底前完成市政燃气老化管道更新改造12.6公里、庭院燃气老化管道更新改造8.3公里。")
para(doc, "（四）整合规范瓶装液化石油气市场。截至2024年3月底，全县共有瓶装液化石油气供应站14家，布局散、规模小、管理弱问题较为突出。县城市管理局牵头，县商务局、县市场监管局配合，按照“减量、整合、提质”原则，2024年10月底前将全县瓶装液化石油气供应站整合至8家以内。推行气瓶智能角阀和“一瓶一码”追溯管理，到2024年底，气瓶“一瓶一码”覆盖率达到100%。")
para(doc, "（五）严厉打击非法违法行为。县公安局要会同县交通运输局、县城市管理局，常态化开展非法储存、运输、充装、经营燃气“黑气点”打击行动，对发现的违法行为依法从严查处，涉嫌犯罪的依法追究刑事责任。")
para(doc, "（六）建设燃气安全智慧监管平台。由县数据资源局负责，依托城市运行管理服务平台建设全县燃气安全监管模块，2024年9月30日前实现全县瓶装液化石油气供应站视频监控接入率100%，管道燃气场站、调压设施压力流量监测数据实时接入。")
para(doc, "（七）压实燃气企业主体责任。凤台华润燃气有限公司要严格落实安全生产主体责任，健全全员安全生产责任制，对居民用户每年至少开展1次入户安全检查，安全检查记录保存期限不少于3年。")
para(doc, "（八）加强宣传教育。县委宣传部要统筹各类媒体资源，持续开展燃气安全“进社区、进校园、进企业、进家庭”宣传活动，提高群众安全用气意识和应急处置能力。")
para(doc, "五、工作要求", font="黑体")
para(doc, "（一）加强组织领导。各乡镇要落实属地管理责任，明确分管负责同志具体抓，将燃气安全纳入网格化管理，做到排查无死角、整治无遗漏。")
para(doc, "（二）强化经费保障。县财政局要将专项整治工作经费纳入预算予以保障，安排专项整治工作经费300万元，用于隐患整改补助、智慧监管平台建设和宣传培训。")
para(doc, "（三）建立调度机制。专班实行月调度、月通报制度，每月召开1次专班调度会议，研究解决专项整治中的重大问题。工作进展情况于每月25日前报送专班办公室。")
para(doc, "（四）严肃追责问责。县委督查室、县政府督查室要将燃气安全专项整治纳入重点督查事项，对工作不力、隐患整改不到位的，严肃追责问责。")
para(doc, "", indent=False)
para(doc, "中共凤台县委办公室　　　凤台县人民政府办公室", align="r")
para(doc, "二〇二四年四月二十二日", align="r")
para(doc, "（此件公开发布）")
para(doc, "", indent=False)
para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━━━", 12, align="c")
para(doc, "抄送：淮南市城市管理局，县委各常委，县人大常委会办公室，县政协办公室。", 14, indent=False)
para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━━━", 12, align="c")
para(doc, "中共凤台县委办公室　　　　　　　　2024年4月23日印发", 14, indent=False)

# footer page number text as the county office's template has it
footer = sec.footer.paragraphs[0]
footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
set_font(footer.add_run("— 凤办发〔2024〕12号 —"), "宋体", 10)

OUT.parent.mkdir(parents=True, exist_ok=True)
doc.save(OUT)
print(OUT)
