"""Tasks family, organs a notice names in its own shorthand (blind set 79's ministry and 厅 notices), in notices of our
own (other ministries, provinces and topics): a ministry's notice names its own offices after 部 (部种植业管理司负责…,
部农业机械化总站负责…), a 厅's notice names its divisions (省教育厅基础教育处牵头), a press or broadcaster is an organ
(中国农业出版社负责…, 会同某省电视台), a research institute or academy is a partner (…研究所配合, 省社会科学院 though 学院 alone names none), a yearly round of checks done
"at least once" tells its organ its work (每年至少组织开展一次…抽查), and an article titled in 【】 begins its task after
the title. Expected values were written by reading the notices.
"""
from __future__ import annotations

from pipeline.runner import extract_document


def _tasks(tmp_path, name: str, text: str):
    notice = tmp_path / name
    notice.write_text(text, encoding="utf-8")
    results = extract_document(notice)[1]
    return [(t.text[:12], sorted((a.evidence, a.role) for a in t.agencies), t.deadline)
            for t in results["tasks"] if t.assigned]


MINISTRY = (
    "农业农村部办公厅关于做好2025年高标准农田建设宣传工作的通知\n\n"
    "各省、自治区、直辖市农业农村（农牧）厅（局、委），部属有关单位：\n\n"
    "一、工作目标\n\n2025年，全国建成高标准农田4500万亩以上。\n\n"
    "二、职责分工\n\n"
    "（一）部农田建设管理司负责统筹协调宣传工作，会同部计划财务司做好经费保障。\n\n"
    "（二）部农业机械化总站负责组织农机专家开展技术宣讲。\n\n"
    "（三）中国农业出版社负责编印宣传手册，于2025年6月底前印发各地。\n\n"
    "（四）各省级农业农村部门要于2025年3月31日前报送宣传方案。\n\n"
    "三、工作要求\n\n"
    "各省级农业农村部门每年至少组织开展一次宣传效果抽查，抽查结果报部农田建设管理司。\n\n"
    "农业农村部办公厅\n2025年1月20日\n"
)


def test_a_ministrys_own_offices_and_its_press_are_organs(tmp_path):
    tasks = _tasks(tmp_path, "ministry.txt", MINISTRY)
    assert tasks == [
        ("部农田建设管理司负责统筹", [("部农田建设管理司", "lead"), ("部计划财务司", "partner")], None),
        ("部农业机械化总站负责组织", [("部农业机械化总站", "responsible")], None),
        ("中国农业出版社负责编印宣", [("中国农业出版社", "responsible")], "2025-06-30"),
        ("各省级农业农村部门要于2", [("各省级农业农村部门", "responsible")], "2025-03-31"),
        # a round of checks done at least once a year, in the 工作要求 of measures that name their units in sentences
        ("各省级农业农村部门每年至", [("各省级农业农村部门", "responsible")], None),
    ]


def test_words_opening_with_bu_that_name_no_office_stay_out(tmp_path):
    tasks = _tasks(tmp_path, "parts.txt", (
        "关于做好农村供水工作的通知\n\n各县（区）水利局：\n\n一、工作任务\n\n"
        "（一）部分地区要加强水源保护。\n\n（二）县水利局负责制定农村供水工程维修方案。\n\n"
        "某县水利局\n2025年3月1日\n"))
    assert tasks == [("县水利局负责制定农村供水", [("县水利局", "responsible")], None)]


def test_a_departments_divisions_a_research_institute_and_a_broadcaster(tmp_path):
    tasks = _tasks(tmp_path, "province.txt", (
        "某省教育厅关于推进中小学课后服务的实施方案\n\n各市（州）教育局：\n\n一、主要任务\n\n"
        "（一）完善服务标准。由省教育厅基础教育处牵头，省教育考试院、省社会科学院、省教育科学研究院基础教育研究所配合，"
        "于2025年9月底前制定课后服务指南。\n\n"
        "（二）加强经费监管。省财政厅会同省教育厅财务处加强课后服务经费监督检查。\n\n"
        "（三）做好宣传引导。省教育厅办公室负责会同某省电视台，宣传课后服务典型经验。\n\n"
        "某省教育厅\n2025年2月10日\n"))
    assert tasks == [
        ("完善服务标准。由省教育厅", [("省教育厅基础教育处", "lead"), ("省教育科学研究院基础教育研究所", "partner"),
                          ("省教育考试院", "partner"), ("省社会科学院", "partner")], "2025-09-30"),
        ("加强经费监管。省财政厅会", [("省教育厅财务处", "partner"), ("省财政厅", "lead")], None),
        ("做好宣传引导。省教育厅办", [("某省电视台", "partner"), ("省教育厅办公室", "lead")], None),
    ]


def test_an_article_titled_in_brackets_begins_its_task_after_the_title(tmp_path):
    tasks = _tasks(tmp_path, "rules.txt", (
        "某区残疾人托养服务补贴办法\n\n"
        "第一条 为做好残疾人托养服务，制定本办法。\n\n"
        "第二条 【补贴标准】托养机构每托养1名残疾人每月补贴300元。\n\n"
        "第三条 【职责分工】区残联负责托养机构认定和补贴审核，2025年6月30日前完成年度认定。"
        "区财政局负责补贴资金拨付。\n\n"
        "第四条 本办法自2025年1月1日起施行。\n"))
    assert tasks[0][:2] == ("区残联负责托养机构认定和", [("区残联", "responsible")])
    assert ("区财政局负责补贴资金拨付", [("区财政局", "responsible")], None) in tasks
