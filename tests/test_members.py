"""Task-force members in the layouts blind sets 74–77 showed, and a metadata miss of those sets, on notices of our
own in other places, topics and kinds of body (a 指挥部, a 委员会's 专项组, a 工作专班): a letter-spaced name a PDF's text
layer cut into cells (``赵<tab>立群<tab>市委副书记、市长``); ``成员：A、B主要负责同志为成员。`` (the label no part of the first
unit); a 专班 under its own heading whose 组长 is named by post alone and whose units share 主要负责同志; work groups whose
roles a sentence gives clause by clause (``由副县长某某任组长，某局任副组长单位，…为成员单位``); co-issuers a one-organ
版头 prints in short form. Expected values are written from the notices.
"""
from __future__ import annotations

import functools
from pathlib import Path

from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"
FLOOD = "members_fengze_flood_spaced_name_cells.txt"
FOOD = "members_linli_food_work_groups_and_post_only_leader.txt"


@functools.lru_cache(maxsize=None)
def _results(name: str):
    return extract_document(NOTICES / name)[1]


def _members(force) -> list[tuple]:
    return [(m.role, m.person, m.organization, m.position) for m in force.members]


def test_a_name_cut_into_cells_is_one_person_and_a_units_sentence_drops_its_label():
    forces = _results(FLOOD)["taskforce"]
    assert len(forces) == 1
    assert _members(forces[0]) == [
        ("指挥长", "钱志远", None, "区委副书记、区人民政府区长"),  # 钱 | 志远: one name; two posts of one person: whole
        ("副指挥长", "欧阳明", None, "区委常委、常务副区长"),  # a compound surname alone in its cell
        ("副指挥长", "宋涛", None, "区人民政府副区长、区公安分局局长"),  # one member, not a post without its holder
        ("副指挥长", "黄蕾", "区人民政府", "副区长"),  # 黄 | | 蕾: an empty cell between the pieces
        ("成员", None, "区委办公室", "主要负责同志"),  # 成员：区委办公室…: the label is no part of the unit
        ("成员", None, "区应急管理局", "主要负责同志"),
        ("成员", None, "区水利局", "主要负责同志"),
        ("成员", None, "区住房和城乡建设局", "主要负责同志"),
    ]
    doc = extract_document(NOTICES / FLOOD)[0]
    assert all(doc.text[m.char_start:m.char_end] == m.evidence for m in forces[0].members)


def test_work_groups_given_roles_clause_by_clause_and_a_task_force_led_by_a_post():
    forces = {f.name: f for f in _results(FOOD)["taskforce"]}
    assert list(forces) == ["综合协调组", "宣传教育组", "执法查处组", "应急处置组", "县食品安全风险隐患排查工作专班"]
    assert _members(forces["综合协调组"]) == [
        ("组长", "周建平", None, "副县长"),  # 由副县长周建平任组长
        ("副组长", None, "县市场监督管理局", None),  # …任副组长单位
        ("成员", None, "县农业农村局", None),  # …为成员单位
        ("成员", None, "县卫生健康局", None),
    ]
    assert _members(forces["宣传教育组"]) == [
        ("组长", "吴慧", None, None),  # 吴慧同志任组长: no post given anywhere in the notice
        ("成员", None, "县委宣传部", None),  # 成员：A、B、C
        ("成员", None, "县教育局", None),
        ("成员", None, "县融媒体中心", None),
    ]
    assert _members(forces["执法查处组"]) == [
        ("组长", "严振华", "县公安局", "副局长"),  # 由县公安局副局长严振华任组长
        ("副组长", "孔丽", "县市场监督管理局", "副局长"),
        ("成员", None, "县司法局", None),  # 成员单位为A、B
        ("成员", None, "县商务局", None),
    ]
    assert _members(forces["应急处置组"]) == [
        ("组长", None, "县应急管理局", None),  # 任组长单位
        ("成员", None, "县公安局", "分管负责同志"),  # A、B分管负责同志为工作组成员: each unit with the post
        ("成员", None, "县卫生健康局", "分管负责同志"),
    ]
    assert _members(forces["县食品安全风险隐患排查工作专班"]) == [
        ("组长", None, None, "县委常委、常务副县长"),  # named by post alone: no unit, no person
        ("副组长", "郑宏", "县市场监督管理局", "局长"),
        ("副组长", None, "县公安局", "分管副局长"),
        ("成员", None, "县农业农村局", "主要负责同志"),  # units sharing the post after the last of them
        ("成员", None, "县卫生健康局", "主要负责同志"),
        ("成员", None, "县商务局", "主要负责同志"),
    ]


def test_co_issuers_a_one_organ_banner_prints_in_short_form():
    meta = _results(FOOD)["metadata"]
    # 版头 中共临澧县委办公室文件 (one organ, short form); signature and title both name two: both are the issuers
    assert meta.issuer == "中共临澧县委员会办公室、临澧县人民政府办公室"
    assert meta.recipients == ["各乡镇党委和人民政府", "临澧高新技术产业开发区党工委和管委会", "县直各单位"]
