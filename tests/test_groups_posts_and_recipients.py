"""Task-force work groups and members by post; metadata recipients, titles and issuers (the family blind sets 53–56
showed, in notices of our own: other places, topics and wordings). Expected values were written by reading the
notices.

- a 成员 line of posts without names where one post follows a run of units (县林业局、县应急管理局、县公安局副局长:
  three members, each a 副局长), companies sharing a post, and the head of each unit of a group (各乡镇人民政府乡镇长);
- work groups whose units a sentence names (由A牵头，B、C参加 / 由A、B组成，B为组长单位) or whose lead units carry their
  remit in brackets (市教育局（中小学校）): members of their group, and those lines no task;
- a post the layout cut after its first character (市妇女联合会副 ⏎ 主席: 副主席 of 市妇女联合会);
- the notice's own title under a page's short heading, its 主送 of agencies sharing one owner after it; a 主送 line a
  PDF wrapped inside a name; a 署名 organ's other name on a line of its own.
"""
from __future__ import annotations

from extractors.member_lists.shared_titles import units_sharing_a_title
from pipeline.runner import extract_document
from pipeline.structure.front_matter import front_matter
from pipeline.structure.lines import Line


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _members(path) -> dict[str, list[tuple]]:
    forces = extract_document(path)[1]["taskforce"]
    return {f.name: [(m.role, m.person, m.position, m.organization) for m in f.members] for f in forces}


FIRE = """青川县人民政府办公室关于调整县森林草原防灭火指挥部组成人员的通知
各乡镇人民政府，县级各部门：
因人员变动和工作需要，经县人民政府同意，现将调整后的县森林草原防灭火指挥部组成人员通知如下：
指挥长：张国强　县委副书记、县长
副指挥长：李晓明　县人民政府副县长
成员：县委宣传部副部长，县林业局、县应急管理局、县公安局副局长，县气象局局长，国网青川县供电公司、中国电信青川分公司副经理，各乡镇人民政府乡镇长。
指挥部办公室设在县应急管理局，负责指挥部日常工作。
青川县人民政府办公室
2024年2月20日
"""


def test_a_post_written_once_after_a_run_of_units_is_each_units(tmp_path):
    members = _members(_write(tmp_path, "fire.txt", FIRE))
    assert members["县森林草原防灭火指挥部"] == [
        ("指挥长", "张国强", "县委副书记、县长", None),
        ("副指挥长", "李晓明", "副县长", "县人民政府"),
        ("成员", None, "副部长", "县委宣传部"),
        ("成员", None, "副局长", "县林业局"),
        ("成员", None, "副局长", "县应急管理局"),
        ("成员", None, "副局长", "县公安局"),
        ("成员", None, "局长", "县气象局"),
        ("成员", None, "副经理", "国网青川县供电公司"),
        ("成员", None, "副经理", "中国电信青川分公司"),
        ("成员", None, "乡镇长", "各乡镇人民政府"),
    ]


def test_a_member_line_of_one_run_of_units_sharing_a_post(tmp_path):
    text = ("某县人民政府办公室关于成立县校车安全管理领导小组的通知\n各乡镇人民政府，县直各单位：\n"
            "经县政府同意，成立县校车安全管理领导小组，组成人员如下：\n组长：周明　县人民政府副县长\n"
            "成员：县教育局、县公安局、县交通运输局副局长\n领导小组办公室设在县教育局。\n")
    assert _members(_write(tmp_path, "bus.txt", text))["县校车安全管理领导小组"] == [
        ("组长", "周明", "副县长", "县人民政府"),
        ("成员", None, "副局长", "县教育局"),
        ("成员", None, "副局长", "县公安局"),
        ("成员", None, "副局长", "县交通运输局"),
    ]


def test_one_persons_titles_are_no_units_sharing_a_post():
    text = "县委常委、常务副县长"
    assert units_sharing_a_title(text, 0, [(0, 4), (5, 10)], "成员") == []
    text = "县教育局、县财政局副局长"
    shared = units_sharing_a_title(text, 100, [(0, 4), (5, 12)], "成员")
    assert [(text[m.organization[0] - 100 : m.organization[1] - 100], text[m.position[0] - 100 : m.position[1] - 100])
            for m in shared] == [("县教育局", "副局长"), ("县财政局", "副局长")]


