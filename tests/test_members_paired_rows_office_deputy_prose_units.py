"""Members two to a table row, an office's deputy and units' post holders 为专班成员 (blind set 27, tests/unseen27 aa2
and aa5), on notices of our own in other cities, topics and layouts: a Word member table headed 职务 | 姓名 | 职务 | 姓名
gives two members a row (each post cell split into unit and post), a last row half empty one; the deputy named right
after the office's director (办公室主任由A兼任，副主任由B担任) is no member; units whose 分管负责同志 and places whose
主要负责同志 为专班成员 are members each with that post; 撒 is a surname (a Hui family name).
Expected values are written from the notices.
"""
from __future__ import annotations

from pathlib import Path

import docx

from pipeline.runner import extract_document

NOTICES = Path(__file__).parent / "notices"

COVER = [
    "遵义市人民政府办公室关于调整遵义市安全生产委员会组成人员的通知",
    "遵府办函〔2025〕7号",
    "各县（市、区）人民政府，市政府各部门：",
    "因人事变动，经市人民政府同意，现将调整后的市安全生产委员会组成人员通知如下：",
    "一、调整后的市安委会组成人员",
    "主  任：王建国  市人民政府市长",
    "副主任：李国华  市人民政府副市长",
    "成  员：",
]
# 职务 | 姓名 | 职务 | 姓名: two people a row, the last row half empty (cells split at |)
ROWS = """
市应急管理局局长 | 撒红梅 | 市公安局副局长 | 陈立新
市交通运输局副局长 | 罗  军 | 市住房和城乡建设局副局长 | 田秀英
市消防救援支队副支队长 | 龙海波 |  |
"""


def _paired_table_notice(path):
    document = docx.Document()
    for line in COVER:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=4)
    for cell, words in zip(table.rows[0].cells, ("职　务", "姓　名", "职　务", "姓　名")):
        cell.text = words
    for row in ROWS.strip().splitlines():
        for cell, words in zip(table.add_row().cells, row.split("|")):
            cell.text = words.strip()
    document.add_paragraph("二、市安委会办公室")
    document.add_paragraph("市安委会下设办公室，设在市应急管理局，承担日常工作。办公室主任由撒红梅同志兼任，副主任由市应急管理局副局长吴志刚同志担任。各成员单位要明确1名科级干部担任联络员，于2025年4月15日前报市安委会办公室。")
    document.add_paragraph("遵义市人民政府办公室")
    document.add_paragraph("2025年4月2日")
    document.save(str(path))
    return path


def _members(path):
    """Each member as one line: role, person, organization, position (— where there is none)."""
    forces = extract_document(str(path))[1]["taskforce"]
    return [" ".join(v or "—" for v in (m.role, m.person, m.organization, m.position)) for f in forces for m in f.members]


def test_a_row_of_two_people_gives_two_members(tmp_path):
    assert _members(_paired_table_notice(tmp_path / "zunyi_safety_committee.docx")) == """
主任 王建国 市人民政府 市长
副主任 李国华 市人民政府 副市长
成员 撒红梅 市应急管理局 局长
成员 陈立新 市公安局 副局长
成员 罗军 市交通运输局 副局长
成员 田秀英 市住房和城乡建设局 副局长
成员 龙海波 市消防救援支队 副支队长
""".strip().splitlines()


def test_the_office_deputy_after_its_director_is_no_member(tmp_path):
    assert not [line for line in _members(_paired_table_notice(tmp_path / "zunyi_safety_committee.docx"))
                if "吴志刚" in line]


def test_units_post_holders_named_members_of_the_task_force():
    assert _members(NOTICES / "members_dali_water_committee_prose_units.txt") == """
组长 段建华 — 市委副书记、市长
副组长 杨丽芬 市人民政府 副市长
成员 — 市生态环境局 分管负责同志
成员 — 市水务局 分管负责同志
成员 — 市农业农村局 分管负责同志
成员 — 市住房和城乡建设局 分管负责同志
成员 — 各镇人民政府 主要负责同志
""".strip().splitlines()
