"""Kinds, dates and comparators of figures: a table of ceilings a rule sets (最高…标准 in the lead-in pointing to the
table, or 注：表中为…最高标准 under it) gives requirements of at most, undated; the same table with no such words
keeps its goals."""
from __future__ import annotations

from tests.notice_targets import target_rows

LEAD_IN_CAPS = """<html><head><title>关于规范城区道路停车收费的通知</title></head><body>
<h1>青川市发展和改革委员会关于规范城区道路停车收费的通知</h1>
<p>各区发展改革局，市城管局：</p>
<p>一、城区道路临时停车收费实行政府指导价管理，最高收费标准按区域类别确定（见下表），各区可在不超过最高标准的范围内确定具体标准。</p>
<table>
<tr><td>区域类别</td><td>小型车（元/小时）</td><td>大型车（元/小时）</td></tr>
<tr><td>一类区域（中心商业区）</td><td>6</td><td>10</td></tr>
<tr><td>二类区域（其他城区）</td><td>4</td><td>8</td></tr>
<tr><td>三类区域（城郊）</td><td>2</td><td>5</td></tr>
</table>
<p>二、本通知自2025年7月1日起执行，有效期5年。</p>
<p>青川市发展和改革委员会</p>
<p>2025年6月10日</p>
</body></html>"""

NOTE_CAPS = """<html><head><title>关于公布幼儿园保育教育费标准的通知</title></head><body>
<h1>南屏县教育局南屏县发展和改革局关于公布2025年公办幼儿园保育教育费标准的通知</h1>
<p>各公办幼儿园：</p>
<p>根据省有关规定，现将我县公办幼儿园保育教育费标准公布如下：</p>
<table>
<tr><td>幼儿园等级</td><td>全日制（元/生/月）</td><td>寄宿制（元/生/月）</td></tr>
<tr><td>省一级幼儿园</td><td>900</td><td>1300</td></tr>
<tr><td>省二级幼儿园</td><td>700</td><td>1000</td></tr>
<tr><td>省三级幼儿园</td><td>500</td><td>800</td></tr>
</table>
<p>注：表中为每生每月最高标准，各园不得另行收取其他费用。</p>
<p>南屏县教育局　南屏县发展和改革局</p>
<p>2025年3月1日</p>
</body></html>"""


def _rows(tmp_path, name, html):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return target_rows(path)


def test_a_lead_in_naming_the_tables_figures_the_highest_fees_makes_them_undated_caps(tmp_path):
    got = _rows(tmp_path, "tingche_shoufei.html", LEAD_IN_CAPS)
    fees = sorted((t[3], t[0], t[2], t[6]) for t in got if t[4] == "元/小时")
    assert [f[0] for f in fees] == [2, 4, 5, 6, 8, 10]
    assert all(f[1:] == ("requirement", "<=", None) for f in fees), fees


def test_a_note_under_the_table_naming_its_figures_the_highest_makes_them_caps(tmp_path):
    got = _rows(tmp_path, "baojiao_fei.html", NOTE_CAPS)
    fees = sorted((t[3], t[0], t[2], t[6]) for t in got if t[4] == "元/生/月")
    assert [f[0] for f in fees] == [500, 700, 800, 900, 1000, 1300]
    assert all(f[1:] == ("requirement", "<=", None) for f in fees), fees


def test_the_same_table_with_no_word_of_a_maximum_is_no_cap(tmp_path):
    plain = LEAD_IN_CAPS.replace("最高收费标准按区域类别确定（见下表），各区可在不超过最高标准的范围内确定具体标准",
                                 "收费标准按区域类别确定（见下表）")
    got = _rows(tmp_path, "tingche_plain.html", plain)
    fees = [t for t in got if t[4] == "元/小时"]
    assert fees and not any(t[2] == "<=" for t in fees), fees


EVENT_DAY = """<html><head><title>关于组织开展2025年全县消防安全疏散演练工作的通知</title></head><body>
<h1>临溪县人民政府办公室关于组织开展2025年全县消防安全疏散演练工作的通知</h1>
<p>各乡镇人民政府，县政府各部门：</p>
<p>为提高群众自防自救能力，经县政府同意，定于2025年11月9日（星期日）在全县范围内组织开展消防安全疏散演练。现将有关事项通知如下：</p>
<p>一、演练目标</p>
<p>本次演练，全县重点单位参演率要达到95%以上，参演群众达到2万人以上。</p>
<p>二、有关要求</p>
<p>各乡镇要于10月31日前制定演练方案，报县应急管理局。</p>
<p>临溪县人民政府办公室</p>
<p>2025年10月20日</p>
</body></html>"""


def test_the_goals_of_a_notice_fixing_one_day_for_its_work_are_due_that_day(tmp_path):
    got = _rows(tmp_path, "xiaofang_yanlian.html", EVENT_DAY)
    goals = sorted((t[3], t[0], t[2], t[6]) for t in got if t[3] in (95, 20000))
    assert goals == [(95, "target", ">=", "2025-11-09"), (20000, "target", ">=", "2025-11-09")], goals


def test_a_campaign_over_months_keeps_the_year_end_for_its_goals(tmp_path):
    months = EVENT_DAY.replace("定于2025年11月9日（星期日）在全县范围内组织开展",
                               "定于2025年11月9日至12月9日在全县范围内组织开展")
    got = _rows(tmp_path, "xiaofang_yue.html", months)
    assert not any(t[6] == "2025-11-09" for t in got), got
