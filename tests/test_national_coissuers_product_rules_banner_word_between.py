"""Families set 23 showed, in notices of our own (other organs, topics and wordings; expected values written by
reading them): national co-issuers written without 国家 (``商务部 发展改革委 …``) give the notice 全国, whatever
provinces its body lists; a count of the places just listed (``河北、安徽…等6个省``) is no figure; a span of months
(``2025年3月至10月``) dates the campaign's goal by its end; the date of an action (``…要于3月31日前确定…``) stays in
its sentence; rules on every event and product (``原则上每场…``, ``应为一级能效产品，其中…不低于5.0``, a named
``抽查比例``, ``在每个活动县至少…``, a bounded ``响应时间``) are requirements; a table titled ``…目录`` is a catalogue
(no figures); a two-organ 版头 whose text layer put 文件 between the names; the 有关要求 items of a notice that sets
up a 指挥部 are its tasks."""
from __future__ import annotations

from pathlib import Path

from extractors.deadlines import find_deadlines
from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


def _extract(name: str):
    return extract_document(NOTICES / name)[1]


def test_national_coissuers_and_rules_on_events_and_products():
    results = _extract("targets_ministries_appliance_campaign_catalogue.txt")
    meta = results["metadata"]
    assert meta.issuer == "商务部、发展改革委、工业和信息化部、市场监管总局"
    assert meta.region == "全国"
    got = [(t.value, t.unit, t.comparator, t.kind, t.scope, t.deadline) for t in results["targets"]]
    assert got == [
        (15, "场", ">=", "target", "全国", "2025-10-31"),
        (12, "个", ">=", "requirement", "全国", None),
        (6, "家", ">=", "requirement", "全国", None),
        (5.0, None, ">=", "requirement", "全国", None),
        (0.6, "千瓦时", "<=", "requirement", "全国", None),
        (8, "%", ">=", "requirement", "全国", None),
        (1, "个", ">=", "requirement", "全国", None),
        (24, "小时", "<=", "requirement", "全国", None),
    ]


def test_a_span_of_months_is_one_deadline():
    text = "活动时间为2024年5月至12月。"
    (span,) = find_deadlines(text, "2024-05-17", 0, len(text), recurrences=False)
    assert (span.raw, span.start, span.date) == ("2024年5月至12月", "2024-05-01", "2024-12-31")


def test_two_organ_banner_with_the_word_between_the_names():
    meta = _extract("meta_sichuan_two_organ_banner_word_between.txt")["metadata"]
    assert meta.issuer == "四川省农业农村厅、四川省财政厅"
    assert meta.title.startswith("四川省农业农村厅") and meta.title.endswith("关于印发《四川省高标准农田建设补助资金管理办法》的通知")
    assert meta.doc_type == "通知"
    assert meta.recipients == ["各市（州）农业农村局", "财政局"]


def test_requirement_items_of_a_command_notice_are_its_tasks():
    tasks = _extract("members_tacheng_forest_fire_dotted_names_post_first.txt")["tasks"]
    expected = [  # the duties (一、指挥部职责) and the closing exhortation are no tasks
        ("各县（市）人民政府要于", [("responsible", "各县（市）人民政府")], "每年5月底前"),
        ("地区林业和草原局要会同", [("lead", "地区林业和草原局"), ("partner", "地区气象局")], None),
        ("地区应急管理局要组织", [("responsible", "地区应急管理局")], "每年4月底前"),
    ]
    got = [(t.text[:len(start)], [(a.role, a.canonical) for a in t.agencies], t.deadline_raw)
           for t, (start, _, _) in zip(tasks, expected)]
    assert len(tasks) == len(expected) and got == expected
