"""A post holder listed by post with the work they look after noted in brackets (县政府办公室主任（联系文化工作）,
副秘书长（协助分管教育工作）): the note is no part of the post. A status in brackets (（挂职）) stays. Notices of our own."""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

NOTICE = """余庆县人民政府办公室关于调整县农村饮水安全工作领导小组组成人员的通知
各镇人民政府、街道办事处，县直各部门：
经县人民政府同意，现将调整后的县农村饮水安全工作领导小组组成人员通知如下。
组　长：刘德明　县人民政府副县长
副组长：
县政府办公室副主任（联系水利工作）
县水务局局长（协助分管供水工作）
成　员：
周　敏　县财政局副局长
何永刚　县卫生健康局副局长（挂职）
余庆县人民政府办公室
2024年4月8日
"""


def test_a_duty_noted_after_a_post_is_no_part_of_it(tmp_path: Path):
    path = tmp_path / "water.txt"
    path.write_text(NOTICE, encoding="utf-8")
    forces = extract_document(path)[1]["taskforce"]
    members = [(m.role, m.person, m.position, m.organization) for f in forces for m in f.members]
    assert ("副组长", None, "副主任", "县政府办公室") in members
    assert ("副组长", None, "局长", "县水务局") in members
    assert [m for m in members if m[1] == "何永刚" and m[2].endswith("副局长（挂职）")]  # a status, kept
