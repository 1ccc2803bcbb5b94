"""Clause edges that once failed a whole document or misread a figure: a counted class closing its line, a bare 年末 in
an undated notice, a ± tolerance, a capacity sized by the people it serves, stars in a formula. Notices of our own,
gold written by reading."""
from pipeline.runner import process_data


def _targets(text: str) -> list[tuple]:
    outcome = process_data("edge.txt", None, text.encode("utf-8"))
    assert outcome.status == "ok", outcome.error
    return [(t["indicator_raw"], t["value"], t["unit"]) for t in outcome.rows["targets"]]


def test_a_counted_class_closing_its_line_or_before_a_colon_is_read():
    for tail in ("\n", "：\n一、工作要求\n"):
        got = _targets("关于促进跨境电商发展的通知\n2024年3月1日\n到2026年，培育12家年进出口额3000万元以上的跨境电商企业" + tail)
        assert ("年进出口额3000万元以上的跨境电商企业", 12.0, "家") in got


def test_a_bare_year_end_in_an_undated_notice_does_not_fail_it():
    got = _targets("关于稳定生猪生产的通知\n2023年，全县出栏生猪40万头；年末存栏8万头。\n")
    assert ("出栏生猪", 400000.0, "头") in got


def test_a_plus_or_minus_tolerance_is_not_below_zero():
    got = _targets("关于冷链仓储的通知\n2024年6月1日\n冷库温度控制精度达到正负0.5℃以内。\n")
    assert [v for _, v, unit in got if unit == "℃"] == [0.5]



def test_a_capacity_sized_by_the_people_it_serves_keeps_its_figure():
    got = _targets("关于农村供水的通知\n2024年5月1日\n到2025年，日供水能力满足全县30万人饮水的需要。\n")
    assert [(v, unit) for _, v, unit in got] == [(300000.0, "人")]


def test_stars_in_a_formula_are_no_italics():
    from pipeline.ingest.markdown import inline_text

    for formula in ("补贴额=（购置额）*30%*（系数）", "(A)*(B)*(C)", "价格 *2* 倍", "面积*单价*比例"):
        assert inline_text(formula) == formula
    assert inline_text("*抄送：县财政局，县民政局。*") == "抄送：县财政局，县民政局。"
