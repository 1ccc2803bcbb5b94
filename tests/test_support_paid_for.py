"""Support named by what it pays for, with its unit per thing (fix round of blind sets 74–77): the amounts of the
numbered items under a lead line that names the support (按以下标准发放…补贴：), a household's yearly total (每个家庭每年
→ 元/年), electricity paid per 度, a work paid per household once (…安装每户一次性补贴), an item's title closed by a
colon, several classes under one title each paid per product, a lead 对以下… that names no class, a cap per 单+thing
on a support at a rate, and money paid out through a named fund.
Each test runs a short notice of our own, in other places, topics and wordings than the blind notices; the expected
facts are written from the notice text.
"""
from tests.notice_targets import cover_notice, written_targets

DATE = "2025年4月8日"


def _support(tmp_path, name: str, org: str, title: str, body: str) -> dict:
    notice = cover_notice(org, title, body, f"各乡镇人民政府，{org[:3]}各部门", DATE)
    return {(t.value, t.unit): t for t in written_targets(tmp_path / name, notice) if t.kind == "support"}


def test_items_under_a_lead_naming_the_support_are_that_support_by_case(tmp_path):
    body = ("一、护理补贴\n对本县户籍的失能老年人，按以下标准发放护理补贴，每季度发放一次：\n"
            "1. 经评估为重度失能的，每人每年发放4800元；\n"
            "2. 经评估为中度失能的，一次性发放1500元。\n")
    facts = _support(tmp_path, "care.txt", "某县民政局", "失能老年人护理补贴实施办法", body)
    assert (4800, "元/年") in facts and (1500, "元") in facts, facts
    for key in ((4800, "元/年"), (1500, "元")):
        assert facts[key].indicator_raw.endswith("护理补贴") and "失能" in facts[key].indicator_raw, facts[key]
        assert facts[key].comparator == "=", facts[key]


def test_a_household_total_per_year_keeps_the_year(tmp_path):
    body = "二、补贴上限\n每个家庭每年享受的家电以旧换新补贴合计不超过6000元。\n"
    facts = _support(tmp_path, "cap.txt", "某市商务局", "家电以旧换新补贴实施细则", body)
    assert (6000, "元/年") in facts, facts
    assert facts[(6000, "元/年")].comparator == "<=", facts


def test_electricity_paid_per_du_and_an_installation_paid_once_per_household(tmp_path):
    body = ("（一）储能改造。储能设施放电补贴按每度电0.3元给予，每户每年最高补贴900元。\n"
            "（二）热泵改造。空气源热泵安装每户一次性补贴5000元。\n")
    facts = _support(tmp_path, "heat.txt", "某县发展和改革局", "农村清洁能源改造补贴方案", body)
    assert (0.3, "元/度") in facts, facts
    assert facts[(0.3, "元/度")].indicator_raw == "储能设施放电补贴", facts
    assert (5000, "元/户") in facts, facts
    assert facts[(5000, "元/户")].indicator_raw == "空气源热泵安装补贴", facts


def test_an_item_title_closed_by_a_colon_names_its_support(tmp_path):
    body = ("三、奖补政策\n"
            "1.民宿品质提升奖补：对年接待游客3000人次以上的民宿经营主体，按实际改造面积每平方米100元给予奖补。\n"
            "2.民宿消防改造奖励：完成消防设施改造的，经验收合格后每家奖励2万元。\n")
    facts = _support(tmp_path, "inn.txt", "某县文化旅游局", "民宿产业提质奖补办法", body)
    assert facts[(100, "元/平方米")].indicator_raw == "民宿品质提升奖补", facts
    assert facts[(20000, "元/家")].indicator_raw == "民宿消防改造奖励", facts


def test_classes_under_one_title_each_paid_per_product_are_named_by_their_class(tmp_path):
    body = ("2. **品牌认定奖励。** 新获得中国驰名商标的，每个商标奖励30万元；新获得省级知名品牌的，每个品牌奖励5万元。\n")
    facts = _support(tmp_path, "brand.md", "某市市场监督管理局", "品牌建设奖励办法", body)
    assert "驰名商标" in facts[(300000, "元/个")].indicator_raw, facts
    assert "知名品牌" in facts[(50000, "元/个")].indicator_raw, facts


def test_a_lead_to_the_following_things_names_no_class(tmp_path):
    body = ("二、提高更新补贴标准\n对以下设备提高更新补贴额：\n"
            "▶ 电动叉车：3吨以下每台最高补贴8000元；3吨以上每台最高补贴1.2万元。\n")
    facts = _support(tmp_path, "forklift.txt", "某省商务厅", "物流设备更新补贴实施方案", body)
    assert (8000, "元/台") in facts and (12000, "元/台") in facts, facts
    assert all("以下设备" not in t.indicator_raw for t in facts.values()), facts


def test_a_cap_per_single_site_is_on_the_support_given_at_a_rate(tmp_path):
    body = "（一）加大资金支持。对建设村级污水处理站的，按工程投资的40%给予补助，单站最高不超过15万元。\n"
    facts = _support(tmp_path, "sewage.txt", "某市生态环境局", "农村生活污水治理实施方案", body)
    assert (150000, "元") in facts, facts
    assert "污水处理站" in facts[(150000, "元")].indicator_raw, facts


def test_money_paid_out_through_a_named_fund_is_named_by_the_fund(tmp_path):
    body = ("（三）强化资金保障。省财政通过就业补助资金对各市开展职业技能培训给予支持，2025年已下达资金8.6亿元。\n")
    facts = _support(tmp_path, "fund.txt", "某省人力资源和社会保障厅", "职业技能提升行动实施方案", body)
    assert facts[(860000000, "元")].indicator_raw == "就业补助资金", facts
