"""zhengce compare: the region × indicator matrix, on the corpus and on notices of our own
(tests/compare_notices/: 芜湖 in 2021, 2022 and 2023 and 绵阳 in 2023, written for these tests).

Expected values come from reading the notices: 芜湖's 2021 plan asks 城市家庭千兆光纤网络覆盖率 60% (short
of the national 80%), 2022 80%, 2023 95%; 绵阳 counts base stations in 座 (6500座) and asks 5G用户占比 22%
(short of 25%); both state 数字经济核心产业增加值 (500亿元, 6000000万元), an indicator with no canonical
name and no national threshold, as is 5G基站数.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.compare import compare, falls_short
from pipeline.compare.formats import to_json, wide_rows, write_csv, write_json
from pipeline.research_db import EmptyDatabaseError, ResearchError
from pipeline.compare.xlsx import write_matrix

ROOT = Path(__file__).resolve().parent.parent
MIIT = ["城市家庭千兆光纤网络覆盖率", "城市10G-PON端口占比", "重点场所5G网络通达率", "每万人拥有5G基站数",
        "500Mbps及以上用户占比", "5G用户占比", "双千兆应用创新案例数"]
#: DOMAIN.md §3: the MIIT 千兆城市 thresholds
NATIONAL = {"城市家庭千兆光纤网络覆盖率": 80, "城市10G-PON端口占比": 25, "重点场所5G网络通达率": 80,
            "每万人拥有5G基站数": 12, "500Mbps及以上用户占比": 25, "5G用户占比": 25, "双千兆应用创新案例数": 5}
DIGITAL = "数字经济核心产业增加值"


def cell_figure(matrix, region: str, indicator: str, kind: str = "target", notice_date: str | None = None):
    for i, row in enumerate(matrix.rows):
        if row.region.name == region and (notice_date is None or row.issue_date == notice_date):
            cell = matrix.cell(i, indicator, kind)
            return cell.figure if cell else None
    raise AssertionError(f"no row {region} {notice_date or ''}")


# --- the corpus: five notices, each in three formats -------------------------------------------------

def test_corpus_matrix_holds_the_five_seed_regions_once_each(corpus_db):
    matrix = compare(corpus_db)
    assert [r.region.name for r in matrix.rows] == ["泽州县", "阳泉市", "嘉兴市", "韶关市", "渝中区"]
    # 15 documents (txt, docx, pdf) but 5 notices: each region's figures come from one notice
    by_region = {}
    for f in matrix.figures:
        by_region.setdefault(f.region.name, set()).add(f.notice_id)
    assert all(len(ids) == 1 for ids in by_region.values())
    assert len({f.notice_id for f in matrix.figures}) == 5
    # no figure is repeated for the other copies of its notice
    keys = [(f.region.name, f.indicator, f.kind, f.scope, f.value, f.deadline) for f in matrix.figures]
    assert len(keys) == len(set(keys))


def test_corpus_matrix_has_the_miit_indicators_with_their_national_thresholds(corpus_db):
    matrix = compare(corpus_db)
    columns = {c.name: c for c in matrix.indicators}
    for name, value in NATIONAL.items():
        assert columns[name].threshold.value == value and columns[name].threshold.comparator == ">="
    # 渝中's 附件3 quotes the thresholds; the schema agrees
    assert any("渝中区千兆城市创建工作方案" in s for s in columns["5G用户占比"].threshold.sources)
    assert columns["5G用户占比"].threshold.note is None
    # 阳泉's seven targets, each above the threshold (到2023年年底 … 5G用户占比超过50% …)
    for name in MIIT:
        figure = cell_figure(matrix, "阳泉市", name)
        assert figure.deadline == "2023-12-31" and figure.vs_national == "meets"
    assert cell_figure(matrix, "阳泉市", "5G用户占比").comparator == ">"
    assert cell_figure(matrix, "阳泉市", "5G用户占比").value == 50
    assert cell_figure(matrix, "渝中区", "每万人拥有5G基站数").value == 35
    # 韶关: 截止至2023年5月底 … 500Mbps及以上用户占比为20.53%, short of 25%
    actual = cell_figure(matrix, "韶关市", "500Mbps及以上用户占比", "actual")
    assert (actual.value, actual.deadline, actual.vs_national) == (20.53, "2023-05-31", "short")
    target = cell_figure(matrix, "韶关市", "500Mbps及以上用户占比", "target")
    assert (target.value, target.deadline) == (25, "2023-09-30")


def test_corpus_zezhou_base_stations_in_zuo_are_harmonized_to_ge(corpus_db):
    matrix = compare(corpus_db, indicators=["5G基站数"])
    figure = cell_figure(matrix, "泽州县", "5G基站数")
    # 到2022年底 … 全县5G基站累计达500座: the later of 100座 (2020) and 500座 (2022)
    assert (figure.value, figure.unit, figure.unit_raw, figure.deadline) == (500, "个", "座", "2022-12-31")
    assert figure.conversion == "500 座 → 500 个"
    assert cell_figure(matrix, "嘉兴市", "5G基站数").unit == "个"
    assert "泽州县: 500 座 → 500 个" in matrix.indicators[0].conversions


def test_corpus_share_stated_only_per_operator_takes_the_weakest(corpus_db):
    # 嘉兴's annex gives 城市10G-PON端口占比 per operator only: 25% 26% 33%
    matrix = compare(corpus_db, indicators=["城市10G-PON端口占比"], regions=["嘉兴"])
    figure = cell_figure(matrix, "嘉兴市", "城市10G-PON端口占比")
    assert (figure.value, figure.scope, figure.region_wide) == (25, "嘉兴电信", False)
    assert sorted(f.value for f in matrix.cell(0, "城市10G-PON端口占比", "target").others) == [26, 33]


def test_corpus_csv_xlsx_and_json_read_back_with_the_same_numbers(corpus_db, tmp_path):
    matrix = compare(corpus_db)
    write_csv(matrix, tmp_path / "m.csv")
    write_matrix(matrix, tmp_path / "m.xlsx")
    write_json(matrix, tmp_path / "m.json")
    assert (tmp_path / "m.csv").read_bytes()[:3] == b"\xef\xbb\xbf"
    from_csv = pd.read_csv(tmp_path / "m.csv", encoding="utf-8-sig").set_index("region")
    from_xlsx = pd.read_excel(tmp_path / "m.xlsx", sheet_name="matrix").set_index("region")
    data = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert list(from_csv.columns) == list(from_xlsx.columns)
    checked = 0
    for row in data["rows"]:
        for indicator, kinds in row["cells"].items():
            unit = next(i["unit"] for i in data["indicators"] if i["name"] == indicator)
            for kind, cell in kinds.items():
                if cell["figure"] is None:
                    continue
                header = f"{indicator} · {kind} ({unit})" if unit else f"{indicator} · {kind}"
                expected = cell["figure"]["value"]
                assert from_csv.loc[row["region"], header] == pytest.approx(expected)
                assert from_xlsx.loc[row["region"], header] == pytest.approx(expected)
                checked += 1
    assert checked >= 35  # the MIIT targets of four notices and 韶关's actuals
    national = "5G用户占比 · national ≥ (%)"
    assert set(from_csv[national]) == {25} and set(from_xlsx[national]) == {25}
    assert from_csv.loc["韶关市", "500Mbps及以上用户占比 · actual vs national"] == "short"


def test_xlsx_has_a_header_row_frozen_panes_units_and_sources(corpus_db, tmp_path):
    from openpyxl import load_workbook

    write_matrix(compare(corpus_db), tmp_path / "m.xlsx")
    book = load_workbook(tmp_path / "m.xlsx")
    sheet = book["matrix"]
    assert sheet.freeze_panes == "E2"
    assert sheet["A1"].value == "region" and sheet["A1"].font.bold
    headers = [c.value for c in sheet[1]]
    assert "城市家庭千兆光纤网络覆盖率 · target (%)" in headers and "5G用户数 · target (户)" in headers
    column = headers.index("5G用户占比 · target (%)") + 1
    row = [c.value for c in sheet["A"]].index("阳泉市") + 1
    comment = sheet.cell(row=row, column=column).comment.text
    assert "阳政办发〔2023〕71号" in comment and "5G用户占比超过50%" in comment
    assert {"figures", "indicators", "notices"} <= set(book.sheetnames)


# --- notices of our own ---------------------------------------------------------------------------

def test_latest_takes_each_regions_newest_notice(our_db):
    matrix = compare(our_db)
    assert [r.region.name for r in matrix.rows] == ["芜湖市", "绵阳市"]  # 安徽 (34) before 四川 (51)
    figure = cell_figure(matrix, "芜湖市", "城市家庭千兆光纤网络覆盖率")
    assert (figure.value, figure.doc_number, figure.vs_national) == (95, "芜政办〔2023〕5号", "meets")
    actual = cell_figure(matrix, "芜湖市", "5G用户占比", "actual")
    assert (actual.value, actual.deadline) == (28, "2022-12-31")
    assert cell_figure(matrix, "绵阳市", "5G用户占比").vs_national == "short"  # 22% < 25%


def test_all_gives_a_row_per_notice_oldest_first(our_db):
    matrix = compare(our_db, regions=["芜湖市"], latest=False)
    assert [(r.region.name, r.issue_date) for r in matrix.rows] == [
        ("芜湖市", "2021-03-15"), ("芜湖市", "2022-04-20"), ("芜湖市", "2023-05-10")]
    values = [cell_figure(matrix, "芜湖市", "城市家庭千兆光纤网络覆盖率", notice_date=r.issue_date).value
              for r in matrix.rows]
    assert values == [60, 80, 95]
    marks = [cell_figure(matrix, "芜湖市", "城市家庭千兆光纤网络覆盖率", notice_date=r.issue_date).vs_national
             for r in matrix.rows]
    assert marks == ["short", "meets", "meets"]


def test_units_are_harmonized_with_the_conversion_shown(our_db):
    matrix = compare(our_db)
    mianyang = cell_figure(matrix, "绵阳市", "5G基站数")
    assert (mianyang.value, mianyang.unit, mianyang.conversion) == (6500, "个", "6500 座 → 6500 个")
    wuhu = cell_figure(matrix, "芜湖市", "5G基站数")
    assert (wuhu.value, wuhu.unit, wuhu.conversion) == (8000, "个", None)
    # 500亿元 and 6000000万元: one indicator (canonical since schemas/indicators.json holds the 数字经济 system)
    # stated by two notices, both written in its unit 元
    column = next(c for c in matrix.indicators if c.name == DIGITAL)
    assert (column.canonical, column.unit, column.threshold) == (True, "元", None)
    assert cell_figure(matrix, "芜湖市", DIGITAL).value == 50_000_000_000
    assert cell_figure(matrix, "绵阳市", DIGITAL).value == 60_000_000_000


def test_an_indicator_without_a_national_threshold_has_no_mark_and_no_column(our_db):
    matrix = compare(our_db)
    column = next(c for c in matrix.indicators if c.name == "5G基站数")
    assert column.threshold is None
    assert all(f.vs_national is None for f in matrix.figures if f.indicator in ("5G基站数", DIGITAL))
    header, _ = wide_rows(matrix)
    assert not any(h.startswith("5G基站数 · national") or h.startswith(f"{DIGITAL} · national") for h in header)
    assert "5G用户占比 · national ≥ (%)" in header


def test_kind_selects_the_figures_shown(our_db):
    matrix = compare(our_db, kinds=["actual"])
    assert [(f.region.name, f.indicator, f.value) for f in matrix.figures] == [("芜湖市", "5G用户占比", 28)]


def test_falls_short_reads_the_direction_and_comparators():
    from pipeline.compare import Threshold

    floor = Threshold(">=", 25, "%", [])
    ceiling = Threshold("<=", 1.3, "", [])

    def fig(comparator, value, unit="%"):
        from pipeline.compare import Figure
        from pipeline.geography import Region

        return Figure("t", "x", True, "target", Region("某市"), True, None, comparator, value, None, unit, value,
                      unit, None, True, None, None, None, "n", None, None, None, "d", None, None, None)

    assert falls_short(fig(">=", 24.9), floor, "higher") is True
    assert falls_short(fig(">", 25), floor, "higher") is False
    assert falls_short(fig("<=", 30), floor, "higher") is None  # a ceiling says nothing of a floor
    assert falls_short(fig("<=", 1.5, ""), ceiling, "lower") is True
    assert falls_short(fig("<=", 1.2, ""), ceiling, "lower") is False
    assert falls_short(fig(">=", 30, "个"), floor, "higher") is None  # not in the threshold's unit


# --- figures about another region, and bad input ------------------------------------------------------

def test_a_figure_scoped_to_a_district_or_city_gets_its_own_row(tmp_path):
    from pipeline.runner import run

    db = tmp_path / "scoped.db"
    run([ROOT / "tests" / "notices" / "targets_nanchong_district_bulletin.txt",
         ROOT / "tests" / "notices" / "targets_ministry_city_table.txt"], db)
    matrix = compare(db, indicators=["5G用户占比"], kinds=["actual"])
    names = [r.region.name for r in matrix.rows]
    # 河北 (13) before 四川 (51); 南充's districts under 南充市
    assert names.index("石家庄市") < names.index("顺庆区")
    shunqing = cell_figure(matrix, "顺庆区", "5G用户占比", "actual")
    assert (shunqing.value, shunqing.region.city, shunqing.region.province) == (61.2, "南充市", "四川省")
    assert cell_figure(matrix, "石家庄市", "5G用户占比", "actual").region.province == "河北省"


def test_unknown_indicator_lists_close_names(our_db):
    with pytest.raises(ResearchError) as error:
        compare(our_db, indicators=["5G基站"])
    assert "5G基站数" in str(error.value) and "每万人拥有5G基站数" in str(error.value)
    # a wording of schemas/indicators.json finds its canonical name
    assert [c.name for c in compare(our_db, indicators=["千兆光网覆盖率"]).indicators] == ["城市家庭千兆光纤网络覆盖率"]


def test_unknown_region_names_the_regions_of_its_province(our_db):
    with pytest.raises(ResearchError, match="安徽省.*芜湖市"):
        compare(our_db, regions=["合肥"])
    with pytest.raises(ResearchError, match="close names that exist: .*绵阳市"):
        compare(our_db, regions=["绵阳县"])


def test_empty_or_missing_database_says_how_to_fill_it(tmp_path):
    missing = tmp_path / "none.db"
    with pytest.raises(EmptyDatabaseError, match="zhengce run"):
        compare(missing)
    assert not missing.exists()
    from pipeline.store import Store

    Store(tmp_path / "empty.db").close()
    with pytest.raises(EmptyDatabaseError, match="holds no notices yet.*zhengce run"):
        compare(tmp_path / "empty.db")


def test_json_is_plain_data(our_db):
    data = to_json(compare(our_db))
    assert data["mode"] == "latest" and data["kinds"] == ["target", "actual"]
    json.dumps(data, ensure_ascii=False)
    row = next(r for r in data["rows"] if r["region"] == "绵阳市")
    assert row["province"] == "四川省"
    assert row["cells"]["5G用户占比"]["target"]["figure"]["vs_national"] == "short"


def test_csv_opens_with_chinese_headers(our_db, tmp_path):
    write_csv(compare(our_db), tmp_path / "m.csv")
    with open(tmp_path / "m.csv", encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[:4] == ["region", "province", "city", "county"]
    assert "5G基站数 · target (个)" in header


def test_a_national_notice_is_listed_first_and_its_baselines_set_the_threshold(our_db, tmp_path):
    # notices carry region 全国 for a national issuer (documents.region/region_level):
    # 绵阳's notice stands in for a ministry's, its 22% quoted as the national baseline of 5G用户占比
    import shutil
    import sqlite3

    db = tmp_path / "national.db"
    shutil.copy(our_db, db)
    with sqlite3.connect(db) as conn:
        conn.execute("update notices set region = '全国', region_level = 'national', province = null, city = null "
                     "where doc_number = '绵府办发〔2023〕30号'")
        national = "document_id in (select best_document_id from notices where region = '全国')"
        conn.execute(f"update targets set scope = '全国' where {national}")
        conn.execute(f"update targets set kind = 'baseline' where indicator = '5G用户占比' and {national}")
    matrix = compare(db)
    assert [r.region.name for r in matrix.rows] == ["全国", "芜湖市"]
    column = next(c for c in matrix.indicators if c.name == "5G用户占比")
    assert (column.threshold.comparator, column.threshold.value) == (">=", 22)
    assert len(column.threshold.sources) == 1 and column.threshold.sources[0].startswith("绵府办发〔2023〕30号")
    assert "schemas/indicators.json says ≥25 %" in column.threshold.note
    # the 全国 row holds the national notice's own targets; its baseline is the threshold, not a row's figure
    assert cell_figure(matrix, "全国", "城市家庭千兆光纤网络覆盖率").value == 85
    assert matrix.cell(0, "5G用户占比", "target") is None


def test_scope_words_for_the_province_in_a_city_notice():
    from pipeline.geography import Region, scope_region

    wuhu = Region("芜湖市", "安徽省", "芜湖市")
    assert scope_region("全省", wuhu) == Region("安徽省", "安徽省")
    assert scope_region("全市", wuhu) == wuhu
    assert scope_region("镜湖区", wuhu) == Region("镜湖区", "安徽省", "芜湖市", "镜湖区")
    assert scope_region("芜湖移动", wuhu) is None
    # 鼓楼区 is in four cities: the one inside the notice's region
    assert scope_region("鼓楼区", Region("福州市", "福建省", "福州市")).city == "福州市"
