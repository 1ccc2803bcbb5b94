"""Figures blind sets 47–48 missed or misread: a past year one sentence reports by dated every article after it; animals
counted in 只/羽/匹 came out with no unit; a two-column text table spaced with full-width spaces was not read; columns
headed 现状 / 目标 took 现状 as their measure; support paid per one person counted in the clause before, per shop, or
to those who did something since a year, and basis points as a unit.
Each test runs a short notice of our own, in other places, topics and wordings than the blind notices; the expected
facts are written from the notice text.
"""
from pipeline.runner import extract_document
from tests.notice_targets import cover_notice

ADDRESSEES = "各乡镇人民政府，县直各部门"
DATE = "2025年3月10日"


def _targets(tmp_path, name: str, body: str, org: str = "某县农业农村局", title: str = "某县奖补办法") -> list:
    path = tmp_path / name
    path.write_text(cover_notice(org, title, body, ADDRESSEES, DATE), encoding="utf-8")
    doc, results, _ = extract_document(str(path))
    for t in results["targets"]:
        assert doc.text[t.char_start:t.char_end] == t.evidence
    return results["targets"]


def _by_value(targets) -> dict:
    return {(t.value, t.unit): t for t in targets}


def test_a_past_year_dates_its_own_sentence_not_the_articles_after_it(tmp_path):
    body = ("第一条　为促进生猪产业发展，制定本办法。\n"
            "第二条　发展目标。2024年全县生猪出栏达到30万头。2025年全县生猪出栏达到32万头，新建标准化猪场5个。"
            "重点乡镇任务如下：\n"
            "第三条　扶持对象。在本县登记注册满2年以上的养殖企业。\n"
            "第四条　扶持标准。\n（一）圈舍改造。按每平方米80元给予补助，单场最高补助10万元。\n"
            "（二）冷链配送。收购生猪1000头以上的，每头补助20元。\n")
    facts = _by_value(_targets(tmp_path, "pigs.txt", body))
    past = facts[(300000, "头")]
    assert (past.kind, past.deadline) == ("actual", "2024-12-31")
    goal = facts[(320000, "头")]
    assert (goal.kind, goal.deadline) == ("target", "2025-12-31")
    for key in ((80, "元/平方米"), (20, "元/头")):
        assert facts[key].kind == "support" and facts[key].deadline is None, key
    cap = facts[(100000, "元")]
    assert (cap.kind, cap.comparator, cap.deadline) == ("support", "<=", None)
    assert facts[(2, "年")].kind == "requirement" and facts[(2, "年")].deadline is None


def test_animals_counted_in_zhi_yu_and_pi(tmp_path):
    body = ("一、发展目标\n到2027年，全县家禽出栏达到500万羽，肉兔存栏达到12万只，马存栏稳定在3000匹。\n"
            "二、扶持政策\n引进良种母兔的，每只补助30元，每户最多补助100只。\n")
    targets = _targets(tmp_path, "animals.txt", body)
    facts = _by_value(targets)
    assert facts[(5000000, "羽")].indicator_raw == "家禽出栏"
    assert facts[(120000, "只")].indicator_raw == "肉兔存栏"
    assert facts[(3000, "匹")].indicator_raw == "马存栏"
    assert facts[(30, "元/只")].kind == "support"
    assert facts[(100, "只")].comparator == "<="
    assert not any(t.indicator_raw.endswith(("只", "羽", "匹")) for t in targets)


def test_camels_counted_in_feng(tmp_path):
    # 峰 counts camels as 头 counts pigs; a peak (峰值) or a summit (峰会) after a figure is no unit
    body = ("一、发展目标\n到2027年，全旗双峰驼存栏达到8.5万峰，驼奶年产量达到2000吨，用电峰值负荷控制在30万千瓦以内。\n"
            "二、扶持政策\n新购种公驼的，每峰补贴2000元，每户最多补贴5峰。举办第3届驼文化峰会。\n")
    targets = _targets(tmp_path, "camels.txt", body, org="某旗农牧局", title="某旗骆驼产业扶持办法")
    facts = _by_value(targets)
    assert facts[(85000, "峰")].indicator_raw == "双峰驼存栏"
    assert facts[(2000, "元/峰")].kind == "support"
    assert facts[(5, "峰")].comparator == "<="
    assert not any(t.unit == "峰" and t.value in (30, 3) for t in targets)


def test_things_counted_in_ju(tmp_path):
    # 具 counts extinguishers and pumps; 具有 / 具备 after a figure are verbs, not the unit
    body = ("一、物资储备\n每个行政村储备灭火器不少于12具、抽水泵不少于2具。\n"
            "二、队伍建设\n各乡镇组建不少于15人具有救援技能的应急分队。\n")
    targets = _targets(tmp_path, "stores.txt", body, org="某县应急管理局", title="某县应急物资储备工作方案")
    facts = _by_value(targets)
    assert facts[(12, "具")].indicator_raw.endswith("灭火器") and facts[(12, "具")].comparator == ">="
    assert facts[(2, "具")].indicator_raw.endswith("抽水泵")
    assert not any(t.unit == "具" and t.value == 15 for t in targets)


