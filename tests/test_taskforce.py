"""Task forces: name, office, and every member's role, person, position and organization, in order.

The seeds are scored against their gold files in all three renderings (text, DOCX, PDF); notices
written for this test cover the layouts the seeds lack: names glued to positions, position-first
rows, labels that lost characters, members named only by their post, group members.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from extractors.taskforce import split_person
from pipeline.runner import extract_document

ROOT = Path(__file__).resolve().parent.parent
NOTICES = ROOT / "tests" / "notices"
GOLD = ROOT / "tests" / "gold"
SEEDS = {"000": "000_yangquan_notice", "001": "001_yuzhong_notice", "003": "003_zezhou_notice"}
RENDERINGS = [("text", "txt"), ("docx", "docx"), ("pdf", "pdf")]


@functools.lru_cache(maxsize=None)
def extracted(path: Path):
    doc, results, _ = extract_document(path)
    return doc, results


def forces(path: Path):
    return extracted(path)[1]["taskforce"]


def members(path: Path) -> list[tuple]:
    return [(m.role, m.person, m.position, m.organization) for f in forces(path) for m in f.members]


def seed_path(seed: str, folder: str, suffix: str) -> Path:
    return ROOT / "corpus" / folder / f"{SEEDS[seed]}.{suffix}"


def gold(seed: str) -> dict:
    return json.loads((GOLD / f"{seed}.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- the seeds against their gold


@pytest.mark.parametrize("folder,suffix", RENDERINGS)
@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_members_match_the_gold_file(seed, folder, suffix):
    expected = [(m["role"], m["person"], m["position"], m["organization"])
                for f in gold(seed)["taskforces"] for m in f["members"]]
    got = members(seed_path(seed, folder, suffix))
    persons_expected = [m[1] for m in expected]
    persons_got = [m[1] for m in got]
    hits = sum(1 for p in persons_got if p in persons_expected)
    precision, recall = hits / max(len(got), 1), hits / len(expected)
    assert 2 * precision * recall / (precision + recall) >= 0.97
    pairs = list(zip(expected, got))
    assert sum(e[0] == g[0] for e, g in pairs) / len(expected) >= 0.97  # role
    assert sum(e[2] == g[2] for e, g in pairs) / len(expected) >= 0.97  # position
    assert sum(e[3] == g[3] for e, g in pairs) / len(expected) >= 0.97  # organization


@pytest.mark.parametrize("folder,suffix", RENDERINGS)
@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_name_and_office_match_the_gold_file(seed, folder, suffix):
    expected = gold(seed)["taskforces"][0]
    force = forces(seed_path(seed, folder, suffix))[0]
    assert (force.name, force.office_location, force.office_director) == (
        expected["name"], expected["office_location"], expected["office_director"])


@pytest.mark.parametrize("seed", ["002", "004"])
def test_a_body_that_is_only_named_is_no_task_force(seed):
    # 002's 领导小组 and 004's 领导小组 / 联席会议 have no member list: nothing to record
    path = next((ROOT / "corpus" / "text").glob(f"{seed}_*.txt"))
    assert forces(path) == []


def test_padded_names_continuation_roles_and_the_office():
    # 000: a tab-separated list, names padded to width (石 峰), the role only on the first row
    rows = members(seed_path("000", "text", "txt"))
    assert rows[0] == ("组长", "石峰", "副市长", None)
    assert rows[2] == ("副组长", "高永恩", "局长", "市大数据应用局")
    assert rows[9] == ("成员", "焦罡", "总经理", "中国移动阳泉分公司")
    assert rows[-1] == ("成员", "王秀平", "主任", "阳泉通信建设联合办公室")


def test_aligned_text_is_split_where_the_layout_padded_it():
    # 001: 组    长：罗    毅  区政府副区长 — glued by normalization, split by name grammar and layout
    rows = members(seed_path("001", "text", "txt"))
    assert rows[0] == ("组长", "罗毅", "副区长", "区政府")
    assert ("成员", "陶琳", "副主任", "七星岗街道办事处") in rows
    assert ("成员", "林滟", "组织委员", "南纪门街道党工委") in rows
    assert ("成员", "鲍泳宏", "副主任", "解放碑街道办事处") in rows


def test_a_position_wrapped_onto_the_next_line_and_a_group_member():
    rows = members(seed_path("003", "text", "txt"))
    assert ("成员", "张学光", "经理", "中国移动通信集团山西有限公司泽州县分公司") in rows
    assert rows[-1] == ("成员", None, "分管领导", "各乡（镇）人民政府")
    assert rows[0] == ("组长", "牛天明", "副县长", None)  # 领导小组组长： is the role 组长


def test_member_evidence_is_the_text_it_cites():
    for seed in SEEDS:
        for folder, suffix in RENDERINGS:
            path = seed_path(seed, folder, suffix)
            doc, _ = extracted(path)
            for force in forces(path):
                assert doc.text[force.char_start : force.char_end] == force.evidence
                for member in force.members:
                    assert doc.text[member.char_start : member.char_end] == member.evidence
                    assert member.person is None or member.person in member.evidence.replace(" ", "")


# ---------------------------------------------------------------- other layouts


def test_names_glued_to_positions():
    path = NOTICES / "taskforce_xuchang_glued_names.txt"
    force = forces(path)[0]
    assert force.name == "许昌市数字经济发展领导小组"
    assert (force.office_location, force.office_director) == ("市工业和信息化局", "张伟")
    assert members(path) == [
        ("组长", "王明", "常务副市长", None),
        ("副组长", "李华", "主任", "市发展改革委"),
        ("副组长", "张伟", "局长", "市工业和信息化局"),
        ("成员", "刘强", "副局长", "市财政局"),
        ("成员", "陈静", "局长", "市大数据局"),
        ("成员", "欧阳明华", "副局长", "市住房城乡建设局"),  # a compound surname
        ("成员", "赵磊", "总经理", "中国移动许昌分公司"),
        ("成员", None, "分管领导", "许昌供电公司"),  # 许昌 is the city, not a person
    ]


def test_labels_that_lost_characters_and_a_group_member():
    path = NOTICES / "taskforce_yicheng_damaged_labels.txt"
    force = forces(path)[0]
    assert force.name == "翼城县5G网络建设工作专班"
    assert (force.office_location, force.office_director) == ("县工信局", "李某某")
    assert members(path) == [
        ("组长", "赵某某", "副县长", "县人民政府"),  # "  长:" lost its 组
        ("副组长", "钱某某", "局长", "县工信局"),  # "副 组 长:" padded
        ("成员", "孙某某", "副局长", "县发改局"),
        ("成员", "李某某", "股长", "县工信局"),
        ("成员", None, "分管领导", "各乡（镇）人民政府"),
    ]


def test_group_members_without_a_name_in_a_web_table():
    # the 姓名 cell of a group row is empty; the organization ends in a bracketed note （街道）/（社区）
    path = NOTICES / "web_jinhua_taskforce_group_members.html"
    force = forces(path)[0]
    assert force.name == "婺城区数字经济发展领导小组"
    assert (force.office_location, force.office_director) == ("区经济和信息化局", "邵海军")
    assert members(path) == [
        ("组长", "胡立新", "区长", "区政府"),
        ("副组长", "郑敏", "副区长", "区政府"),
        ("成员", "邵海军", "局长", "区经济和信息化局"),
        ("成员", "叶青", "副局长", "区财政局"),
        ("成员", None, "分管负责同志", "各乡镇（街道）"),
        ("成员", None, "书记", "各村（社区）党组织"),
    ]


def test_members_set_out_in_the_founding_sentence():
    path = NOTICES / "taskforce_juxian_founding_sentence.txt"
    force = forces(path)[0]
    assert force.name == "莒县数字经济发展工作专班"  # from the sentence, not the notice's title
    assert (force.office_location, force.office_director) == ("县工业和信息化局", None)  # a post, no person
    assert members(path) == [
        ("组长", None, "县长", None),
        ("副组长", None, "分管副县长", None),  # 副组长由分管副县长、县政府办公室主任担任: two posts
        ("副组长", None, "主任", "县政府办公室"),
        # 成员由A、B、C分管负责同志组成: one member per unit, each with the shared post
        ("成员", None, "分管负责同志", "县发展改革局"),
        ("成员", None, "分管负责同志", "县工业和信息化局"),
        ("成员", None, "分管负责同志", "县财政局"),
    ]  # 办公室主任由…兼任 is the office's director, no member
    doc, _ = extracted(path)
    for m in force.members:
        assert doc.text[m.char_start:m.char_end] == m.evidence


def test_a_member_table_with_label_rows_a_number_column_and_names_of_no_listed_surname():
    # 序号 | 姓名 | 工作单位 | 职务, the roles in rows that span the table (组长 | 组长 | 组长 | 组长)
    path = NOTICES / "web_alxa_member_table_label_rows.html"
    force = forces(path)[0]
    assert force.name == "阿拉善左旗数字经济发展领导小组"  # the issuer before 关于成立 is no part of it
    assert (force.office_location, force.office_director) == ("旗工业和信息化局", "斯琴巴特尔")
    assert members(path) == [
        ("组长", "王建军", "副旗长", "旗人民政府"),
        ("副组长", "斯琴巴特尔", "党组书记、局长", "旗工业和信息化局"),
        ("成员", "刘晓东", "副局长", "旗财政局"),
        ("成员", "乌日娜", "副镇长", "巴彦浩特镇人民政府"),
        ("成员", "孟和", "副镇长", "吉兰泰镇人民政府"),
        ("成员", "赵志刚", "副苏木达", "乌力吉苏木人民政府"),  # a 苏木 head's title is a position too
    ]


def test_posts_that_take_a_role_in_the_founding_paragraph():
    # 工作专班由分管副区长任组长，A副主任、B局长任副组长，C、D、E分管负责同志为成员
    path = NOTICES / "taskforce_laiwu_post_as_role.txt"
    force = forces(path)[0]
    assert force.name == "莱芜区数据要素市场化配置改革工作专班"
    assert members(path) == [
        ("组长", None, "分管副区长", None),
        ("副组长", None, "副主任", "区政府办公室"),
        ("副组长", None, "局长", "区发展和改革局"),  # its 和 parts no posts: 、 does
        ("成员", None, "分管负责同志", "区大数据局"),
        ("成员", None, "分管负责同志", "区财政局"),
        ("成员", None, "分管负责同志", "区市场监督管理局"),
    ]


def test_members_with_their_posts_in_brackets_on_one_line():
    path = NOTICES / "tasks_shiyan_regulation_hardwrapped.txt"
    assert members(path) == [
        ("组长", "陈建华", "市委副书记、市长", None),
        ("副组长", "刘明", "市委常委、常务副市长", None),  # 刘明（市委常委、常务副市长）、张涛（副市长）
        ("副组长", "张涛", "副市长", None),
        ("成员", "李红", "副秘书长", "市政府"),
        ("成员", None, "主要负责同志", "市委网信办"),
        ("成员", "王强", "局长", "市财政局"),
    ]


def test_position_first_rows_and_a_post_filled_by_the_mayor():
    path = NOTICES / "taskforce_baoji_position_first.txt"
    force = forces(path)[0]
    assert force.name == "宝鸡市加快5G发展联席会议"  # the heading says only 联席会议; the title names it
    assert (force.office_location, force.office_director) == ("市工业和信息化局", "冯杰")
    assert members(path) == [
        ("总召集人", None, "市长", None),
        ("召集人", "吴刚", "副市长", None),
        ("成员", "郑平", "主任", "市发展改革委"),
        ("成员", "冯杰", "局长", "市工业和信息化局"),
        ("成员", "何丽", "副部长", "市委宣传部"),
    ]


def test_members_named_by_post_only():
    path = NOTICES / "taskforce_tongling_posts_only.txt"
    force = forces(path)[0]
    assert force.name == "铜陵市千兆城市建设领导小组"
    assert force.office_location == "市经信局"
    assert force.office_director is None  # 由市经信局局长兼任: a post, no person
    assert members(path) == [
        ("组长", None, "市长", None),
        ("组长", None, "分管工业和信息化工作的副市长", None),
        ("副组长", None, "主任", "市政府办公室"),
        ("副组长", None, "局长", "市经信局"),
        ("成员", None, "分管负责同志", "各县区人民政府"),
    ]


@pytest.mark.parametrize("text,person", [
    ("王明常务副市长", "王明"),
    ("李华市发展改革委主任", "李华"),
    ("刘强市长", "刘强"),
    ("副市长王明", "王明"),
    ("欧阳明华市财政局局长", "欧阳明华"),
    ("陶琳七星岗街道办事处副主任", "陶琳"),
    ("高永恩市大数据应用局局长", "高永恩"),
    ("陈云岗中国电信股份有限公司泽州分公司经理", "陈云岗"),
    ("分管工业和信息化工作的副市长", None),
    ("各乡（镇）人民政府分管领导", None),
    ("市长", None),
])
def test_a_glued_name_is_split_by_name_grammar(text, person):
    start, end = split_person(text, set())
    assert (text[start:end] if start is not None else None) == person


def test_layout_gaps_decide_where_grammar_cannot():
    # 鲍泳宏  解放碑街道… : the raw text had two spaces after the third character
    assert split_person("鲍泳宏解放碑街道办事处副主任", {3}) == (0, 3)
    assert split_person("罗毅区政府副区长", {1, 2}) == (0, 2)


def test_a_comma_separated_member_line():
    """成　员：A市X局局长，B市Y局副局长，…，各辖市（区）人民政府分管负责同志。: one member per piece, a
    post of a group of units among them, and a surname the list lacks read from its neighbours."""
    path = NOTICES / "taskforce_changzhou_comma_list.txt"
    assert members(path) == [
        ("组长", "周志刚", "副市长", None),
        ("副组长", "孙晓明", "副秘书长", "市政府"),
        ("副组长", "蒋立新", "局长", "市数据局"),
        ("成员", "郗明华", "副主任", "市发展改革委"),  # 郗 is in no surname list
        ("成员", "陆建平", "副局长", "市财政局"),
        ("成员", "洪晓东", "副局长", "市工业和信息化局"),
        ("成员", "傅丽娟", "副局长", "市市场监管局"),
        ("成员", "唐立军", "副总经理", "中国电信常州分公司"),
        ("成员", None, "分管负责同志", "各辖市（区）人民政府"),
    ]
    force = forces(path)[0]
    assert (force.office_location, force.office_director) == ("市数据局", "蒋立新")
    # alone, an unknown first character before a bureau is no name (a place reads the same)
    assert split_person("郗明华市发展改革委副主任", set()) == (None, None)
