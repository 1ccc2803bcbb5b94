"""通报 of results (assessment scores, inspection findings, rankings), on notices of our own.

A 通报 reports what happened in the period it covers: its counts and rates are actuals (=, as of the date its report
opens with), scores per place are named by what was assessed (分, the 排名 column their rank), a grade's band and a
part's weight are rules, points taken off are the place's; a sum shared by places named together is one fact; the
teams an inspection is made of and the places it is done to are no figures. A WeChat copy's title is the heading as
written (not the issuers' lines over it); its tasks are the sentences telling a named organ or town what to do,
not a sanction (由…约谈) nor an exhortation to the places and departments in general.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document
from tests.assigned_tasks import assigned_tasks
from tests.notice_targets import target_rows

# a county's assessment 通报, copied from its WeChat account
ASSESSMENT = """通报！2023年度人居环境整治考核结果公布
原创 井研发布 井研发布 2024-02-20 10:05 发表于四川

点击蓝字 关注我们

井研县人民政府办公室
关于2023年度全县农村人居环境整治工作考核结果的通报
井府办发〔2024〕3号

各镇人民政府、街道办事处，县级各有关部门：

2023年，全县农村卫生厕所普及率为92.6%，农村人居环境整治工作在全市考核中位列第3名。

一年来，全县共组织入户督导8600户次，县级暗访组开展随机暗访18次。考核采取平时暗访与年终考核相结合的方式，平时暗访成绩占50%，年终考核成绩占50%。得分85分及以上为优秀，70分及以上为良好，70分以下为不合格。县委、县政府督查室抽调人员组成3个暗访组，对考核良好的3个镇共安排奖补资金9万元。现将考核结果通报如下：

名次    单位        考核得分    等次
1       研城街道    93.5        优秀
2       马踏镇      88.0        优秀
3       竹园镇      79.4        良好
4       周坡镇      66.2        不合格

（注：周坡镇因2023年8月暗访中发现垃圾乱堆乱放问题，已按细则扣除2分。）

县政府决定，对考核优秀的研城街道、马踏镇共安排奖补资金10万元。对考核不合格的周坡镇，由县政府分管负责同志约谈其主要负责人。

2024年，全县农村卫生厕所普及率要达到95%以上。为此，提出以下要求：

一是周坡镇要于2024年3月15日前向县农业农村局书面报送整改报告。

二是县财政局要在本通报印发后20日内将奖补资金拨付到位。

各镇（街道）、各有关部门要深刻认识农村人居环境整治的重要意义，进一步压实属地责任，把人居环境整治与乡村振兴统筹推进。

井研县人民政府办公室
2024年2月18日

阅读 1620
"""

# a city's inspection 通报 of rectification, two 督查室 over its heading
INSPECTION = """通报！这些县（市、区）整改滞后
原创 乐山督查 乐山督查 2023-11-02 09:00 发表于四川

点击蓝字 关注我们

中共乐山市委督查室
乐山市人民政府督查室
关于2023年第三季度全市民生实事督查情况的通报

乐督通〔2023〕9号

各县（市、区）党委和人民政府，市级各部门：

10月9日至20日，市委督查室、市政府督查室抽调人员组成4个督查组，对11个县（市、区）民生实事推进情况开展实地督查。现将有关情况通报如下。

一、督查发现的主要问题

（一）供水工程推进不快。夹江县第二水厂扩建工程进度滞后，计划铺设供水管道18.6公里，目前仅完成9.4公里。

（二）欠薪治理仍有短板。督查中共收集欠薪问题线索17条，涉及金额212.5万元。

二、下步整改要求

（一）夹江县人民政府要在2023年12月31日前完成第二水厂扩建工程供水管道铺设。

（二）市人力资源社会保障局要牵头对17条欠薪线索逐条建立台账，实行销号管理。

