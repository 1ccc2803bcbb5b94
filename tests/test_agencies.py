"""Agencies: every mention with its raw words, one canonical full name and a kind.

Canonical names come from the notice's own aliases (以下简称), from short forms it pairs with a full
name, and from the abbreviation dictionary in ``schemas/agencies.json`` (level prefix handled
generically); kinds come from the ordered rules of the same file.
"""
from __future__ import annotations

import functools
from pathlib import Path

import pytest

from extractors.agencies import (
    expand_abbreviation,
    is_agency_like,
    kind_of,
    knowledge,
    pair_short_forms,
    split_org_position,
)
from pipeline.runner import extract_document

ROOT = Path(__file__).resolve().parent.parent
NOTICES = ROOT / "tests" / "notices"
RENDERINGS = [("text", "txt"), ("docx", "docx"), ("pdf", "pdf")]


@functools.lru_cache(maxsize=None)
def extracted(path: Path):
    doc, results, _ = extract_document(path)
    return doc, results


def index(path: Path):
    return extracted(path)[1]["agencies"]


def seed_path(seed: str, folder: str = "text", suffix: str = "txt") -> Path:
    return next((ROOT / "corpus" / folder).glob(f"{seed}_*.{suffix}"))


def canonical_of(path: Path) -> dict[str, str]:
    return {m.agency: m.canonical for m in index(path).mentions}


@pytest.mark.parametrize("short,full", [
    ("市规自局", "市规划和自然资源局"),
    ("区经信委", "区经济和信息化委员会"),
    ("市通联办", "市通信建设联合办公室"),
    ("县发改委", "县发展和改革委员会"),
    ("市发展改革委", "市发展和改革委员会"),
    ("省工信厅", "省工业和信息化厅"),
    ("市住建局", "市住房和城乡建设局"),
    ("区市场监管局", "区市场监督管理局"),
    ("市监局", "市场监督管理局"),  # no prefix at all
    ("渝中区经信委", "渝中区经济和信息化委员会"),  # a region name as the prefix
    ("区政府办", "区人民政府办公室"),
    ("区委网信办", "区委网络安全和信息化委员会办公室"),
])
def test_dictionary_abbreviations_with_any_level_prefix(short, full):
    assert expand_abbreviation(short) == full


@pytest.mark.parametrize("name", ["市规划和自然资源局", "各县（区）人民政府", "阳泉高新区", "县财政局"])
def test_full_names_and_groups_stay_as_written(name):
    assert expand_abbreviation(name) is None


@pytest.mark.parametrize("name,kind", [
    ("市大数据应用局", "government_department"),
    ("县人民政府办公室", "government_department"),
    ("区委宣传部", "party_organ"),
    ("南纪门街道党工委", "party_organ"),
    ("市委网信办", "party_organ"),
    ("泽州县人民政府", "local_government"),
    ("解放碑街道办事处", "local_government"),
    ("阳泉高新区", "local_government"),
    ("中国移动阳泉分公司", "telecom_operator"),
    ("嘉兴电信", "telecom_operator"),
    ("中国联合网络通信有限公司泽州县分公司", "telecom_operator"),
    ("中国铁塔晋城市分公司泽州办事处", "tower_company"),
    ("铁塔公司", "tower_company"),
    ("国网山西省电力公司泽州县供电公司", "grid_company"),
    ("阳泉供电局", "grid_company"),
    ("市丹河天云智慧科技有限公司", "enterprise"),
    ("各基础电信企业", "group"),
    ("基础电信运营商", "group"),
    ("县直相关单位", "group"),
    ("各县（区）人民政府", "group"),
    ("县融媒体中心", "public_institution"),
])
def test_kinds_come_from_the_rules_in_schemas(name, kind):
    assert kind_of(name) == kind


def test_aliases_the_notice_defines():
    aliases = {a.alias: (a.canonical, a.source) for a in index(seed_path("003")).aliases}
    assert aliases["铁塔公司"] == ("中国铁塔晋城市分公司泽州办事处", "notice")
    assert aliases["供电公司"] == ("国网山西省电力公司泽州县供电公司", "notice")
    canonical = canonical_of(seed_path("003"))
    assert canonical["铁塔公司"] == "中国铁塔晋城市分公司泽州办事处"
    assert canonical["县工业和信息化"] == "县工业和信息化局"  # a truncated name pairs with its full form


@pytest.mark.parametrize("folder,suffix", RENDERINGS)
def test_short_forms_the_notice_pairs_with_a_full_name(folder, suffix):
    path = seed_path("000", folder, suffix)
    aliases = {a.alias: (a.canonical, a.source) for a in index(path).aliases}
    assert aliases["市大数据局"] == ("市大数据应用局", "pairing")
    assert aliases["市规自局"][0] == "市规划和自然资源局"
    # the dictionary says 市通信建设联合办公室; the notice writes it with its city's name
    assert canonical_of(path)["市通联办"] == "阳泉通信建设联合办公室"


