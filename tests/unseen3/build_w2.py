"""Build tests/unseen3/notices/w2_zhuzhou_tianyuan_gigabit_plan.docx, a blind test notice.

A district notice (株洲市天元区人民政府办公室, 湖南省 株洲市 天元区, 2022) issuing a
"千兆城市" plan, written with python-docx. Traps: the 发文字号 typed with ASCII square
brackets (天政办发[2022]12号); a two-line title; the signature date in Chinese numerals
(二〇二二年六月八日) while the 印发 date is a day later; actual figures (截至2022年5月底)
before the targets; a district target sentence headed by 到2022年底 whose figures are split by
、 and ；; a real Word table "各街道（镇）2022年千兆光网和5G建设目标" (one row per 街道/镇,
units in the header brackets, 万户, and a 合计 row repeating the district targets); six
（一）…（六） tasks with trailing agency clauses in three styles （牵头单位：…；责任单位：…）,
（区工信局牵头，区财政局配合） and （责任单位：…）; a borderless 3-column 工作专班 table
(role | name | position) with empty role cells on continuation rows, names padded with a
full-width space, a two-role position (区委常委、常务副区长) and a group row whose name and
position cells are merged (gridSpan); the office and its director in a sentence after the table.
Page numbers are a PAGE field in the footer.
Expected facts: tests/unseen3/gold/w2.json.   Run:  .venv/bin/python tests/unseen3/build_w2.py
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from docx.shared import Cm
from docx.enum.table import WD_TABLE_ALIGNMENT

from tests.notice_docx import (  # noqa: E402
    XIAOBIAOSONG,
    HEITI,
    KAITI,
    para,
    heading1,
    heading2,
    cell_text,
    no_borders,
    a4_notice,
    item,
)

# （一）… titles in 楷体, not bold
task = partial(item, title_font=KAITI, title_bold=False)

OUT = Path(__file__).resolve().parent / "notices" / "w2_zhuzhou_tianyuan_gigabit_plan.docx"


# 各街道（镇）2022年千兆光网和5G建设目标: 街道（镇）| 新建5G基站（个）| 千兆光网覆盖家庭（万户）| 10G-PON端口（个）
TARGET_HEADER = ("街道（镇）", "新建5G基站（个）", "千兆光网覆盖家庭（万户）", "10G-PON端口（个）")
TARGET_ROWS = (
    ("嵩山路街道", "80", "3.2", "700"),
    ("泰山路街道", "75", "3.0", "650"),
    ("栗雨街道", "70", "2.6", "600"),
    ("马家河街道", "45", "1.8", "400"),
    ("群丰镇", "30", "0.8", "180"),
    ("雷打石镇", "25", "0.6", "140"),
    ("三门镇", "25", "0.6", "130"),
    ("合计", "350", "12.6", "2800"),
)

# 工作专班: role | name | position; "" = empty role cell (continuation row); None name = group row
MEMBERS = (
    ("组　长", "李建国", "区委常委、常务副区长"),
    ("副组长", "王　伟", "区政府副区长"),
    ("", "陈志刚", "区工信局局长"),
    ("成　员", "刘　洋", "区政府办公室副主任"),
    ("", "赵立新", "区发改局副局长"),
    ("", "周　敏", "区财政局副局长"),
    ("", "黄海涛", "区住建局副局长"),
    ("", "孙　杰", "区城管局副局长"),
    ("", "吴国平", "市自然资源和规划局天元分局副局长"),
    ("", "彭　辉", "市公安局天元分局副局长"),
    ("", "郑晓峰", "中国移动株洲分公司副总经理"),
    ("", "何　军", "中国电信株洲分公司副总经理"),
    ("", "邓丽华", "中国联通株洲市分公司副总经理"),
    ("", "谭文斌", "中国铁塔株洲市分公司副总经理"),
    ("", None, "各街道（镇）分管负责同志"),
)


def target_table(doc):
    table = doc.add_table(rows=1 + len(TARGET_ROWS), cols=len(TARGET_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(TARGET_HEADER):
        cell_text(table.cell(0, j), h, bold=True, center=True, font=HEITI)
    for i, row in enumerate(TARGET_ROWS, start=1):
        for j, value in enumerate(row):
            cell_text(table.cell(i, j), value, center=True, bold=(row[0] == "合计" and j == 0))
    return table


def member_table(doc):
    table = doc.add_table(rows=len(MEMBERS), cols=3)
    no_borders(table)
    for i, (role, name, position) in enumerate(MEMBERS):
        cells = table.rows[i].cells
        cell_text(cells[0], role, size=16)
        if name is None:
            merged = cells[1].merge(cells[2])
            cell_text(merged, position, size=16)
        else:
            cell_text(cells[1], name, size=16)
            cell_text(cells[2], position, size=16)
    for row in table.rows:
        row.cells[0].width = Cm(2.6)
    return table


def build(path=OUT):
    doc = a4_notice()

    # ---- 版头 ----
    para(doc, "株洲市天元区人民政府办公室文件", font=XIAOBIAOSONG, size=30, align="center", color=(0xE0, 0, 0))
    para(doc)
    para(doc, "天政办发[2022]12号", align="center")
    para(doc)
    # ---- 标题 (two lines) ----
    para(doc, "株洲市天元区人民政府办公室关于印发", font=XIAOBIAOSONG, size=22, align="center")
    para(doc, "天元区助力创建“千兆城市”工作方案的通知", font=XIAOBIAOSONG, size=22, align="center")
    para(doc)
    # ---- 主送 ----
    para(doc, "各街道办事处，各镇人民政府，区直各部门，各有关单位：", indent=False)
    # ---- 正文 ----
    para(doc, "为加快推进我区5G和千兆光网建设，全力支持株洲市创建国家“千兆城市”，经区人民政府同意，"
              "现将《天元区助力创建“千兆城市”工作方案》印发给你们，请结合实际，认真组织实施。")
    para(doc)
    # ---- 附件说明 ----
    para(doc, "附件：天元区助力创建“千兆城市”工作方案")
    para(doc)
    para(doc)
    # ---- 署名 + 成文日期 ----
    para(doc, "株洲市天元区人民政府办公室", align="right")
    para(doc, "二〇二二年六月八日", align="right")
    # ---- 附注 ----
    para(doc, "（此件主动公开）")
    doc.add_page_break()

    # ---- 附件: the plan ----
    para(doc, "附件", font=HEITI, indent=False)
    para(doc)
    para(doc, "天元区助力创建“千兆城市”工作方案", font=XIAOBIAOSONG, size=22, align="center")
    para(doc)
    para(doc, "为深入贯彻落实《“双千兆”网络协同发展行动计划（2021-2023年）》（工信部通信〔2021〕34号）"
              "和《株洲市创建“千兆城市”工作方案》（株政办发〔2022〕5号）要求，加快构建以5G和千兆光网为"
              "代表的“双千兆”网络，助力株洲市创建国家“千兆城市”，结合我区实际，制定本方案。")
    heading1(doc, "一、工作基础")
    para(doc, "截至2022年5月底，全区累计建成5G基站950个，千兆光网覆盖家庭9.8万户，500Mbps及以上用户"
              "占比为14.2%。但我区仍存在镇区5G网络覆盖不足、老旧小区光纤改造滞后、“双千兆”融合应用"
              "不多等短板。")
    heading1(doc, "二、工作目标")
    para(doc, "到2022年底，全区累计建成5G基站1300个以上，其中新建5G基站350个；千兆光网覆盖家庭12.6万户，"
              "城市家庭千兆光纤网络覆盖率达到90%以上、城市10G-PON端口占比超过30%、10G-PON端口达到2800个、"
              "500Mbps及以上用户占比达到25%；每万人拥有5G基站数达到29个、重点场所5G网络通达率达到100%、"
              "5G用户占比不低于40%；培育“双千兆”应用创新案例5个以上。各街道（镇）2022年建设目标见下表。")
    para(doc, "各街道（镇）2022年千兆光网和5G建设目标", font=HEITI, align="center")
    target_table(doc)
    heading1(doc, "三、重点任务")
    task(doc, "（一）加快5G网络建设。",
         "统筹全区站址资源，推动党政机关、学校、医院等公共建筑和路灯杆、监控杆等杆塔资源向5G基站"
         "建设免费开放，2022年9月底前完成全年新建5G基站任务，实现城区和镇区5G网络连续覆盖。",
         "（牵头单位：区工信局；责任单位：各街道办事处、各镇人民政府、中国铁塔株洲市分公司）")
    task(doc, "（二）推进千兆光网建设。",
         "将通信基础设施纳入新型基础设施重点项目库，严格落实新建住宅小区和商务楼宇光纤到户国家标准，"
         "2022年10月底前完成城区老旧小区千兆光网改造。",
         "（牵头单位：区发改局；责任单位：各街道办事处、区住建局）")
    task(doc, "（三）提升网络服务能力。",
         "督促各基础电信企业加快10G-PON端口部署和OLT设备升级，开展千兆宽带“提速降费”行动，"
         "每月通报千兆用户发展和5G基站开通情况。",
         "（责任单位：区工信局、各基础电信企业）")
    task(doc, "（四）培育“双千兆”融合应用。",
         "围绕先进轨道交通装备、航空、新材料等主导产业，推进“5G+工业互联网”“千兆光网+智慧园区”"
         "等应用，常态化组织企业申报“双千兆”应用创新案例，对入选项目按规定给予奖补。",
         "（区工信局牵头，区财政局配合）")
    task(doc, "（五）优化网络建设环境。",
         "简化通信基础设施建设审批流程，依法查处阻挠通信设施建设、破坏通信设施等违法行为，"
         "每季度组织开展一次通信设施保护专项检查。",
         "（牵头单位：区城管局；责任单位：市公安局天元分局、各街道办事处、各镇人民政府）")
    task(doc, "（六）保障基站电力供应。",
         "推动5G基站转供电改直供电，对符合条件的5G基站落实直供电价格政策，"
         "2022年12月底前完成存量转供电基站改造。",
         "（牵头单位：区发改局；责任单位：国网株洲供电公司天元分公司、中国铁塔株洲市分公司）")
    heading1(doc, "四、保障措施")
    heading2(doc, "（一）加强组织领导。",
             "成立天元区“双千兆”网络建设工作专班（以下简称专班），统筹推进全区千兆城市创建工作。"
             "专班成员如下：")
    member_table(doc)
    para(doc, "专班办公室设在区工信局，办公室主任由区工信局局长陈志刚同志兼任，负责专班日常工作。"
              "专班成员因工作变动需要调整的，由所在单位提出意见，报专班办公室备案。")
    heading2(doc, "（二）强化要素保障。",
             "区财政每年安排专项资金支持“双千兆”网络建设和应用创新，各街道（镇）要在站址选址、"
             "电力接入、施工进场等方面给予支持。")
    heading2(doc, "（三）严格督导考核。",
             "将“双千兆”网络建设纳入区直部门和街道（镇）年度绩效考核，专班办公室每月调度建设进展，"
             "对工作推进不力的单位予以通报。")
    para(doc)
    # ---- 版记 ----
    para(doc, "抄送：区委各部门，区人大常委会办公室，区政协办公室，区人武部，区人民法院，区人民检察院。",
         size=14, indent=False)
    para(doc, "株洲市天元区人民政府办公室　　　　　　2022年6月9日印发", size=14, indent=False)

    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


if __name__ == "__main__":
    print(build())
