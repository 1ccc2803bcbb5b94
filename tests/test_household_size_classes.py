"""A count of people right before 户 names a class of households by size (1至3人户, 3人以上户, 4人及以上户): no figure
of its own; the figures the rule sets for each class stay. Notices of our own, figures read from each text."""
from __future__ import annotations

from tests.notice_targets import target_rows

NOTICE = ("紫云县住房和城乡建设局关于农村低收入群体住房安全保障的实施意见\n\n各乡镇人民政府：\n"
          "一、建设标准\n新建房屋面积原则上1至2人户控制在30至45平方米，4人及以上户人均不超过20平方米。"
          "3人户每户补助3.5万元。全县2024年完成农房改造1500户。\n\n紫云县住房和城乡建设局\n2024年1月9日\n")


def test_household_sizes_name_classes_not_figures(tmp_path):
    path = tmp_path / "housing.txt"
    path.write_text(NOTICE, encoding="utf-8")
    rows = target_rows(path)
    assert not [r for r in rows if r[4] == "人"]  # 1至2人, 4人, 3人: the classes, never figures
    assert [r for r in rows if r[3] == 30 and r[4] == "平方米"]
    assert [r for r in rows if r[3] == 20 and r[4] == "平方米" and r[2] == "<="]
    assert [r for r in rows if r[3] == 1500 and r[4] == "户"]
