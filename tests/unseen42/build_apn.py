#!/usr/bin/env python3
"""Build the two Word-based notices of blind set 42.

ap1  青海省 草原生态保护补助奖励政策实施方案 -> notices/ap1_qinghai_caoyuan_bujiang.pdf
     (python-docx document, then `soffice --headless --convert-to pdf`; the .docx is removed)
ap3  黔南州 历史遗留矿山生态修复工作领导小组      -> notices/ap3_qiannan_kuangshan_xiufu_lingdao_xiaozu.docx

The .html, .md and .txt notices (ap2, ap4, ap5) are hand-written files in notices/.
Run from anywhere: python3 build_apn.py
"""
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
OUT = HERE / "notices"
OUT.mkdir(exist_ok=True)

BODY_FONT = "仿宋_GB2312"
TITLE_FONT = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"


def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rfonts.set(qn(attr), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc, text="", font=BODY_FONT, size=16, bold=False, align=None, indent=True, color=None,
         space_after=0, line=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def mixed(doc, parts, size=16):
    """A body paragraph whose lead-in is in another font (黑体/楷体 headings run into the text)."""
    p = para(doc, size=size)
    for text, font, bold in parts:
        set_font(p.add_run(text), font, size, bold)
    return p


def add_field(run, code):
    for tag, text in (("begin", None), ("instr", code), ("separate", None), ("t", "1"), ("end", None)):
        if tag == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        elif tag == "t":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        run._element.append(el)


def page_footer(section, size=14):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", size)
    r = p.add_run()
    set_font(r, "宋体", size)
    add_field(r, "PAGE")
    set_font(p.add_run(" —"), "宋体", size)


def setup(doc):
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = BODY_FONT
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), BODY_FONT)
    return sec


