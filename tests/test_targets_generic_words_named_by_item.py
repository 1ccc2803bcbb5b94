"""A target's words when the words at its figure are a generic support word, an adverb, a clause or a lead-in,
not the measure (the family blind sets 35–38 showed: 一次性奖励 under 【达产增效奖励】, 单个项目奖励 for 投资强度奖励, 最长
for a subsidy's term, 应拿出 / 各省级农业农村部门要按照 for a share, 可申请个人 for a loan, 在内按… for a tax deduction,
可在上述标准基础上上浮 for a raise, 第八条连续 for how long an event has been held, 每人每天 for a standard), tried on a
notice of our own in another county and topic (tea and tourism awards).

The rules: a generic support word is named by its item's title (【品牌推广奖励】, （三）康养补贴。), unless the item pays
several classes each named by its condition (…国家级旅游休闲街区的，…；获评省级…的，…), or by the funds its sentence fronts
(将X纳入预算，每年安排专项资金…); a bound adverb (最长) after a subsidy is that subsidy's term; a share whose words only lead
it in is named by what it is applied to (…的比例，对…开展抽查 → 抽查比例) or the thing set aside (…的岗位面向… →
面向…岗位比例); a raise on a base is named by the level raised (…上浮比例), and the level after it by that level; a list of
borrowers before one loan names each borrower's loan; an amount of tax relief is 税费扣减定额 / 限额; per-thing words
(每人每天) before …的标准提供X name X标准; an age bracketed after a word (高龄（85周岁以上）老人) is that word's age; an
article number (第七条) and a bracketed title are no part of a name. Expected values are written from the notice.
"""
from tests.notice_targets import checked_targets

NOTICE = "targets_anhua_tea_tourism_award_names.txt"
COUNTY = "安化县"


def _facts():
    return [(t.indicator_raw, t.comparator, t.value, t.unit, t.kind) for t in checked_targets(NOTICE)]


def _by_value(value, unit):
    found = [f for f in _facts() if f[2] == value and f[3] == unit]
    assert len(found) == 1, (value, unit, found)
    return found[0]


def test_a_generic_award_is_named_by_its_item_title():
    # 第二条【品牌推广奖励】…按品牌推广实际投入的3%给予奖励，单个企业最高不超过30万元
    raw, comp, _, _, kind = _by_value(3, "%")
    assert raw.startswith("品牌推广奖励") and raw.endswith("比例") and kind == "support"
    assert _by_value(300000, "元")[0] == "单个企业品牌推广奖励"
    # 第四条【茶园改造补贴】对连片改造低产茶园的经营主体，每亩补贴800元: the title, not whom it is for
    assert _by_value(800, "元/亩")[0] == "茶园改造补贴"
    # （三）康养补贴。对…高龄（85周岁以上）老人，…另给予每人次8元补贴
    assert _by_value(8, "元/人次")[0] == "康养补贴"


def test_an_item_paying_several_classes_names_each_by_its_class():
    # 新建成的茶旅综合体获评国家级旅游休闲街区的，一次性奖励100万元；获评省级旅游休闲街区的，一次性奖励50万元
    national, provincial = _by_value(1000000, "元")[0], _by_value(500000, "元")[0]
    assert "国家级旅游休闲街区" in national and national.endswith("奖励") and "第三条" not in national
    assert "省级旅游休闲街区" in provincial and "国家级" not in provincial


def test_generic_funds_are_named_by_the_funds_the_sentence_fronts():
    # 县财政局要将茶旅融合发展奖励资金纳入年度预算，每年安排专项资金不少于1000万元
    assert _by_value(10000000, "元")[:3] == ("茶旅融合发展奖励资金", ">=", 10000000)
    # 县农业农村局要将茶产业发展专项资金纳入年度预算，每年安排工作经费不少于300万元
    assert _by_value(3000000, "元")[0] == "茶产业发展专项资金"


def test_a_bound_adverb_after_a_subsidy_is_its_term():
    # 给予每人每月1500元生活补贴，最长不超过24个月
    assert _by_value(24, "个月")[:4] == ("生活补贴期限", "<=", 24, "个月")


def test_shares_led_in_by_their_agent_are_named_by_what_follows():
    # 各乡镇人民政府要按照不低于5%的比例，对获得奖励的项目开展抽查
    assert _by_value(5, "%")[:2] == ("抽查比例", ">=")
    # 应拿出不低于10%的岗位面向本县脱贫人口招聘
    assert _by_value(10, "%")[0] == "面向本县脱贫人口招聘岗位比例"
    # 奖励资金中按不低于20%的比例用于支持茶园道路建设
    assert _by_value(20, "%")[0] == "奖励资金用于支持茶园道路建设比例"


def test_raises_are_named_by_the_level_raised():
    # 奖励标准可在上述标准基础上上浮不超过15%
    assert ("奖励标准上浮比例", "<=", 15.0, "%") in [f[:4] for f in _facts()]
    # 县茶旅项目用地指标可分别上浮15%、25%，上浮后最高不超过300亩
    assert "用地指标上浮比例" in _by_value(25, "%")[0] and "第十三条" not in _by_value(25, "%")[0]
    raw, comp, *_ = _by_value(300, "亩")
    assert raw.endswith("用地指标") and "上浮" not in raw and comp == "<="


def test_each_borrower_of_a_list_gets_its_loan():
    # 茶农可申请个人最高20万元、茶企最高200万元的创业担保贷款
    assert ("个人创业担保贷款", "<=", 200000.0, "元") in [f[:4] for f in _facts()]
    assert _by_value(2000000, "元")[0] == "茶企创业担保贷款"


def test_tax_relief_amounts_and_terms():
    # 在2年内按实际招用人数每人每年5000元定额依次扣减城市维护建设税和企业所得税
    raw, comp, _, _, kind = _by_value(5000, "元/年")
    assert (raw, comp, kind) == ("税费扣减定额", "=", "support")
    assert ("税费扣减期限", 2.0, "年") in [(f[0], f[2], f[3]) for f in _facts()]


def test_spans_ages_and_standards_named_by_their_thing():
    # 第七条 连续2年以上在本县举办的斗茶大赛: no article number, the event held
    assert ("斗茶大赛连续举办年限", ">=", 2.0, "年", "requirement") in _facts()
    # 新建并正常营业满9个月: how long it has run
    assert _by_value(9, "个月")[0] == "正常营业时长"
    # 高龄（85周岁以上）老人
    assert _by_value(85, "周岁")[:2] == ("高龄老人年龄", ">=")
    # 对流浪人员按照每人每天不超过50元的标准提供临时住宿
    assert _by_value(50, "元/天")[:2] == ("临时住宿标准", "<=")


def test_time_limits_named_by_the_decision_and_the_payment():
    # 自收到材料之日起5个工作日内作出审核决定，并在审核后3个工作日内发放到位
    assert _by_value(5, "个工作日")[0] == "审核时限"
    assert _by_value(3, "个工作日")[0] == "发放时限"
