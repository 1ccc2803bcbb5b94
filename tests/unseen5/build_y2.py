"""Build tests/unseen5/notices/y2_tengzhou_computing_digital_economy.docx, a blind test notice.

A county-level city notice (滕州市人民政府办公室, 山东省 枣庄市 滕州市, 2023) issuing a
算力基础设施 / 数字经济 工作方案 (2023—2025年), written with python-docx. Traps: a three-line title;
the signature date (2023年8月21日) differs from the 印发 date (2023年8月23日); a citation without a
document number (《数字中国建设整体布局规划》) beside two with numbers; actuals as of 2022年底, one
of them reported with 达到 (= a level, not a goal); two target paragraphs headed 到2024年底 and 到2025年
with mostly non-canonical indicators (数据中心标准机架, 算力总规模 in PFLOPS, 上云企业数 in 家,
数字经济核心产业增加值占GDP比重), '左右' (~), '以上', '超过' (>), '不高于' (<=) on a unitless PUE,
'其中智能算力占比', a range '8%—10%', and one canonical indicator (累计建成5G基站); the body's
二、重点任务 items are NOT tasks (the notice has a task table); the 工作专班 set out inline in one
paragraph with every member given by post only (分管副市长 / 市政府办公室副主任 / 市发展和改革局局长 /
units' 分管负责同志); the office director given by post. 附件: a ruled task table
序号 | 工作任务 | 具体措施 | 责任单位（第一个为牵头单位） | 完成时限 whose 工作任务 cell is vertically
merged (vMerge) over 2–4 rows (14 rows); deadlines 2023年12月底前, 2024年6月, 长期, 每季度,
2023年—2025年; one 责任单位 cell with 各镇（街道）, one with 市直有关部门, one with a single unit;
one row repeating a body target. Page numbers are a PAGE field in the footer.
Expected facts: tests/unseen5/gold/y2.json.   Run:  .venv/bin/python tests/unseen5/build_y2.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from docx.shared import Cm
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ALIGN_VERTICAL

from tests.notice_docx import (  # noqa: E402
    XIAOBIAOSONG,
    HEITI,
    KAITI,
    para,
    heading1,
    heading2,
    cell_text,
    a4_notice,
)

OUT = Path(__file__).resolve().parent / "notices" / "y2_tengzhou_computing_digital_economy.docx"

PLAN = "滕州市算力基础设施建设和数字经济高质量发展工作方案（2023—2025年）"

HEADER = ("序号", "工作任务", "具体措施", "责任单位（第一个为牵头单位）", "完成时限")

# (工作任务, [(具体措施, 责任单位, 完成时限), …]) — the 工作任务 cell is merged over its rows.
TASKS = (
    ("统筹布局算力基础设施", (
        ("推进滕州大数据中心二期项目建设，加快机房改造和服务器等设备安装，确保按期建成投用。",
         "市发展和改革局、市大数据中心、滕州经济开发区管委会", "2024年6月"),
        ("建设市级算力调度服务平台，整合政务云、企业自建数据中心等算力资源，实现统一调度、按需供给。",
         "市大数据中心、市工业和信息化局、市财政局", "2023年12月底前"),
        ("引导存量数据中心实施绿色节能改造，新建数据中心严格落实能效标准，推广液冷、余热回收等节能技术。",
         "市发展和改革局、市工业和信息化局、国网滕州市供电公司", "长期"),
    )),
    ("提升网络承载能力", (
        ("加快5G网络向镇村、工业园区延伸覆盖，推进千兆光网和IPv6规模部署。",
         "市工业和信息化局、中国移动滕州分公司、中国联通滕州分公司、中国电信滕州分公司、中国铁塔滕州分公司",
         "2023年—2025年"),
        ("将5G基站、通信机房、管线等纳入国土空间规划，推动公共建筑、杆塔等资源向通信设施建设开放。",
         "市自然资源局、市住房和城乡建设局、各镇（街道）", "2024年12月底前"),
    )),
    ("推动企业上云用数赋智", (
        ("深入实施“云行齐鲁·企业上云”行动，每季度组织一次企业上云用云供需对接活动。",
         "市工业和信息化局、中国移动滕州分公司、中国电信滕州分公司", "每季度"),
        ("制定企业上云奖补办法，对首次上云的中小企业按云服务费用给予补助。",
         "市财政局、市工业和信息化局", "2023年12月底前"),
        ("培育数字化转型标杆企业和智能工厂、数字化车间，推动机床、化工等传统产业数字化改造。",
         "市工业和信息化局、市科学技术局", "长期"),
        ("开展数字化转型诊断服务，组织服务商为规模以上工业企业提供免费诊断。",
         "市工业和信息化局", "2025年6月底前"),
    )),
    ("壮大数字经济核心产业", (
        ("依托滕州经济开发区建设数字经济产业园，创建省级数字经济园区2个以上。",
         "滕州经济开发区管委会、市商务局、市工业和信息化局", "2025年12月底前"),
        ("建立数字经济重点项目库，实行动态管理，强化项目招引和要素服务保障。",
         "市发展和改革局、市商务局、市直有关部门", "长期"),
        ("落实数字经济统计监测制度，按时报送数字经济核心产业增加值等指标数据。",
         "市统计局、市发展和改革局", "每季度"),
    )),
    ("拓展数字化应用场景", (
        ("推进智慧教育、智慧医疗、智慧交通等场景建设，推动政务数据依法有序共享开放。",
         "市大数据中心、市教育和体育局、市卫生健康局、市交通运输局", "2024年12月底前"),
        ("开展数字乡村建设试点，推进农业生产经营和乡村治理数字化。",
         "市农业农村局、市委网信办", "2025年12月底前"),
    )),
)


def task_table(doc):
    rows = sum(len(r) for _, r in TASKS)
    table = doc.add_table(rows=1 + rows, cols=len(HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(HEADER):
        cell_text(table.cell(0, j), h, bold=True, center=True, font=HEITI)
    i = 1
    n = 1
    for category, items in TASKS:
        top = table.cell(i, 1)
        if len(items) > 1:
            top = top.merge(table.cell(i + len(items) - 1, 1))
        cell_text(top, category, center=True)
        top.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        for measure, units, due in items:
            cell_text(table.cell(i, 0), str(n), center=True)
            cell_text(table.cell(i, 2), measure)
            cell_text(table.cell(i, 3), units)
            cell_text(table.cell(i, 4), due, center=True)
            i += 1
            n += 1
    widths = (Cm(1.2), Cm(2.6), Cm(6.4), Cm(4.4), Cm(2.2))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
    return table


def build(path=OUT):
    doc = a4_notice()

    # ---- 版头 ----
    para(doc, "滕州市人民政府办公室文件", font=XIAOBIAOSONG, size=30, align="center", color=(0xE0, 0, 0))
    para(doc)
    para(doc, "滕政办发〔2023〕27号", align="center")
    para(doc)
    # ---- 标题 (three lines) ----
    para(doc, "滕州市人民政府办公室关于印发", font=XIAOBIAOSONG, size=22, align="center")
    para(doc, "滕州市算力基础设施建设和数字经济高质量发展", font=XIAOBIAOSONG, size=22, align="center")
    para(doc, "工作方案（2023—2025年）的通知", font=XIAOBIAOSONG, size=22, align="center")
    para(doc)
    # ---- 主送 ----
    para(doc, "各镇人民政府，各街道办事处，滕州经济开发区管委会，市政府各部门，各有关单位：", indent=False)
    # ---- 正文 ----
    para(doc, f"《{PLAN}》已经市政府同意，现印发给你们，请结合实际，认真抓好贯彻落实。")
    para(doc)
    para(doc)
    # ---- 署名 + 成文日期 ----
    para(doc, "滕州市人民政府办公室", align="right")
    para(doc, "2023年8月21日", align="right")
    # ---- 附注 ----
    para(doc, "（此件公开发布）")
    doc.add_page_break()

    # ---- the plan ----
    para(doc, PLAN, font=XIAOBIAOSONG, size=22, align="center")
    para(doc)
    para(doc, "为深入贯彻《数字中国建设整体布局规划》，落实《山东省人民政府办公厅关于加快推进算力基础设施"
              "高质量发展的实施意见》（鲁政办字〔2023〕58号）和《枣庄市数字经济高质量发展三年行动方案"
              "（2023—2025年）》（枣政办发〔2023〕7号）部署要求，加快我市算力基础设施建设，推动数字经济"
              "高质量发展，结合我市实际，制定本方案。")
    heading1(doc, "一、发展基础")
    para(doc, "近年来，我市数字基础设施建设步伐加快，数字经济规模持续壮大。截至2022年底，全市建成数据中心"
              "标准机架1800个，算力总规模达到62PFLOPS，数字经济核心产业增加值占GDP比重为5.6%。但与先进地区"
              "相比，仍存在算力资源分散、产业支撑不强、企业数字化转型意愿不足等短板。")
    heading1(doc, "二、主要目标")
    para(doc, "到2024年底，全市数据中心标准机架达到3000个以上，算力总规模达到150PFLOPS左右，累计建成5G基站"
              "3200个，上云企业数达到1500家以上，数字经济核心产业增加值占GDP比重达到7%左右。")
    para(doc, "到2025年，全市数据中心标准机架达到5000个以上，新建数据中心电能利用效率（PUE）不高于1.3；"
              "算力总规模超过300PFLOPS，其中智能算力占比不低于35%；累计上云企业达到2500家以上，创建省级"
              "数字经济园区2个以上，数字经济核心产业增加值占GDP比重达到8%—10%，数字经济成为全市高质量"
              "发展的重要引擎。")
    heading1(doc, "三、重点任务")
    heading2(doc, "（一）统筹布局算力基础设施。",
             "按照“集约建设、绿色低碳、适度超前”原则，推进大数据中心扩容升级，建设市级算力调度服务平台，"
             "提升算力资源统筹供给能力。")
    heading2(doc, "（二）提升网络承载能力。",
             "加快5G网络和千兆光网建设，推进IPv6规模部署，优化通信基础设施建设环境。")
    heading2(doc, "（三）推动企业上云用数赋智。",
             "引导企业业务系统向云端迁移，培育数字化转型标杆企业，推动机床、化工等传统产业数字化改造。")
    heading2(doc, "（四）壮大数字经济核心产业。",
             "建设数字经济产业园，招引软件和信息技术服务、大数据等企业，健全数字经济统计监测制度。")
    heading2(doc, "（五）拓展数字化应用场景。",
             "推进智慧教育、智慧医疗、智慧交通和数字乡村建设，推动政务数据共享开放。")
    para(doc, "各项重点任务分工详见附件。")
    heading1(doc, "四、保障措施")
    heading2(doc, "（一）加强组织领导。",
             "成立滕州市算力基础设施和数字经济发展工作专班（以下简称工作专班），统筹推进全市算力基础设施"
             "建设和数字经济发展工作。工作专班由分管副市长任组长，市政府办公室副主任、市发展和改革局局长"
             "任副组长，市工业和信息化局、市财政局、市自然资源局、市住房和城乡建设局、市行政审批服务局、"
             "市大数据中心、国网滕州市供电公司分管负责同志为成员。工作专班办公室设在市发展和改革局，"
             "办公室主任由市发展和改革局局长兼任，负责工作专班日常工作。")
    heading2(doc, "（二）强化要素保障。",
             "市财政每年统筹安排资金支持算力基础设施建设和企业数字化转型，对重点项目优先保障用地、"
             "用能指标，落实数据中心电价优惠政策。")
    heading2(doc, "（三）严格督导考核。",
             "工作专班办公室每季度调度一次重点任务推进情况，将算力基础设施建设和数字经济发展纳入对各镇"
             "（街道）和市直部门的年度综合考核，对工作推进不力的单位予以通报。")
    para(doc)
    para(doc, "附件：滕州市算力基础设施建设和数字经济高质量发展重点任务分工表", indent=False)
    doc.add_page_break()

    # ---- 附件: task table ----
    para(doc, "附件", font=HEITI, indent=False)
    para(doc)
    para(doc, "滕州市算力基础设施建设和数字经济高质量发展重点任务分工表", font=XIAOBIAOSONG, size=18,
         align="center")
    para(doc)
    task_table(doc)
    para(doc)

    # ---- 版记 ----
    para(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，市人武部。",
         size=14, indent=False)
    para(doc, "滕州市人民政府办公室　　　　　　2023年8月23日印发", size=14, indent=False)

    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


if __name__ == "__main__":
    print(build())
