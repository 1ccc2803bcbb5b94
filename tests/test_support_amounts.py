"""Support amounts and fees, named by the item or benefit and united right: a table of aid whose standard column has no
unit (类别 | 项目 | 救助标准: 每人每年不超过…元), a fee's standard per unit (征收标准…最高不超过每立方米…元, …计征，每吨…元) a
requirement, a fee charged at a share of its standard a relief, a price and a fee per dose (元/剂次), support named
without the words that only give it (每个认证给予), by a clause's own beneficiary, by the purpose of the funds, a loan's
cap per borrower after the loan is named, funds set per village. Notices of our own; expected values read from them."""
from tests.notice_targets import cover_notice, written_targets

AID_TABLE = ("第四条 补助标准如下表：\n对象类别\t服务项目\t补助标准\n失能老年人\t居家护理\t每人每月不超过300元\n"
             "失能老年人\t适老化改造\t每人一次性不超过3000元\n高龄老年人\t助餐服务\t每人每年不超过1200元\n"
             "高龄老年人\t健康体检\t每人不超过200元\n")


def _facts(tmp_path, name, org, title, body):
    text = cover_notice(org, title, body, "各乡镇人民政府", "2025年5月6日")
    return written_targets(tmp_path / name, text)


def test_an_aid_table_without_a_unit_in_its_header_gives_one_support_per_row(tmp_path):
    facts = _facts(tmp_path, "elderly.txt", "某县民政局", "某县居家养老服务补助办法", AID_TABLE)
    rows = {(t.value, t.unit, t.comparator, t.kind) for t in facts}
    assert (300, "元/月", "<=", "support") in rows
    assert (3000, "元/人", "<=", "support") in rows
    assert (1200, "元/年", "<=", "support") in rows
    assert (200, "元/人", "<=", "support") in rows
    named = {t.value: t.indicator_raw for t in facts}
    assert "失能老年人" in named[300] and "居家护理" in named[300]
    assert "高龄老年人" in named[1200] and "助餐服务" in named[1200]
    assert not any(t.indicator_raw.startswith("每人") for t in facts)


def test_a_fee_standard_per_unit_is_a_requirement_named_by_the_standard(tmp_path):
    body = ("一、污水处理费征收标准由市价格主管部门会同财政部门核定，最高不超过每立方米1.2元（不足1立方米的按1立方米计）。"
            "工业企业自备水源的，按取水量计征，每吨不超过0.9元。\n")
    facts = _facts(tmp_path, "sewage.txt", "某市发展和改革委员会", "某市污水处理费征收管理办法", body)
    rows = {(t.indicator_raw, t.value, t.unit, t.comparator, t.kind) for t in facts}
    assert ("污水处理费征收标准", 1.2, "元/立方米", "<=", "requirement") in rows
    assert ("征收标准", 0.9, "元/吨", "<=", "requirement") in rows  # …按取水量计征: the standard the paragraph named
    assert not any(t.value == 1 and t.unit == "立方米" for t in facts)  # 不足1立方米的按1立方米计: a rounding rule


def test_a_fee_charged_at_a_share_of_its_standard_is_relief_for_whom_it_names(tmp_path):
    body = "二、对符合条件的残疾人个体工商户，按收费标准的50%收取，政策执行至2026年底。\n"
    facts = _facts(tmp_path, "relief.txt", "某市市场监督管理局", "某市检测收费减免办法", body)
    share = next(t for t in facts if t.value == 50)
    assert (share.indicator_raw, share.kind, share.comparator) == ("残疾人个体工商户收费比例", "support", "=")


def test_a_price_and_a_fee_per_dose_keep_the_dose_in_their_unit(tmp_path):
    body = ("三、流感疫苗由市统一采购，每剂次采购价格不超过95元。接种服务费按每剂次15元标准由区财政承担。\n")
    facts = _facts(tmp_path, "flu.txt", "某市卫生健康委员会", "某市老年人流感疫苗免费接种方案", body)
    price = next(t for t in facts if t.value == 95)
    fee = next(t for t in facts if t.value == 15)
    assert (price.indicator_raw, price.unit, price.comparator, price.kind) == ("采购价格", "元/剂次", "<=", "requirement")
    assert (fee.indicator_raw, fee.unit, fee.kind) == ("接种服务费", "元/剂次", "support")


