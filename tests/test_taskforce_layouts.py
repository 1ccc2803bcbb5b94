"""Task-force member lists in the layouts real notices use, on notices written for this test in other
cities, levels and topics (tests/notices/members_*.txt), with the expected members written by reading
them into tests/members_gold/: a 县 领导小组 set out by post only in one long sentence, a ministry's
部际联席会议 (召集人 / 副召集人, units of ministries), a 自治州 工作专班 with names glued to posts, a city's
leaders named inside a sentence (市委常委、常务副市长王建国同志和市政府秘书长李明同志任副组长), and a 旗's table
whose names have no Han surname. Office directors written ``X同志兼任办公室主任`` too.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from extractors.member_lists.inline import split_posts
from pipeline.evaluate import evaluate
from pipeline.runner import extract_document, run

ROOT = Path(__file__).resolve().parent.parent
NOTICES = ROOT / "tests" / "notices"
MEMBERS_GOLD = ROOT / "tests" / "members_gold"
GOLDS = sorted(MEMBERS_GOLD.glob("*.json"))


@functools.lru_cache(maxsize=None)
def forces(prefix: str):
    path = next(NOTICES.glob(f"{prefix}*"))
    return extract_document(path)[1]["taskforce"]


def as_tuples(members) -> list[tuple]:
    return [(m["role"], m["person"], m["position"], m["organization"]) for m in members]


@pytest.mark.parametrize("gold_path", GOLDS, ids=[p.stem for p in GOLDS])
def test_every_member_in_order_with_the_body_its_office_and_director(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    found = forces(gold["match"][0])
    # the body, then the work groups it lists with their units (综合协调组：组长单位…), each a body of its own
    assert [force.name for force in found] == [expected["name"] for expected in gold["taskforces"]]
    for force, expected in zip(found, gold["taskforces"]):
        # a work group sits under the body's office: none of its own
        office = (expected.get("office_location"), expected.get("office_director"))
        assert (force.office_location, force.office_director) == office
        stored = [(m.role, m.person, m.position, m.organization) for m in force.members]
        assert stored == as_tuples(expected["members"])


def test_members_f1_on_the_notices_of_this_test(tmp_path):
    db = tmp_path / "members.db"
    run(sorted(NOTICES.glob("members_*")), db)
    score = evaluate(db, MEMBERS_GOLD)["overall"]["members"]
    assert score.f1 >= 0.95
    for name in ("role", "position", "organization"):
        assert score.accuracy(name) >= 0.95, name


@pytest.mark.parametrize("who,parts", [
    # members joined by 和, each a post and its holder (同志 left out of the span)
    ("常务副市长王建国同志和市政府秘书长李明", ["常务副市长王建国", "市政府秘书长李明"]),
    # posts joined by 、, one of them described in words
    ("县委副书记、常务副县长、分管农业农村工作的副县长", ["县委副书记", "常务副县长", "分管农业农村工作的副县长"]),
    ("市政府办公室主任和市工信局局长", ["市政府办公室主任", "市工信局局长"]),
    ("市发展和改革局局长", ["市发展和改革局局长"]),  # the 和 of a bureau's name splits nothing
    ("市委副书记、市长孙宏伟", ["市委副书记、市长孙宏伟"]),  # titles held together by one person
    # members joined by 、, each a unit, its post and its holder (…任副组长 in one sentence)
    ("县住房城乡建设局局长周立新、县交通运输局副局长陈静、县公安局副局长吴刚",
     ["县住房城乡建设局局长周立新", "县交通运输局副局长陈静", "县公安局副局长吴刚"]),
])
def test_posts_that_take_one_role_split_into_members(who, parts):
    assert [who[a:b] for a, b in split_posts(who, 0)] == parts
