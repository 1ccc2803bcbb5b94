# Build j5: 教育部等三部门 县域普通高中振兴行动计划 (text-layer PDF, reportlab, GB/T 9704-style parts).
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
F = "STSong-Light"
body = ParagraphStyle("b", fontName=F, fontSize=15, leading=27, wordWrap="CJK", alignment=TA_JUSTIFY, firstLineIndent=28)
flat = ParagraphStyle("f", parent=body, firstLineIndent=0)
head = ParagraphStyle("h", fontName=F, fontSize=26, leading=36, alignment=TA_CENTER, textColor=colors.red)
num = ParagraphStyle("n", fontName=F, fontSize=14, leading=25, alignment=TA_CENTER)
title = ParagraphStyle("t", fontName=F, fontSize=19, leading=30, alignment=TA_CENTER, wordWrap="CJK")
right = ParagraphStyle("r", parent=flat, alignment=TA_RIGHT)
h1 = ParagraphStyle("h1", parent=body, fontSize=15)
cell = ParagraphStyle("c", fontName=F, fontSize=11.5, leading=16, wordWrap="CJK", alignment=TA_CENTER)

def page(c, d):
    c.saveState(); c.setFont(F, 13)
    n = c.getPageNumber()
    txt = "— %d —" % n
    if n % 2: c.drawRightString(A4[0] - 26 * mm, 14 * mm, txt)
    else: c.drawString(26 * mm, 14 * mm, txt)
    c.restoreState()

def first(c, d):
    page(c, d)
    c.saveState(); c.setStrokeColor(colors.red); c.setLineWidth(1.5)
    c.line(26 * mm, A4[1] - 70 * mm, A4[0] - 26 * mm, A4[1] - 70 * mm); c.restoreState()

S = []
S.append(Paragraph("教育部　国家发展改革委　财政部文件", head))
S.append(Spacer(1, 14))
S.append(Paragraph("教基〔2024〕5号", num))
S.append(Spacer(1, 34))
S.append(Paragraph("教育部　国家发展改革委　财政部关于印发《县域普通高中振兴行动计划（2024—2027年）》的通知", title))
S.append(Spacer(1, 10))
S.append(Paragraph("各省、自治区、直辖市教育厅（教委）、发展改革委、财政厅（局），新疆生产建设兵团教育局、发展改革委、财政局：", flat))
for t in [
"为深入贯彻党的二十大精神，落实《国务院办公厅关于新时代推进普通高中育人方式改革的指导意见》（国办发〔2019〕29号），在《“十四五”县域普通高中发展提升行动计划》（教基〔2021〕10号）实施基础上，进一步推动县域普通高中（以下简称县中）整体振兴，教育部、国家发展改革委、财政部研究制定了《县域普通高中振兴行动计划（2024—2027年）》。现印发给你们，请结合实际认真贯彻落实。",
]:
    S.append(Paragraph(t, body))
