"""Build tests/unseen/notices/u5_shuangliu_5g_gigabit_plan.docx, a blind test notice.

A district government notice (成都市双流区人民政府) that issues an action plan, written with
python-docx: a Word task table whose 任务类别 cells are vertically merged, a member table
whose 副组长 role cell is merged and whose 成员 continuation rows leave the role cell empty,
and a document number with the 【】 bracket variant. The expected facts are in
tests/unseen/gold/u5.json. Run:  .venv/bin/python tests/unseen/build_u5.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from docx.shared import Cm, Pt
from docx.enum.table import WD_TABLE_ALIGNMENT

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

OUT = Path(__file__).resolve().parent / "notices" / "u5_shuangliu_5g_gigabit_plan.docx"


TASKS = [
    # (序号, 任务类别, 具体任务, 牵头单位, 配合单位, 完成时限)
    ("1", "网络建设", "加快5G基站建设，实现城区、镇（街道）和重点产业园区5G网络连续覆盖。",
     "区经济和信息化局", "中国铁塔双流分公司、各基础电信企业、各镇（街道）", "2024年12月底前"),
    ("2", "网络建设", "推进10G-PON端口规模部署，实施老旧小区光纤到户改造。",
     "区经济和信息化局", "各基础电信企业、区住房和城乡建设局", "2024年12月底前"),
    ("3", "网络建设", "推动双流国际机场、轨道交通站点、商务楼宇等重点场所5G网络深度覆盖。",
     "区交通运输局", "双流国际机场、中国铁塔双流分公司、各基础电信企业", "2024年9月底前"),
    ("4", "网络建设", "推动党政机关、学校、医院等公共建筑和路灯杆、监控杆等杆塔资源向5G基站建设免费开放。",
     "区机关事务服务中心", "区教育局、区卫生健康局、区综合行政执法局", "持续推进"),
    ("5", "融合应用", "围绕航空航天、生物医药、电子信息等主导产业，打造“5G+工业互联网”示范项目和5G全连接工厂。",
     "区经济和信息化局", "区新经济和科技局、各基础电信企业", "2025年12月底前"),
    ("6", "融合应用", "推进“5G+智慧医疗”“5G+智慧教育”示范应用。",
     "区卫生健康局、区教育局", "各基础电信企业", "2025年6月底前"),
    ("7", "融合应用", "建设“5G+智慧空港”“5G+智慧物流”应用场景。",
     "区交通运输局", "双流国际机场、各基础电信企业", "2025年12月底前"),
    ("8", "融合应用", "组织开展“双千兆”应用创新案例征集评选活动。",
     "区经济和信息化局", "各基础电信企业", "每年"),
    ("9", "环境保障", "将5G基站站址、通信管道等配套设施纳入国土空间详细规划。",
     "区规划和自然资源局", "区经济和信息化局", "2024年6月底前"),
    ("10", "环境保障", "推动5G基站转供电改直供电，降低基站用电成本。",
     "区发展和改革局", "双流供电公司、中国铁塔双流分公司", "2024年12月底前"),
    ("11", "环境保障", "依法打击盗窃、破坏通信设施和阻挠通信设施建设等违法行为。",
     "双流公安分局", "各镇（街道）、区经济和信息化局", "长期坚持"),
    ("12", "环境保障", "定期通报各项任务推进情况，对进展滞后的单位进行督办。",
     "区经济和信息化局", "领导小组各成员单位", "每季度"),
]

MEMBERS = [
    # (role, name, position); role None = merged into the role cell above, "" = left empty
    ("组　长", "刘　洋", "区政府副区长"),
    ("副组长", "何建国", "区政府办公室主任"),
    (None, "杨　林", "区经济和信息化局局长"),
    ("成　员", "陈晓东", "区发展和改革局局长"),
    ("", "王　军", "区财政局局长"),
    ("", "李春梅", "区规划和自然资源局局长"),
    ("", "赵志刚", "区住房和城乡建设局局长"),
    ("", "周　涛", "区交通运输局局长"),
    ("", "刘晓丽", "区教育局局长"),
    ("", "孙建华", "区卫生健康局局长"),
    ("", "郑　斌", "双流公安分局副局长"),
    ("", "吴国强", "区机关事务服务中心主任"),
    ("", "黄　勇", "中国电信双流分公司总经理"),
    ("", "林　峰", "中国移动双流分公司总经理"),
    ("", "马晓明", "中国联通双流分公司总经理"),
    ("", "何　平", "中国铁塔双流分公司总经理"),
]


def task_table(doc):
    header = ("序号", "任务类别", "具体任务", "牵头单位", "配合单位", "完成时限")
    table = doc.add_table(rows=1 + len(TASKS), cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(table.cell(0, j), h, bold=True, center=True)
    for i, row in enumerate(TASKS, start=1):
        for j, value in enumerate(row):
            # the category is written once, in the first cell of its run; merged below
            if j == 1 and i > 1 and TASKS[i - 2][1] == value:
                value = ""
            cell_text(table.cell(i, j), value, center=j in (0, 1, 5))
    # vertically merge the 任务类别 cells of each run of equal categories
    start = 1
    for i in range(2, len(TASKS) + 2):
        if i == len(TASKS) + 1 or TASKS[i - 1][1] != TASKS[start - 1][1]:
            if i - 1 > start:
                merged = table.cell(start, 1).merge(table.cell(i - 1, 1))
                cell_text(merged, TASKS[start - 1][1], center=True)
            start = i
    widths = (Cm(1.2), Cm(2.0), Cm(6.5), Cm(2.8), Cm(3.5), Cm(2.2))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
    return table


def member_table(doc):
    table = doc.add_table(rows=len(MEMBERS), cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (role, name, position) in enumerate(MEMBERS):
        if role is not None:
            cell_text(table.cell(i, 0), role, size=16)
        cell_text(table.cell(i, 1), name, size=16)
        cell_text(table.cell(i, 2), position, size=16)
    # the 副组长 label spans its two rows
    for i, (role, _, _) in enumerate(MEMBERS):
        if role is None:
            top = i - 1
            while MEMBERS[top][0] is None:
                top -= 1
            merged = table.cell(top, 0).merge(table.cell(i, 0))
            cell_text(merged, MEMBERS[top][0], size=16)
    return table


def build(path=OUT):
    doc = a4_notice()

    para(doc, "成都市双流区人民政府文件", font=XIAOBIAOSONG, size=36, align="center", color=(0xE0, 0, 0))
    para(doc)
    para(doc, "双府发【2024】9号", align="center")
    para(doc)
    para(doc, "成都市双流区人民政府", font=XIAOBIAOSONG, size=22, align="center")
    para(doc, "关于印发《双流区“5G+千兆光网”融合发展行动方案", font=XIAOBIAOSONG, size=22, align="center")
    para(doc, "（2024—2025年）》的通知", font=XIAOBIAOSONG, size=22, align="center")
    para(doc)
    para(doc, "各镇人民政府、街道办事处，区级各部门，有关单位：", indent=False)
    para(doc, "《双流区“5G+千兆光网”融合发展行动方案（2024—2025年）》已经区政府第47次常务会议审议通过，"
              "现印发给你们，请结合实际认真抓好贯彻落实。")
    para(doc)
    para(doc, "成都市双流区人民政府", align="right")
    para(doc, "2024年4月12日", align="right")
    para(doc, "（此件公开发布）")
    doc.add_page_break()

    para(doc, "双流区“5G+千兆光网”融合发展行动方案", font=XIAOBIAOSONG, size=22, align="center")
    para(doc, "（2024—2025年）", font=KAITI, align="center")
    para(doc)
    para(doc, "为深入贯彻落实《成都市“双千兆”网络协同发展行动计划（2022—2024年）》（成办发〔2022〕28号）"
              "和《四川省“十四五”新型基础设施建设规划》，加快推进我区5G和千兆光网协同发展，"
              "打造国际航空经济之都数字底座，结合双流实际，制定本方案。")
    heading1(doc, "一、主要目标")
    para(doc, "到2024年底，全区新建5G基站800个、累计达到4500个，每万人拥有5G基站数达到28个，"
              "城市10G-PON端口占比不低于50%，5G用户占比达到60%。")
    para(doc, "到2025年底，打造“5G+工业互联网”示范项目15个以上，建成5G全连接工厂5个，"
              "形成“双千兆”应用创新典型案例8个以上，“5G+千兆光网”融合发展水平位居全市前列。")
    heading1(doc, "二、重点任务")
    heading2(doc, "（一）适度超前建设网络设施。",
              "坚持统筹规划、集约建设，推动5G网络和千兆光网向镇村、园区和重点场所延伸覆盖。")
    heading2(doc, "（二）深化“双千兆”融合应用。",
              "聚焦航空经济、生物医药、电子信息等主导产业和医疗、教育、交通等民生领域，培育一批标杆应用场景。")
    heading2(doc, "（三）优化网络发展环境。",
              "强化规划引领、资源开放、电力保障和设施保护，为网络建设营造良好环境。")
    para(doc, "各项任务的牵头单位、配合单位和完成时限详见附件1。")
    heading1(doc, "三、保障措施")
    heading2(doc, "（一）加强组织领导。",
              "成立双流区“5G+千兆光网”融合发展工作领导小组（组成人员名单见附件2），统筹推进全区相关工作。"
              "领导小组办公室设在区经济和信息化局，办公室主任由区经济和信息化局局长杨林兼任。")
    heading2(doc, "（二）强化资金保障。",
              "统筹用好区级产业发展专项资金，对5G全连接工厂、“双千兆”应用示范项目给予支持。")
    heading2(doc, "（三）加强督查考核。",
              "将各项任务推进情况纳入区级部门和镇（街道）年度目标绩效考核。")
    para(doc)
    para(doc, "附件：1. 双流区“5G+千兆光网”融合发展重点任务分工表")
    para(doc, "2. 双流区“5G+千兆光网”融合发展工作领导小组组成人员名单", indent=False).paragraph_format.left_indent = Pt(80)
    doc.add_page_break()

    para(doc, "附件1", font=HEITI, indent=False)
    para(doc, "双流区“5G+千兆光网”融合发展重点任务分工表", font=XIAOBIAOSONG, size=20, align="center")
    task_table(doc)
    doc.add_page_break()

    para(doc, "附件2", font=HEITI, indent=False)
    para(doc, "双流区“5G+千兆光网”融合发展工作领导小组", font=XIAOBIAOSONG, size=20, align="center")
    para(doc, "组成人员名单", font=XIAOBIAOSONG, size=20, align="center")
    member_table(doc)
    para(doc)
    para(doc, "抄送：区委办公室，区人大常委会办公室，区政协办公室，区法院，区检察院。", size=14, indent=False)
    para(doc, "成都市双流区人民政府办公室　　　　　　2024年4月15日印发", size=14, indent=False)

    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


if __name__ == "__main__":
    print(build())
