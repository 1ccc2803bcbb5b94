"""Two defects found by review (this session's rounds): a member list holding a line of rule only (``——``) failed the
whole document (a line with no fields), and the words-that-only-act check was one alternation of shared words
repeated, which backtracks exponentially on a long run of them that fails at its end. Expected values are written
from the notice and the words.
"""
from __future__ import annotations

from pathlib import Path

from extractors.targets.wording import bare_action
from pipeline.runner import extract_document, process_file

NOTICE = Path(__file__).parent / "notices" / "members_rule_line_inside_member_list.txt"


def test_a_rule_line_inside_a_member_list_fails_nothing():
    outcome = process_file(str(NOTICE))
    assert outcome.status == "ok", outcome
    _, results, _ = extract_document(str(NOTICE))
    members = [(m.role, m.person) for tf in results["taskforce"] for m in tf.members]
    assert ("组长", "张三") in members


def test_words_that_only_act_are_read_end_to_end():
    assert bare_action("每年安排") and bare_action("累计向") and bare_action("原则上至少遴选的")
    assert not bare_action("安排资金") and not bare_action("的") and not bare_action("")
    assert not bare_action("安排发放" * 12 + "资金")  # shared words, then a noun: no action words end to end
