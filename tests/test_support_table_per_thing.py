"""A support table whose cells say what each amount is per (每箱补助200元 under 扶持标准, 每户不超过2万元 under 上限) gives
元/箱 and 元/户, as the same words in prose do; 每箱 in prose too. Notices of our own; expected values read from them."""
from tests.notice_targets import cover_notice, written_targets

TABLE = ("第四条 扶持标准如下表：\n扶持项目\t扶持标准\t上限\n新建标准化鸽舍\t每平方米补助80元\t每户不超过5万元\n"
         "引进种鸽\t每羽补助15元\t每户不超过1万元\n")


def test_amounts_per_thing_in_a_support_table(tmp_path):
    text = cover_notice("某县农业农村局", "某县肉鸽产业扶持办法", TABLE + "第五条 每箱蜂蜜检测费补助20元。\n",
                        "各镇人民政府", "2025年4月1日")
    found = {(t.value, t.unit, t.comparator) for t in written_targets(tmp_path / "pigeons.txt", text)}
    assert (80, "元/平方米", "=") in found and (15, "元/羽", "=") in found
    assert (50000, "元/户", "<=") in found and (10000, "元/户", "<=") in found
    assert (20, "元/箱", "=") in found


def test_box_words_are_no_per_box(tmp_path):
    text = cover_notice("某县商务局", "某县包装扶持办法", "对新购置箱式货车的企业，补助5000元。\n", "各镇人民政府", "2025年4月1日")
    found = {(t.value, t.unit) for t in written_targets(tmp_path / "van.txt", text)}
    assert (5000, "元/箱") not in found
