"""Raw HTML a scraper kept in a Markdown notice (a ``<table>`` with rowspan cells, ``<p style>`` captions, ``&nbsp;``
padding), tables of grades (一级 / 二级、三级 under 护理等级; A类（领军人才） under 人才类别), a price per hour, and
an agency named right after an item's enumerator (（二）市人力社保局要…) — the forms blind set 30, tests/unseen30,
showed in a 康养旅居 talent page and a care-subsidy page — on a notice of our own in another city, topic and wording.
Expected values are written from the notice.
"""
from pipeline.runner import extract_document
from tests.notice_targets import NOTICES, checked_targets

NOTICE = "targets_lishui_care_grades_html_table.md"


def _facts():
    return {(t.indicator_raw, t.value): (t.comparator, t.unit, t.kind) for t in checked_targets(NOTICE)}


def test_html_is_taken_out_of_the_text():
    doc, _, _ = extract_document(str(NOTICES / NOTICE))
    assert "<p" not in doc.text and "<td" not in doc.text and "&nbsp;" not in doc.text
    assert "表1" in doc.text and "托养服务补贴标准" in doc.text  # the caption's words stay


def test_a_grade_table_names_each_grade_with_what_is_graded():
    facts = _facts()
    # 护理等级 | 补贴标准（元/人·月）: a payment standard, support, per person and month
    assert facts[("一级护理等级补贴标准", 300)] == ("=", "元/人·月", "support")
    assert facts[("二级、三级护理等级补贴标准", 450)] == ("=", "元/人·月", "support")  # one row, two grades
    assert facts[("四级护理等级补贴标准", 600)] == ("=", "元/人·月", "support")
    # 每月上门服务次数: what each grade gets, a rule (a count, not money, under the 补贴 title)
    assert facts[("一级护理等级每月上门服务次数", 2)] == ("=", "次", "requirement")
    assert facts[("二级、三级护理等级每月上门服务次数", 4)] == ("=", "次", "requirement")
    assert facts[("四级护理等级每月上门服务次数", 8)] == ("=", "次", "requirement")


def test_lettered_grades_with_a_gloss_and_a_descriptive_column():
    facts = _facts()
    # 一次性补贴（万元）: 40 / 20 / 8 万元
    assert facts[("A类（领军人才）一次性补贴", 400000)] == ("=", "元", "support")
    assert facts[("B类（骨干人才）一次性补贴", 200000)] == ("=", "元", "support")
    assert facts[("C类（青年人才）一次性补贴", 80000)] == ("=", "元", "support")
    # 发放方式 分2年发放: how it is paid, no figure
    assert [k for k in facts if k[1] == 2 and "方式" in k[0]] == []


def test_a_price_per_hour_keeps_its_base():
    units = {value: unit for (_, value), (_, unit, _) in _facts().items()}
    assert units[55] == "元/小时"  # 结算价格为55元/小时


def test_agencies_right_after_an_enumerator_are_found():
    _, results, _ = extract_document(str(NOTICES / NOTICE))
    names = {m.name_raw for m in results["agencies"].mentions}
    assert {"市卫生健康委", "市人力社保局", "各乡镇人民政府"} <= names
    assert "各乡镇" not in names  # 各乡镇人民政府 is one unit
    assert any(t.text.startswith("市卫生健康委要于") and [a.name_raw for a in t.agencies] == ["市卫生健康委"]
               for t in results["tasks"])
