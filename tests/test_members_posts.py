"""Members and citations in the forms blind set 6 (tests/unseen6) showed, in other wordings: a 盟's 领导小组 set
out by post in one sentence (由盟长任组长，…任副组长，…主要负责同志为成员), posts that open with a party committee
of any level (盟委委员、常务副盟长 / 旗委副书记、旗长: a position, no organization), and decrees cited by their
number (《…条例》（国务院令第711号）). Expected values were written by reading the notice.
"""
from __future__ import annotations

from pathlib import Path

from extractors.agency_names import split_org_position
from pipeline.runner import extract_document

NOTICE = Path(__file__).resolve().parent / "notices" / "members_alashan_league_sentence.txt"


def test_a_body_set_out_by_posts_in_one_sentence():
    forces = extract_document(NOTICE)[1]["taskforce"]
    assert [f.name for f in forces] == ["阿拉善盟数字政府建设领导小组"]
    assert [(m.role, m.person, m.position, m.organization) for m in forces[0].members] == [
        ("组长", None, "盟长", None),  # 由盟长任组长: no 领导小组 before 由
        ("副组长", None, "盟委委员、常务副盟长", None),
        ("副组长", None, "分管数字政府建设工作的副盟长", None),
        ("成员", None, "主要负责同志", "盟发展改革委"),
        ("成员", None, "主要负责同志", "盟财政局"),
        ("成员", None, "主要负责同志", "盟大数据中心"),
    ]


def test_posts_of_a_party_committee_of_any_level_name_no_organization():
    assert split_org_position("旗委副书记、旗长") == (None, "旗委副书记、旗长")
    assert split_org_position("盟委委员、常务副盟长") == (None, "盟委委员、常务副盟长")
    assert split_org_position("旗人民政府办公室主任") == ("旗人民政府办公室", "主任")


def test_decrees_cited_by_their_number():
    citations = extract_document(NOTICE)[1]["citations"]
    assert [(c.cited_title, c.cited_doc_number) for c in citations] == [
        ("中华人民共和国政府信息公开条例", "国务院令第711号"),
        ("电信业务经营许可管理办法", "中华人民共和国工业和信息化部令第61号"),
    ]