SCHOOL = """江门市人民政府办公室关于成立市校园食品安全专项整治工作专班的通知
各区人民政府，市政府各部门：
为加强校园食品安全管理，市政府决定成立市校园食品安全专项整治工作专班。现将有关事项通知如下：
一、专班组成
组长：王海涛　市人民政府副市长
成员单位：市教育局、市市场监管局、市公安局、市卫生健康委。
二、工作组
（一）排查检查组：由市市场监管局牵头，市教育局、各区人民政府参加。
（二）宣传引导组：由市委宣传部、市教育局组成，市教育局为组长单位。
（三）督导问责组。牵头单位：市教育局（中小学校）、市人力资源社会保障局（技工院校）；成员单位：市卫生健康委。
三、工作要求
（一）市教育局要于2025年3月31日前完成全市学校食堂检查。
（二）市财政局要将专班工作经费纳入年度预算。
江门市人民政府办公室
2024年11月5日
"""


def test_work_groups_whose_units_a_sentence_names_and_leads_with_a_remit(tmp_path):
    path = _write(tmp_path, "school.txt", SCHOOL)
    members = _members(path)
    assert members["排查检查组"] == [
        ("组长", None, None, "市市场监管局"), ("成员", None, None, "市教育局"), ("成员", None, None, "各区人民政府")]
    assert members["宣传引导组"] == [("组长", None, None, "市教育局"), ("成员", None, None, "市委宣传部")]
    assert members["督导问责组"] == [
        ("组长", None, None, "市教育局"), ("组长", None, None, "市人力资源社会保障局"), ("成员", None, None, "市卫生健康委")]
    tasks = [t.evidence for t in extract_document(path)[1]["tasks"]]
    assert tasks == ["市教育局要于2025年3月31日前完成全市学校食堂检查。", "市财政局要将专班工作经费纳入年度预算。"]


def test_a_post_cut_after_its_first_character_takes_it_back(tmp_path):
    text = ("某市慈善工作领导小组成员名单\n组长\t刘建华\t市人民政府副市长\n成员\t赵丽\t市妇女联合会副\n\t\t主席\n"
            "成员\t孙强\t市民政局局长\n")
    members = _members(_write(tmp_path, "charity.txt", text))
    assert members["某市慈善工作领导小组"] == [
        ("组长", "刘建华", "副市长", "市人民政府"),
        ("成员", "赵丽", "副主席", "市妇女联合会"),
        ("成员", "孙强", "局长", "市民政局"),
    ]


SPORT = """# 四川省教育厅等三部门关于印发学校体育场地开放办法的通知

发布时间：2024-05-10 09:00　　信息来源：体卫艺处　　浏览次数：215

---

**川教函〔2024〕88号**

**四川省教育厅　四川省体育局　四川省财政厅关于印发《四川省学校体育场地设施向社会开放管理办法》的通知**

各市（州）教育局、体育局、财政局：

现将《四川省学校体育场地设施向社会开放管理办法》印发给你们，请认真贯彻执行。

四川省教育厅　　四川省体育局　　四川省财政厅

2024年5月6日
"""


def test_the_notices_own_title_under_a_pages_short_heading_and_its_recipients(tmp_path):
    meta = extract_document(_write(tmp_path, "sport.md", SPORT))[1]["metadata"]
    assert meta.title.replace("\u3000", "") == (
        "四川省教育厅四川省体育局四川省财政厅关于印发《四川省学校体育场地设施向社会开放管理办法》的通知")
    assert meta.recipients == ["各市（州）教育局", "体育局", "财政局"]
    assert meta.issuer == "四川省教育厅、四川省体育局、四川省财政厅"


def test_a_recipients_line_wrapped_inside_a_name():
    texts = ["教育部办公厅　国家卫生健康委办公厅关于做好儿童青少年近视防控工作的通知", "教体艺厅函〔2024〕12号",
             "各省、自治区、直辖市及计划单列市教育厅（教委、教育局）、卫生健康",
             "委，新疆生产建设兵团教育局、卫生健康委：", "为进一步做好儿童青少年近视防控工作，现就有关事项通知如下。"]
    lines, at = [], 0
    for text in texts:
        lines.append(Line(at, at + len(text), text, False))
        at += len(text) + 1
    assert front_matter(lines)["recipients"] == (2, 3)


def test_a_signers_other_name_on_a_line_of_its_own(tmp_path):
    text = ("四川省林业和草原局关于印发森林草原湿地生态屏障重点县建设办法的通知\n川林发〔2024〕5号\n"
            "各市（州）林业和草原主管部门：\n现将办法印发给你们，请遵照执行。\n"
            "四川省林业和草原局\t国家税务总局四川省税务局\n（四川省大熊猫国家公园管理局）\n"
            "四川省财政厅\t中国人民银行四川省分行\n2024年6月3日\n")
    meta = extract_document(_write(tmp_path, "forest.txt", text))[1]["metadata"]
    assert meta.issuer == ("四川省林业和草原局（四川省大熊猫国家公园管理局）、国家税务总局四川省税务局、四川省财政厅、"
                           "中国人民银行四川省分行")
    assert meta.province == "四川省"
