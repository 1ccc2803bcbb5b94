"""The unit of a figure given per thing, per time or per base (blind sets 35–38: 每户每次…3000元 → 元/户次, 每孩每年
2000元 → 元/年, 每幢最高20万元 → 元/幢, 8.6万件（套）, 按每万人不超过2家 → 家/万人, 每羊单位不少于50公斤 → 公斤/羊单位,
人均培育经费 → 元/人), on a notice of our own in another city, topics and wording. Expected values are written from the
notice and tests/ANNOTATION_GUIDE.md ("Units of money per thing"; a yearly amount per head keeps the year).
"""
import pytest

from extractors.numbers import find_quantities
from extractors.targets.per_thing import average_unit
from tests.notice_targets import checked_targets

NOTICE = "targets_tongren_units_per_thing.txt"


@pytest.fixture(scope="module")
def units():
    """value → (unit, comparator) of the notice's figures (each value appears once)."""
    return {t.value: (t.unit, t.comparator) for t in checked_targets(NOTICE)}


def test_a_head_and_a_time_are_one_count(units):
    assert units[5000] == ("元/户次", "<=")  # 每户每次救助金额不超过5000元
    assert units[300] == ("元/人次", "<=")  # 按照每人每次不超过300元的标准发放返乡路费


def test_a_yearly_amount_per_head_or_household_keeps_the_year_whatever_its_kind(units):
    assert units[2500][0] == "元/年"  # 按每孩每年2500元标准发放育儿补贴
    assert units[14400][0] == "元/年"  # 按每户每年14400元为限额依次扣减…税费 (a limit, not a support verb)


def test_money_per_building_or_lift_keeps_the_thing(units):
    assert units[150000] == ("元/栋", "<=")  # 每栋最高补助15万元
    assert units[80000][0] == "元/部"  # 每部补助8万元 (每部门 would be no thing)


def test_a_count_with_its_alternative_in_brackets_keeps_both(units):
    assert units[12000][0] == "件（套）"  # 馆藏文物1.2万件（套）
    assert units[320][0] == "处"
    assert [(q.value, q.unit) for q in find_quantities("购置设备300台(套)，新建驿站5座（处）")] == [
        (300, "台（套）"), (5, "座（处）")]
    assert [q.unit for q in find_quantities("达到5个(含)以上")] == ["个"]  # 含 is no count word


def test_a_figure_set_per_a_base_of_people_households_or_livestock_keeps_the_base(units):
    assert units[3] == ("个/万人", ">=")  # 按每万人不少于3个布局
    assert units[40] == ("公斤/羊单位", ">=")  # 按存栏每羊单位不少于40公斤落实
    assert units[1] == ("名/500户", ">=")  # 按每500户不少于1名的标准配备网格员


def test_an_average_paid_per_head_is_per_head_an_average_income_is_an_amount(units):
    assert units[8000] == ("元/人", ">=")  # 人均培训经费不低于8000元
    assert units[18000][0] == "元"  # 农村居民人均可支配收入达到18000元
    assert average_unit("户均年补奖资金") == "元/户" and average_unit("亩均税收") == "元/亩"
    assert average_unit("带动户户均年增收") is None and average_unit("人均纯收入") is None


def test_a_cap_per_enterprise_after_a_rate_is_an_amount_alone_it_is_per_enterprise(units):
    assert units[400000] == ("元", "<=")  # 按展位费的60%给予补助，每家企业每年最高40万元
    assert units[6000] == ("元/家", "<=")  # 发放创新服务券，每家企业每年最高6000元: no rate before it, per enterprise
    assert units[2000] == ("元/户", "<=")  # 按售价的15%给予补贴，每户最高不超过2000元: a household, per household