def test_region_prefixes_count_as_abbreviation_prefixes():
    aliases = {a.alias: a.canonical for a in index(seed_path("002")).aliases}
    assert aliases["嘉兴通发办"] == "嘉兴通信发展办公室"


def test_pairing_needs_one_candidate_and_skips_sub_units():
    assert pair_short_forms({"市大数据局", "市大数据应用局"}) == {"市大数据局": "市大数据应用局"}
    assert pair_short_forms({"市财政局", "市财政局泽州分局"}) == {}
    assert pair_short_forms({"市大数据局", "市大数据应用局", "市大数据发展局"}) == {}


def test_every_mention_keeps_its_raw_words_and_an_exact_span():
    for seed in ("000", "001", "002", "003", "004"):
        for folder, suffix in RENDERINGS:
            path = seed_path(seed, folder, suffix)
            doc, _ = extracted(path)
            mentions = index(path).mentions
            assert mentions
            for m in mentions:
                assert doc.text[m.char_start : m.char_end] == m.evidence == m.name_raw
                assert m.canonical and m.agency
    raw = {m.name_raw: m.agency for m in index(seed_path("000")).mentions}
    assert raw["各县〈区〉人民政府"] == "各县（区）人民政府"


def test_mentions_cover_tables_members_prose_and_the_issuer():
    names = {m.agency for m in index(seed_path("001")).mentions}
    # table cells, task-force member organizations, prose, operators in a list
    assert {"区经信委", "各基础电信企业和铁塔企业", "区大数据", "七星岗街道办事处", "重庆铁塔渝中分公司",
            "区政府办", "渝中电信", "渝中铁塔"} <= names
    names = {m.agency for m in index(seed_path("003")).mentions}
    assert {"泽州县人民政府", "晋城市人民政府", "县工业和信息化局", "各乡（镇）人民政府"} <= names
    assert not any("简称" in n or n.startswith("与") for n in names)


def test_words_that_only_look_like_agencies_are_not_mentions():
    names = {m.agency for m in index(seed_path("000")).mentions}
    assert "千兆无线局" not in names  # 千兆无线局域网
    assert not any(n.endswith("局局") for n in names)  # 局长 is a position
    names = {m.agency for m in index(seed_path("001")).mentions}
    assert "深化电信" not in names  # 三、深化电信基础设施共建共享


def test_other_notices():
    canonical = canonical_of(NOTICES / "tasks_huzhou_table.txt")
    assert canonical["市经信局"] == "湖州市经济和信息化局"  # the issuer writes its full name
    assert {"湖州电信", "湖州移动", "湖州联通", "湖州铁塔"} <= set(canonical)
    kinds = {m.agency: m.kind for m in index(NOTICES / "tasks_xinxiang_clauses.txt").mentions}
    assert kinds["国网新乡供电公司"] == "grid_company"
    assert kinds["市政府督查室"] == "government_department"


@pytest.mark.parametrize("text,split", [
    ("市大数据应用局局长", ("市大数据应用局", "局长")),
    ("副市长", (None, "副市长")),
    ("市政府督查专员", ("市政府", "督查专员")),
    ("县政府办公室副主任", ("县政府办公室", "副主任")),
    ("县能源局副局长科员", ("县能源局", "副局长科员")),
    ("县公安局四级高级警长", ("县公安局", "四级高级警长")),
    ("朝天门街道二级调研员", ("朝天门街道", "二级调研员")),
    ("南纪门街道党工委组织委员", ("南纪门街道党工委", "组织委员")),
    ("阳泉通信建设联合办公室主任", ("阳泉通信建设联合办公室", "主任")),
    ("县工业和信息化局负责人", ("县工业和信息化局", "负责人")),
    ("市委常委、副市长", (None, "市委常委、副市长")),
    ("县农业农村局总农艺师", ("县农业农村局", "总农艺师")),  # a bureau's chief agronomist (schemas/agencies.json)
    ("市发展和改革委员会总经济师", ("市发展和改革委员会", "总经济师")),
])
def test_organization_and_position_are_split(text, split):
    assert split_org_position(text) == split


def test_agency_likeness():
    assert is_agency_like("各县〈区〉人民政府")
    assert is_agency_like("嘉兴移动")
    assert not is_agency_like("以下简称铁塔公司")
    assert not is_agency_like("OLT")


def test_the_dictionary_is_loaded_once():
    assert knowledge() is knowledge()
    assert knowledge.cache_info().currsize == 1


def test_role_clause_lists_give_agencies_not_their_labels():
    names = {m.agency for m in index(NOTICES / "tasks_liuzhou_nested_clauses.txt").mentions}
    assert {"各县（区）人民政府", "柳东新区管委会", "市财政局", "广西电网柳州供电局"} <= names
    assert not names & {"牵头单位", "责任单位", "配合单位", "各县（区", "区）人民政府"}
