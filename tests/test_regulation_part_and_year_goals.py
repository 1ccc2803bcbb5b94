"""A regulation issued with a year's goals in one notice (blind set 23, tests/unseen23 m1: a 资金管理办法 in articles,
then a part titled …2023年…目标任务 with 一、总体目标 and items closing with unit notes), on a notice of our own in
another city, topic and wording (农村供水, 江山市): the regulation's rules end where the other part's title starts, so
the part's figures are goals due in the year its title names, not rules; the regulation's articles still assign
work by naming the organ that acts (`各乡镇人民政府于每年2月底前完成…`, no modal verb), though the goals' items carry
notes, while a 保障措施 sentence without a note stays no task; `标准提高到每人每年240元` (no 由) is named by the words
before the move. Expected values are written from the notice.
"""
from pipeline.runner import extract_document
from tests.notice_targets import NOTICES, checked_targets

NOTICE = "targets_jiangshan_water_rules_and_year_goals.txt"


def _facts():
    return [(t.indicator_raw, t.value, t.unit, t.kind, t.deadline) for t in checked_targets(NOTICE)]


def test_the_regulations_figures_are_rules():
    assert ("运行管护资金用于水质检测的比例", 20, "%", "requirement", None) in _facts()


def test_the_year_parts_figures_are_goals_due_in_its_year():
    found = _facts()
    assert ("新增城乡同质化供水人口", 12000, "人", "target", "2024-12-31") in found
    assert ("农村供水工程水质检测合格率", 95, "%", "target", "2024-12-31") in found
    assert [f for f in found if f[1] == 4000 and f[3] == "target" and f[4] == "2024-12-31"]  # 其中山区乡镇


def test_a_standard_raised_without_its_old_level_is_named_before_the_move():
    assert ("农村低保对象水费补助标准", 240, "元/年", "support", None) in _facts()


def test_the_articles_assign_work_beside_items_with_unit_notes():
    tasks = extract_document(str(NOTICES / NOTICE))[1]["tasks"]
    actors = [(t.text[:8], sorted(a.agency for a in t.agencies)) for t in tasks]
    assert ("各乡镇人民政府于", ["各乡镇人民政府"]) in actors  # 第五条: no modal verb
    assert ("市审计局要将运行", ["市审计局"]) in actors  # 第七条
    assert ("提升供水覆盖。全", ["各乡镇人民政府", "市水利局"]) in actors  # an item with its note
    assert not [t for t in tasks if t.text.startswith("各乡镇人民政府要切实履行")]  # 保障措施, no note
    assert len(tasks) == 6
