"""Kinds and dates of figures in one-day event notices (an exercise, a drill, a test of sirens), tried on short notices
of our own (other places, topics and wordings than the blind set 80):

- what the event itself puts to use (本次演练共出动救援车辆12辆、…) is a count reported (actual, =) with no as-of date
  of its own: the event's day, named in the sentence before, dates the event, not the count.

Expected values are written from the notices, not from program output.
"""
from __future__ import annotations

from tests.notice_targets import written_targets


def _facts(targets):
    return {(t.value, t.unit): (t.kind, t.comparator, t.deadline) for t in targets}


def test_what_an_event_puts_to_use_is_an_undated_report(tmp_path):
    text = ("临川县应急管理局关于开展2024年森林火灾应急演练的通知\n\n各乡镇人民政府，县直有关单位：\n"
            "为检验森林火灾应急预案，经县政府同意，定于2024年10月15日上午9时在青峰山林区开展森林火灾应急演练。"
            "本次演练共出动救援车辆12辆、无人机5架、扑火队员160名。\n"
            "\n临川县应急管理局\n2024年10月8日\n")
    facts = _facts(written_targets(tmp_path / "linchuan.txt", text))
    assert facts[(12, "辆")] == ("actual", "=", None)
    assert facts[(5, "架")] == ("actual", "=", None)
    assert facts[(160, "名")] == ("actual", "=", None)


def test_an_event_count_in_other_words_is_a_report_too(tmp_path):
    text = ("北塘市人民防空办公室关于组织2025年城市防空疏散演习的通告\n\n"
            "2025年5月12日上午10时，全市组织城市防空疏散演习。本次演习共调集疏散车辆40辆、医疗救护组8个。\n"
            "\n北塘市人民防空办公室\n2025年5月6日\n")
    facts = _facts(written_targets(tmp_path / "beitang.txt", text))
    assert facts[(40, "辆")] == ("actual", "=", None)
    assert facts[(8, "个")] == ("actual", "=", None)
