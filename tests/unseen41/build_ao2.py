"""Build ao2: a co-issued provincial notice (4 organs, Jiangxi) on heat-weather labour protection, as .docx.

Writes notices/ao2_jiangxi_gaowen_laodong_baohu.docx next to this script.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).parent / "notices" / "ao2_jiangxi_gaowen_laodong_baohu.docx"


def set_font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = color


def para(doc, text, align=None, size=16, font="仿宋_GB2312", bold=False, indent=True, color=None, space_after=0):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.line_spacing = Pt(28)
    set_font(p.add_run(text), font, size, bold, color)
    return p


def main():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    red = RGBColor(0xE6, 0x00, 0x12)
    # 红头: four issuing organs stacked, with 文件 to the right (a 2-column table, as offices lay it out)
    head = doc.add_table(rows=4, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    organs = ["江西省人力资源和社会保障厅", "江西省卫生健康委员会", "江西省应急管理厅", "江西省总工会"]
    for i, o in enumerate(organs):
        c = head.cell(i, 0)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        set_font(c.paragraphs[0].add_run(o), "方正小标宋简体", 26, True, red)
    merged = head.cell(0, 1).merge(head.cell(3, 1))
    merged.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(merged.paragraphs[0].add_run("文件"), "方正小标宋简体", 36, True, red)

    para(doc, "", align="c")
    para(doc, "赣人社发〔2024〕15号", align="c")
    para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━", align="c", color=red)
    para(doc, "")
    para(doc, "关于做好2024年高温天气劳动保护工作的通知", align="c", size=22, font="方正小标宋简体")
    para(doc, "")
    para(doc, "各设区市人力资源社会保障局、卫生健康委、应急管理局、总工会，赣江新区社会发展局，省直有关单位：", indent=False)

    body = [
        "当前，我省已陆续进入高温季节。据省气候中心预测，今年盛夏期间我省平均气温较常年同期偏高0.5℃～1℃，35℃以上高温日数偏多。为切实维护高温天气下劳动者的安全健康权益，根据《中华人民共和国劳动法》《中华人民共和国职业病防治法》《防暑降温措施管理办法》（安监总安健〔2012〕89号）和《江西省实施〈中华人民共和国工会法〉办法》等规定，现就做好2024年高温天气劳动保护工作通知如下：",
        ("h", "一、严格落实高温天气作业时间规定"),
        "各用人单位要根据生产特点和具体条件，采取合理安排工作时间、轮换作业、适当增加高温工作环境下劳动者的休息时间和减轻劳动强度、减少高温时段室外作业等措施。日最高气温达到40℃以上，应当停止当日室外露天作业；日最高气温达到37℃以上、40℃以下时，用人单位全天安排劳动者室外露天作业时间累计不得超过6小时，连续作业时间不得超过国家规定，且在气温最高时段3小时内不得安排室外露天作业；日最高气温达到35℃以上、37℃以下时，用人单位应当采取换班轮休等方式，缩短劳动者连续作业时间，并且不得安排室外露天作业劳动者加班。具体安排见下表。因行业特点不能按照上述规定执行的，应当对劳动者采取必要的防护措施。",
        ("table", None),
        ("h", "二、足额发放高温津贴"),
        "用人单位安排劳动者在高温天气下（日最高气温达到35℃以上）从事室外露天作业，以及不能采取有效措施将工作场所温度降低到33℃以下的，应当向劳动者发放高温津贴，并纳入工资总额。经省人民政府同意，自2024年6月1日起，我省高温津贴标准由每人每月200元调整为每人每月300元，发放时间为每年6月至9月，共4个月。高温津贴不得以发放防暑降温饮料、药品等物品替代，不得计入最低工资标准。",
        ("h", "三、加强职业健康防护"),
        "用人单位应当为高温作业、高温天气作业的劳动者免费提供符合要求的个人防护用品和足够的清凉饮料，并对劳动者进行上岗前职业卫生培训和在岗期间的定期职业卫生培训。对从事接触职业病危害作业的劳动者，用人单位应当组织上岗前、在岗期间和离岗时的职业健康检查，费用由用人单位承担。职业健康检查机构应当自体检工作结束之日起30个工作日内将体检结果书面告知用人单位。劳动者因高温作业或者高温天气作业引起中暑，经诊断为职业病的，享受工伤保险待遇。",
        ("h", "四、明确部门职责"),
        "（一）各级人力资源社会保障部门要把高温天气劳动保护纳入劳动保障监察日常巡查内容，于7月31日前组织开展一次高温津贴发放情况专项检查，对接到的举报投诉，要在5个工作日内核查处理，依法纠正用人单位拒不发放、克扣高温津贴等违法行为。",
        "（二）各级卫生健康部门要指导职业健康检查机构规范开展高温作业人员职业健康检查，指导二级以上综合医院在急诊科设立中暑患者救治绿色通道，持续做好中暑病人的诊断、救治和报告工作。",
        "（三）各级应急管理部门要督促冶金、有色、建材、轻工等工贸行业企业落实高温作业防暑降温措施，结合安全生产检查，对高温作业场所通风降温设施配备和运行情况开展监督检查。",
        "（四）各级工会组织要深入开展夏季送清凉活动，重点关注环卫、建筑、快递外卖、交通运输等户外劳动者，推动建设一批“工会户外劳动者服务站点”。今年全省各级工会计划投入送清凉资金不少于2000万元，慰问一线职工不少于50万人次。",
        "（五）各设区市人力资源社会保障局要会同同级卫生健康部门、应急管理部门和工会组织，于10月15日前将本地区高温天气劳动保护工作开展情况报送省人力资源社会保障厅劳动关系处（联系人：曾蔚然，联系电话：0791-86212475）。",
        ("h", "五、加强宣传引导"),
        "要充分利用广播、电视、报刊、网络等媒体，广泛宣传高温天气劳动保护政策和防暑降温知识，引导用人单位依法履行责任，提高劳动者自我保护意识，营造全社会关心关爱高温天气下劳动者的良好氛围。",
    ]
    for b in body:
        if isinstance(b, tuple):
            if b[0] == "h":
                para(doc, b[1], font="黑体")
            else:
                rows = [
                    ("日最高气温", "室外露天作业安排", "高温津贴"),
                    ("40℃以上", "停止当日室外露天作业", "按规定发放"),
                    ("37℃以上、40℃以下", "全天累计不得超过6小时，气温最高时段3小时内不得安排", "按规定发放"),
                    ("35℃以上、37℃以下", "换班轮休、缩短连续作业时间，不得安排加班", "按规定发放"),
                ]
                tb = doc.add_table(rows=len(rows), cols=3)
                tb.style = "Table Grid"
                tb.alignment = WD_TABLE_ALIGNMENT.CENTER
                for i, r in enumerate(rows):
                    for j, v in enumerate(r):
                        c = tb.cell(i, j)
                        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                        set_font(c.paragraphs[0].add_run(v), "仿宋_GB2312", 12, i == 0)
        else:
            para(doc, b)

    para(doc, "")
    para(doc, "")
    sig = doc.add_table(rows=2, cols=2)
    sig.alignment = WD_TABLE_ALIGNMENT.CENTER
    for (i, j), o in zip([(0, 0), (0, 1), (1, 0), (1, 1)],
                         ["江西省人力资源和社会保障厅", "江西省卫生健康委员会", "江西省应急管理厅", "江西省总工会"]):
        c = sig.cell(i, j)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(c.paragraphs[0].add_run(o), "仿宋_GB2312", 16)
    para(doc, "2024年5月27日", align="r")
    para(doc, "（此件主动公开）")
    para(doc, "")
    para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━", align="c")
    para(doc, "抄送：人力资源社会保障部劳动关系司，国家卫生健康委职业健康司，省人民政府办公厅。", size=14, indent=False)
    para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━", align="c")
    para(doc, "江西省人力资源和社会保障厅办公室　　　　　　2024年5月28日印发", size=14, indent=False)

    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