def cell_text(cell, text, font=BODY_FONT, size=12, bold=False, align="c"):
    cell.text = ""
    p = cell.paragraphs[0]
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(text), font, size, bold)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------------------------------------
# ap1  青海省林业和草原局 青海省农业农村厅 青海省财政厅  (PDF)
# ---------------------------------------------------------------------------------------------
def build_ap1():
    doc = Document()
    sec = setup(doc)
    # running header on every page: the document number, right aligned, small
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("青林草〔2024〕58号"), BODY_FONT, 10.5)
    page_footer(sec)

    red = (0xE6, 0x00, 0x12)
    for name in ("青海省林业和草原局", "青海省农业农村厅", "青海省财政厅"):
        para(doc, name + "  文件" if name == "青海省农业农村厅" else name, TITLE_FONT, 30, align="c",
             indent=False, color=red, line=40)
    para(doc, "", indent=False)
    para(doc, "青林草〔2024〕58号", align="c", indent=False, space_after=6)
    para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━━━━", align="c", indent=False, color=red, size=14)
    para(doc, "", indent=False)
    para(doc, "关于印发《青海省2024年草原生态保护", TITLE_FONT, 22, align="c", indent=False, line=34)
    para(doc, "补助奖励政策实施方案》的通知", TITLE_FONT, 22, align="c", indent=False, line=34)
    para(doc, "", indent=False)
    para(doc, "各市（州）林业和草原局、农业农村局、财政局，省林业和草原局机关各处室、直属各单位：", indent=False)
    para(doc, "为贯彻落实《财政部 农业农村部 国家林业和草原局关于印发〈第三轮草原生态保护补助奖励政策实施指导意见〉的通知》"
              "（财农〔2021〕82号）和《青海省草原生态保护补助奖励政策实施方案（2021—2025年）》（青林草〔2021〕203号）"
              "精神，扎实做好2024年全省草原生态保护补助奖励政策（以下简称草原补奖政策）实施工作，省林业和草原局、"
              "省农业农村厅、省财政厅研究制定了《青海省2024年草原生态保护补助奖励政策实施方案》，现印发给你们，"
              "请结合实际，认真抓好落实。")
    para(doc, "2023年度草原补奖政策实施情况总结请于5月15日前报送省林业和草原局草原管理处（联系人：马成林，"
              "联系电话：0971-6158327）。")
    para(doc, "")
    para(doc, "附件：1．2024年各市（州）草原补奖任务面积及资金分配表")
    para(doc, "2．草原生态管护员考核管理办法（试行）", indent=False).paragraph_format.left_indent = Pt(16 * 5)
    para(doc, "")
    para(doc, "")
    para(doc, "青海省林业和草原局　青海省农业农村厅　青海省财政厅", indent=False, align="c")
    para(doc, "2024年4月18日", align="r", indent=False).paragraph_format.right_indent = Pt(16 * 4)
    para(doc, "（此件主动公开）")

    page_break(doc)
    para(doc, "青海省2024年草原生态保护补助奖励政策实施方案", TITLE_FONT, 22, align="c", indent=False, line=34)
    para(doc, "")
    para(doc, "2023年，全省落实草原禁牧面积1.6亿亩、草畜平衡面积2.14亿亩，兑现草原补奖资金22.87亿元，惠及农牧户"
              "17.2万户，全省草原综合植被盖度达到57.9%，天然草原牲畜超载率下降到8.5%，草原生态持续向好。为巩固"
              "政策实施成效，推进草原生态保护和牧民增收协调发展，制定本方案。")
    para(doc, "一、目标任务", HEI)
    para(doc, "2024年，全省落实草原禁牧面积1.6亿亩、草畜平衡面积2.14亿亩，补奖资金按时足额发放到户率达到100%；"
              "全省草原综合植被盖度稳定在58%以上，天然草原牲畜超载率控制在8%以内。")
    para(doc, "二、实施范围和补助标准", HEI)
    mixed(doc, [("（一）禁牧补助。", KAI, False),
                ("对生存环境恶劣、退化严重、不宜放牧的草原实行禁牧封育，禁牧期限为5年（2021—2025年）。禁牧补助"
                 "标准为每亩7.5元，由中央财政资金承担；玉树、果洛两州在此基础上，由省级财政每亩另行补助1元。", BODY_FONT, False)])
    mixed(doc, [("（二）草畜平衡奖励。", KAI, False),
                ("对禁牧区以外的可利用草原实施草畜平衡管理，以草定畜、核定合理载畜量，奖励标准为每亩2.5元。草畜平衡"
                 "区超载牲畜须在2024年10月底前全部减畜到位。", BODY_FONT, False)])
    mixed(doc, [("（三）封顶保底。", KAI, False),
                ("各地按照“封顶保底”原则兑现补奖资金，每户每年补奖资金最高不超过6万元、最低不少于3000元（不含草原"
                 "生态管护员工资报酬）。封顶后的节余资金由县级统筹用于保底户补助和草原生态保护建设。", BODY_FONT, False)])
    mixed(doc, [("（四）绩效评价奖励。", KAI, False),
                ("中央财政绩效评价奖励资金由省级统筹安排，其中用于草原生态管护员补助的比例不低于60%，其余用于草原"
                 "畜牧业生产方式转型、草原监测和执法监管等工作。", BODY_FONT, False)])
    mixed(doc, [("（五）资金规模。", KAI, False),
                ("中央财政下达我省2024年草原补奖资金23.06亿元，其中禁牧补助和草畜平衡奖励资金17.35亿元、绩效评价"
                 "奖励资金5.71亿元；省级财政安排配套资金1.2亿元。各市（州）任务面积和资金分配见附件1。", BODY_FONT, False)])
    para(doc, "三、草原生态管护员管理", HEI)
    para(doc, "2024年全省续聘草原生态管护员3.2万名，原则上每名管护员管护草原面积不超过1万亩。管护员报酬标准为每人每月"
              "1800元，实行按月考核、按季发放。管护员每月巡护天数不少于20天，聘期为1年，期满考核合格的可以续聘，"
              "年度考核不合格的予以解聘。具体考核办法见附件2。")
    para(doc, "四、工作要求", HEI)
    mixed(doc, [("（一）精准核定面积。", KAI, False),
                ("各市（州）林业和草原局要会同农业农村局，以第三次全国国土调查成果为底图，于2024年6月30日前完成"
                 "禁牧和草畜平衡面积核定到户工作，并在村（社区）进行公示，公示期不少于7天。", BODY_FONT, False)])
    mixed(doc, [("（二）按时兑现资金。", KAI, False),
                ("各级财政部门要于2024年9月30日前通过惠民惠农财政补贴资金“一卡通”将补奖资金足额发放到户，严禁截留、"
                 "挤占、挪用。", BODY_FONT, False)])
    mixed(doc, [("（三）强化监督检查。", KAI, False),
                ("省财政厅会同省林业和草原局、省农业农村厅于2024年11月底前对补奖资金发放情况开展专项检查，抽查县"
                 "（市、区）数量不低于总数的30%。", BODY_FONT, False)])
    mixed(doc, [("（四）加强草原监测。", KAI, False),
                ("省林业和草原局负责组织开展草原综合植被盖度、产草量和载畜量监测，每年8月底前发布全省草原监测"
                 "报告。", BODY_FONT, False)])
    mixed(doc, [("（五）推动生产方式转型。", KAI, False),
                ("省农业农村厅负责指导各地发展舍饲半舍饲养殖，2024年全省新建标准化暖棚2000栋以上、人工饲草料基地"
                 "15万亩以上。", BODY_FONT, False)])
    mixed(doc, [("（六）严肃责任追究。", KAI, False),
                ("对虚报冒领、骗取套取补奖资金的农牧户，全额追回补奖资金，并取消其3年内享受草原补奖政策的资格；"
                 "涉嫌违法犯罪的，移送司法机关依法处理。", BODY_FONT, False)])
    mixed(doc, [("（七）做好信息报送。", KAI, False),
                ("各市（州）林业和草原局要于每季度结束后10日内将政策实施进展报送省林业和草原局。", BODY_FONT, False)])

    # 附件1 on its own page, landscape table
    page_break(doc)
    para(doc, "附件1", HEI, indent=False)
    para(doc, "")
    para(doc, "2024年各市（州）草原补奖任务面积及资金分配表", TITLE_FONT, 18, align="c", indent=False, line=32)
    para(doc, "单位：万亩、万元", size=12, align="r", indent=False)
    rows = [
        ("西宁市", "180", "420", "2400"),
        ("海东市", "310", "690", "4050"),
        ("海北藏族自治州", "1260", "2850", "16575"),
        ("黄南藏族自治州", "1020", "1380", "11100"),
        ("海南藏族自治州", "1650", "2960", "19775"),
        ("果洛藏族自治州", "3480", "3050", "33725"),
        ("玉树藏族自治州", "5890", "4720", "55975"),
        ("海西蒙古族藏族自治州", "2210", "5330", "29900"),
        ("合  计", "16000", "21400", "173500"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(("序号", "市（州）", "禁牧面积", "草畜平衡面积", "禁牧补助和草畜平衡奖励资金")):
        cell_text(t.rows[0].cells[i], h, HEI, 12)
    for r, row in enumerate(rows, start=1):
        cell_text(t.rows[r].cells[0], "" if r == len(rows) else str(r), size=12)
        for c, v in enumerate(row, start=1):
            cell_text(t.rows[r].cells[c], v, size=12)
    t.autofit = False
    for i, w in enumerate((1.3, 4.8, 2.6, 3.0, 4.0)):
        t.columns[i].width = Cm(w)
        for c in t.columns[i].cells:
            c.width = Cm(w)
    para(doc, "注：禁牧补助按每亩7.5元、草畜平衡奖励按每亩2.5元测算；玉树、果洛两州省级另行补助资金单独下达，"
              "未列入本表。", size=12, indent=False)

    para(doc, "")
    para(doc, "抄送：国家林业和草原局草原管理司，农业农村部畜牧兽医局，财政部青海监管局。", size=14, indent=False)
    para(doc, "青海省林业和草原局办公室　　　　　　　　2024年4月19日印发", size=14, indent=False)

    docx_path = OUT / "ap1_qinghai_caoyuan_bujiang.docx"
    doc.save(docx_path)
    profile = HERE / ".lo_profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile.resolve()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(OUT), str(docx_path)], check=True,
                   stdout=subprocess.DEVNULL)
    docx_path.unlink()
    shutil.rmtree(profile, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# ap3  中共黔南州委办公室 黔南州人民政府办公室  (DOCX)
# ---------------------------------------------------------------------------------------------
def build_ap3():
    doc = Document()
    sec = setup(doc)
    page_footer(sec)

    para(doc, "黔南党办字〔2023〕41号", indent=False, align="c")
    para(doc, "")
    para(doc, "中共黔南州委办公室  黔南州人民政府办公室", TITLE_FONT, 22, align="c", indent=False, line=34)
    para(doc, "关于成立黔南州历史遗留矿山生态修复工作", TITLE_FONT, 22, align="c", indent=False, line=34)
    para(doc, "领导小组的通知", TITLE_FONT, 22, align="c", indent=False, line=34)
    para(doc, "")
    para(doc, "各县（市）党委和人民政府，州委各部委，州级国家机关各部门，各人民团体：", indent=False)
    para(doc, "为深入贯彻习近平生态文明思想，全面落实《国务院办公厅关于鼓励和支持社会资本参与生态保护修复的意见》"
              "（国办发〔2021〕40号）、《贵州省人民政府办公厅关于加快推进历史遗留矿山生态修复的实施意见》"
              "（黔府办发〔2022〕15号）和《贵州省历史遗留矿山生态修复工作考核办法》要求，加快解决我州历史遗留"
              "矿山生态环境问题，经州委、州人民政府同意，决定成立黔南州历史遗留矿山生态修复工作领导小组（以下简称"
              "领导小组）。现将有关事项通知如下。")
    para(doc, "一、基本情况和工作目标", HEI)
    para(doc, "截至2022年底，全州共排查认定历史遗留矿山图斑1136个、面积2.87万亩，其中已完成修复图斑312个、面积"
              "0.64万亩，尚未修复的图斑主要分布在都匀、福泉、瓮安、独山等地的废弃采石场和磷矿、煤矿老采区。")
    para(doc, "到2025年底，全州完成历史遗留矿山生态修复面积1.2万亩以上（其中2023年完成4000亩、2024年完成4500亩），"
              "历史遗留矿山图斑修复率达到85%以上，修复区域植被覆盖率不低于70%，“边修复边破坏”问题实现动态清零。")
    para(doc, "二、领导小组组成人员", HEI)

    members = [
        ("组  长", [("杨光荣", "州委副书记、州人民政府州长")]),
        ("常务副组长", [("蒙启达", "州委常委、州人民政府常务副州长")]),
        ("副 组 长", [("罗  婷", "州人民政府副州长"),
                     ("韦国栋", "州人民政府秘书长"),
                     ("黎明军", "州自然资源局局长")]),
        ("成  员", [("陈少华", "州委宣传部副部长"),
                   ("岑玉兰", "州发展改革委副主任"),
                   ("王家兴", "州财政局副局长"),
                   ("莫文斌", "州自然资源局副局长"),
                   ("杨秀梅", "州生态环境局党组成员、副局长"),
                   ("吴天宇", "州住房城乡建设局副局长"),
                   ("潘德贵", "州水务局副局长"),
                   ("石建国", "州林业局副局长"),
                   ("蒙丽娟", "州应急管理局副局长"),
                   ("陆小东", "州能源局副局长"),
                   ("韦  荣", "州公安局党委委员、副局长"),
                   ("班  涛", "州委督查室主任")]),
    ]
    n = sum(len(p) for _, p in members)
    t = doc.add_table(rows=1 + n, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(("领导小组职务", "姓  名", "单位及职务")):
        cell_text(t.rows[0].cells[i], h, HEI, 14)
    r = 1
    for role, people in members:
        first = r
        for name, post in people:
            cell_text(t.rows[r].cells[1], name, size=14)
            cell_text(t.rows[r].cells[2], post, size=14, align="l")
            r += 1
        merged = t.cell(first, 0).merge(t.cell(r - 1, 0)) if r - 1 > first else t.cell(first, 0)
        cell_text(merged, role, size=14)
    t.autofit = False
    for i, w in enumerate((3.4, 2.8, 9.2)):
        t.columns[i].width = Cm(w)
        for c in t.columns[i].cells:
            c.width = Cm(w)

    para(doc, "各县（市）人民政府分管负责同志，黔南供电局、州城投集团主要负责同志为领导小组成员。")
    para(doc, "领导小组下设办公室，办公室设在州自然资源局，黎明军同志兼任办公室主任，莫文斌、杨秀梅同志任办公室"
              "副主任，负责领导小组日常工作。领导小组成员因工作变动等原因需要调整的，由所在单位接任同志自然替补，"
              "报领导小组办公室备案，不再另行发文。")
    para(doc, "三、主要职责", HEI)
    para(doc, "领导小组负责贯彻落实中央、省关于生态保护修复的决策部署，统筹推进全州历史遗留矿山生态修复工作；"
              "研究审定全州历史遗留矿山生态修复规划、年度计划和重大政策；协调解决修复工作中的重大问题；督促检查"
              "各县（市）和州直有关部门工作落实情况。")
    para(doc, "领导小组实行例会制度，原则上每半年至少召开一次全体会议，根据工作需要可由组长或常务副组长召集专题"
              "会议。领导小组办公室每季度向领导小组报告一次工作进展。")
    para(doc, "四、专项工作组", HEI)
    para(doc, "领导小组下设3个专项工作组，在领导小组统一领导下开展工作。")
    mixed(doc, [("（一）综合协调组。", KAI, False),
                ("牵头单位：州自然资源局；成员单位：州发展改革委、州财政局、州生态环境局。负责修复规划编制、项目"
                 "储备、资金争取和信息报送等工作。", BODY_FONT, False)])
    mixed(doc, [("（二）修复治理组。", KAI, False),
                ("牵头单位：州林业局；成员单位：州水务局、州住房城乡建设局、州能源局。负责修复项目实施、技术指导"
                 "和植被恢复等工作。", BODY_FONT, False)])
    mixed(doc, [("（三）督查考核组。", KAI, False),
                ("组长单位：州委督查室、州政府督查室；成员单位：州生态环境局、州公安局。负责督查督办、考核评估和"
                 "打击非法采矿等工作。", BODY_FONT, False)])
    para(doc, "五、工作要求", HEI)
    para(doc, "（一）州自然资源局要牵头于2023年9月底前编制全州历史遗留矿山生态修复三年实施方案，州发展改革委、"
              "州财政局、州生态环境局配合。")
    para(doc, "（二）各县（市）人民政府要切实履行属地责任，建立修复项目清单和责任清单，每年11月底前向领导小组办公室"
              "报送年度修复进展。")
    para(doc, "（三）州财政局要会同州自然资源局统筹中央和省级生态修复资金，州级财政每年安排不少于2000万元专项资金"
              "用于历史遗留矿山生态修复。")
    para(doc, "（四）州生态环境局负责对修复区域的土壤、水环境质量开展跟踪监测，建立修复成效评估台账。")
    para(doc, "（五）州林业局负责修复区域的植被恢复和后期管护，确保修复区域植被成活率不低于85%。")
    para(doc, "（六）州委宣传部要持续开展历史遗留矿山生态修复成效宣传，营造全社会共同参与的良好氛围。")
    para(doc, "（七）督查考核组要将历史遗留矿山生态修复工作纳入州委、州政府督查范围，每年开展一次专项督查，"
              "督查结果作为县（市）年度目标考核的重要依据。")
    para(doc, "")
    para(doc, "")
    para(doc, "中共黔南州委办公室　　　　黔南州人民政府办公室", indent=False, align="c")
    para(doc, "二〇二三年六月二十日", align="r", indent=False).paragraph_format.right_indent = Pt(16 * 4)
    para(doc, "（此件公开发布）")
    para(doc, "")
    para(doc, "抄送：省自然资源厅，省生态环境厅。", size=14, indent=False)
    para(doc, "中共黔南州委办公室　　　　　　　　　　2023年6月21日印发", size=14, indent=False)

    doc.save(OUT / "ap3_qiannan_kuangshan_xiufu_lingdao_xiaozu.docx")


if __name__ == "__main__":
    build_ap1()
    build_ap3()
    print("ok")