S.append(Spacer(1, 30))
S.append(Paragraph("教育部　　　　国家发展改革委　　　　财政部", right))
S.append(Spacer(1, 6))
S.append(Paragraph("2024年6月12日", right))
S.append(Paragraph("（此件主动公开）", body))
S.append(PageBreak())
S.append(Paragraph("县域普通高中振兴行动计划（2024—2027年）", title))
S.append(Spacer(1, 8))
paras = [
("b", "县中是县域教育的龙头，在服务国家乡村振兴战略、促进城乡协调发展中发挥着重要作用。“十四五”以来，县中办学条件持续改善，2023年全国普通高中毛入学率达到91.8%，县中在校生占全国普通高中在校生的比例为55.6%。截至2023年底，全国共有县域普通高中7513所，在校生1390万人，专任教师94.6万人；2021—2023年中央财政累计投入改善普通高中学校办学条件补助资金215亿元，县中办学条件明显改善。但部分县中仍存在优质生源和教师流失、办学条件薄弱等问题。为推动县中全面振兴，制定本行动计划。"),
("h", "一、主要目标"),
("b", "到2027年，县中整体办学水平显著提升，县中与城区普通高中协调发展机制基本健全。全国普通高中毛入学率达到92%以上；到2027年，县中学校标准化建设达标比例达到90%以上；县中全面消除56人以上大班额，新招生班级班额不超过50人；县中专任教师本科以上学历比例达到98%以上。主要指标见下表。"),
("t", None),
("h", "二、重点任务"),
("b", "（一）规范招生管理。全面落实属地招生政策，严禁跨区域掐尖招生。优质普通高中招生名额分配到区域内初中学校的比例不低于60%，并向农村初中和薄弱初中倾斜。民办普通高中跨地市招生比例不超过招生计划的10%。各省级教育行政部门要于2024年12月底前完成本省招生管理规定修订工作。"),
("b", "（二）加强教师队伍建设。严禁发达地区、城区学校到县中抽调教师，县中教师年流失率控制在2%以内。按照城市普通高中教职工与学生比1∶12.5的标准核定县中教职工编制。教育部会同人力资源社会保障部持续实施县中教师培训专项，2027年前培训县中校长和骨干教师不少于5万人次。"),
("b", "（三）实施县中托管帮扶工程。组织部属高校附属中学、省会城市优质普通高中托管帮扶薄弱县中，到2027年托管帮扶县中总数达到300所，每所托管学校派驻管理干部不少于2名、骨干教师不少于5名，托管期原则上不少于3年。教育部负责组织实施托管帮扶工程，每年开展一次托管成效评估。"),
("b", "（四）改善办学条件。支持县中新建、改扩建教学及辅助用房、学生宿舍和食堂，新建县中办学规模原则上不超过3000人，生均校舍建筑面积不低于26平方米。国家发展改革委通过中央预算内投资支持县中建设，对中西部地区项目给予不超过总投资80%的补助，单个项目中央补助不超过8000万元。"),
("b", "（五）完善经费保障机制。普通高中生均公用经费基准定额原则上不低于每生每年1200元，国家助学金平均资助标准为每生每年2300元。财政部会同教育部通过改善普通高中学校办学条件补助资金支持县中发展，2024年安排补助资金80亿元，其中用于中西部地区的比例不低于85%。"),
("b", "（六）推进数字化赋能。依托国家智慧教育平台，2025年底前实现县中“三个课堂”常态化应用全覆盖。教育部负责建设国家中小学智慧教育平台县中专区，持续更新优质课程资源。"),
("b", "（七）深化育人方式改革。全面推进选课走班教学，县中开设的选修课程门类原则上不少于30门，每名学生在校期间参加社会实践活动不少于10个工作日。各省级教育行政部门要加强学科教研指导，2026年底前实现省级教研员联系指导县中全覆盖。"),
("b", "（八）推动县中特色多样发展。到2027年，每个县至少建成1所科技、人文、体育、艺术等特色普通高中，全国建设省级及以上特色普通高中示范校1000所。教育部会同国家发展改革委制定特色普通高中建设指南，2025年6月底前印发实施。"),
("b", "（九）加强学生心理健康和资助工作。每所县中至少配备1名专职心理健康教育教师，学生规模超过1000人的，按照不低于1∶1000的比例配备。对家庭经济困难学生做到应助尽助，脱贫家庭学生资助覆盖率保持100%。"),
("b", "（十）畅通县中学生升学渠道。继续实施重点高校面向农村和脱贫地区定向招生专项计划，国家专项计划招生规模保持在6.2万人左右。教育部负责专项计划招生的组织实施和监督管理，每年3月底前下达年度招生计划。"),
("h", "三、组织实施"),
("b", "（一）加强统筹协调。建立县中振兴部际协调机制，召集人由教育部分管负责同志担任，成员由国家发展改革委、财政部、人力资源社会保障部、自然资源部、住房城乡建设部有关司局负责同志组成，协调机制办公室设在教育部基础教育司。协调机制每年至少召开1次全体会议。"),
("b", "（二）压实地方责任。各省级人民政府要将县中振兴纳入对市县政府履行教育职责评价的重要内容，每年12月底前将工作进展报送教育部。各地要制定本地区县中振兴实施方案，于2024年10月底前报教育部备案。"),
("b", "（三）强化督导评估。国务院教育督导委员会办公室要在2027年对各省（区、市）县中振兴行动实施情况开展专项督导，督导结果向社会公开。"),
("b", "（四）加强宣传引导。及时总结推广县中振兴的典型经验，营造全社会关心支持县中发展的良好氛围。"),
("b", "各地各有关部门要充分认识县中振兴的重要意义，切实加强组织领导，健全工作机制，细化工作措施，确保各项目标任务按期完成。实施过程中遇到的重大问题，请及时报告教育部、国家发展改革委、财政部。"),
]
for kind, t in paras:
    if kind == "t":
        rows = [["序号", "指标", "2023年", "2027年"],
                ["1", "县中学校标准化建设达标比例（%）", "76.3", "≥90"],
                ["2", "县中56人以上大班额比例（%）", "2.1", "0"],
                ["3", "县中专任教师研究生学历比例（%）", "9.8", "≥15"],
                ["4", "托管帮扶县中数（所）", "120", "300"]]
        data = [[Paragraph(c, cell) for c in r] for r in rows]
        tb = Table(data, colWidths=[16 * mm, 80 * mm, 28 * mm, 28 * mm])
        tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        S.append(Spacer(1, 4)); S.append(tb); S.append(Spacer(1, 6))
    elif kind == "h":
        S.append(Paragraph(t, h1))
    else:
        S.append(Paragraph(t, body))
S.append(Spacer(1, 30))
cc = Table([[Paragraph("抄送：各省、自治区、直辖市人民政府，新疆生产建设兵团。", flat)],
            [Paragraph("教育部办公厅　　　　　　　　　　　　2024年6月17日印发", flat)]], colWidths=[158 * mm])
cc.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                        ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black)]))
S.append(cc)
doc = SimpleDocTemplate(str(Path(__file__).resolve().parent / "notices" / "j5_jiaoyubu_xianzhong_zhenxing.pdf"), pagesize=A4,
                        leftMargin=28 * mm, rightMargin=26 * mm, topMargin=37 * mm, bottomMargin=35 * mm,
                        title="", author="")
doc.build(S, onFirstPage=first, onLaterPages=page)
print("built")
