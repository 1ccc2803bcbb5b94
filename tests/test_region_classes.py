"""Figures a national notice sets for a class of regions (中西部地区, 东部地区困难县, 西部地区和东北地区) take the class as
their scope and leave their names; a share going to a class and a province's classes of counties keep the issuer's
scope. A national notice's reported figures of a service (保费规模, 为N人次X提供Y), money spent (支出约…), and counts
in 卷（件）. Notices of our own, figures read from each text."""
from __future__ import annotations

from tests.notice_targets import written_targets

NATIONAL = ("财政部 教育部关于做好农村学生营养改善工作的通知\n\n各省、自治区、直辖市财政厅（局）、教育厅（教委）：\n"
            "一、补助政策\n中央财政对西部地区和东北地区补助60%、对中部地区补助40%。"
            "对中西部地区学校食堂改造项目按不超过核定总投资的50%予以补助，单个项目最高不超过300万元；"
            "对东部地区困难县项目按不超过20%予以补助。其中用于中西部地区的比例不低于80%。\n"
            "二、工作目标\n到2026年，全国农村学校食堂供餐率达到90%以上，中西部地区不低于85%。\n\n"
            "财政部 教育部\n2024年3月1日\n")

PROVINCE = ("福建省财政厅关于支持山区县农村公路建设的通知\n\n各设区市财政局：\n"
            "对山区县项目按总投资的50%给予补助，对海岛县项目补助40%。全省农村公路优良率达到85%。\n\n"
            "福建省财政厅\n2024年5月6日\n")

REPORTED = ("文化和旅游部 国家金融监督管理总局关于推进旅游保险发展的通知\n\n"
            "各省、自治区、直辖市文化和旅游厅（局），国家金融监督管理总局各监管局：\n"
            "近年来，旅游保险稳步发展，2023年全国旅游保险保费规模达到210亿元，为3.2亿人次游客提供风险保障12.5万亿元；"
            "各级工会组织参与困难职工帮扶支出约18亿元。全国档案馆馆藏档案总量2.1亿卷（件）。"
            "中央财政按照每卷（件）2元的标准给予奖补。\n\n"
            "文化和旅游部 国家金融监督管理总局\n2024年6月3日\n")


def _find(targets, value, unit=None):
    found = [t for t in targets if abs((t.value or 0) - value) < 1e-6 * max(1, value) and (unit is None or t.unit == unit)]
    assert found, (value, [(t.indicator_raw, t.value, t.unit, t.scope) for t in targets])
    return found[0]


def test_class_of_regions_is_the_scope(tmp_path):
    targets = written_targets(tmp_path / "meals.txt", NATIONAL)
    west = _find(targets, 60, "%")
    assert west.scope == "西部地区和东北地区" and "地区" not in west.indicator_raw and "补助" in west.indicator_raw
    assert _find(targets, 40, "%").scope == "中部地区"
    project = _find(targets, 50, "%")
    assert project.scope == "中西部地区" and "中西部" not in project.indicator_raw
    cap = _find(targets, 3000000, "元")
    assert cap.scope == "中西部地区" and "中西部" not in cap.indicator_raw and cap.indicator_raw.startswith("单个项目")
    assert _find(targets, 20, "%").scope == "东部地区困难县"


def test_share_going_to_a_class_stays_national(tmp_path):
    targets = written_targets(tmp_path / "meals.txt", NATIONAL)
    share = _find(targets, 80, "%")
    assert share.scope == "全国" and "中西部地区" in share.indicator_raw


def test_class_alone_takes_the_measure_before_it(tmp_path):
    targets = written_targets(tmp_path / "meals.txt", NATIONAL)
    assert _find(targets, 90, "%").scope == "全国"
    mid = _find(targets, 85, "%")
    assert mid.scope == "中西部地区" and "供餐率" in mid.indicator_raw and "中西部" not in mid.indicator_raw


def test_a_province_keeps_its_classes_of_counties_in_the_words(tmp_path):
    targets = written_targets(tmp_path / "roads.txt", PROVINCE)
    for value in (50, 40, 85):
        assert _find(targets, value, "%").scope == "福建省"
    assert "山区县" in _find(targets, 50, "%").indicator_raw


def test_reported_figures_of_a_national_service(tmp_path):
    targets = written_targets(tmp_path / "insurance.txt", REPORTED)
    premium = _find(targets, 21_000_000_000, "元")
    assert premium.kind == "actual" and premium.scope == "全国" and premium.indicator_raw.endswith("保费规模")
    served = _find(targets, 320_000_000, "人次")
    assert served.kind == "actual" and "游客" in served.indicator_raw
    cover = _find(targets, 12_500_000_000_000, "元")
    assert cover.kind == "actual" and cover.indicator_raw == "风险保障"
    spent = _find(targets, 1_800_000_000, "元")
    assert spent.kind == "actual" and spent.comparator == "~" and spent.indicator_raw.endswith("帮扶支出")


def test_counts_in_volumes_or_pieces(tmp_path):
    targets = written_targets(tmp_path / "insurance.txt", REPORTED)
    held = _find(targets, 210_000_000)
    assert held.unit == "卷（件）" and held.indicator_raw.endswith("馆藏档案总量")
    assert _find(targets, 2).unit == "元/卷（件）"
