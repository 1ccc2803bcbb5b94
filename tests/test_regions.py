"""Regions as data (issue 9): every division of China with parents and abbreviations, the region a
文号's agency code names, national issuers, and the region of a notice (全国, or an honest null).
Expected values are China's divisions as they are, written by hand."""
from __future__ import annotations

import csv

import pytest

from extractors import metadata
from extractors.regions import code_region, is_national, national_code, region_table, resolve_region
from pipeline.model import Block, RawDocument
from pipeline.normalize import normalize
from pipeline.structure import structure
from tests.conftest import ROOT


@pytest.mark.parametrize("name, expected", [
    ("荣成市人民政府办公室", ("山东省", "威海市", "荣成市")),          # 县级市
    ("秭归县发展和改革局", ("湖北省", "宜昌市", "秭归县")),            # 县
    ("文山州人民政府", ("云南省", "文山壮族苗族自治州", None)),        # 自治州 by its abbreviation
    ("黔南州财政局", ("贵州省", "黔南布依族苗族自治州", None)),
    ("鄂托克前旗人民政府", ("内蒙古自治区", "鄂尔多斯市", "鄂托克前旗")),  # 旗
    ("锡林郭勒盟行政公署", ("内蒙古自治区", "锡林郭勒盟", None)),      # 盟
    ("神农架林区人民政府", ("湖北省", "神农架林区", None)),            # 林区, governed by the province
    ("六枝特区人民政府", ("贵州省", "六盘水市", "六枝特区")),          # 特区
    ("石林县人民政府", ("云南省", "昆明市", "石林彝族自治县")),        # 自治县 by its abbreviation
    ("重庆市渝北区人民政府", ("重庆市", "重庆市", "渝北区")),          # a name older notices use
])
def test_divisions_and_their_parents(name, expected):
    place, _ = resolve_region(name, "")
    assert (place["province"], place["city"], place["county"]) == expected


@pytest.mark.parametrize("code, text, expected", [
    ("沪府办发", "", ("上海市", "上海市", None)),      # a province's one-character abbreviation
    ("鲁政办字", "", ("山东省", None, None)),
    ("粤工信函", "", ("广东省", None, None)),
    ("威政发", "威海市各区市人民政府", ("山东省", "威海市", None)),  # a city's character, the text names one city
    ("威政发", "各有关单位", (None, None, None)),       # … and nothing says which: an honest null
    ("荣成政办发", "", ("山东省", "威海市", "荣成市")),   # a code opening with a division's short name
])
def test_region_of_a_doc_number_code(code, text, expected):
    place, _ = code_region(code, text)
    assert (place["province"], place["city"], place["county"]) == expected


def test_national_issuers_and_codes():
    for name in ("国务院", "国务院办公厅", "中共中央、国务院", "工业和信息化部", "国家数据局", "国家发展改革委",
                 "农业农村部、国家发展改革委、财政部", "中共中央办公厅"):
        assert is_national(name), name
    for name in ("上海市人民政府", "工业和信息化局", "国务院办公厅、上海市人民政府", ""):
        assert not is_national(name), name
    assert national_code("国办函") and national_code("工信部信管") and not national_code("沪府办发")


def test_policy_banks_and_national_peoples_organizations_co_issue_national_notices():
    # blind set 35 ai3: 国家粮食和物资储备局、财政部、中国农业发展银行 — a policy bank beside two ministries
    for name in ("民政部、中国残疾人联合会", "人力资源社会保障部、共青团中央", "国家发展改革委、国家开发银行",
                 "商务部、中国进出口银行", "教育部、中国科协", "全国老龄办"):
        assert is_national(name), name
    for name in ("中国农业发展银行某省分行", "某市残疾人联合会", "共青团某市委员会"):
        assert not is_national(name), name


def _meta(lines: list[str]):
    raw = RawDocument("x.txt", "text", [Block("text", line, soft_wrap=True) for line in lines])
    return metadata.extract(structure(normalize(raw)), {})


def test_region_of_a_notice_from_its_doc_number_when_the_issuer_names_no_place():
    meta = _meta(["市科学技术委员会关于印发某实施细则的通知", "沪科规〔2024〕3号", "各有关单位：",
                  "现将某实施细则印发给你们，请遵照执行。", "市科学技术委员会", "2024年3月1日"])
    assert (meta.province, meta.city, meta.region, meta.region_level) == ("上海市", "上海市", "上海市", "city")


def test_no_place_anywhere_is_an_honest_null():
    meta = _meta(["关于开展某项检查的通知", "各有关单位：", "为做好某项工作，现通知如下。", "办公室", "2024年3月1日"])
    assert (meta.province, meta.city, meta.county, meta.region, meta.region_level) == (None,) * 5


def test_the_tables_hold_every_division_once_with_its_parents():
    with open(ROOT / "schemas" / "regions.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    by_level = {}
    for row in rows:
        by_level.setdefault(row["type"], 0)
        by_level[row["type"]] += 1
    # the county-level kinds of the official list all present
    for kind in ("市辖区", "县", "县级市", "旗", "自治县", "自治旗", "林区", "特区", "自治州", "地区", "盟"):
        assert by_level.get(kind), kind
    table = region_table()
    assert table.province_characters["沪"] == ("上海市",) and table.province_characters["鲁"] == ("山东省",)
    with open(ROOT / "schemas" / "region_aliases.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            assert row["name"] in table.by_name, row