def test_support_is_named_without_the_words_that_only_give_it_nor_a_payer(tmp_path):
    body = ("四、对新获得地理标志产品认证的企业，每个认证给予2万元奖励。"
            "对重度残疾人参加城乡居民医疗保险个人缴费部分给予全额资助，低收入人口按每人每年80元给予定额资助。"
            "对完成老旧小区加装电梯的，区级财政按每部10万元给予补助。\n")
    facts = _facts(tmp_path, "awards.txt", "某区人民政府办公室", "某区惠民政策措施", body)
    named = {t.value: t for t in facts}
    assert "每个" not in named[20000].indicator_raw and "给予" not in named[20000].indicator_raw
    assert named[20000].indicator_raw.endswith("奖励") and named[20000].unit == "元/个"
    assert named[80].indicator_raw == "低收入人口定额资助" and named[80].unit == "元/年"
    assert not named[100000].indicator_raw.startswith("区级财政")


def test_funds_named_by_their_purpose_and_funds_per_village(tmp_path):
    body = ("五、各县可从土地出让收益中安排不超过收益额8%的资金用于农田水利建设。"
            "村级便民服务经费按每村每年3000元的标准保障。\n")
    facts = _facts(tmp_path, "funds.txt", "某市财政局", "某市农村公益事业资金管理办法", body)
    share = next(t for t in facts if t.value == 8)
    assert share.indicator_raw.startswith("农田水利建设资金占") and share.kind == "support"
    village = next(t for t in facts if t.value == 3000)
    assert (village.indicator_raw, village.kind) == ("村级便民服务经费", "support")


def test_a_loan_cap_per_borrower_after_the_loan_is_named_is_support(tmp_path):
    body = "六、返乡创业人员符合条件的，可申请创业担保贷款，个人最高20万元，合伙创业最高100万元，按规定给予贴息。\n"
    facts = _facts(tmp_path, "loans.txt", "某县人力资源和社会保障局", "某县返乡创业扶持办法", body)
    rows = {(t.indicator_raw, t.value, t.kind, t.comparator) for t in facts}
    assert ("个人创业担保贷款", 200000, "support", "<=") in rows
    assert ("合伙创业担保贷款", 1000000, "support", "<=") in rows


def test_a_support_table_cell_naming_its_share_and_a_term_under_a_cap(tmp_path):
    table = ("第三条 扶持标准如下表：\n扶持项目\t扶持标准\t上限\n茶叶加工设备更新\t按设备投资的20%给予补助\t每家最高10万元\n"
             "茶企技改贷款\t贷款贴息，贴息比例40%\t期限不超过3年\n")
    body = table + "第四条 茶园保险保费由县财政补贴60%，每亩保险金额2000元。\n"
    facts = _facts(tmp_path, "tea.txt", "某县农业农村局", "某县茶产业扶持办法", body)
    named = {t.value: t for t in facts}
    assert named[40].indicator_raw.endswith("贴息比例") and named[40].kind == "support"
    assert (named[3].unit, named[3].comparator) == ("年", "<=") and "期限" in named[3].indicator_raw
    assert (named[2000].indicator_raw, named[2000].unit) == ("保险金额", "元/亩")


def test_a_bound_said_to_be_included_is_no_figure_of_its_own(tmp_path):
    body = "七、资助对象为本市户籍、16周岁以下（含16周岁）的困难家庭儿童，每人每年资助2000元。\n"
    facts = _facts(tmp_path, "children.txt", "某市民政局", "某市困难儿童资助办法", body)
    ages = [t for t in facts if t.unit == "周岁"]
    assert [(t.value, t.comparator) for t in ages] == [(16, "<=")]
    assert any((t.value, t.unit, t.kind) == (2000, "元/年", "support") for t in facts)



def test_one_households_yearly_cap_is_an_amount(tmp_path):
    body = "八、对种粮大户的生产贷款，按贷款市场报价利率的40%给予贴息，单户年度贴息最高3万元。\n"
    facts = _facts(tmp_path, "grain.txt", "某县农业农村局", "某县种粮大户贷款贴息办法", body)
    cap = next(t for t in facts if t.value == 30000)  # a cap per unit (单个项目最高…) is an amount, as the guide reads it
    assert (cap.unit, cap.comparator, cap.kind) == ("元", "<=", "support")
