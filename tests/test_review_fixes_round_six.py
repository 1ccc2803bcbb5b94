"""A review's reproducers for the sixth round of fixes (blind sets 59–60 and the leftovers before them), on notices of
our own; each failed on the merged round before its fix. Expected values were written by reading the notices:

- a region's funds pooled by a verb of managing its stock (统筹全县3000万元就业补助资金) are money to spend (support), not a
  stock of things standing; they were lost altogether;
- the things a stock verb counts stop before the work they are put to (调度全县15辆物流车辆保障展会运输 → 物流车辆);
- a count of people a region brings in each year (引进玉雕大师每年不少于5人) is a goal, not what each holder of a post
  must do (传承人每年带徒不少于3人 stays a rule);
- shares of one cost split between levels of government (市、县两级财政分别按60%、40%的比例承担) are the issuer's rule,
  one per level, named by the level; only amounts each level puts up are each place's.
"""
from __future__ import annotations

from tests.assigned_tasks import assigned_tasks
from tests.notice_targets import written_targets


def _rows(targets, word):
    return [(t.kind, t.indicator_raw, t.comparator, t.value, t.unit, t.scope, t.deadline) for t in targets
            if word in (t.indicator_raw or "") or word in t.evidence]


EMPLOYMENT = ("丹凤县人民政府办公室关于印发2024年就业工作要点的通知\n\n各镇人民政府，县政府各部门：\n"
              "现将有关事项通知如下。\n"
              "一、统筹全县3000万元就业补助资金，用于职业技能培训和创业担保贷款贴息。\n"
              "二、调度全县15辆物流车辆保障展会运输。\n"
              "三、引进技能大师每年不少于5人。非遗传承人每年带徒不少于3人。\n\n"
              "丹凤县人民政府办公室\n2024年3月5日\n")


def test_a_regions_funds_pooled_are_support_not_a_stock(tmp_path):
    targets = written_targets(tmp_path / "employment.txt", EMPLOYMENT)
    funds = [t for t in targets if t.value == 30000000]
    assert funds and funds[0].kind == "support" and funds[0].unit == "元"
    assert "就业补助资金" in funds[0].indicator_raw


def test_a_stock_put_to_work_is_named_by_the_things(tmp_path):
    targets = written_targets(tmp_path / "employment.txt", EMPLOYMENT)
    trucks = [t for t in targets if t.value == 15]
    assert trucks and trucks[0].indicator_raw == "物流车辆" and trucks[0].unit == "辆"


def test_people_brought_in_each_year_are_a_goal_not_a_holders_duty(tmp_path):
    targets = written_targets(tmp_path / "employment.txt", EMPLOYMENT)
    masters = [t for t in targets if t.value == 5 and t.unit == "人"]
    assert masters and masters[0].kind == "target"
    apprentices = [t for t in targets if t.value == 3 and t.unit == "人"]
    assert apprentices and apprentices[0].kind == "requirement"  # what each holder of the post must do


def test_shares_split_between_levels_are_the_issuers_rule(tmp_path):
    text = ("商洛市人民政府关于支持保障性租赁住房建设的意见\n\n各县（区）人民政府，市政府各部门：\n"
            "一、市、县两级财政分别按60%、40%的比例承担项目资本金补助。\n"
            "二、市、县两级财政每年分别安排不少于500万元、200万元的奖补资金。\n\n"
            "商洛市人民政府\n2023年6月10日\n")
    targets = written_targets(tmp_path / "housing.txt", text)
    shares = [t for t in targets if t.unit == "%"]
    assert sorted(t.value for t in shares) == [40, 60]
    assert all(t.scope == "商洛市" and t.kind == "support" and t.comparator == "=" for t in shares)
    assert {t.indicator_raw for t in shares} == {"市级财政承担比例", "县级财政承担比例"}
    money = {t.value: t.scope for t in targets if t.unit == "元"}
    assert money == {5000000: "商洛市", 2000000: "各县"}  # amounts each level puts up stay each place's



def test_a_rows_due_date_does_not_date_what_the_row_reports(tmp_path):
    text = "\n".join([
        "唐河县农业农村局关于做好高标准农田管护工作的通知", "", "各乡镇人民政府：",
        "现将各乡镇已建高标准农田及管护员配备情况印发给你们，请于2024年6月30日前配齐管护员。", "",
        "附件", "唐河县已建高标准农田及管护员配备表（截至2023年底）",
        "乡镇\t已建面积（万亩）\t应配管护员（人）\t完成时限",
        "湖阳镇\t3.2\t16\t2024年6月30日前", "苍台镇\t2.5\t12\t2024年6月30日前", "", "",
        "唐河县农业农村局", "2024年3月1日", ""])
    targets = written_targets(tmp_path / "farmland.txt", text)
    built = [t for t in targets if t.unit == "亩"]
    assert len(built) == 2 and all(t.kind == "actual" and t.deadline == "2023-12-31" for t in built)


def test_a_level_of_the_notices_own_region_in_brackets_is_that_regions(tmp_path):
    text = ("陕西省卫生健康委员会关于2023年全省无偿献血工作情况的通报\n\n各市（区）卫生健康委：\n"
            "2023年，全省千人口献血率为11.6‰。渭南市千人口献血率为9.2‰，低于全省平均水平（11.6‰）。\n\n"
            "陕西省卫生健康委员会\n2024年1月15日\n")
    targets = written_targets(tmp_path / "blood.txt", text)
    levels = [t for t in targets if t.value == 11.6]
    assert levels and all(t.scope == "陕西省" and t.indicator_raw == "千人口献血率" for t in levels)
    city = [t for t in targets if t.value == 9.2]
    assert city and city[0].scope == "渭南市"


def test_a_limit_set_per_head_and_year_is_a_ceiling(tmp_path):
    text = ("唐河县教育体育局关于调整学校经费标准的通知\n\n各中小学：\n"
            "一、生均公用经费补助上限调整为每生每年800元。\n\n"
            "唐河县教育体育局\n2024年2月1日\n")
    targets = written_targets(tmp_path / "funds.txt", text)
    cap = [t for t in targets if t.value == 800]
    assert cap and cap[0].comparator == "<=" and cap[0].kind == "support" and cap[0].unit == "元/年"


def test_a_unit_answerable_for_the_work_and_told_what_to_do_is_tasked(tmp_path):
    text = ("桐柏县人民政府办公室关于做好秋冬季森林防火工作的通知\n\n各乡镇人民政府，县直有关单位：\n"
            "一、工作要求\n（一）县林业局要会同县应急管理局于2024年10月底前完成林区隐患排查。\n"
            "（二）各乡镇人民政府是本辖区森林防火的责任主体，要落实网格化管理。\n\n"
            "桐柏县人民政府办公室\n2024年9月20日\n")
    path = tmp_path / "fire.txt"
    path.write_text(text, encoding="utf-8")
    tasks = assigned_tasks(path)
    found = [t for t in tasks if "网格化管理" in t[0]]
    assert found and ("responsible", "各乡镇人民政府") in found[0][1]


def test_an_amount_per_head_and_time_is_a_rule(tmp_path):
    text = ("渭南市卫生健康委员会关于做好无偿献血工作的通知\n\n各县（市、区）卫生健康局：\n"
            "一、各县（市、区）献血者每人每次献血量一般为200毫升至400毫升。\n\n"
            "渭南市卫生健康委员会\n2024年2月20日\n")
    targets = written_targets(tmp_path / "blood.txt", text)
    volume = [t for t in targets if t.unit == "毫升"]
    assert volume and volume[0].kind == "requirement" and volume[0].scope == "渭南市"
