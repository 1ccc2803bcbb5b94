"""Members whose names have no Han surname (Mongolian, Uyghur, Tibetan), set apart from their posts by layout
spaces in a one-line-a-person list, and tasks whose item closes with a sentence that gives the units their
roles (the forms blind set 14, tests/unseen14, showed: 次仁平措　　区委副书记、区人民政府区长; 地区农业农村局牵头，
地区财政局配合，各县（市）人民政府负责。), on notices of our own in other regions, topics and wordings. Expected values
are written from the notices.
"""
from __future__ import annotations

import functools
from pathlib import Path

from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


@functools.lru_cache(maxsize=None)
def _results(name: str):
    return extract_document(NOTICES / name)[1]


def _roles(task) -> tuple[list[str], list[str], list[str]]:
    return tuple([a.agency for a in task.agencies if a.role == role] for role in ("lead", "responsible", "partner"))


def test_names_without_a_han_surname_are_read_from_the_layout():
    forces = _results("members_xilingol_spaced_names.txt")["taskforce"]
    assert [f.name for f in forces] == ["锡林郭勒盟防汛抗旱指挥部"]
    members = [(m.role, m.person, m.position, m.organization) for m in forces[0].members]
    assert members == [
        ("总指挥", "额尔德尼巴雅尔", "盟委委员、盟行政公署副盟长", None),  # one person's two posts: one member
        ("副总指挥", "赵国庆", "副秘书长", "盟行政公署"),
        ("副总指挥", "其木格", "局长", "盟水利局"),
        ("成员", "图门吉日嘎拉", "局长", "盟应急管理局"),
        ("成员", "阿拉坦仓", "局长", "盟财政局"),
        ("成员", "刘伟", "局长", "盟气象局"),  # 刘　伟: a two-character name padded to the width of three
        ("成员", "萨仁高娃", "局长", "盟农牧局"),
    ]


def test_an_item_closed_by_a_role_sentence_is_one_task_with_those_roles():
    tasks = _results("tasks_kashi_pasture_role_sentences.txt")["tasks"]
    found = {t.text.replace("\n", "")[:6]: t for t in tasks}
    assert list(found) == ["扩大优质饲草", "加强良种繁育", "健全冷链物流", "做好疫病防控", "强化资金保障", "加强督导考核"]
    # X牵头，Y、Z配合，各县（市）人民政府负责，2025年5月底前完成…
    assert _roles(found["扩大优质饲草"]) == (["地区农业农村局"], ["各县（市）人民政府"], ["地区财政局", "地区自然资源局"])
    assert str(found["扩大优质饲草"].deadline) == "2025-05-31"
    # 由X负责，Y配合
    assert _roles(found["加强良种繁育"]) == ([], ["地区畜牧兽医局"], ["地区科学技术局"])
    # X会同Y、Z组织实施
    assert _roles(found["健全冷链物流"]) == (["地区商务局"], [], ["地区发展改革委", "地区交通运输局"])
    # X、Y按职责分工负责，Z抓好落实
    assert _roles(found["做好疫病防控"]) == ([], ["地区畜牧兽医局", "地区市场监督管理局", "各县（市）人民政府"], [])


def test_guarantee_sentences_are_tasks_where_the_measures_name_units_in_sentences():
    tasks = _results("tasks_kashi_pasture_role_sentences.txt")["tasks"]
    guarantees = [t for t in tasks if t.text.startswith(("强化资金保障", "加强督导考核"))]
    assert [_roles(t)[1] for t in guarantees] == [["地区财政局"], ["地区农业农村局"]]  # 地区财政局要… (not 区财政局)
    assert all(t.assigned for t in tasks)
