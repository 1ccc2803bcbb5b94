"""Blind set 11's task, disclosure and citation families in notices of our own (other cities, topics, layouts):
a ``由X负责…`` paragraph of its own under an item whose measures name no unit is a task of its own (负责制定 is
a role and a verb, not 负责制); an item that is only a title over such a paragraph stays one task; a 保障措施
sentence of the measures' form is a task like them; ``（信息公开形式：主动公开）``; a notice of the notice's own title with another 文号 is cited
(the one it repeals), and a decree numbered with its year (某部令2023年第5号). Expected values were written by
reading the notices.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


def _tasks(name: str):
    results = extract_document(NOTICES / name)[1]
    tasks = [(t.text[:10], sorted((a.canonical, a.role) for a in t.agencies), t.deadline)
             for t in results["tasks"] if t.assigned]
    return results, tasks


def test_assigning_paragraphs_under_measures_are_tasks_of_their_own():
    results, tasks = _tasks("tasks_liuzhou_assigning_paragraphs.txt")
    assert tasks == [
        ("由市住房城乡建设局负", [("市住房和城乡建设局", "responsible")], "2024-07-31"),
        ("由市自然资源局、市交", [("市交通运输局", "responsible"), ("市自然资源局", "responsible")], "2024-10-31"),
        ("推进智慧停车。\n由市", [("市大数据发展局", "responsible")], None),  # a title over the paragraph: one task
        # measures named in sentences: a 保障措施 sentence of that form is a task like them
        ("市交通运输局要会同市", [("市交通运输局", "lead"), ("市公安局", "partner")], "2024-12-31"),
    ]
    # the measures above the paragraphs are kept, flagged as naming no unit
    unassigned = [t.text[:9] for t in results["tasks"] if not t.assigned]
    assert unassigned == ["加快公共停车场建设", "挖掘既有停车资源。"]


def test_disclosure_form_and_a_repealed_notice_of_the_same_title():
    results = extract_document(NOTICES / "tasks_liuzhou_assigning_paragraphs.txt")[1]
    assert results["metadata"].public_status == "主动公开"
    assert [(c.cited_title, c.cited_doc_number) for c in results["citations"]] == [
        ("城市停车设施管理办法", "住房和城乡建设部令2023年第5号"),
        ("柳州市人民政府办公室关于印发柳州市城市停车设施建设三年行动方案的通知", "柳政办〔2021〕12号"),
    ]


def test_national_organs_in_a_list_and_no_name_across_a_role_verb(tmp_path):
    notice = tmp_path / "notice_joint.txt"
    notice.write_text(
        "关于做好技工院校毕业生就业工作的通知\n\n各省、自治区、直辖市人力资源社会保障厅（局）：\n"
        "　　（一）由教育部、财政部、人力资源社会保障部负责完善毕业生就业补贴政策。\n"
        "　　（二）开展专项招聘活动。省人社厅会同省总工会组织实施。\n", encoding="utf-8")
    mentions = [m.evidence for m in extract_document(notice)[1]["agencies"].mentions]
    assert {"教育部", "财政部", "人力资源社会保障部", "省人社厅", "省总工会"} <= set(mentions)
    assert not any("会同" in m for m in mentions)
