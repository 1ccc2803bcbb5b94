"""Duties done so many times a period are requirements (tests/ANNOTATION_GUIDE.md, "Settled conventions"), in the
wordings blind sets 27–34 showed the reader did not know, on a notice written for this test in another topic and place
(tests/notices/targets_laifeng_cultural_relics_duties_named_before.txt, a county's 文物安全 plan): the duty named in
the clause before a bare 原则上每年复核一次 / 每月至少巡查1次 (its topic, the object of 对, a system set up, an object
after 制定), a training echoed by its last word (组织开展…业务培训，培训不少于3期), sessions and issues counted in 期,
duty verbs before 一次 (汇总, 受理), a duty said twice, and (in the county's year plan,
targets_laifeng_relics_work_points_dated_duties.txt) a duty's frequency inside an item that has a 完成时限.
Expected values are written from the notice.
"""
from __future__ import annotations

import functools

from extractors.numbers import find_quantities
from extractors.targets.duty_before import duty_before
from tests.notice_targets import checked_targets

NOTICE = "targets_laifeng_cultural_relics_duties_named_before.txt"


@functools.lru_cache(maxsize=None)
def _targets() -> tuple:
    return tuple(checked_targets(NOTICE))


def _facts(unit: str) -> list[tuple]:
    return [(t.indicator_raw, t.kind, t.comparator, t.value, t.deadline) for t in _targets() if t.unit == unit]


def test_a_duty_named_in_the_clause_before_its_period():
    found = _facts("次")
    # （一）…名录由县文化和旅游局统一编制，原则上每年复核一次: the topic the clause opens with
    assert ("全县不可移动文物安全直接责任人名录复核次数", "requirement", "=", 1, None) in found
    # （二）…要制定文物建筑消防安全风险清单，原则上每半年至少更新一次: the object the clause closes with
    assert ("文物建筑消防安全风险清单更新次数", "requirement", ">=", 1, None) in found
    # （三）对已列入危房名录的文物建筑，每月至少巡查1次: the object of 对
    assert ("已列入危房名录的文物建筑巡查次数", "requirement", ">=", 1, None) in found
    # （四）建立文物建筑电气线路安全巡检制度，每年至少巡检1次: the system names the duty
    assert ("文物建筑电气线路安全巡检次数", "requirement", ">=", 1, None) in found
    # （五）…对文物建筑消防设施实行分级检测，原则上每两年检测1次
    assert ("文物建筑消防设施检测次数", "requirement", "=", 1, None) in found
    # no count is left named by its period or bare verb (原则上每年复核 / 至少巡查)
    assert not [raw for raw, *_ in found if raw.startswith(("原则上", "至少", "每"))]


def test_sessions_and_issues_counted_in_qi():
    assert _facts("期") == [
        # （六）要于2025年5月底前组织开展全县文物安全员业务培训，培训不少于3期: a dated goal, named by the training
        ("文物安全员业务培训期数", "target", ">=", 3, "2025-05-31"),
        # （七）县融媒体中心每月刊播文物保护专题节目不少于2期: how often, a rule
        ("县融媒体中心刊播文物保护专题节目期数", "requirement", ">=", 2, None),
    ]  # 二期工程 / 分2期实施 / 第3期: phases and an issue's number, no count


def test_phases_and_issue_numbers_are_no_counts_of_sessions():
    text = "推进展示馆二期工程建设，分2期实施，《简报》第3期已印发，培训不少于两期，每月编发简报不少于2期"
    assert [(q.text, q.value) for q in find_quantities(text) if q.unit == "期"] == [("两期", 2), ("2期", 2)]


def test_duty_verbs_before_once():
    found = _facts("次")
    # （八）专班每周汇总一次各乡镇巡查进展情况
    assert ("各乡镇巡查进展汇总次数", "requirement", "=", 1, None) in found
    # 第十二条文物保护补助资金每年集中受理一次 (after an article's number)
    assert ("文物保护补助资金受理次数", "requirement", "=", 1, None) in found


def test_a_duty_frequency_in_a_dated_work_plan_stays_a_rule():
    # a year's 工作要点 whose items close with 完成时限 (tests/notices/targets_laifeng_relics_work_points_dated_duties.txt)
    found = [(t.indicator_raw, t.kind, t.comparator, t.value, t.deadline)
             for t in checked_targets("targets_laifeng_relics_work_points_dated_duties.txt") if t.unit == "次"]
    assert found == [
        # 每季度由县文化和旅游局带队检查不少于1次 …（完成时限：全年）: how often, not a goal of the year
        ("县级文物保护单位由县文化和旅游局带队检查次数", "requirement", ">=", 1, None),
        ("乡镇文化站巡查本辖区文物点次数", "requirement", ">=", 1, None),
        # 每年召开全体成员会议不少于1次 …（完成时限：2025年3月底前）
        ("县文物安全工作领导小组召开全体成员会议次数", "requirement", ">=", 1, None),
        # 全年组织…演练不少于2次: the year's count, a goal of the plan's year (as sets 22 and 29 read 全年)
        ("文物建筑消防应急演练次数", "target", ">=", 2, "2025-12-31"),
    ]


def test_a_duty_named_after_its_count_is_not_taken_from_the_clause_before():
    found = _facts("次")  # 要统筹协调实施中的重大问题，每年至少召开1次全体会议
    assert ("全体会议次数", "requirement", ">=", 1, None) in found
    assert not [raw for raw, *_ in found if "重大问题" in raw]


def test_a_duty_said_again_in_another_paragraph_is_one_rule():
    # （九）每季度开展一次文物建筑白蚁防治 … 4．…对全县文物建筑每季度开展一次白蚁防治
    pest = [t for t in _targets() if "白蚁防治" in t.indicator_raw]
    assert [(t.indicator_raw, t.value, len(t.also_at)) for t in pest] == [("文物建筑白蚁防治次数", 1, 1)]


def test_what_the_clause_before_names():
    def before(sentence: str) -> str | None:
        at = sentence.rfind("，") + 1
        verb = sentence[at:].split("每")[1].lstrip("年月季度半周两三0123456789个").replace("至少", "")
        return duty_before(sentence, at, verb.replace("一次", "").replace("1次", ""))

    assert before("医疗服务价格目录经州医保局审定后发布，原则上每3年修订一次") == "医疗服务价格目录修订"
    assert before("对供水水质实行动态监测，每季度监测1次") == "供水水质监测"
    assert before("实行校车安全联合检查制度，每学期至少检查1次") == "校车安全联合检查"
    assert before("每月5日前汇总各乡镇、各学校自查情况，每月通报一次") == "自查通报"
    assert before("县人民政府根据上级标准调整情况，原则上每年调整1次") is None  # an organ, not what is adjusted
    assert before("对各乡镇工作推进情况，每季度通报一次") is None  # one duty for many units: unsettled, not counted
    assert before("原则上每年调整1次") is None  # no clause before in the sentence
