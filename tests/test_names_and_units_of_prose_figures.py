"""Names and units of prose figures (the misses blind sets 59 and 60, tests/unseen59 and tests/unseen60, showed in
notices on burial reform, childcare, patent pledge loans, e-bike safety, forest fire prevention, blood donation,
farmland upkeep and rental housing), on notices of our own in other places, topics and wordings:

- money paid per grave plot, body, case or flat (每穴, 每具, 每例, 每套（间）) keeps the thing in its unit, and a 每具 before
  the bound is no part of the name; blood is counted in 单位 and volumes in 毫升;
- a wider region's level in brackets after a comparison (低于全省平均水平（14.1‰）) is that region's level of the measure
  the sentence states, never named by the comparison;
- who pays (保费由市财政补贴60%) and the head count an amount is paid by (按照实际入住人数每人每月…) name nothing;
- the things counted after 统筹全县 name the count; a term before a hedging bracket (运营期限内（原则上不少于10年）) names it;
- a bare 占比 after a clause that sets land aside is that land's share; a share a place builds at (按照不低于住宅户数15%的
  比例配建…充电车位) is named by the place, the thing and the building; money withheld as a share (扣减…经费的30%) is
  the share of the withholding;
- a stock counted in days of use (库存不低于3天用量) is named by the stock; time limits of 返还 and 送达, also when two spans share the action after them; a rate bounded by a benchmark raised
  (贷款执行利率不超过…（LPR）上浮40%) is the rate's raise, also across a line a PDF broke;
- shares parties bear paired by 分别 are each party's; a size that only says which flats a share counts is no figure.
Expected values are written from the notices.
"""
import pytest

from tests.notice_targets import written_targets

HEAD = "{org}人民政府办公室关于印发{org}{title}的通知\n\n各乡镇人民政府，县直各部门：\n"
SIGN = "\n\n{org}人民政府办公室\n2024年3月1日\n"

BURIAL = """一、工作现状
2023年，全县采集全血1.86万单位，千人口献血率为11.2‰，低于全省平均水平（13.5‰）。
二、主要措施
（一）落实奖补。对验收合格的新建城乡公益性公墓，按每穴400元的标准给予奖补。
（二）惠民殡葬。减免标准每具不超过1500元。对选择海葬、树葬等节地生态安葬方式的，每例给予一次性奖励800元。
（三）献血激励。献血者累计献血量达到1000毫升以上的，本人终身免费使用临床用血。优化血液配送，确保乡镇卫生院提出用血申请后3小时内、偏远山区卫生室5小时内送达。各乡镇卫生院储血点库存不低于3天用量；县血站库存量降至2天用量以下时，立即启动应急供血预案。
"""

HOUSING = """一、支持政策
（一）土地支持。在年度国有建设用地供应计划中单列人才公寓用地，占比不低于5%。
（二）户型面积。新建项目中60平方米以下户型占比不低于80%。
（三）存量房屋改建。利用闲置厂房改建为人才公寓的，在约定的运营期限内（原则上不少于10年）不变更土地使用性质。
（四）资金支持。省级财政按照每套（间）2万元的标准给予补助。
（五）充电设施。新建住宅小区按照不低于住宅户数15%的比例配建新能源汽车充电车位。
（六）运营补贴。对经认定的普惠养老机构，按照实际入住人数每人每月150元给予运营补贴。
（七）保险补贴。鼓励购买设施保险，保费由市财政补贴60%，其余由管护主体承担。
（八）考核。考核不合格的街道，扣减下一年度运维经费的30%。
（九）巡护。县林业局要统筹全县280名生态护林员和95名公益林护林员，实行网格化管理。
"""

LOANS = """第七条 纳入风险补偿范围的贷款应当符合下列条件：
（一）贷款期限不超过2年；
（二）贷款执行利率不超过同期贷款市场报价利率
（LPR）上浮30%。
第八条 贷款发生本金损失的，由风险补偿资金、合作银行和担保机构分别按50%、30%和20%的比例分担。合作银行获得风险补偿后，追偿所得在20个工作日内按原比例返还补偿资金。
"""


