"""Build blind notice t3 (佳木斯 基层医疗卫生服务能力提升三年行动计划) as a text-layer PDF.

Run with the project's .venv/bin/python.  reportlab cannot embed CFF-outline fonts, so the
Noto CJK SC faces are subset to the characters used and converted to TrueType outlines
(fontTools cu2qu) into a temp dir, then embedded.
"""
from pathlib import Path
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (HRFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

OUT = str(Path(__file__).resolve().parent / "notices" / "t3_jiamusi_jiceng_yiliao_sannian_xingdong.pdf")

RED = colors.HexColor("#D00000")

HEAD = ["佳木斯市卫生健康委员会", "佳木斯市财政局", "佳木斯市医疗保障局"]
DOCNO = "佳卫发〔2025〕18号"
TITLE1 = "佳木斯市卫生健康委员会  佳木斯市财政局  佳木斯市医疗保障局"
TITLE2 = "关于印发《佳木斯市基层医疗卫生服务能力提升三年行动计划（2025—2027年）》的通知"
RECIP = "各县（市）区卫生健康局、财政局、医疗保障局，市直各医疗卫生单位："

COVER = [
    "为贯彻落实《中共中央办公厅 国务院办公厅关于进一步深化改革促进乡村医疗卫生体系健康发展的意见》和《黑龙江省基层医疗卫生服务能力提升行动实施方案》（黑卫基层发〔2024〕35号）部署，进一步提升我市基层医疗卫生服务能力，市卫生健康委、市财政局、市医疗保障局联合制定了《佳木斯市基层医疗卫生服务能力提升三年行动计划（2025—2027年）》，现印发给你们，请结合实际认真贯彻落实。",
]

PLAN_TITLE = "佳木斯市基层医疗卫生服务能力提升三年行动计划（2025—2027年）"

BODY = [
    ("p", "为加快构建优质高效的基层医疗卫生服务体系，推动优质医疗资源扩容下沉和区域均衡布局，让群众在家门口看得上病、看得好病，结合我市实际，制定本行动计划。"),
    ("p", "坚持以人民健康为中心，坚持保基本、强基层、建机制，以县域医共体建设为抓手，以人才队伍建设为重点，以提升服务能力为核心，推动医疗卫生工作重心下移、资源下沉，持续巩固拓展健康扶贫成果同乡村振兴有效衔接，为建设健康佳木斯提供坚实支撑。"),
    ("h1", "一、基本情况和主要目标"),
    ("p", "截至2024年底，全市共有乡镇卫生院68所、社区卫生服务中心22个、村卫生室1236个，基层卫生人员7815人，其中执业（助理）医师2980人。2024年全市基层医疗卫生机构总诊疗人次达到612.5万人次，较上年增长4.8%。"),
    ("p", "到2027年，基层医疗卫生服务网络更加健全，全市建成县域医疗次中心6个，紧密型县域医共体实现6个县（市）全覆盖，每个乡镇卫生院至少配备2名全科医生和1名公共卫生医师，每个村卫生室至少有1名乡村医生执业，村卫生室医保结算覆盖率达到100%。主要指标见表1。"),
    ("caption", "表1  佳木斯市基层医疗卫生服务能力提升主要指标"),
    ("table1", None),
    ("note", "注：2024年数据为统计快报数；“≥”表示不低于。"),
    ("h1", "二、重点任务"),
    ("h2", "（一）推进基层机构标准化建设。"),
    ("p", "实施乡镇卫生院和社区卫生服务中心提档升级工程，2025年底前完成全部68所乡镇卫生院业务用房达标改造。中心乡镇卫生院编制床位不少于30张，一般乡镇卫生院编制床位不少于15张。在桦南县孟家岗镇、富锦市二龙山镇、同江市街津口赫哲族乡、汤原县香兰镇、桦川县苏家店镇、抚远市浓桥镇建设县域医疗次中心，每个次中心按二级综合医院标准配置CT、DR等设备，设备购置给予不超过总投资60%、最高300万元的补助。各县（市）区建设任务分解见表2。（责任单位：市卫生健康委、市发展改革委、市财政局，各县〈市〉区人民政府）"),
    ("h2", "（二）壮大基层卫生人才队伍。"),
    ("p", "2025—2027年，每年招收农村订单定向免费医学生不少于40名，开展全科医生转岗培训不少于60人。对新招聘到乡镇卫生院工作的全日制本科、硕士研究生学历医学毕业生，分别给予一次性安家补贴3万元、5万元，服务期不少于5年。对在村卫生室执业的执业（助理）医师，每人每月给予岗位补助800元。城市二级以上医院医师晋升副高级职称前，到基层医疗卫生机构累计服务时间不少于6个月。（牵头单位：市卫生健康委；责任单位：市人力资源社会保障局、市财政局、市委编办，各县〈市〉区人民政府）"),
    ("h2", "（三）推进紧密型县域医共体建设。"),
    ("p", "2025年底前，桦南县、汤原县率先建成紧密型县域医共体；2026年底前，实现6个县（市）全覆盖。医共体牵头医院向每个成员乡镇卫生院派驻主治医师及以上职称人员不少于2名，每批次派驻时间不少于6个月。医共体内检查检验结果互认率达到90%以上。（牵头单位：市卫生健康委；配合单位：市医疗保障局、市财政局；责任单位：各县〈市〉人民政府）"),
    ("h2", "（四）强化医保支付政策支持。"),
    ("p", "基层医疗卫生机构住院费用报销比例比二级医疗机构高10个百分点，一般诊疗费标准为每人次10元，其中医保基金支付8元。签约居民在基层就诊的门诊统筹年度支付限额由300元提高至500元。2025年6月底前，实现村卫生室医保结算全覆盖。（责任单位：市医疗保障局、市卫生健康委）"),
    ("h2", "（五）加大财政投入力度。"),
    ("p", "2025—2027年，市级财政每年安排基层医疗卫生服务能力提升专项资金3000万元，各县（市）区按常住人口每人每年不低于5元安排配套资金。对首次达到服务能力推荐标准、基本标准的乡镇卫生院（社区卫生服务中心），分别给予一次性奖励50万元、20万元。（责任单位：市财政局、市卫生健康委，各县〈市〉区人民政府）"),
    ("h2", "（六）推动数字健康赋能基层。"),
    ("p", "2026年底前，乡镇卫生院远程医疗服务覆盖率达到100%，村卫生室远程医疗服务覆盖率达到80%以上；居民电子健康档案规范化建档率保持在90%以上。（牵头单位：市卫生健康委；责任单位：市政务服务局，各县〈市〉区人民政府）"),
    ("h2", "（七）提升基层中医药和公共卫生服务水平。"),
    ("p", "到2027年，全市100%的社区卫生服务中心和乡镇卫生院能够提供中医药服务，建成基层中医馆72个，能够提供4类以上中医药适宜技术的村卫生室占比达到80%以上。基本公共卫生服务经费人均财政补助标准不低于94元，其中用于村卫生室的比例不低于40%。高血压、2型糖尿病患者基层规范管理服务率分别达到70%、68%以上。（牵头单位：市卫生健康委〈市中医药管理局〉；责任单位：市财政局，各县〈市〉区人民政府）"),
    ("h1", "三、保障措施"),
    ("p", "（一）加强组织领导。各县（市）区要将基层医疗卫生服务能力提升纳入政府重点工作，建立由政府分管负责同志牵头的协调机制，于2025年5月底前制定具体实施方案。"),
    ("p", "（二）强化考核评估。市卫生健康委每年组织开展1次评估，评估结果与专项资金分配挂钩，对连续2年评估排名末位的县（市）区进行约谈。"),
    ("p", "（三）完善激励机制。落实“两个允许”要求，基层医疗卫生机构可在核定的绩效工资总量内自主分配，核定的绩效工资总量可按照不超过上年度绩效工资水平的20%适当增加。乡镇卫生院卫生专业技术人员在同一机构连续工作满15年的，可直接认定为中级职称。"),
    ("p", "（四）加强宣传引导。及时总结推广基层服务能力提升的好经验好做法，营造良好社会氛围。"),
    ("caption", "表2  各县（市）区2027年建设任务分解表"),
    ("table2", None),
]

TABLE1 = [
    ["指标", "2024年", "2027年", "属性"],
    ["每千人口医疗卫生机构床位数（张）", "6.85", "7.20", "预期性"],
    ["每万人口全科医生数（人）", "3.1", "4.0", "约束性"],
    ["每千人口执业（助理）医师数（人）", "2.95", "3.30", "预期性"],
    ["乡镇卫生院达到服务能力基本标准比例（%）", "78", "≥90", "预期性"],
    ["社区卫生服务中心达到服务能力推荐标准比例（%）", "32", "≥50", "预期性"],
    ["乡村医生中执业（助理）医师占比（%）", "28.5", "≥45", "约束性"],
    ["县域内就诊率（%）", "86.2", "≥90", "预期性"],
    ["基层医疗卫生机构诊疗量占比（%）", "52.4", "≥60", "约束性"],
    ["家庭医生签约服务重点人群覆盖率（%）", "71.6", "≥75", "预期性"],
    ["65岁及以上老年人健康管理率（%）", "66.3", "≥70", "约束性"],
]

TABLE2 = [
    ["县（市）区", "达到推荐标准的乡镇卫生院\n（社区卫生服务中心）（个）", "新增全科医生（人）"],
    ["桦南县", "4", "12"],
    ["桦川县", "3", "8"],
    ["汤原县", "3", "9"],
    ["同江市", "2", "6"],
    ["富锦市", "5", "15"],
    ["抚远市", "2", "5"],
    ["前进区", "1", "3"],
    ["向阳区", "1", "4"],
    ["东风区", "1", "3"],
    ["郊区", "3", "7"],
    ["合计", "25", "72"],
]

SIGN = "佳木斯市卫生健康委员会    佳木斯市财政局    佳木斯市医疗保障局"
DATE = "2025年4月18日"
PUBLIC = "（此件主动公开）"
CC = "抄送：市人民政府办公室，省卫生健康委基层卫生健康处，市发展改革委，市人力资源社会保障局。"
PRINTED = "佳木斯市卫生健康委员会办公室                2025年4月21日印发"


def all_text():
    parts = HEAD + ["文件", DOCNO, TITLE1, TITLE2, RECIP, PLAN_TITLE, SIGN, DATE, PUBLIC, CC, PRINTED]
    parts += COVER + [t for _, t in BODY if t]
    for row in TABLE1 + TABLE2:
        parts += row
    parts.append("— 0123456789 —")
    return "".join(parts)


def otf_to_ttf(font):
    order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    gs = font.getGlyphSet()
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    del font["CFF "]
    for tag in ("VORG",):
        if tag in font:
            del font[tag]
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxPoints",
                 "maxContours", "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\000\001\000\000"


def make_font(ttc, index, text, out):
    font = TTCollection(ttc).fonts[index]
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = subset.Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
    otf_to_ttf(font)
    font.save(out)
    return out


def main():
    text = all_text()
    tmp = tempfile.mkdtemp()
    serif = make_font("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2, text,
                      os.path.join(tmp, "serif.ttf"))
    sans = make_font("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2, text,
                     os.path.join(tmp, "sansb.ttf"))
    pdfmetrics.registerFont(TTFont("FS", serif))
    pdfmetrics.registerFont(TTFont("HT", sans))

    base = ParagraphStyle("b", fontName="FS", fontSize=15, leading=27, wordWrap="CJK",
                          alignment=TA_JUSTIFY, firstLineIndent=30)
    noind = ParagraphStyle("n", parent=base, firstLineIndent=0)
    h1 = ParagraphStyle("h1", parent=base, fontName="HT")
    h2 = ParagraphStyle("h2", parent=base)
    title = ParagraphStyle("t", fontName="HT", fontSize=18, leading=28, alignment=TA_CENTER, wordWrap="CJK")
    red_head = ParagraphStyle("rh", fontName="HT", fontSize=24, leading=34, alignment=TA_LEFT,
                              textColor=RED, wordWrap="CJK")
    red_file = ParagraphStyle("rf", fontName="HT", fontSize=40, leading=44, alignment=TA_RIGHT, textColor=RED)
    center = ParagraphStyle("c", parent=noind, alignment=TA_CENTER)
    right = ParagraphStyle("r", parent=noind, alignment=TA_RIGHT)
    cap = ParagraphStyle("cap", fontName="HT", fontSize=13, leading=22, alignment=TA_CENTER, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName="FS", fontSize=11.5, leading=16, wordWrap="CJK", alignment=TA_CENTER)
    cell_l = ParagraphStyle("celll", parent=cell, alignment=TA_LEFT)
    small = ParagraphStyle("s", fontName="FS", fontSize=11, leading=18, wordWrap="CJK")
    foot = ParagraphStyle("f", fontName="FS", fontSize=13, leading=22, wordWrap="CJK")

    story = []
    head_tbl = Table([[Paragraph("<br/>".join(HEAD), red_head), Paragraph("文件", red_file)]],
                     colWidths=[112 * mm, 44 * mm])
    head_tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [Spacer(1, 4 * mm), head_tbl, Spacer(1, 6 * mm), Paragraph(DOCNO, center),
              HRFlowable(width="100%", thickness=2, color=RED, spaceBefore=2, spaceAfter=8),
              Paragraph(TITLE1, title), Paragraph(TITLE2, title), Spacer(1, 8), Paragraph(RECIP, noind)]
    story += [Paragraph(p, base) for p in COVER]
    story += [Spacer(1, 2), Paragraph(SIGN, right), Paragraph(DATE + "　　　　", right),
              Paragraph(PUBLIC, base), PageBreak(), Paragraph(PLAN_TITLE, title), Spacer(1, 10)]

    def table(rows, widths, left_first):
        data = []
        for i, row in enumerate(rows):
            st = cell if (i == 0 or not left_first) else cell_l
            data.append([Paragraph(c.replace("\n", "<br/>"), cell if j else st) for j, c in enumerate(row)])
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE"))]))
        return t

    merged = []
    for kind, txt in BODY:
        # a （一） heading runs on into its paragraph, as in the printed document
        if kind == "p" and merged and merged[-1][0] == "h2":
            merged[-1] = ("p", merged[-1][1] + txt)
        else:
            merged.append((kind, txt))
    for kind, txt in merged:
        if kind == "p":
            story.append(Paragraph(txt, base))
        elif kind == "h1":
            story.append(Paragraph(txt, h1))
        elif kind == "h2":
            story.append(Paragraph(txt, h2))
        elif kind == "caption":
            story += [Spacer(1, 6), Paragraph(txt, cap)]
        elif kind == "note":
            story.append(Paragraph(txt, small))
        elif kind == "table1":
            story.append(table(TABLE1, [78 * mm, 24 * mm, 24 * mm, 30 * mm], True))
        elif kind == "table2":
            story.append(table(TABLE2, [40 * mm, 72 * mm, 44 * mm], False))

    story += [Spacer(1, 30), HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceAfter=4),
              Paragraph(CC, foot),
              HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=4, spaceAfter=4),
              Paragraph(PRINTED, foot),
              HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=4)]

    def page_no(canvas, doc):
        canvas.saveState()
        canvas.setFont("FS", 13)
        n = doc.page
        x = A4[0] - 30 * mm if n % 2 else 30 * mm
        canvas.drawCentredString(x, 14 * mm, "— %d —" % n)
        canvas.restoreState()

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=37 * mm,
                            bottomMargin=35 * mm, title=PLAN_TITLE, author="佳木斯市卫生健康委员会")
    doc.build(story, onFirstPage=page_no, onLaterPages=page_no)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
