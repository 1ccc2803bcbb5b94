"""Ways real notices set allowances and break goals down by place that a first run on blind set 28 missed, each tried
on a notice of another city, topic and wording than that set's (tests/notices/):

- a table of places under a 辖市、区 header whose 合计 row restates the body's figures (学校个数 | 人数 | 改造面积（万平方米）):
  each place's cell is that figure for the place, named as the body names it, in the unit a count header counts
  (学校个数 → 个, 人数 → 人); the 合计 row is the body's figure, stored once; 各辖市、区人民政府 is one addressee; a
  date naming a class of things (2005年底前建成、需加固的校舍) dates no figure;
- allowances paid by band (海拔4000米以下的，每人每月900元；… / 年龄80周岁（含）至89周岁的，…): the band's bounds are
  cases, no figures; each amount is the item's allowance (its lead-in 护林员管护补助。) in its band, per month; an
  amount named only per head and day takes the item's allowance (巡山伙食补助); a pay per head and month
  (基本报酬每人每月1800元) is an allowance; an annex table under 序号 repeats them without adding figures of its own
  (its header's bands are no figures);
- a space-aligned table copied from a PDF, with dashed rules and a page number after its first row, whose column
  of standards (标准（元/人·月）) pays each row's thing, named by its class (left blank under the one above) and the
  thing (孤儿基本生活费（社会散居孤儿）), per month.

Expected values were written by reading the notices.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


def _extract(name: str):
    doc, results, _ = extract_document(NOTICES / name)
    for t in results["targets"]:
        assert doc.text[t.char_start:t.char_end] == t.evidence
    targets = [(t.kind, t.indicator_raw, t.comparator, t.value, t.unit, t.scope) for t in results["targets"]]
    return targets, results


def test_a_total_row_restating_the_body_names_each_place_column_as_the_body_does():
    found, results = _extract("targets_changzhou_school_repairs_district_total_row.md")
    assert results["metadata"].recipients == ["各辖市、区人民政府", "常州经开区管委会", "市各委办局", "市各直属单位"]
    liyang = [t for t in found if t[5] == "溧阳市"]
    assert liyang == [
        ("target", "改造中小学校舍", ">=", 12, "个", "溧阳市"),
        ("target", "受益学生", ">=", 8600, "人", "溧阳市"),
        ("target", "改造面积", ">=", 58000, "平方米", "溧阳市"),
        ("target", "总投资", ">=", 92000000, "元", "溧阳市"),
    ]
    assert [t[3] for t in found if t[5] == "新北区"] == [10, 6800, 45000, 72000000]
    # the 合计 row is the body's own figures, each stored once; 2005年底前建成的 names the schools, no date
    city = [t for t in found if t[5] == "常州市"]
    assert [t[3] for t in city] == [138, 46, 32400, 216000, 345000000]
    stock = next(t for t in results["targets"] if t.value == 138)
    assert (stock.kind, stock.unit, stock.deadline) == ("actual", "个", "2023-12-31")
    task = results["tasks"][0]
    assert {a.agency for a in task.agencies} == {"常州经开区管委会", "各辖市、区人民政府"}


def test_allowances_by_band_are_the_item_allowance_in_each_band():
    found, _ = _extract("targets_litang_allowances_by_age_and_altitude_band.txt")
    assert not [t for t in found if t[4] in ("米", "周岁")]  # the bands' bounds are cases
    assert found == [
        ("support", "护林员管护补助（海拔4000米以下）", "=", 900, "元/月", "理塘县"),
        ("support", "护林员管护补助（海拔4000米至4500米）", "=", 1100, "元/月", "理塘县"),
        ("support", "护林员管护补助（海拔4500米以上）", "=", 1300, "元/月", "理塘县"),
        ("support", "高龄津贴（年龄80周岁至89周岁）", "=", 150, "元/月", "理塘县"),
        ("support", "高龄津贴（年龄90周岁以上）", "=", 400, "元/月", "理塘县"),
        ("support", "巡山伙食补助", "=", 45, "元/天", "理塘县"),
        ("support", "村级护林员队长基本报酬", "=", 1800, "元/月", "理塘县"),
        ("support", "高寒补贴（所在村海拔4500米以上）", "=", 200, "元/月", "理塘县"),
    ]


def test_a_spaced_table_of_standards_cut_by_a_page_number_pays_each_row():
    found, _ = _extract("targets_lingqiu_orphan_allowance_spaced_table_page_break.txt")
    assert found == [
        ("support", "孤儿基本生活费（集中供养孤儿）", "=", 1500, "元/月", "灵丘县"),
        ("support", "孤儿基本生活费（社会散居孤儿）", "=", 1100, "元/月", "灵丘县"),
        ("support", "事实无人抚养儿童", "=", 1100, "元/月", "灵丘县"),
    ]