def _rows(tmp_path, org, title, body):
    path = tmp_path / "notice.txt"
    targets = written_targets(path, HEAD.format(org=org, title=title) + body + SIGN.format(org=org))
    return {(t.indicator_raw, t.value, t.unit, t.scope) for t in targets}, targets


@pytest.fixture(scope="module")
def burial(tmp_path_factory):
    return _rows(tmp_path_factory.mktemp("burial"), "宁海县", "殡葬和献血工作方案", BURIAL)


@pytest.fixture(scope="module")
def housing(tmp_path_factory):
    return _rows(tmp_path_factory.mktemp("housing"), "建德市", "住房和养老支持办法", HOUSING)


@pytest.fixture(scope="module")
def loans(tmp_path_factory):
    return _rows(tmp_path_factory.mktemp("loans"), "宁海县", "知识产权质押贷款办法", LOANS)


def test_money_per_plot_body_and_case_keeps_the_thing(burial):
    rows, _ = burial
    assert any(r[1] == 400.0 and r[2] == "元/穴" and r[0].endswith("奖补") for r in rows)
    assert ("减免标准", 1500.0, "元/具", "宁海县") in rows
    assert any(r[1] == 800.0 and r[2] == "元/例" and r[0].endswith("一次性奖励") for r in rows)


def test_blood_in_units_and_millilitres(burial):
    rows, _ = burial
    assert ("采集全血", 18600.0, "单位", "宁海县") in rows
    assert any(r[1] == 1000.0 and r[2] == "毫升" and r[0].endswith("累计献血量") for r in rows)


def test_wider_regions_level_in_brackets_is_of_the_measure(burial):
    rows, targets = burial
    assert ("千人口献血率", 11.2, "‰", "宁海县") in rows
    assert ("千人口献血率", 13.5, "‰", "浙江省") in rows
    assert not any("平均水平" in t.indicator_raw for t in targets)
    assert next(t for t in targets if t.value == 13.5).comparator == "="


def test_spans_sharing_one_action_are_its_time_limits(burial):
    rows, _ = burial
    assert ("送达时限", 3.0, "小时", "宁海县") in rows
    assert ("送达时限", 5.0, "小时", "宁海县") in rows


def test_stock_counted_in_days_of_use_is_named_by_the_stock(burial):
    rows, _ = burial
    assert any(r[1] == 3.0 and r[2] == "天" and r[0].endswith("储血点库存") for r in rows)
    assert ("县血站库存量", 2.0, "天", "宁海县") in rows


def test_flat_and_room_unit_term_and_share_of_land(housing):
    rows, targets = housing
    assert ("补助", 20000.0, "元/套（间）", "建德市") in rows
    assert ("运营期限", 10.0, "年", "建德市") in rows
    assert ("人才公寓用地占比", 5.0, "%", "建德市") in rows
    assert ("户型占比", 80.0, "%", "建德市") in rows
    assert not any(t.value == 60.0 and t.unit == "平方米" for t in targets)  # which flats, no figure


def test_share_built_payer_head_count_withholding_and_staff(housing):
    rows, _ = housing
    assert ("新建住宅小区新能源汽车充电车位配建比例", 15.0, "%", "建德市") in rows
    assert ("保费补贴比例", 60.0, "%", "建德市") in rows
    assert ("扣减下一年度运维经费比例", 30.0, "%", "建德市") in rows
    assert ("生态护林员", 280.0, "名", "建德市") in rows
    paid = [r for r in rows if r[1] == 150.0]
    assert paid and paid[0][2] == "元/月" and "入住人数" not in paid[0][0] and paid[0][0].endswith("运营补贴")


def test_raise_over_a_benchmark_across_a_broken_line(loans):
    rows, _ = loans
    assert ("贷款执行利率上浮比例", 30.0, "%", "宁海县") in rows


def test_shares_paired_by_party_and_the_return_limit(loans):
    rows, _ = loans
    assert ("风险补偿资金分担比例", 50.0, "%", "宁海县") in rows
    assert ("合作银行分担比例", 30.0, "%", "宁海县") in rows
    assert ("担保机构分担比例", 20.0, "%", "宁海县") in rows
    assert ("返还时限", 20.0, "个工作日", "宁海县") in rows
