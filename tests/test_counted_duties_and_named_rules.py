"""Duties counted per period (tests/ANNOTATION_GUIDE.md: 每季度召开一次全体会议 → 全体会议次数 = 1 次, >= with 至少) in the
wordings blind sets 74–77 showed were missed, on a notice written for this test in another topic and place (a city's
gas-safety plan): a duty done to a group of places (每半年对各县区…开展一次督导), a count in one word (每周一会商、每月一通报),
the duty's verb and object before 一次 (每季度至少走访困难群众一次), a duty taken part in (每年至少参加一次业务培训), a payment
made once a period with its object in the clause before (按…发放燃气补贴，每季度发放一次), an item numbered in figures
(1.…评价每2年至少开展一次), a long duty after 一次, and a duty named after a count whose words end in 开展
(每个燃气企业汛期前至少开展1次应急专题培训和1次抢修演练). Expected values are written from the notice.
"""
from __future__ import annotations

from tests.notice_targets import cover_notice, written_targets

BODY = (
    "一、工作要求\n"
    "（一）强化宣传。每个燃气企业汛期前至少开展1次用户安全专题培训和1次抢修演练。\n"
    "（二）加强督导。市住房城乡建设局每半年对各县区燃气安全工作开展一次督导，督导结果纳入年度考核。\n"
    "（三）建立机制。工作专班实行每周一会商、每月一通报，每季度至少召开一次联席会议。\n"
    "（四）落实包联。每个片区由一名干部包联，包联干部每季度至少走访困难用户一次。\n"
    "（五）强化培训。安全员由社区工作人员兼任，每年至少参加一次业务培训。\n"
    "（六）规范补贴。按以下标准发放燃气补贴，每季度发放一次，直至用户改用电能：\n"
    "（七）定期评估。\n"
    "1.燃气管网安全状况评价每2年至少开展一次；\n"
    "2.市市场监督管理局每年组织一次燃气具生产企业和销售网点产品质量监督抽检专项检查，检查结果向社会公开。\n"
    "（八）每年汛期前后各开展一次隐患排查。\n"
)


def _counts(tmp_path) -> set[tuple]:
    text = cover_notice("邵武市人民政府办公室", "《邵武市城镇燃气安全专项整治方案》", BODY, "各乡镇人民政府，市直各单位",
                        "2025年4月8日")
    targets = written_targets(tmp_path / "gas.txt", text)
    return {(t.indicator_raw, t.kind, t.comparator, t.value, t.scope) for t in targets if t.unit == "次"}


def test_a_duty_done_to_each_place_of_a_group_is_counted_for_the_issuer(tmp_path):
    assert ("督导次数", "requirement", "=", 1, "邵武市") in _counts(tmp_path)


def test_a_count_in_one_word_names_the_duty_by_its_verb(tmp_path):
    found = _counts(tmp_path)
    assert ("会商次数", "requirement", "=", 1, "邵武市") in found, found
    assert ("通报次数", "requirement", "=", 1, "邵武市") in found, found
    assert ("联席会议次数", "requirement", ">=", 1, "邵武市") in found, found


def test_a_duty_with_its_object_before_once(tmp_path):
    assert ("走访困难用户次数", "requirement", ">=", 1, "邵武市") in _counts(tmp_path)


def test_a_duty_taken_part_in_is_named_by_the_duty(tmp_path):
    assert ("业务培训次数", "requirement", ">=", 1, "邵武市") in _counts(tmp_path)


def test_a_payment_made_once_a_period_is_named_by_what_is_paid(tmp_path):
    assert ("燃气补贴发放次数", "requirement", "=", 1, "邵武市") in _counts(tmp_path)


def test_an_item_numbered_in_figures_names_its_duty_first(tmp_path):
    assert ("燃气管网安全状况评价次数", "requirement", ">=", 1, "邵武市") in _counts(tmp_path)


def test_a_long_duty_after_once_is_read_whole(tmp_path):
    found = _counts(tmp_path)
    assert ("燃气具生产企业和销售网点产品质量监督抽检专项检查次数", "requirement", "=", 1, "邵武市") in found, found


def test_a_duty_named_after_a_count_ending_in_a_verb_of_taking_place(tmp_path):
    found = _counts(tmp_path)
    assert ("用户安全专题培训次数", "requirement", ">=", 1, "邵武市") in found, found
    assert ("抢修演练次数", "requirement", ">=", 1, "邵武市") in found, found
    assert not [f for f in found if f[0].endswith("开展次数")], found


def test_a_duty_done_once_in_each_of_two_seasons_is_no_single_count(tmp_path):
    assert not [f for f in _counts(tmp_path) if f[0].startswith("隐患排查")]