中共乐山市委督查室      乐山市人民政府督查室
2023年10月30日
"""


def _written(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _row(rows, words, value):
    found = [r for r in rows if r[1] == words and r[3] == value]
    assert found, (words, value, rows)
    return found[0]


def test_a_reports_counts_are_actuals_of_its_period(tmp_path):
    rows = target_rows(_written(tmp_path, "a_assessment.txt", ASSESSMENT))
    visits = [r for r in rows if r[3] == 8600]
    assert [(r[0], r[1][-4:], r[2], r[4], r[5], r[6]) for r in visits] == [
        ("actual", "入户督导", "=", "户次", "井研县", "2023-12-31")]
    assert _row(rows, "县级暗访组开展随机暗访次数", 18)[0::6] == ("actual", "2023-12-31")
    assert _row(rows, "农村卫生厕所普及率", 95)[0] == "target"  # the next year's goal, after the report


def test_scores_per_place_are_named_by_what_was_assessed_with_their_rank(tmp_path):
    path = _written(tmp_path, "a_assessment.txt", ASSESSMENT)
    targets = extract_document(path)[1]["targets"]
    scores = [(t.scope, t.value, t.unit, t.kind, t.rank) for t in targets
              if t.indicator_raw == "农村人居环境整治工作考核得分"]
    assert scores == [("研城街道", 93.5, "分", "actual", 1), ("马踏镇", 88.0, "分", "actual", 2),
                      ("竹园镇", 79.4, "分", "actual", 3), ("周坡镇", 66.2, "分", "actual", 4)]


def test_grade_bands_and_weights_are_rules_a_deduction_the_places(tmp_path):
    rows = target_rows(_written(tmp_path, "a_assessment.txt", ASSESSMENT))
    assert _row(rows, "优秀等次得分", 85)[0:5] == ("requirement", "优秀等次得分", ">=", 85, "分")
    assert _row(rows, "不合格等次得分", 70)[0:3] == ("requirement", "不合格等次得分", "<=")
    assert _row(rows, "平时暗访成绩权重", 50)[0:5] == ("requirement", "平时暗访成绩权重", "=", 50, "%")
    deducted = _row(rows, "扣分", 2)
    assert (deducted[0], deducted[4], deducted[5]) == ("actual", "分", "周坡镇")


def test_a_rank_in_its_citys_assessment_is_a_figure(tmp_path):
    rows = target_rows(_written(tmp_path, "a_assessment.txt", ASSESSMENT))
    rank = [r for r in rows if r[1].endswith("排名")]
    assert [(r[0], r[2], r[3], r[4]) for r in rank] == [("actual", "=", 3, "名")]


def test_a_sum_shared_by_places_is_one_fact_and_counted_teams_or_places_none(tmp_path):
    rows = target_rows(_written(tmp_path, "a_assessment.txt", ASSESSMENT))
    shared = [r for r in rows if r[3] == 100000]
    assert [(r[0], r[5]) for r in shared] == [("support", "井研县")]
    assert not [r for r in rows if r[3] in (3, 11) and r[4] == "个"]  # 3个暗访组, 3个镇: no figures
    rows = target_rows(_written(tmp_path, "b_inspection.txt", INSPECTION))
    assert not [r for r in rows if r[3] in (4, 11)]  # 4个督查组, 11个县（市、区）


def test_a_findings_figures_are_the_place_its_sentence_opens_with(tmp_path):
    rows = target_rows(_written(tmp_path, "b_inspection.txt", INSPECTION))
    assert [(r[0], r[2], r[5]) for r in rows if r[4] == "公里"] == [("target", ">=", "夹江县"), ("actual", "=", "夹江县")]
    assert _row(rows, "督查中共收集欠薪问题线索", 17)[0:3] == ("actual", "督查中共收集欠薪问题线索", "=")
    assert len([r for r in rows if r[3] == 17]) == 1  # 对17条欠薪线索逐条建立台账: the findings again
    assert _row(rows, "涉及金额", 2125000)[0::5] == ("actual", "乐山市")


def test_a_wechat_copys_title_is_the_heading_without_the_issuers_over_it(tmp_path):
    meta = extract_document(_written(tmp_path, "b_inspection.txt", INSPECTION))[1]["metadata"]
    assert meta.title == "关于2023年第三季度全市民生实事督查情况的通报"
    assert meta.issuer == "中共乐山市委督查室、乐山市人民政府督查室"
    meta = extract_document(_written(tmp_path, "a_assessment.txt", ASSESSMENT))[1]["metadata"]
    assert meta.title == "关于2023年度全县农村人居环境整治工作考核结果的通报"
    assert meta.doc_type == "通报"


def test_tasks_of_a_report_are_what_named_organs_and_towns_are_told(tmp_path):
    tasks = assigned_tasks(_written(tmp_path, "a_assessment.txt", ASSESSMENT))
    got = [(text[:12], [name for _, name in agencies], deadline) for text, agencies, deadline, _ in tasks]
    assert got == [("一是周坡镇要于2024年", ["周坡镇"], "2024-03-15"),
                   ("二是县财政局要在本通报印", ["县财政局"], None)]


# a report's table ranking places beside several measures: the rank is of none of them alone
SEVERAL = """某省通信管理局关于2024年全省千兆网络发展情况的通报

各市（州）通信发展管理办公室：

现将2024年各市千兆网络发展情况通报如下：

排名    城市      5G基站数（个）    千兆光网覆盖率（%）
1       甲市      5200              95.1
2       乙市      3100              91.4

某省通信管理局
2025年1月20日
"""


def test_a_rank_column_beside_several_measures_ranks_none_of_them(tmp_path):
    path = _written(tmp_path, "c_several.txt", SEVERAL)
    targets = extract_document(path)[1]["targets"]
    assert {(t.scope, t.value) for t in targets if t.unit in ("个", "%")} >= {("甲市", 5200), ("乙市", 91.4)}
    assert all(t.rank is None for t in targets)
