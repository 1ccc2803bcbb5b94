"""Support named by the thing or work it pays for, not by who gets it, the payer or 单个/每户 words: a thing built,
bought or rented by the class paid (新建…气调库的合作社 → 气调库; …的共享中试车间), a share of an investment in a named
thing and its cap per firm, a bare 单个 cap, a thing paid per piece (每座公厕), a pair of pieces (每头（只）), a work
done by a payee (运营单位补贴 → 运营补贴), a list of amounts before its noun, a level's yearly funds, shares each level
bears, a case paying the support the case before named. Notices of our own; expected values read from them."""
from tests.notice_targets import cover_notice, written_targets


def _facts(tmp_path, body, org="某县人民政府办公室", title="某县产业发展若干措施"):
    text = cover_notice(org, title, body, "各乡镇人民政府，县直各部门", "2025年3月12日")
    return [(t.kind, t.indicator_raw, t.comparator, t.value, t.unit) for t in written_targets(tmp_path / "n.txt", text)]


def _support(facts, value):
    found = [f for f in facts if f[3] == value and f[0] == "support"]
    assert found, (value, facts)
    return found[0]


def test_a_class_that_builds_a_thing_names_the_support_by_the_thing(tmp_path):
    body = ("（三）完善仓储保鲜。对新建容积5000立方米以上气调库的果蔬专业合作社，按每立方米30元给予补助。\n"
            "（四）建设中试平台。对在园区新建或租赁、建筑面积1000平方米以上、为5家以上企业提供服务的共享中试车间，"
            "按实际投资额的20%给予补助，单个企业最高不超过50万元。\n")
    facts = _facts(tmp_path, body)
    rate = _support(facts, 30)
    assert "气调库" in rate[1] and "合作社" not in rate[1] and rate[4] == "元/立方米"
    share = _support(facts, 20)
    assert "共享中试车间" in share[1] and share[4] == "%"
    cap = _support(facts, 500000)
    assert "共享中试车间" in cap[1] and cap[1].startswith("单个企业") and cap[4] == "元"


def test_a_bare_cap_and_an_invested_thing_name_what_they_cap(tmp_path):
    body = ("1.对村集体新建的农产品产地集配中心，按实际投资额的40%给予补助，单个最高不超过10万元。\n"
            "2.对年加工粮食5万吨以上的企业，按新购烘干设备投资额的30%给予补助，单个企业最高不超过80万元。\n")
    facts = _facts(tmp_path, body)
    assert "农产品产地集配中心" in _support(facts, 100000)[1]
    assert "烘干设备投资" in _support(facts, 30)[1]
    cap = _support(facts, 800000)
    assert "烘干设备投资" in cap[1] and "加工粮食" not in cap[1]


def test_things_paid_per_piece_name_their_support_and_unit(tmp_path):
    body = ("（二）保障经费。县财政按每座公厕2万元、每处垃圾收集点5000元的标准对村（社区）予以补助。\n"
            "（三）对引进良种母牛、良种母羊的家庭牧场，每头（只）分别补助1500元、300元。\n")
    facts = _facts(tmp_path, body, "某区农业农村局", "某区人居环境整治和畜牧业奖补办法")
    assert _support(facts, 20000)[1:] == ("公厕补助", "=", 20000, "元/座")
    assert _support(facts, 5000)[1:] == ("垃圾收集点补助", "=", 5000, "元/处")
    assert _support(facts, 1500)[4] == "元/头"
    assert _support(facts, 300)[4] == "元/只"


def test_a_work_a_list_and_a_levels_funds_name_the_support(tmp_path):
    body = ("1.人社局要制定见习基地考核办法，按照实际见习人数每人每天60元标准给予运营单位补贴。\n"
            "2.对新引进的博士研究生、硕士研究生，分别给予每人每月2000元、1000元生活补贴。\n"
            "3.县财政局要统筹上级水利资金和县级资金，2025—2027年县级每年安排不少于800万元。\n")
    facts = _facts(tmp_path, body)
    assert _support(facts, 60)[1] == "运营补贴"
    assert _support(facts, 2000)[1].endswith("生活补贴") and _support(facts, 1000)[1].endswith("生活补贴")
    assert _support(facts, 8000000)[1:] == ("县级资金", ">=", 8000000, "元")


def test_shares_each_level_bears_are_support(tmp_path):
    body = "三、资金保障\n所需资金除中央补助外，由州、县两级财政分担，其中州级承担40%、县级承担60%。\n"
    facts = _facts(tmp_path, body, "某州人民政府", "某州困难群众救助实施办法")
    assert ("support", "州级财政承担比例", "=", 40, "%") in facts
    assert ("support", "县级财政承担比例", "=", 60, "%") in facts


def test_a_case_without_its_noun_pays_the_support_the_case_before_named(tmp_path):
    body = "（一）建设补助。新建普惠托育机构的，按每个托位给予8000元一次性建设补助；改扩建的，每个托位给予4000元。\n"
    facts = _facts(tmp_path, body, "某市卫生健康委员会", "某市普惠托育服务扶持办法")
    case = _support(facts, 4000)
    assert case[1] == "改扩建一次性建设补助" and case[2] == "="
    assert not any(f[3] == 4000 and f[0] == "target" for f in facts)
