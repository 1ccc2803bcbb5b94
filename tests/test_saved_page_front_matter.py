"""Metadata of notices saved from a portal page as Markdown or text, where the page's furniture sits between the
title and the 文号 / 主送 (a row of share buttons, a publication stamp, a breadcrumb written with slashes, a source
line and link), and a task force founded with nothing but a bare post for its only member. Each notice is short, of a
place and wording of its own; the expected values were written by reading it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.runner import extract_document


def _metadata(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document, results, _ = extract_document(path)
    meta = results["metadata"]
    for evidence in meta.spans.values():  # provenance: every span is the text it was read from
        assert document.text[evidence.char_start:evidence.char_end] == evidence.evidence
    return meta


def _forces(tmp_path: Path, text: str) -> list[tuple]:
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    forces = extract_document(path)[1]["taskforce"]
    return [(f.name, [(m.role, m.person, m.position, m.organization) for m in f.members]) for f in forces]


def test_markdown_share_buttons_between_the_heading_and_the_number(tmp_path):
    text = ("---\ntitle: \"临湘市人民政府办公室关于印发《临湘市城区停车秩序整治方案》的通知_通知公告_临湘市人民政府\"\n"
            "url: http://www.example.gov.cn/zwgk/t1.html\n---\n\n"
            "[首页](#) > [政务公开](#) > [政府文件](#)\n\n"
            "| 索引号 | 4306820001/2023-00412 | 主题分类 | 交通 |\n| --- | --- | --- | --- |\n"
            "| 发布机构 | 临湘市人民政府办公室 | 发文日期 | 2023-09-21 |\n"
            "| 文号 | 临政办发〔2023〕17号 | 是否有效 | 有效 |\n\n"
            "# 临湘市人民政府办公室关于印发《临湘市城区停车秩序整治方案》的通知\n\n"
            "【字体：[大](#) [中](#) [小](#)】 [打印](#) [分享到QQ空间](#) [分享到微博](#)\n\n"
            "**临政办发〔2023〕17号**\n\n"
            "各镇人民政府、街道办事处，市直各单位：\n\n"
            "《临湘市城区停车秩序整治方案》已经市人民政府同意，现印发给你们，请认真组织实施。\n\n"
            "临湘市人民政府办公室\n\n2023年9月18日\n")
    meta = _metadata(tmp_path, "notice.md", text)
    assert meta.doc_number == "临政办发〔2023〕17号"
    assert meta.spans["doc_number"].evidence == "临政办发〔2023〕17号"  # the body's number, not the portal box's
    assert meta.recipients == ["各镇人民政府", "街道办事处", "市直各单位"]
    assert meta.issue_date == "2023-09-18"


def test_a_validity_cell_does_not_hide_the_number_row_of_a_portal_box(tmp_path):
    text = ("# 关于做好2024年度农村公路养护工作的通知\n\n"
            "| 索引号 | 11341100MB00/2024-0031 | 主题分类 | 交通 |\n| --- | --- | --- | --- |\n"
            "| 文号 | 滁交〔2024〕8号 | 是否有效 | 有效 |\n\n"
            "各县（市、区）交通运输局：\n\n请按要求做好养护工作。\n\n滁州市交通运输局\n\n2024年3月2日\n")
    path = tmp_path / "box.md"
    path.write_text(text, encoding="utf-8")
    document, results, _ = extract_document(path)
    assert document.raw.portal_fields.get("文号") == "滁交〔2024〕8号"
    assert document.raw.portal_fields.get("有效性") == "有效"
    assert "是否有效" not in document.text  # the box's row is taken out of the body whole
    assert results["metadata"].doc_number == "滁交〔2024〕8号"


def test_markdown_source_lines_and_a_slash_breadcrumb_under_the_title(tmp_path):
    text = ("# 县政府办公室关于调整全县河湖长制工作联席会议成员的通知\n\n"
            "> 来源：汶上县人民政府办公室　|　发布日期：2023-06-02　|　浏览量：311\n"
            "> 原文链接：http://www.example.gov.cn/art/2023/6/2/art_1.html\n"
            "> 保存时间：2023-06-10 08:12（阅读模式）\n\n"
            "[首页](#) / [政务公开](#) / [政府文件](#) / 县政府办公室文件\n\n"
            "【字体：大 中 小】 打印\n\n"
            "2023-06-02 16:40 来源：汶上县人民政府 浏览次数：311\n\n"
            "---\n\n"
            "汶政办字〔2023〕21号\n\n"
            "各镇人民政府、街道办事处，县政府各部门、各直属单位：\n\n"
            "因人事变动，经县政府同意，现对联席会议成员进行调整。\n\n"
            "汶上县人民政府办公室\n\n2023年5月30日\n")
    meta = _metadata(tmp_path, "notice.md", text)
    assert meta.doc_number == "汶政办字〔2023〕21号"
    assert meta.recipients == ["各镇人民政府", "街道办事处", "县政府各部门、各直属单位"]


@pytest.mark.parametrize("stamp", [
    "2023年11月06日 09:30　来源：松原市人民政府网　【字号 大 中 小】　打印",
    "2023-11-06 09:30:12",
    "2023/11/06 来源：市政府办公室 浏览次数：87",
])
def test_text_copy_with_a_publication_stamp_under_the_title(tmp_path, stamp):
    text = ("松原市人民政府办公室关于印发松原市冬季清雪保畅工作方案的通知\n"
            f"{stamp}\n\n"
            "松政办明电〔2023〕33号\n\n"
            "各县（市、区）人民政府，市政府各委办局、各直属机构：\n"
            "　　经市政府同意，现将《松原市冬季清雪保畅工作方案》印发给你们，请结合实际认真贯彻落实。\n\n"
            "松原市人民政府办公室\n2023年11月3日\n")
    meta = _metadata(tmp_path, "notice.txt", text)
    assert meta.doc_number == "松政办明电〔2023〕33号"
    assert meta.recipients == ["各县（市、区）人民政府", "市政府各委办局、各直属机构"]
    assert meta.issue_date == "2023-11-03"  # the 成文日期, not the page's stamp


def test_a_joint_meeting_with_only_a_bare_post_for_convener_has_no_member(tmp_path):
    text = ("南丰县人民政府办公室关于印发南丰县蜜桔产业高质量发展若干措施的通知\n\n"
            "各乡镇人民政府，县直各单位：\n"
            "　　现将《南丰县蜜桔产业高质量发展若干措施》印发给你们，请认真贯彻执行。\n\n"
            "一、保障措施\n"
            "建立县蜜桔产业发展联席会议制度，由分管副县长任召集人，联席会议办公室设在县农业农村局。"
            "县财政每年安排蜜桔产业发展资金不少于500万元。\n\n"
            "南丰县人民政府办公室\n2024年4月2日\n")
    assert _forces(tmp_path, text) == []


def test_a_bare_post_among_other_members_stays_a_member(tmp_path):
    text = ("铜仁市碧江区人民政府办公室关于建立碧江区冷链物流发展联席会议制度的通知\n\n"
            "各乡镇人民政府、街道办事处，区直各部门：\n"
            "　　经区人民政府同意，建立碧江区冷链物流发展联席会议制度。"
            "联席会议由分管副区长担任召集人，区商务局、区交通运输局主要负责同志担任副召集人。\n\n"
            "联席会议办公室设在区商务局。\n\n"
            "铜仁市碧江区人民政府办公室\n2024年6月12日\n")
    assert [members for _, members in _forces(tmp_path, text)] == [[
        ("召集人", None, "分管副区长", None),
        ("副召集人", None, "主要负责同志", "区商务局"),
        ("副召集人", None, "主要负责同志", "区交通运输局"),
    ]]
