"""Names and units of supports and fees (blind sets 80–81): a row of a fee or standard table whose label carries a
note in brackets (一类地区（省会城市市区）) is named by the label without the note, and an allowance per head and half
day (每人每半天) is paid per half day, as one per head and year is per year.
Each test runs a short notice of our own, in other places, topics and wordings than the blind notices; the expected
facts are written from the notice text.
"""
from tests.notice_targets import cover_notice, written_targets

DATE = "2025年4月8日"


def _targets(tmp_path, name: str, org: str, title: str, body: str) -> list:
    return written_targets(tmp_path / name, cover_notice(org, title, body, "各市、县人民政府，省直各部门", DATE))


def test_a_row_label_table_drops_the_note_in_brackets_from_its_names(tmp_path):
    text = ("# 某省民政厅关于调整居家养老服务补贴标准的通知\n\n各市民政局：\n\n## 一、补贴标准\n\n"
            "居家养老服务补贴按地区类别确定：\n\n"
            "| 地区类别 | 失能老人（元/人/月） | 半失能老人（元/人/月） |\n|---|---|---|\n"
            "| 一档地区（省会城市市辖区） | 600 | 400 |\n| 二档地区（其他县、市） | 450 | 300 |\n\n"
            "## 二、工作要求\n\n各地要加强资金管理。\n\n某省民政厅\n2025年4月8日\n")
    path = tmp_path / "tiers.md"
    names = {t.value: t.indicator_raw for t in written_targets(path, text) if t.value in (600, 400, 450, 300)}
    assert set(names) == {600, 400, 450, 300}, names
    assert all("（" not in n and "(" not in n for n in names.values()), names
    assert names[600].startswith("一档地区失能老人") and names[300].startswith("二档地区半失能老人"), names


def test_a_row_label_that_is_only_a_bracket_keeps_it(tmp_path):
    text = ("# 某市医疗保障局关于门诊慢特病待遇的通知\n\n各县医疗保障局：\n\n## 一、待遇标准\n\n"
            "| 医疗机构级别 | 起付标准（元） | 报销比例 |\n|---|---|---|\n"
            "| （一级） | 200 | 80% |\n| （二级） | 400 | 70% |\n\n"
            "某市医疗保障局\n2025年4月8日\n")
    path = tmp_path / "levels.md"
    names = {t.value: t.indicator_raw for t in written_targets(path, text) if t.unit == "元"}
    assert names and all(n.startswith("（") for n in names.values()), names


def test_an_allowance_per_head_and_half_day_is_paid_per_half_day(tmp_path):
    body = ("第六条 志愿讲解员在博物馆、纪念馆提供讲解服务的，按每人每半天150元的标准给予误工补贴；"
            "参加集中培训的，每人每天另行补助80元。\n")
    facts = {(t.value, t.unit): t for t in _targets(tmp_path, "guides.txt", "某市文化广电旅游局",
                                                      "志愿讲解员服务补贴办法", body)}
    assert (150, "元/半天") in facts, facts
    assert (80, "元/天") in facts, facts
    assert facts[(150, "元/半天")].kind == "support", facts
