"""Posts listed with 、 and no name: one person's titles (县委副书记、县政府县长; 市委常委、副市长) stay one member,
posts that several people hold (县委书记、县长 as 双组长; 常务副县长、分管…的副县长) stay one member each."""
from __future__ import annotations

import pytest

from pipeline.runner import extract_document


def _members(tmp_path, lines: str) -> list[tuple]:
    text = ("某旗人民政府办公室关于调整某旗防汛抗旱指挥部组成人员的通知\n\n各苏木乡镇人民政府，旗直各部门：\n"
            "因人员变动，经旗政府研究，决定调整旗防汛抗旱指挥部组成人员。名单如下：\n"
            f"{lines}\n成　员：旗水利局局长，旗应急管理局局长\n\n某旗人民政府办公室\n2025年5月6日\n")
    path = tmp_path / "members.txt"
    path.write_text(text, encoding="utf-8")
    doc, results, _ = extract_document(str(path))
    out = []
    for force in results["taskforce"]:
        for m in force.members:
            if m.role != "成员":
                out.append((m.role, m.position, m.organization))
    return out


@pytest.mark.parametrize("line, expected", [
    ("总指挥：旗委副书记、旗人民政府旗长", [("总指挥", "旗委副书记、旗人民政府旗长", None)]),
    ("组　长：州委副书记、州长", [("组长", "州委副书记、州长", None)]),
    ("副总指挥：旗委常委、常务副旗长", [("副总指挥", "旗委常委、常务副旗长", None)]),
])
def test_one_persons_titles_stay_one_member(tmp_path, line, expected):
    assert _members(tmp_path, line) == expected


def test_posts_held_by_several_people_stay_apart(tmp_path):
    found = _members(tmp_path, "组　长：旗委书记、旗长\n副组长：旗委副书记、常务副旗长")
    assert len([m for m in found if m[0] == "组长"]) == 2
    assert len([m for m in found if m[0] == "副组长"]) == 2  # a deputy secretary and the executive deputy: two people
