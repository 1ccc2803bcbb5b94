"""Build tests/unseen4/notices/x4_yancheng_newinfra_joint_meeting.docx, a blind test notice.

A city notice (盐城市人民政府办公室, 江苏省 盐城市, 2024) setting up a 新型信息基础设施建设联席会议
制度, written with python-docx. Traps: a ruled member table 职务 | 姓名 | 单位及职务 whose roles are
总召集人 / 召集人 / 副召集人 / 成员; the two leaders' rows hold the name GLUED to the position in the
姓名 cell (王建明常务副市长) with the third cell empty; the 副召集人 and 成员 role cells vertically
merged (vMerge) over several rows; one position wrapped by a line break inside its cell
(市自然资源和规划局 / 副局长); names padded with a full-width space; a group row whose 姓名 cell is
empty (各县（市、区）人民政府分管负责同志); a grid-company member (国网盐城供电公司副总经理).
The office and its director (a 副召集人) in 二、; standing duties in 三、 and 四、成员单位职责
(市发展改革委：负责…； — not tasks); one actual in the preamble; one target sentence heading
五、2024年重点工作; six tasks whose agency clause holds the deadline (完成时限：2024年9月底前),
one clause separated by a comma (牵头单位：…，配合单位：…) with the deadline in the task text,
one clause 完成时限：持续推进; meeting rules in 六、 (每半年召开一次全体会议 — not a task).
Page numbers are a PAGE field in the footer.
Expected facts: tests/unseen4/gold/x4.json.   Run:  .venv/bin/python tests/unseen4/build_x4.py
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from docx.shared import Cm
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ALIGN_VERTICAL

from tests.notice_docx import (  # noqa: E402
    FANGSONG,
    XIAOBIAOSONG,
    HEITI,
    KAITI,
    para,
    heading1,
    cell_text,
    set_font as _font,
    a4_notice,
    item,
)

OUT = Path(__file__).resolve().parent / "notices" / "x4_yancheng_newinfra_joint_meeting.docx"

# 联席会议组成: 职务 | 姓名 | 单位及职务.  Role "" = row under a vertically merged role cell;
# position "" = name glued to the position in the 姓名 cell; name "" = group row;
# "\n" in a position = a line break inside the cell.
MEMBERS = (
    ("总召集人", "王建明常务副市长", ""),
    ("召集人", "刘晓东副市长", ""),
    ("副召集人", "张立群", "市政府副秘书长"),
    ("", "陈海峰", "市工业和信息化局局长"),
    ("成员", "周文斌", "市发展改革委副主任"),
    ("", "孙丽娟", "市工业和信息化局副局长"),
    ("", "李　伟", "市教育局副局长"),
    ("", "赵国平", "市科技局副局长"),
    ("", "钱卫东", "市公安局副局长"),
    ("", "马　俊", "市财政局副局长"),
    ("", "郑红梅", "市自然资源和规划局\n副局长"),
    ("", "黄建华", "市住房和城乡建设局副局长"),
    ("", "朱　静", "市交通运输局副局长"),
    ("", "胡志勇", "市数据局副局长"),
    ("", "徐海燕", "市行政审批局副局长"),
    ("", "杨　帆", "市城市管理局副局长"),
    ("", "沈　立", "市通信管理办公室主任"),
    ("", "吴国强", "国网盐城供电公司副总经理"),
    ("", "", "各县（市、区）人民政府分管负责同志"),
)

DUTIES = (
    "市发展改革委：负责将新型信息基础设施重大项目纳入全市重大项目库，争取中央预算内投资和地方政府专项债券支持，"
    "落实5G基站直供电价格政策；",
    "市工业和信息化局：负责联席会议办公室日常工作，统筹推进5G、千兆光网和工业互联网建设，培育“双千兆”融合应用；",
    "市教育局：负责推进学校5G网络和千兆校园网建设，推动公共资源向通信设施建设开放；",
    "市科技局：负责支持新型信息基础设施领域关键技术攻关和创新平台建设；",
    "市公安局：负责依法打击破坏、盗窃通信设施和阻挠通信设施建设等违法犯罪行为；",
    "市财政局：负责统筹安排相关资金，支持新型信息基础设施建设和应用推广；",
    "市自然资源和规划局：负责将通信基础设施专项规划纳入国土空间规划，保障站址、机房、管线等用地需求；",
    "市住房和城乡建设局：负责督促新建住宅小区和商务楼宇落实光纤到户国家标准，推进通信配套设施同步设计、同步施工、同步验收；",
    "市交通运输局：负责推动交通干线、港口、场站的5G网络覆盖和智慧交通应用；",
    "市数据局：负责统筹全市数据中心和算力基础设施布局，推进算力资源共享调度；",
    "市行政审批局：负责简化通信基础设施建设审批流程，压缩审批时限；",
    "市城市管理局：负责推动路灯杆、监控杆等市政杆塔资源共享，支持通信管线和基站建设施工；",
    "市通信管理办公室：负责行业监督管理，指导基础电信企业做好网络规划、建设和共建共享；",
    "国网盐城供电公司：负责做好5G基站、数据中心电力接入和转供电改直供电工作；",
    "各县（市、区）人民政府：负责本地区新型信息基础设施建设的组织推进和要素保障。",
)


def member_table(doc):
    """A ruled table with a header row; role cells merged vertically over their rows."""
    table = doc.add_table(rows=1 + len(MEMBERS), cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(("职务", "姓名", "单位及职务")):
        cell_text(table.cell(0, j), h, size=14, bold=True, center=True, font=HEITI)
    # vertical merges of the role column: a labelled row absorbs the unlabelled rows below it
    starts = [i for i, m in enumerate(MEMBERS) if m[0]] + [len(MEMBERS)]
    for a, b in zip(starts, starts[1:]):
        top = table.cell(1 + a, 0)
        if b - a > 1:
            top = top.merge(table.cell(b, 0))
        cell_text(top, MEMBERS[a][0], size=14, center=True)
        top.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    for i, (_, name, position) in enumerate(MEMBERS, start=1):
        cell_text(table.cell(i, 1), name, size=14, center=True)
        cell = table.cell(i, 2)
        if "\n" in position:
            first, second = position.split("\n")
            cell_text(cell, first, size=14)
            run = cell.paragraphs[0].add_run()
            run.add_break()
            _font(run, FANGSONG, 14)
            _font(cell.paragraphs[0].add_run(second), FANGSONG, 14)
        else:
            cell_text(cell, position, size=14)
    for row in table.rows:
        row.cells[0].width = Cm(3.0)
        row.cells[1].width = Cm(4.2)
        row.cells[2].width = Cm(8.4)
    return table


# （一）… titles in 楷体, not bold
task = partial(item, title_font=KAITI, title_bold=False)


def build(path=OUT):
    doc = a4_notice()

    # ---- 版头 ----
    para(doc, "盐城市人民政府办公室文件", font=XIAOBIAOSONG, size=30, align="center", color=(0xE0, 0, 0))
    para(doc)
    para(doc, "盐政办发〔2024〕16号", align="center")
    para(doc)
    # ---- 标题 (two lines) ----
    para(doc, "盐城市人民政府办公室关于建立盐城市", font=XIAOBIAOSONG, size=22, align="center")
    para(doc, "新型信息基础设施建设联席会议制度的通知", font=XIAOBIAOSONG, size=22, align="center")
    para(doc)
    # ---- 主送 ----
    para(doc, "各县（市、区）人民政府，盐城经济技术开发区管委会，盐南高新区管委会，市各委、办、局，市各直属单位：",
         indent=False)
    # ---- 正文 ----
    para(doc, "近年来，我市新型信息基础设施建设加快推进，截至2023年底，全市累计建成5G基站15126个，"
              "但仍存在统筹协调不够、建设环境有待优化、融合应用不足等问题。为贯彻落实"
              "《江苏省人民政府办公厅关于加快推进新型信息基础设施建设的实施意见》（苏政办发〔2023〕41号）和"
              "《盐城市数字经济发展三年行动计划（2023—2025年）》（盐政发〔2023〕12号）部署要求，统筹推进全市5G、"
              "千兆光网、算力等新型信息基础设施建设，经市人民政府同意，决定建立盐城市新型信息基础设施建设"
              "联席会议制度（以下简称联席会议）。现将有关事项通知如下：")
    heading1(doc, "一、联席会议组成")
    para(doc, "联席会议由市政府分管负责同志和市有关部门、单位负责同志组成，成员名单如下：")
    member_table(doc)
    para(doc, "联席会议成员因工作变动需要调整的，由所在单位提出意见，报联席会议办公室备案，由接任者自然替补。")
    heading1(doc, "二、联席会议办公室")
    para(doc, "联席会议办公室设在市工业和信息化局，承担联席会议日常工作，办公室主任由陈海峰同志兼任，"
              "办公室副主任由孙丽娟、沈立同志兼任。各成员单位确定1名处级干部为联络员，负责日常联系工作。")
    heading1(doc, "三、主要职责")
    para(doc, "在市委、市政府领导下，统筹推进全市新型信息基础设施建设；研究制定年度工作计划和重大政策措施；"
              "协调解决5G基站、千兆光网、数据中心等项目建设中的重大问题；督促检查各地、各部门工作落实情况；"
              "完成市委、市政府交办的其他事项。")
    heading1(doc, "四、成员单位职责")
    for line in DUTIES:
        para(doc, line)
    heading1(doc, "五、2024年重点工作")
    para(doc, "2024年，全市新型信息基础设施建设的主要目标是：全年新建5G基站3000个以上，累计建成5G基站1.8万个以上，"
              "每万人拥有5G基站数达到26个，5G用户占比超过60%；500Mbps及以上用户占比达到40%；"
              "新增数据中心标准机架2000个；培育“双千兆”应用创新案例10个以上。")
    task(doc, "（一）加快5G网络深度覆盖。",
         "推动党政机关、学校、医院、交通场站等公共资源向5G基站建设免费开放，重点推进乡镇、工业园区和沿海港区"
         "5G网络深度覆盖，完成全年5G基站建设任务。",
         "（牵头单位：市工业和信息化局；配合单位：市通信管理办公室、各县（市、区）人民政府；"
         "完成时限：2024年12月底前）")
    task(doc, "（二）推进千兆光网提速升级。",
         "实施老旧小区光纤到户改造，推动新建住宅小区、商务楼宇严格落实光纤到户国家标准，加快10G-PON设备规模部署。",
         "（牵头单位：市通信管理办公室；配合单位：市住房和城乡建设局、市城市管理局；完成时限：2024年9月底前）")
    task(doc, "（三）统筹布局算力基础设施。",
         "引导数据中心向盐城经济技术开发区、盐南高新区集聚发展，2024年11月底前建成市级算力调度服务平台，"
         "推动存量数据中心绿色化改造。",
         "（牵头单位：市数据局，配合单位：市发展改革委、市工业和信息化局）")
    task(doc, "（四）强化基站电力保障。",
         "推动5G基站转供电改直供电，落实直供电价格政策，对新建基站电力接入开辟绿色通道。",
         "（牵头单位：国网盐城供电公司；配合单位：市发展改革委、中国铁塔盐城市分公司；完成时限：2024年10月底前）")
    task(doc, "（五）优化设施建设环境。",
         "将通信基础设施专项规划纳入国土空间规划“一张图”，简化5G基站、通信管线建设审批流程，"
         "依法查处破坏通信设施等违法行为。",
         "（牵头单位：市自然资源和规划局；配合单位：市行政审批局、市公安局、各县（市、区）人民政府；"
         "完成时限：持续推进）")
    task(doc, "（六）培育“双千兆”融合应用。",
         "围绕新能源、汽车、智慧港口等重点领域，组织开展“双千兆”应用创新案例征集和5G行业虚拟专网建设，"
         "推动典型案例在教育、交通等领域复制推广。",
         "（牵头单位：市工业和信息化局；配合单位：市教育局、市交通运输局、市数据局；完成时限：2024年9月底前）")
    heading1(doc, "六、工作规则")
    para(doc, "联席会议原则上每半年召开一次全体会议，由总召集人或召集人主持；根据工作需要，可临时召开全体会议"
              "或部分成员单位参加的专题会议。联席会议以会议纪要形式明确会议议定事项，经总召集人同意后印发有关方面"
              "并抄报市政府。联席会议办公室根据工作需要召开联络员会议，研究讨论联席会议议题和需提交联席会议议定的事项。"
              "联席会议不刻制印章，不正式行文。")
    para(doc, "各成员单位要按照职责分工，主动研究新型信息基础设施建设中的有关问题，积极参加联席会议，"
              "认真落实联席会议议定事项，互通信息，密切配合，形成工作合力。")
    para(doc)
    para(doc)
    # ---- 署名 + 成文日期 ----
    para(doc, "盐城市人民政府办公室", align="right")
    para(doc, "2024年3月18日", align="right")
    # ---- 附注 ----
    para(doc, "（此件公开发布）")
    para(doc)
    # ---- 版记 ----
    para(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，盐城军分区。",
         size=14, indent=False)
    para(doc, "盐城市人民政府办公室　　　　　　2024年3月19日印发", size=14, indent=False)

    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


if __name__ == "__main__":
    print(build())