def test_a_two_column_text_table_spaced_with_full_width_spaces(tmp_path):
    body = ("一、工作目标\n到2026年，全县生猪出栏达到60万头。各乡镇任务如下（单位：万头）：\n\n"
            "乡　别　　　　2026年生猪出栏目标\n"
            "东河乡　　　　12\n"
            "西岭乡　　　　9.5\n"
            "南坪镇　　　　15\n"
            "北川镇　　　　8\n\n"
            "二、保障措施\n各乡镇要加强组织领导。\n")
    targets = _targets(tmp_path, "table.txt", body)
    rows = {t.scope: t for t in targets if t.scope in ("东河乡", "西岭乡", "南坪镇", "北川镇")}
    assert {s: (t.value, t.unit) for s, t in rows.items()} == {
        "东河乡": (120000, "头"), "西岭乡": (95000, "头"), "南坪镇": (150000, "头"), "北川镇": (80000, "头")}
    for t in rows.values():
        assert (t.kind, t.comparator, t.deadline) == ("target", ">=", "2026-12-31")
        assert t.indicator_raw.startswith("生猪出栏")


def test_a_line_of_words_over_figures_needs_a_header_to_be_a_table(tmp_path):
    # lines of a place and a figure with no header of words over them are no table of goals
    body = ("一、基本情况\n全县共有养殖场如下：\n东河乡　　　　12\n西岭乡　　　　9\n南坪镇　　　　15\n")
    targets = _targets(tmp_path, "notable.txt", body)
    assert not any(t.scope in ("东河乡", "西岭乡", "南坪镇") for t in targets)


def test_status_and_goal_columns_take_the_measure_the_lead_names(tmp_path):
    text = ("# 某市卫生健康委员会关于印发农村改厕提升行动方案的通知\n\n各县区卫生健康局：\n\n## 一、工作目标\n\n"
            "2024年底，全市农村卫生厕所普及率为82%。到2027年，全市农村卫生厕所普及率达到90%以上，"
            "农村户厕问题摸排整改率达到100%，各县区2027年农村卫生厕所普及率目标如下表：\n\n"
            "| 县区 | 2024年现状（%） | 2027年目标（%） |\n|---|---|---|\n"
            "| 东城区 | 88.5 | 95 |\n| 西山县 | 76.2 | 86 |\n| 南湖县 | 80.1 | 89 |\n\n"
            "## 二、工作要求\n\n各县区要加强组织领导。\n\n某市卫生健康委员会\n2025年3月10日\n")
    path = tmp_path / "toilets.md"
    path.write_text(text, encoding="utf-8")
    _, results, _ = extract_document(str(path))
    rows = [t for t in results["targets"] if t.scope in ("东城区", "西山县", "南湖县")]
    assert {(t.scope, t.value, t.kind) for t in rows} == {
        ("东城区", 88.5, "actual"), ("东城区", 95, "target"), ("西山县", 76.2, "actual"), ("西山县", 86, "target"),
        ("南湖县", 80.1, "actual"), ("南湖县", 89, "target")}
    assert {t.indicator_raw for t in rows} == {"农村卫生厕所普及率"}
    assert {t.deadline for t in rows if t.kind == "target"} == {"2027-12-31"}


def test_support_per_one_counted_in_the_clause_before_per_shop_and_since_a_year(tmp_path):
    body = ("第五条　用人单位吸纳就业困难人员超过上年度人数的，每超计划吸纳1人，给予一次性奖励2000元，"
            "每个单位每年奖励总额不超过3万元。\n"
            "第六条　对在县外新开设农产品直营门店的企业，每店一次性奖励1万元。\n"
            "第七条　对2024年以来新建日光温室并投入生产的，每亩一次性补助1500元。\n")
    targets = _targets(tmp_path, "support.txt", body)
    facts = _by_value(targets)
    assert facts[(2000, "元/人")].kind == "support"
    assert (1, "人") not in facts  # the one person the award is paid per: its unit, no figure
    cap = facts[(30000, "元")]
    assert (cap.kind, cap.comparator) == ("support", "<=")
    assert facts[(10000, "元/店")].kind == "support"
    greenhouse = facts[(1500, "元/亩")]
    assert (greenhouse.kind, greenhouse.deadline) == ("support", None)


def test_basis_points_are_a_unit(tmp_path):
    body = "三、贴息政策\n财政按一年期贷款市场报价利率（LPR）减100个基点以下部分给予贴息，贴息期限不超过2年。\n"
    facts = _by_value(_targets(tmp_path, "bp.txt", body))
    assert (100, "个基点") in facts
    assert (100, "个") not in facts


def test_a_standard_of_money_waived_is_support_named_by_what_it_waives(tmp_path):
    body = ("三、支持政策\n对低保户、特困户等困难群众，各乡镇可按每户每年不超过80元的标准减免垃圾处理费。"
            "城区可按每户每月5元的标准收取垃圾处理费。\n")
    facts = _by_value(_targets(tmp_path, "waived.txt", body))
    waived = facts[(80, "元/年")]
    assert (waived.indicator_raw, waived.kind, waived.comparator) == ("垃圾处理费减免", "support", "<=")
    charged = facts[(5, "元/月")]
    assert (charged.indicator_raw, charged.kind) == ("垃圾处理费", "requirement")
