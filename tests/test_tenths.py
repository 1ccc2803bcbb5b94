"""Tenths as shares (六成以上 → 60 %): read as a percentage before a bound word or a clause's end, nowhere else."""
import pytest

from extractors.numbers import find_quantities
from tests.notice_targets import written_targets


@pytest.mark.parametrize("text, value", [
    ("到2027年，六成以上的乡镇卫生院达到服务能力标准", 60.0),
    ("家庭医生签约覆盖率超过七成。", 70.0),
    ("综合利用率达到八成半左右，", 85.0),
    ("完成6成以上", 60.0),
])
def test_tenths_read_as_a_percentage(text, value):
    quantities = find_quantities(text)
    assert [(q.value, q.unit) for q in quantities] == [(value, "%")]


@pytest.mark.parametrize("text", ["政策一成不变", "建成三成熟社区", "十六成员单位", "组成九成员"])
def test_cheng_that_is_no_share(text):
    assert [q for q in find_quantities(text) if q.unit == "%"] == []


NOTICE = """某市农业农村局关于印发某市秸秆综合利用工作方案的通知

各区县农业农村局：
现将《某市秸秆综合利用工作方案》印发给你们，请认真组织实施。

某市农业农村局
2025年4月2日

一、工作目标
到2026年底，全市秸秆综合利用率稳定在九成以上，六成以上的规模养殖场实现秸秆饲料化利用。
"""


def test_tenths_goals_in_a_notice(tmp_path):
    targets = written_targets(tmp_path / "tenths.txt", NOTICE)  # each span checked against its evidence
    found = {(t.value, t.unit, t.comparator, t.deadline) for t in targets}
    assert found == {(90.0, "%", ">=", "2026-12-31"), (60.0, "%", ">=", "2026-12-31")}
