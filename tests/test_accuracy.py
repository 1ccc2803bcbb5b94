"""Accuracy against gold files written by reading the notices (the issues' "done when" figures).

The seeds in all three formats, the readable bad-input copies of them, and twenty-five notices the
extractors were first run on blind (tests/unseen*/; the general fixes their misses prompted are in).
"""
from __future__ import annotations

import pytest

from pipeline.evaluate import evaluate
from pipeline.runner import run
from tests.conftest import GOLD, ROOT



@pytest.fixture(scope="module")
def seeds(corpus_db):
    report = evaluate(corpus_db, GOLD)
    assert len(report["documents"]) == 15 and not report["unmatched_gold"]
    return report["overall"]


def test_targets_on_the_seeds_in_every_format(seeds):
    targets = seeds["targets"]
    assert targets.f1 >= 0.95
    assert targets.accuracy("comparator") >= 0.95 and targets.accuracy("deadline") >= 0.95


def test_task_force_members_on_the_seeds_in_every_format(seeds):
    members = seeds["members"]
    assert members.f1 >= 0.97
    assert members.accuracy("role") >= 0.97 and members.accuracy("position") >= 0.97


def test_tasks_and_their_agencies_on_the_seeds_in_every_format(seeds):
    tasks = seeds["tasks"]
    assert tasks.recall >= 0.95
    for field in ("lead", "responsible", "deadline"):
        assert tasks.accuracy(field) >= 0.95, field


def test_metadata_and_citations_on_the_seeds_in_every_format(seeds):
    fields = seeds["metadata"].attrs
    assert len(fields) == 11
    for field in fields:
        assert seeds["metadata"].accuracy(field) >= 0.95, field
    assert seeds["citations"].f1 >= 0.95


def test_readable_bad_inputs_give_the_facts_of_their_seed(batch_db):
    """The GB18030/UTF-16 copies, the rotated, two-column, hard-wrapped and owner-locked PDFs …"""
    corpus_names = {p.name for p in (ROOT / "corpus").rglob("*") if p.is_file()}
    report = evaluate(batch_db, GOLD)
    copies = [d for d in report["documents"] if d["file_name"] not in corpus_names and d["status"] == "ok"]
    assert len(copies) == 8
    for doc in copies:
        for part, score in doc["scores"].items():
            if score.n_gold:
                assert score.f1 >= 0.9, (doc["file_name"], part, score.f1)
        metadata = doc["scores"]["metadata"]
        assert all(metadata.accuracy(field) == 1.0 for field in metadata.attrs), (doc["file_name"], metadata.attrs)


# Blind scores before the fixes they prompted —
#   unseen:  targets F1 0.947, tasks F1 0.881, members F1 0.847;
#   unseen2: targets F1 0.828, tasks F1 0.980 (lead 0.833), members F1 0.967;
#   unseen3: targets F1 0.978, tasks F1 0.978 (lead 0.773), members F1 0.732;
#   unseen4: targets F1 0.893 (deadline 0.870), tasks F1 0.984, members F1 0.714;
#   unseen5: targets F1 0.978, tasks F1 0.866, members F1 0.416;
#   unseen6: targets F1 0.880 (kind 0.937), tasks F1 0.919 (recurrence 0.839), members F1 0.953, citations
#            F1 0.944, metadata 64/66 (checked apart below: its recipients split as the other sets' gold does);
#   unseen7: targets F1 0.843 (scope ignored 0.888), tasks F1 0.988, members 1.000, citations 1.000, metadata 29/33
#            (checked apart below: its gold reads X会同Y as X responsible where the earlier sets' gold has X lead);
#   unseen8: targets F1 0.835 (kind 0.846), tasks F1 1.000, members F1 0.717 (a 领导小组 of posts: 0 of 12),
#            citations 1.000, metadata 33/33 (checked apart below);
#   unseen9: targets F1 0.634 (scope ignored 0.881), tasks F1 0.792 (responsible 0.684, recurrence 0.658), members F1
#            0.952, citations 1.000, metadata 24/33 (checked apart below);
#   unseen10: targets F1 0.735, tasks F1 0.677 (lead and responsible 0.909), members F1 0.828, citations 1.000,
#            metadata 33/33 (checked apart below).
BLIND_SETS = ["unseen", "unseen2", "unseen3", "unseen4", "unseen5"]


@pytest.fixture(scope="module", params=BLIND_SETS)
def blind(request, tmp_path_factory):
    folder = ROOT / "tests" / request.param
    db = tmp_path_factory.mktemp(request.param) / "blind.db"
    run([folder / "notices"], db)
    report = evaluate(db, folder / "gold")
    assert len(report["documents"]) == len(list((folder / "gold").glob("*.json")))
    return report["overall"]


def test_notices_first_run_blind(blind):
    for part in ("targets", "tasks", "members", "citations"):
        assert blind[part].f1 >= 0.95, part
    fields = {"targets": ("comparator", "deadline", "kind", "rank"),
              "tasks": ("lead", "responsible", "partner", "deadline", "recurrence"),
              "members": ("role", "position", "organization"),
              "metadata": tuple(blind["metadata"].attrs)}
    for part, names in fields.items():
        for name in names:
            accuracy = blind[part].accuracy(name)
            assert accuracy is None or accuracy >= 0.95, (part, name)


#: the fields scored on matched facts, tasks and members of the later blind sets
FIELDS = [("targets", name) for name in ("comparator", "deadline", "kind", "value_max", "rank")] + \
    [("tasks", name) for name in ("lead", "responsible", "partner", "deadline", "recurrence")] + \
    [("members", name) for name in ("role", "position", "organization")]


def test_other_topics_in_the_real_notices_forms_blind(tmp_path):
    """unseen6: six notices on health, work safety, subsidies, rural living, computing power and business
    environment, as portal pages, Markdown scrapes, a hard-wrapped PDF text and a DOCX. Its gold keeps
    各苏木乡镇人民政府、街道办事处 and 各市…发展改革委（局）、工业和信息化局、科技局 as one addressee each, where the
    seeds' and unseen's gold split the same forms (各管委会、街道办事处): the extractor splits, as the earlier
    sets ask, and two of six recipient lists differ. Its member row of the same form is one member per kind of
    unit, as the guide settled (tests/unseen6/README.md)."""
    overall = _blind_set(tmp_path, "unseen6", 6)
    for part in ("targets", "tasks", "citations"):
        assert overall[part].f1 >= 0.97, part
    assert overall["members"].f1 >= 0.99
    for part, name in FIELDS:
        assert overall[part].accuracy(name) >= 0.97, (part, name)
    metadata = overall["metadata"]
    for name in metadata.attrs:
        assert metadata.accuracy(name) >= (0.6 if name == "recipients" else 0.97), name


def test_three_more_forms_and_topics_blind(tmp_path):
    """unseen7: an air-quality plan as a GB/T 9704 PDF (安阳), a 文旅 portal page (云南), a leading-group text in
    GB18030 with portal furniture (成华区). Its emission limits are dated by the sentence's 2024年底前 in the
    gold and by their own clause (none) here, and one procurement share is read as a goal."""
    overall = _blind_set(tmp_path, "unseen7", 3)
    for part in ("targets", "tasks", "members", "citations"):
        assert overall[part].f1 >= 0.97, part
    for part, name in FIELDS + [("metadata", name) for name in overall["metadata"].attrs]:
        assert overall[part].accuracy(name) >= 0.95, (part, name)


def test_farmland_elderly_care_and_forest_fire_blind(tmp_path):
    """unseen8: a provincial farmland plan as a Markdown scrape (江西), an elderly-care subsidy DOCX with a task
    table and a 领导小组 of posts (湘西州), a GB2312 forest-fire page with a 指挥部 list (建阳区). Its gold dates
    task figures by the deadline sentence after them; a few of its rules are named in words no rule reads
    (tests/unseen8/README.md)."""
    overall = _blind_set(tmp_path, "unseen8", 3)
    assert overall["targets"].f1 >= 0.914
    for part in ("tasks", "members", "citations"):
        assert overall[part].f1 >= 0.97, part
    lower = {("targets", "deadline"): 0.92, ("tasks", "recurrence"): 0.9}
    for part, name in FIELDS + [("metadata", name) for name in overall["metadata"].attrs]:
        if overall[part].tp == 0 and not overall[part].n_gold:  # a set whose gold has none of this part
            assert not overall[part].n_pred, (part, "stored where the gold has none")
            continue
        assert overall[part].accuracy(name) >= lower.get((part, name), 0.95), (part, name)


def test_skills_plan_gas_safety_copy_and_government_services_blind(tmp_path):
    """unseen9: a skills plan as a GB/T 9704 PDF with an indicator table and a task table beside noted measures
    (咸阳), a hard-wrapped browser copy with a breadcrumb and buttons over the title (沂水县), a gov.cn-style page of
    measures (甘肃). Its gold follows the conventions the guide settled where the earlier sets disagreed
    (tests/unseen9/README.md); it keeps 市政府各工作部门、直属机构 one addressee where tests/unseen4 has two."""
    overall = _blind_set(tmp_path, "unseen9", 3)
    assert overall["targets"].f1 >= 0.93
    assert overall["tasks"].f1 >= 0.97
    assert overall["members"].f1 >= 0.99 and overall["citations"].f1 >= 0.97
    lower = {("targets", "kind"): 0.93, ("metadata", "recipients"): 0.6}
    for part, name in FIELDS + [("metadata", name) for name in overall["metadata"].attrs]:
        if overall[part].tp == 0 and not overall[part].n_gold:  # a set whose gold has none of this part
            assert not overall[part].n_pred, (part, "stored where the gold has none")
            continue
        assert overall[part].accuracy(name) >= lower.get((part, name), 0.95), (part, name)


def test_school_food_safety_childcare_group_and_cross_border_trade_blind(tmp_path):
    """unseen10: school food safety as a Markdown scrape with a task table (安徽), a 托育 leading group DOCX with a
    member table (青秀区), a GBK portal page of cross-border e-commerce support (贵阳). Its gold follows the
    conventions the guide settled where the earlier sets disagreed (tests/unseen10/README.md): a leading
    group's member-unit duties and working rules are no tasks, its office's director and deputy no members."""
    overall = _blind_set(tmp_path, "unseen10", 3)
    assert overall["targets"].f1 >= 0.90
    assert overall["tasks"].f1 >= 0.88 and overall["tasks"].precision >= 0.95
    assert overall["members"].f1 >= 0.99
    assert overall["citations"].f1 >= 0.97
    lower = {("targets", "deadline"): 0.97, ("tasks", "lead"): 0.9, ("tasks", "responsible"): 0.9}
    for part, name in FIELDS + [("metadata", name) for name in overall["metadata"].attrs]:
        if overall[part].tp == 0 and not overall[part].n_gold:  # a set whose gold has none of this part
            assert not overall[part].n_pred, (part, "stored where the gold has none")
            continue
        assert overall[part].accuracy(name) >= lower.get((part, name), 0.95), (part, name)


def test_elderly_care_employment_flood_command_health_plan_and_farmland_blind(tmp_path):
    """unseen11: a 常熟 elderly-care portal page, a 宜昌 employment GB18030 text, a 木兰县 防汛抗旱指挥部 Markdown
    scrape, a seven-ministry health plan with an indicator table and 由X负责 paragraphs, an 敖汉旗 farmland DOCX
    with a member line of units sharing one post (tests/unseen11/README.md). Its gold leaves out two 组织实施
    sentences the guide counts and keeps a long addressee whole, and two 保障措施 sentences beside noted measures are
    still tasks here, as the seeds' gold counts them."""
    overall = _blind_set(tmp_path, "unseen11", 5)
    assert overall["targets"].f1 >= 0.92 and overall["targets_any_scope"].f1 >= 0.92
    assert overall["tasks"].f1 >= 0.92 and overall["tasks"].recall >= 0.96
    assert overall["members"].f1 >= 0.99 and overall["citations"].f1 >= 0.99
    lower = {("metadata", "recipients"): 0.8}
    for part, name in FIELDS + [("metadata", name) for name in overall["metadata"].attrs]:
        if overall[part].tp == 0 and not overall[part].n_gold:  # a set whose gold has none of this part
            assert not overall[part].n_pred, (part, "stored where the gold has none")
            continue
        assert overall[part].accuracy(name) >= lower.get((part, name), 0.95), (part, name)


def test_air_quality_county_table_education_insurance_fire_campaign_and_tourism_blind(tmp_path):
    """unseen12: 沧州 air quality with a space-aligned county table whose header runs over two lines, a 海南 education
    意见 in Markdown with six signatories, a 锦州 医保 GBK page with tiers per hospital level, a 北辰区 消防 campaign
    with a 工作专班 in one sentence, a 海北州 文旅 DOCX with a rule line over a two-paragraph title. Its two recipients
    misses are disagreements between gold sets (tests/unseen12/README.md)."""
    overall = _blind_set(tmp_path, "unseen12", 5)
    assert overall["targets"].f1 >= 0.949
    assert overall["tasks"].f1 >= 0.93 and overall["tasks"].precision >= 0.97
    assert overall["members"].f1 >= 0.99
    assert overall["citations"].f1 >= 0.99
    lower = {("metadata", "recipients"): 0.6}
    for part, name in FIELDS + [("metadata", name) for name in overall["metadata"].attrs]:
        if overall[part].tp == 0 and not overall[part].n_gold:  # a set whose gold has none of this part
            assert not overall[part].n_pred, (part, "stored where the gold has none")
            continue
        assert overall[part].accuracy(name) >= lower.get((part, name), 0.95), (part, name)


def test_waste_sorting_rd_support_snow_tourism_rural_funds_and_childcare_blind(tmp_path):
    """unseen13: a 通州区 waste-sorting portal copy (吨/日, per-街道 goals, fines as ranges, a tab task table), a
    上海 R&D support page quoting national thresholds, a 白山 snow-tourism Markdown scrape with a 工作专班 of 17
    member units without a post and a project table with a 责任单位 column, a 西吉县 funds 办法 DOCX (support per
    head, a tier table), a 国办 childcare 意见 (tests/unseen13/README.md). Kinds of rules and supports (requirement,
    support) are not match keys and are held lower; k2's 各区科技主管部门、财政局 is one addressee in its gold and two
    in real_gold m13's reading of the same form."""
    overall = _blind_set(tmp_path, "unseen13", 5)
    assert overall["targets"].f1 >= 0.905 and overall["targets_any_scope"].f1 >= 0.905
    assert overall["tasks"].f1 >= 0.95 and overall["tasks"].recall >= 0.98
    assert overall["members"].f1 >= 0.99
    assert overall["citations"].f1 >= 0.95
    lower = {("targets", "comparator"): 0.958, ("targets", "deadline"): 0.94, ("targets", "kind"): 0.87,
             ("tasks", "partner"): 0.94, ("metadata", "recipients"): 0.8}
    for part, name in FIELDS + [("metadata", name) for name in overall["metadata"].attrs]:
        if overall[part].tp == 0 and not overall[part].n_gold:  # a set whose gold has none of this part
            assert not overall[part].n_pred, (part, "stored where the gold has none")
            continue
        assert overall[part].accuracy(name) >= lower.get((part, name), 0.95), (part, name)


def test_cotton_subsidies_safety_page_income_plan_digital_government_and_ministry_rules_blind(tmp_path):
    """unseen14: 阿克苏 棉花 measures in GB18030 whose items close with role sentences (X牵头，Y配合，Z负责。), a 城关区
    safety page with a 指挥部 list of Tibetan names one line a person, an 安吉县 income plan PDF, a 湛江 Markdown page of
    time limits, an 应急管理部 notice of rules. Left misses are in tests/unseen14/README.md."""
    overall = _blind_set(tmp_path, "unseen14", 5)
    _holds(overall, {"targets": 0.90, "tasks": 0.95, "members": 0.99, "citations": 0.99},
           {("targets", "kind"): 0.90, ("members", "position"): 0.9, ("members", "organization"): 0.9,
            ("tasks", "deadline"): 0.9, ("tasks", "recurrence"): 0.92})


def test_health_alliance_farmland_rules_emergency_plan_private_business_and_rural_elderly_care_blind(tmp_path):
    """unseen17: a 绥化 医共体 page with 信息公开 bullets, a 汝南县 DOCX 办法 of supports and rules with a Word tier table,
    a 湖北 应急 plan PDF with its indicator table, a 鄞州区 Markdown 若干措施 of awards, a 民政部 text notice. Left
    misses (the tier table, award names, 500强 ranks) and gold disagreements are in tests/unseen17/README.md."""
    overall = _blind_set(tmp_path, "unseen17", 5)
    _holds(overall, {"targets": 0.89, "tasks": 0.91, "members": 0.99, "citations": 0.94},
           {("targets", "kind"): 0.88, ("targets", "deadline"): 0.93, ("tasks", "recurrence"): 0.9,
            ("metadata", "recipients"): 0.8})


def _holds(overall, f1s: dict, lower: dict) -> None:
    """Each part's F1 at least ``f1s[part]``; each field's accuracy at least 0.95, or ``lower[(part, field)]``."""
    for part, least in f1s.items():
        assert overall[part].f1 >= least, part
    for part, name in FIELDS + [("metadata", name) for name in overall["metadata"].attrs]:
        if overall[part].tp == 0 and not overall[part].n_gold:  # a set whose gold has none of this part
            assert not overall[part].n_pred, (part, "stored where the gold has none")
            continue
        assert overall[part].accuracy(name) >= lower.get((part, name), 0.95), (part, name)


def test_task_force_notices_of_five_layouts_blind(tmp_path):
    """unseen16: five task-force notices — a 福清 portal page with a prose 副组长 line (posts before names), a 长治
    Markdown 指挥部 with a member pipe table, a 江西 department's 联席会议 whose 成员 are 14 units each with its post,
    a 宜州区 DOCX 专班 with working groups, a 国务院办公厅 领导小组 one line a person. First run: targets 0.861, tasks
    0.872, members 0.869. Left misses are in tests/unseen16/README.md."""
    overall = _blind_set(tmp_path, "unseen16", 5)
    assert overall["targets"].f1 >= 0.91
    assert overall["tasks"].f1 >= 0.90
    assert overall["members"].f1 >= 0.99
    assert overall["citations"].f1 >= 0.99
    lower = {("targets", "deadline"): 0.92, ("metadata", "title"): 0.8, ("tasks", "recurrence"): 0.95}
    for part, name in FIELDS + [("metadata", name) for name in overall["metadata"].attrs]:
        if overall[part].tp == 0 and not overall[part].n_gold:  # a set whose gold has none of this part
            assert not overall[part].n_pred, (part, "stored where the gold has none")
            continue
        assert overall[part].accuracy(name) >= lower.get((part, name), 0.95), (part, name)


def test_poverty_group_page_transport_plan_elderly_care_docx_fire_safety_markdown_and_housekeeping_blind(tmp_path):
    """unseen18: a 都安 county page in GBK with a 领导小组 whose 成员 are an HTML table 单位 | 姓名 | 职务 (a rowspan unit,
    a group row without a name) and per-乡镇 items (甲镇、乙镇：…分别/各不少于), a 天津 text plan with a space-aligned
    indicator table, a 丽水 DOCX with a table of 星级 tiers, a 龙口 Markdown scrape with a pipe table of 14 towns × 2
    years of 火灾起数 ceilings under （单位：起）, a three-ministry gov.cn page. Left misses are in
    tests/unseen18/README.md."""
    overall = _blind_set(tmp_path, "unseen18", 5)
    _holds(overall, {"targets": 0.91, "tasks": 0.95, "members": 0.98, "citations": 0.99},
           {("targets", "deadline"): 0.94, ("targets", "kind"): 0.91, ("tasks", "deadline"): 0.82,
            ("tasks", "recurrence"): 0.78, ("metadata", "recipients"): 0.79})


def test_skills_page_water_rules_funds_docx_project_command_markdown_and_equipment_plan_blind(tmp_path):
    """unseen19, written after the rounds of sets 15–18 and first run with them merged: a 衡阳 skills page with a
    工作专班 in prose, a 洋县 rural-water 办法 in GB18030 (prices, fines as ranges), a 四川 funds 办法 DOCX with a
    support table, a 番禺区 指挥部 scrape with a member pipe table, a 国办 equipment plan. First run targets 0.824,
    tasks 0.842, members 0.947; after its fix round 0.959, 0.881 and 1.000 (tests/unseen19/README.md)."""
    overall = _blind_set(tmp_path, "unseen19", 5)
    _holds(overall, {"targets": 0.968, "tasks": 0.87, "members": 0.99, "citations": 0.99},
           {("targets", "comparator"): 0.950, ("targets", "kind"): 0.94, ("metadata", "doc_number"): 0.8,
            ("tasks", "responsible"): 0.89, ("tasks", "partner"): 0.93, ("tasks", "deadline"): 0.93,
            ("tasks", "recurrence"): 0.88})


def test_rental_housing_page_food_safety_text_lake_docx_vocational_markdown_and_ministries_pdf_blind(tmp_path):
    """unseen22, by a helper who never ran the pipeline: a 柳州 rental-housing page, a 兰陵县 食安委 CRLF text (a
    button row before its 文号, leaders' posts holding 、), a 大理州 洱海 DOCX with a 指挥部 table, a 岳阳 scraper
    Markdown whose headline is not the notice's title, a 教育部等三部门 PDF whose 版头 lost its spaces. First run
    targets 0.765, metadata 49/55, members 0.909; after its fix round 0.929, 55/55 and 1.000
    (tests/unseen22/README.md)."""
    overall = _blind_set(tmp_path, "unseen22", 5)
    # tasks@31 matched two more 保障 items (F1 0.971 → 0.990), their dates not both right: deadline floor
    # 0.88 → 0.86, recurrence 0.92 → 0.90
    _holds(overall, {"targets": 0.933, "tasks": 0.96, "members": 0.99, "citations": 0.99},
           {("targets", "deadline"): 0.82, ("targets", "kind"): 0.90, ("tasks", "deadline"): 0.86,
            ("tasks", "recurrence"): 0.90, ("members", "position"): 0.83, ("members", "organization"): 0.83})


def test_poverty_funds_page_tourism_markdown_flood_command_text_ecology_pdf_and_ministries_page_blind(tmp_path):
    """unseen23, by a helper who never ran the pipeline: a 鄂托克旗 衔接资金 page, a 三亚 旅游消费 Markdown, an 阿克苏地区
    防指 text (Uyghur names with ·, lines post first, a spaced 指 挥 长：, 有关要求 items), a 福建 two-organ PDF (文件
    between the names in the text layer), a 五部门 新能源汽车下乡 page (co-issuers without 国家, a model catalogue).
    First run targets 0.777, metadata 51/55, members 0.276, tasks 0.816; after its fix round 0.900, 55/55, 1.000 and
    0.881; after the round on sets 23–26's left errors 0.909 and tasks 0.929, the regulation's articles read as tasks
    beside the year's goals (4 more matched, one with an arguable annual recurrence: recurrence 45/48 → 48/52)."""
    overall = _blind_set(tmp_path, "unseen23", 5)
    _holds(overall, {"targets": 0.90, "tasks": 0.92, "members": 0.99, "citations": 0.96},
           {("targets", "deadline"): 0.90, ("targets", "kind"): 0.91, ("tasks", "deadline"): 0.93,
            ("tasks", "recurrence"): 0.92, ("members", "position"): 0.87, ("members", "organization"): 0.87})


def test_elderly_care_docx_jobs_text_urban_renewal_markdown_grassland_page_and_childcare_pdf_blind(tmp_path):
    """unseen24, by a helper who never ran the pipeline: a 融水 DOCX with a member table of two people to a cell, a
    绵阳 稳就业 text of supports and loans, a 雨花区 Markdown whose task table's year columns split its totals, a 祁连县
    GBK page with 分别为 lists of places before their figures, a 国办 PDF whose date line holds its 附注. First run
    targets 0.725, metadata 53/55, members 0.714; after its fix round 0.913, 55/55 and 1.000 (tests/unseen24/README.md)."""
    overall = _blind_set(tmp_path, "unseen24", 5)
    _holds(overall, {"targets": 0.935, "tasks": 0.99, "members": 0.99, "citations": 0.96},
           {("targets", "kind"): 0.90, ("targets", "deadline"): 0.94, ("tasks", "deadline"): 0.92,
            ("tasks", "recurrence"): 0.91})


def test_forest_chiefs_doc_minimum_living_page_ip_markdown_wrapped_text_and_rural_roads_pdf_blind(tmp_path):
    """unseen25, by a helper who never ran the pipeline: a 瑞金 .doc of 林长 (label lines and a table 乡镇（街道） | 林长 |
    职务), a 大连 低保 page (由…提高到… standards, a table of district standards), a 国家知识产权局 Markdown with a YAML
    front matter, an 安定区 双减 text hard-wrapped every 35 characters, a 宁波 PDF whose district × year table crosses a
    page. First run targets 0.682, metadata 53/55, members 0.567, tasks 0.931; after its fix round targets 0.877,
    members 1.000, tasks 0.946, citations 1.000 (tests/unseen25/README.md)."""
    overall = _blind_set(tmp_path, "unseen25", 5)
    # tasks@31 matched two more 保障 items (F1 0.946 → 0.962), their dates not right: deadline floor
    # 0.83 → 0.82, recurrence 0.75 → 0.73
    _holds(overall, {"targets": 0.87, "tasks": 0.94, "members": 0.99, "citations": 0.99},
           {("targets", "comparator"): 0.94, ("targets", "deadline"): 0.92, ("targets", "kind"): 0.92,
            ("tasks", "partner"): 0.93, ("tasks", "deadline"): 0.82, ("tasks", "recurrence"): 0.73,
            ("members", "position"): 0.92, ("members", "organization"): 0.92, ("metadata", "recipients"): 0.8})


def test_data_market_page_wechat_repost_weather_command_docx_fitness_markdown_and_housing_fund_pdf_blind(tmp_path):
    """unseen26, by a helper who never ran the pipeline: a 贵州 数据要素 page, a 南海区 WeChat article reposting a notice
    (headline, 原创 byline, lead, ▲ caption, then the notice, Q&A, 来源/编辑/审核), a 元阳县 气象灾害防御指挥部 DOCX
    (工作要求 items that assign work), a 朝阳区 reader-mode Markdown (a byline under the title, a pipe table opening with
    an empty header row), a 三部门 公积金 PDF (an 附件 table of city classes × caps). First run targets 0.723, metadata
    49/55, tasks 0.951; after its fix round 0.875, 55/55 and 0.971 (tests/unseen26/README.md)."""
    overall = _blind_set(tmp_path, "unseen26", 5)
    _holds(overall, {"targets": 0.875, "tasks": 0.97, "members": 0.99, "citations": 0.96},
           {("targets", "kind"): 0.86, ("tasks", "deadline"): 0.94, ("tasks", "recurrence"): 0.88})



def test_farmland_page_narcotics_docx_medicine_plan_pdf_specialised_firms_markdown_and_gas_task_force_text_blind(tmp_path):
    """unseen27, by a helper who never ran the pipeline: a 海伦 高标准农田 page (sections as one `<p>` of `<br>` lines,
    a town table with rowspan cells), a 河池 禁毒委员会 DOCX (headings numbered by Word's automatic numbering, a member
    table of two people to a row), a 甘肃 中医药 plan PDF (an indicator table over a page break), a 邢台 专精特新
    Markdown scrape (escapes, Chinese-numeral awards), a 中宁县 燃气 专班 text (work groups, full-width digits). First
    run targets 0.870, metadata 53/55, members 0.775, tasks 0.950; after its fix round (fix27) targets 0.925, metadata
    55/55, members 1.000, citations 1.000 (tests/unseen27/README.md)."""
    overall = _blind_set(tmp_path, "unseen27", 5)
    _holds(overall, {"targets": 0.92, "tasks": 0.95, "members": 0.99, "citations": 0.99},
           {("targets", "deadline"): 0.90, ("targets", "kind"): 0.92, ("tasks", "deadline"): 0.81,
            ("tasks", "recurrence"): 0.86})


def test_hazards_page_altitude_allowances_doc_disability_text_old_estates_markdown_and_carbon_pdf_blind(tmp_path):
    """unseen28, by a helper who never ran the pipeline: a three-ministry gov.cn page on major hazards, a 日喀则 Word 97
    .doc of allowances by altitude band, a 祁东县 text copied from a PDF (page numbers inside sentences, a space-aligned
    table), a 镇江 Markdown with a district table, a 广西 碳达峰 PDF (a task table over a page break). First run targets
    0.708, metadata 53/55, tasks 0.928; after its fix round (fix28: bands, total rows, spaced standard tables; ab2's
    健康体检标准 gold brought in line with the guide: 元/年) targets 0.879, metadata 54/55 (tests/unseen28/README.md)."""
    overall = _blind_set(tmp_path, "unseen28", 5)
    # tasks@31 matched three more items (F1 0.928 → 0.953), one with two units read as one: responsible floor
    # 0.98 → 0.96, recurrence 0.94 → 0.93
    _holds(overall, {"targets": 0.875, "tasks": 0.92, "citations": 0.93},
           {("targets", "comparator"): 0.94, ("targets", "deadline"): 0.95, ("targets", "kind"): 0.91,
            ("metadata", "recipients"): 0.8, ("tasks", "responsible"): 0.96, ("tasks", "recurrence"): 0.93})


def test_black_soil_page_civilised_city_docx_home_care_text_relocation_markdown_and_business_climate_pdf_blind(tmp_path):
    """unseen29, by a helper who never ran the pipeline, first run with the rounds of sets 27 and 28 merged: a 梨树县 GBK
    page declared gb2312 (a town table with a colspan 合计), a 咸宁 创文指挥部 DOCX (unit and post glued in one cell, work
    groups), a 国办 意见 as gov.cn text, a 凉山州 Markdown plan (a county table named by its 注), a 德州 two-organ PDF
    (a task table whose cells wrap across pages). First run targets 0.932, metadata 53/55, members 0.969, tasks 0.930
    (tests/unseen29/README.md); tasks 0.950 since tasks@29 read the 创文 DOCX's titled 工作要求 items (one matched task
    there is due monthly and quarterly, recurrence taken as the gold's note allows either). Tasks 0.983 since the
    evaluator matches a titled item whether or not its title is read (gold that starts at an item's title): two more
    tasks matched, one of them with another recurrence than the gold's, so recurrence accuracy counts 55 of 59 where it
    counted 54 of 57."""
    overall = _blind_set(tmp_path, "unseen29", 5)
    _holds(overall, {"targets": 0.93, "tasks": 0.97, "members": 0.96, "citations": 0.99},
           {("targets", "comparator"): 0.85, ("targets", "deadline"): 0.89, ("targets", "kind"): 0.81,
            ("metadata", "issuer"): 0.8, ("metadata", "recipients"): 0.8, ("tasks", "recurrence"): 0.92})


def test_care_subsidy_page_flood_command_docx_school_meals_text_talent_markdown_and_boiler_plan_pdf_blind(tmp_path):
    """unseen30, by a helper who never ran the pipeline, first run as set 29: a 闵行区 page with JSON-LD dates and tables
    by care grade, a 宝坻区 防汛抗旱指挥部 DOCX (a 联络员 column, member units' duties), a 遂川县 GB18030 CRLF text, a 三亚
    Markdown holding a raw HTML table, a five-ministry PDF with a landscape indicator table. First run targets 0.716,
    metadata 51/55, members 1.000, tasks 0.822; after the fix round (branch fix30) targets 0.889, metadata 55/55,
    tasks 0.883, citations 1.000 (tests/unseen30/README.md)."""
    overall = _blind_set(tmp_path, "unseen30", 5)
    _holds(overall, {"targets": 0.88, "tasks": 0.88, "members": 0.99, "citations": 0.99},
           {("targets", "kind"): 0.87})

def test_consumption_river_chiefs_health_pdf_safety_committee_docx_and_farm_machinery_subsidies_blind(tmp_path):
    """unseen20: a 芜湖 consumption page, a 日喀则 河湖长制 text (names glued to posts, Tibetan names, a QR prompt over
    the 文号), a 佳木斯 three-agency PDF plan with indicator tables, a 甘州区 安委会 DOCX (a member table with a 联络员
    column), a national 农机补贴 Markdown. First run: targets 0.719 (scope ignored 0.829), members 0.567, metadata
    51/55; after its fix round (merged with the rounds of sets 15–19) targets 0.859, members 1.000, metadata 54/55; after
    the round left23 (the machine-class pipe table of ceilings, sanction terms) targets 0.895 (tests/unseen20/README.md)."""
    overall = _blind_set(tmp_path, "unseen20", 5)
    _holds(overall, {"targets": 0.895, "tasks": 0.92, "members": 0.99, "citations": 0.99},
           {("targets", "deadline"): 0.91, ("targets", "kind"): 0.91, ("metadata", "doc_number"): 0.8,
            ("tasks", "responsible"): 0.9, ("tasks", "deadline"): 0.86, ("tasks", "recurrence"): 0.76})


def test_science_talent_page_battery_plan_snow_economy_docx_furniture_text_and_county_health_alliance_blind(tmp_path):
    """unseen21: a 银川 GBK page, a 宜宾 Markdown plan with a 专班 in prose (units' 分管负责同志 as members), a 延边州
    DOCX 领导小组 (a row of four cities sharing 人民政府), a 南康区 GB18030 text (a 组长 with two posts), a national
    医共体 page. First run: targets 0.930, members 0.766; after its fix round (merged with the rounds of sets 15–19)
    targets 0.949, members 1.000, citations 1.000 (tests/unseen21/README.md)."""
    overall = _blind_set(tmp_path, "unseen21", 5)
    _holds(overall, {"targets": 0.94, "tasks": 0.96, "members": 0.99, "citations": 0.99},
           {("targets", "kind"): 0.92, ("tasks", "deadline"): 0.9})


def _blind_set(tmp_path, name: str, documents: int):
    """The overall scores of tests/<name>: its notices extracted, scored against its gold."""
    folder = ROOT / "tests" / name
    db = tmp_path / "blind.db"
    run([folder / "notices"], db)
    report = evaluate(db, folder / "gold")
    assert len(report["documents"]) == documents
    return report["overall"]


def test_rural_living_consumption_health_safety_committee_and_business_environment_blind(tmp_path):
    """unseen15: a 古丈县 portal page whose notes give roles in words (A牵头，B配合), a 扬州 Markdown page of supports,
    a national 卫健委 text copied from a PDF, a 楚雄州 DOCX 安委会 list in mixed layouts and a 渝北区 GBK page whose
    task table's note makes the first unit lead. Left misses are in tests/unseen15/README.md."""
    overall = _blind_set(tmp_path, "unseen15", 5)
    assert overall["targets"].f1 >= 0.929
    assert overall["tasks"].f1 >= 0.91
    assert overall["members"].f1 >= 0.98
    assert overall["citations"].f1 >= 0.99
    lower = {("targets", "kind"): 0.90, ("targets", "deadline"): 0.92, ("members", "position"): 0.9,
             ("members", "organization"): 0.9, ("tasks", "partner"): 0.92, ("tasks", "recurrence"): 0.92}
    for part, name in FIELDS + [("metadata", name) for name in overall["metadata"].attrs]:
        if overall[part].tp == 0 and not overall[part].n_gold:  # a set whose gold has none of this part
            assert not overall[part].n_pred, (part, "stored where the gold has none")
            continue
        assert overall[part].accuracy(name) >= lower.get((part, name), 0.95), (part, name)


def test_rental_housing_page_fire_command_docx_jobs_pdf_talent_wechat_markdown_and_river_chiefs_text_blind(tmp_path):
    """unseen31, by a helper who never ran the pipeline, first run at main 490017d before any fix: a 福清 nested-table
    page with an annex task table, a 鄂托克前旗 防灭火指挥部 DOCX (members in one paragraph joined by 、, work groups of
    units), a 安徽 three-organ PDF forwarding a national notice, a 赣州 WeChat article as Markdown, a 阿克苏地区 text of
    22 noted items. First run targets 0.801, metadata 53/55, members 0.206, tasks 0.954, citations 0.897; after its
    rounds targets 0.873, metadata 54/55, members 1.000, citations 1.000 (tests/unseen31/README.md)."""
    overall = _blind_set(tmp_path, "unseen31", 5)
    _holds(overall, {"targets": 0.87, "tasks": 0.95, "members": 0.99, "citations": 0.99},
           {("targets", "deadline"): 0.90, ("targets", "kind"): 0.88, ("metadata", "title"): 0.8})


def test_preschool_page_waste_sorting_docx_drg_pdf_rural_tourism_markdown_and_safety_group_text_blind(tmp_path):
    """unseen32, first run as set 31: a 教育部等 gov.cn page, a 儋州 DOCX with a town × year table under a merged header
    and members named as units, a 海西州 PDF with a milestone table over two pages, a 婺源县 Markdown grade table, a 鹤岗
    领导小组 text copied from a page. First run targets 0.725, metadata 54/55, members 0.765, tasks 0.955; after the
    rounds targets 0.892, members 1.000, tasks 0.978 (tests/unseen32/README.md)."""
    overall = _blind_set(tmp_path, "unseen32", 5)
    _holds(overall, {"targets": 0.89, "tasks": 0.97, "members": 0.99, "citations": 0.99},
           {("targets", "kind"): 0.92, ("metadata", "recipients"): 0.8})


def test_charging_page_double_reduction_docx_cold_chain_pdf_rural_funds_markdown_and_food_safety_text_blind(tmp_path):
    """unseen33, first run as set 31: a 吴忠 GBK page (a county × year table with a two-row header), a 桑植县 DOCX member
    table, a 鞍山 two-organ PDF with sentences cut by pages, a 苍溪县 Markdown 办法 of articles, a 临夏州 GB18030 text.
    First run targets 0.824, metadata 53/55, tasks 0.964; after the rounds targets 0.912, metadata 55/55, tasks 1.000
    (tests/unseen33/README.md)."""
    overall = _blind_set(tmp_path, "unseen33", 5)
    _holds(overall, {"targets": 0.91, "tasks": 0.99, "members": 0.99, "citations": 0.97},
           {("targets", "kind"): 0.93, ("tasks", "deadline"): 0.94, ("tasks", "recurrence"): 0.88})


def test_jobs_plan_page_industrial_parks_docx_new_energy_pdf_common_prosperity_markdown_and_toilets_page_blind(tmp_path):
    """unseen34, first run as set 31: a 国办 gov.cn page with an indicator table, a 顺德区 DOCX task table with merged lead
    cells, a 盐城 PDF of tiered rewards, a 遂昌县 Markdown indicator pipe table, a 雷山县 GBK page with a town table and a
    领导小组. First run targets 0.910, metadata 54/55, tasks 0.921; after the rounds targets 0.935, metadata 55/55, tasks
    1.000 (tests/unseen34/README.md)."""
    overall = _blind_set(tmp_path, "unseen34", 5)
    _holds(overall, {"targets": 0.93, "tasks": 0.99, "members": 0.99, "citations": 0.99}, {})


def test_childcare_page_sand_command_docx_grain_pdf_fireworks_markdown_and_chronic_disease_wechat_blind(tmp_path):
    """unseen35, by a helper who never ran the pipeline, first run at main 28263d6 with every round of sets 31–34
    merged: a 黄山 page with a county table, a 都昌县 指挥部 DOCX (政委, 专班 of units and of people), a three-organ
    national PDF 版头 with an indicator table, a 锡林郭勒盟 Markdown scrape with a pipe task table, a 历城区 WeChat text
    whose indicator table is one cell per line. First run targets 0.617, metadata 42/55, members 0.656, tasks 0.868;
    after its rounds targets 0.964, metadata 55/55, members 1.000, tasks 0.937 (tests/unseen35/README.md)."""
    overall = _blind_set(tmp_path, "unseen35", 5)
    _holds(overall, {"targets": 0.96, "tasks": 0.93, "members": 0.99, "citations": 0.99},
           {("targets", "kind"): 0.84, ("tasks", "recurrence"): 0.86})


def test_relics_page_relief_docx_geohazard_pdf_sports_markdown_and_bus_priority_wechat_blind(tmp_path):
    """unseen36, first run as set 35: a 黄山 文物 page with indicator and task tables, a 利川 临时救助 细则 DOCX, a 怒江州
    地质灾害 指挥部 PDF (names glued after posts, seven work groups), a 湖南 体育赛事 奖补 Markdown grade table, a 国办
    公交优先 意见 as a WeChat text. First run targets 0.772, members 0.133, tasks 0.914; after the rounds targets 0.898,
    members 1.000, tasks 0.955 (tests/unseen36/README.md)."""
    overall = _blind_set(tmp_path, "unseen36", 5)
    _holds(overall, {"targets": 0.89, "tasks": 0.95, "members": 0.99, "citations": 0.96},
           {("targets", "kind"): 0.92, ("members", "position"): 0.94, ("members", "organization"): 0.94})


def test_compensation_page_talent_docx_veterans_pdf_snow_command_markdown_and_vocational_wechat_blind(tmp_path):
    """unseen37, first run as set 35: a 十堰 生态补偿 办法 page, a 江山 DOCX town × year table, a four-organ national PDF,
    a 锡林郭勒盟 雪灾 指挥部 Markdown member table, a 眉山 职教 奖补 WeChat text. First run targets 0.807, metadata 48/55,
    tasks 0.767, citations 0.923; after the rounds targets 0.921, metadata 55/55, tasks 0.899, citations 1.000
    (tests/unseen37/README.md)."""
    overall = _blind_set(tmp_path, "unseen37", 5)
    _holds(overall, {"targets": 0.91, "tasks": 0.89, "members": 0.99, "citations": 0.99},
           {("targets", "comparator"): 0.90, ("targets", "deadline"): 0.92, ("targets", "kind"): 0.79})


def test_meals_page_poverty_group_docx_canteens_pdf_farmers_markdown_and_investment_wechat_blind(tmp_path):
    """unseen38, first run as set 35: a 平凉 老年助餐 page with a two-row-header county table, a 金寨县 领导小组 DOCX with
    three work groups of units, a 浙江 three-organ PDF (文件 beside one organ), a 农业农村部 Markdown province quota table,
    a 射洪 招商引资 奖励 WeChat text. First run targets 0.768, metadata 50/55, tasks 0.846; after the rounds targets
    0.956, metadata 55/55, tasks 0.963 (tests/unseen38/README.md)."""
    overall = _blind_set(tmp_path, "unseen38", 5)
    _holds(overall, {"targets": 0.95, "tasks": 0.96, "members": 0.99, "citations": 0.99},
           {("targets", "kind"): 0.89, ("tasks", "partner"): 0.80})


def test_charging_page_irrigation_command_docx_teachers_pdf_insurance_markdown_and_forest_chiefs_wechat_blind(tmp_path):
    """unseen39, first run at 7b536b4: a 黔西南州 充电 and 消防 page with a county table, a 安化县 水利 指挥部 DOCX with four
    work groups, a 甘肃 two-organ 乡村教师 PDF, a 兴安盟 门诊共济 Markdown table by hospital level, a 永安 林长制 考核 WeChat
    text with a score table. First run targets 0.749, tasks 0.958; after the rounds targets 0.918, tasks 0.972
    (tests/unseen39/README.md)."""
    overall = _blind_set(tmp_path, "unseen39", 5)
    _holds(overall, {"targets": 0.91, "tasks": 0.96, "members": 0.99, "citations": 0.99},
           {("tasks", "recurrence"): 0.91})


def test_marine_ranch_page_collectives_docx_black_soil_pdf_port_markdown_and_childcare_wechat_blind(tmp_path):
    """unseen40, first run at 7b536b4: a 广东 two-organ 海洋牧场 page with a support table, a 新县 村级集体经济 DOCX with a
    side-by-side town table, a 兴安盟 黑土地 领导小组 PDF with work groups of units, a 连云港 集装箱 Markdown indicator
    table, a 晋江 托育 WeChat text. First run targets 0.750, members 0.932, tasks 0.923; after the rounds targets 0.890,
    members 1.000, tasks 1.000 (tests/unseen40/README.md)."""
    overall = _blind_set(tmp_path, "unseen40", 5)
    _holds(overall, {"targets": 0.88, "tasks": 0.99, "members": 0.99, "citations": 0.99}, {})


def test_housekeeping_page_heat_docx_machinery_pdf_fire_command_wechat_and_water_markdown_blind(tmp_path):
    """unseen41, first run at 7b536b4: a 黔南州 家政 page with a county table, a 江西 four-organ 高温 DOCX, a national
    农机报废 PDF with an annex table by grade, a 资溪县 森林防灭火指挥部 WeChat text (one-paragraph member list, work
    groups), a 邓州 农村供水 Markdown project table. First run targets 0.805, members 0.576, tasks 0.812; after the
    rounds targets 0.962, members 1.000, tasks 1.000 (tests/unseen41/README.md)."""
    overall = _blind_set(tmp_path, "unseen41", 5)
    _holds(overall, {"targets": 0.95, "tasks": 0.99, "members": 0.99, "citations": 0.99}, {})


def test_grassland_pdf_pomelo_page_mines_docx_appliances_markdown_and_cattle_wechat_blind(tmp_path):
    """unseen42, first run at 7b536b4: a 青海 three-organ 草原补奖 PDF with a prefecture table in 万亩/万元, a 平和县 蜜柚
    page, a 黔南州 矿山修复 领导小组 DOCX, a 洛阳 four-organ 家电以旧换新 Markdown grade table, a 奈曼旗 肉牛 WeChat text
    with a town table one cell a line. First run targets 0.717, tasks 0.925; after the rounds targets 0.958, tasks
    0.970 (tests/unseen42/README.md)."""
    overall = _blind_set(tmp_path, "unseen42", 5)
    _holds(overall, {"targets": 0.95, "tasks": 0.96, "members": 0.99, "citations": 0.99}, {})


def test_elderly_meals_page_small_venues_docx_forest_economy_pdf_fire_command_markdown_and_night_economy_wechat_blind(tmp_path):
    """unseen43, first run at 9f4610a: a 城固县 老年助餐 page with a captioned town table, a 郴州 three-organ 九小场所 DOCX task
    table, a 吉林 two-organ 林下经济 PDF subsidy table, a 宣汉县 防灭火指挥部 Markdown member table with work groups, a 景洪
    夜间经济 WeChat text. First run targets 0.775, tasks 0.957; after the rounds targets 0.969, tasks 1.000
    (tests/unseen43/README.md)."""
    overall = _blind_set(tmp_path, "unseen43", 5)
    _holds(overall, {"targets": 0.96, "tasks": 0.99, "members": 0.99, "citations": 0.99},
           {})


def test_rice_fish_page_farmland_group_docx_training_pdf_housing_fund_markdown_and_hogs_wechat_blind(tmp_path):
    """unseen44, first run at 9f4610a: a 湖北 two-organ 稻渔 page whose city table takes its unit from the lead sentence, a
    商水县 高标准农田 领导小组 DOCX member table, a 庆阳 培训补贴 办法 PDF, a three-ministry 住房公积金 Markdown table of
    stages, a 隆昌 生猪产能 WeChat text. First run targets 0.751, tasks 0.893; after the rounds targets 0.957, tasks 0.983
    (tests/unseen44/README.md)."""
    overall = _blind_set(tmp_path, "unseen44", 5)
    _holds(overall, {"targets": 0.95, "tasks": 0.97, "members": 0.99, "citations": 0.99},
           {("targets", "deadline"): 0.88, ("targets", "kind"): 0.91, ("tasks", "recurrence"): 0.92})


def test_canteens_page_chemical_parks_docx_old_housing_pdf_rural_doctors_markdown_and_commerce_wechat_blind(tmp_path):
    """unseen45, first run at 9f4610a: a 宁化县 学校食堂 page with a town table, a two-ministry 化工园区 DOCX checklist of signed
    cells, a 孝感 老旧小区 领导小组 PDF with work groups of units, a 黑龙江 three-organ 基层医疗 Markdown quota table, a 湘乡
    县域商业 WeChat text with a space-aligned indicator table. First run targets 0.823, tasks 0.764; after the rounds targets 0.933, tasks 1.000
    (tests/unseen45/README.md)."""
    overall = _blind_set(tmp_path, "unseen45", 5)
    _holds(overall, {"targets": 0.92, "tasks": 0.99, "members": 0.97, "citations": 0.99},
           {("targets", "deadline"): 0.91})


def test_hazards_page_villages_docx_scrapping_pdf_ice_snow_markdown_and_tea_wechat_blind(tmp_path):
    """unseen46, first run at 9f4610a: a 黄冈 地质灾害 page with two-line table headers, a 武义县 传统村落 领导小组 DOCX, a
    two-ministry 农机报废 PDF subsidy table by grade, an 阿勒泰地区 冰雪旅游 Markdown project table, an 英德 红茶 WeChat text. First run targets 0.675, tasks 0.980; after the rounds targets 0.979, tasks 1.000
    (tests/unseen46/README.md)."""
    overall = _blind_set(tmp_path, "unseen46", 5)
    _holds(overall, {"targets": 0.97, "tasks": 0.99, "members": 0.99, "citations": 0.99},
           {})


def test_rural_water_page_gas_docx_after_school_pdf_disabled_jobs_markdown_and_camellia_wechat_blind(tmp_path):
    """unseen47, first run at 0111593 (after the rounds of sets 43-46): a 怀化 农村供水 page with a county table of 现状 and
    目标, a 桐梓县 燃气 专班 DOCX, a 江苏 three-organ 课后服务 PDF, a 大兴安岭地区 残疾人就业 Markdown 办法, an 攸县 油茶
    WeChat text. First run targets 0.813, tasks 0.837; after the rounds targets 0.952, tasks 0.864, then 0.979 after a
    round on its tasks (tests/unseen47/README.md)."""
    overall = _blind_set(tmp_path, "unseen47", 5)
    # kind 0.94: the PDF's paragraphs now read whole (5929122) find two figures of a school year reported eleven days
    # before the year's end (2023—2024学年…为100% in a notice of 2024-08-20), which the gold reads as actuals
    _holds(overall, {"targets": 0.94, "tasks": 0.96, "members": 0.99, "citations": 0.99},
           {("tasks", "partner"): 0.88, ("tasks", "recurrence"): 0.94, ("targets", "kind"): 0.94})


def test_elevators_page_farmland_docx_veterans_pdf_fire_command_markdown_and_sheep_wechat_blind(tmp_path):
    """unseen48, first run at 0111593 (after the rounds of sets 43-46): a 曲靖 电梯 page with a county table, a 会宁县 撂荒地
    DOCX task table, a three-ministry 退役军人创业 PDF, an 乌海 防灭火指挥部 Markdown, a 横山区 肉羊 奖补 WeChat text with a
    town table in full-width spaces. First run targets 0.789, tasks 0.927; after the rounds targets 0.907, tasks 0.927, then
    targets 0.912 and tasks 0.978 after a round on tables and tasks (tests/unseen48/README.md)."""
    overall = _blind_set(tmp_path, "unseen48", 5)
    _holds(overall, {"targets": 0.90, "tasks": 0.96, "members": 0.99, "citations": 0.99},
           {("targets", "deadline"): 0.85, ("tasks", "partner"): 0.94})


def test_charging_page_forest_chiefs_docx_childcare_pdf_toilets_markdown_and_heating_wechat_blind(tmp_path):
    """unseen49, first run at 0e58d22: a 天台县 电动自行车 page with a town table and a 6:4 cost split, a 临汾 林长制 领导小组
    DOCX member table, a 甘肃 three-organ 托育 补贴办法 PDF, a 农业农村部 户厕 Markdown task table, an 扎兰屯 清洁取暖 WeChat
    text. First run targets 0.850, tasks 0.918; after the rounds targets 0.953, tasks 0.949 (tests/unseen49/README.md)."""
    overall = _blind_set(tmp_path, "unseen49", 5)
    _holds(overall, {"targets": 0.94, "tasks": 0.93, "members": 0.99, "citations": 0.99},
           {("tasks", "deadline"): 0.92, ("tasks", "recurrence"): 0.92})


def test_talent_housing_page_drainage_docx_chinese_medicine_pdf_conscripts_markdown_and_farmland_wechat_blind(tmp_path):
    """unseen50, first run at 0e58d22: a 什邡 人才安居 page whose box gives a short title (a support table by class), a 武威
    排水防涝 指挥部 DOCX with work groups of units, a national 基层中医药 PDF, a 光山县 优待金 Markdown, an 怀远县 耕地保护
    WeChat text listing places one a line. First run targets 0.768, metadata 53/55, members 0.926; after the rounds targets
    0.928, metadata 55/55, members 1.000 (tests/unseen50/README.md)."""
    overall = _blind_set(tmp_path, "unseen50", 5)
    _holds(overall, {"targets": 0.91, "tasks": 0.94, "members": 0.99, "citations": 0.99},
           {("targets", "deadline"): 0.93, ("tasks", "responsible"): 0.93, ("tasks", "deadline"): 0.89, ("tasks", "recurrence"): 0.6})


def test_homestays_page_community_services_docx_urban_villages_pdf_consumption_aid_markdown_and_collectives_wechat_blind(
        tmp_path):
    """unseen51, kept unopened through the rounds on sets 47-50 and first run after them (9ba69c4): a 文山州 民宿 page with a
    county table, a 桐庐县 领导小组 DOCX with work groups, a 河南 城中村改造 PDF, a 石阡县 消费帮扶 Markdown, an 汉中 集体经济
    WeChat text with a county pipe table. First run targets 0.871; after one round 0.962 (tests/unseen51/README.md)."""
    overall = _blind_set(tmp_path, "unseen51", 5)
    _holds(overall, {"targets": 0.95, "tasks": 0.97, "members": 0.99, "citations": 0.99},
           {("metadata", "recipients"): 0.79})


def test_skills_page_mines_docx_weather_command_pdf_training_markdown_and_vegetables_wechat_blind(tmp_path):
    """unseen52, first run as set 51: a 河北 two-organ 技能等级认定 page, a 莒县 非煤矿山 DOCX with a 专班 by post, a 甘孜州
    气象灾害 指挥部 PDF, a 蜀山区 校外培训 Markdown street table of status and campaign columns, a 寿光 蔬菜保供 WeChat text.
    First run targets 0.917, members 0.959; after one round targets 0.945, members 0.973 (tests/unseen52/README.md)."""
    overall = _blind_set(tmp_path, "unseen52", 5)
    _holds(overall, {"targets": 0.93, "tasks": 0.92, "members": 0.96, "citations": 0.99},
           {("tasks", "recurrence"): 0.86})


def test_fishing_page_property_docx_insurance_group_pdf_manure_markdown_and_space_wechat_blind(tmp_path):
    """unseen53, kept unopened through the rounds on sets 47-52 and first run after them (d166394): a 福建 休渔 补助 page with a
    city table, a 德清县 物业 DOCX task table, a 呼伦贝尔 医保参保 领导小组 PDF, a 围场县 粪污 Markdown indicator table, a 酒泉
    商业航天 WeChat text. First run targets 0.883, tasks 0.966 (tests/unseen53/README.md)."""
    overall = _blind_set(tmp_path, "unseen53", 5)
    _holds(overall, {"targets": 0.96, "tasks": 0.99, "members": 0.99, "citations": 0.99}, {})


def test_buses_page_flood_command_docx_ip_loans_pdf_school_sport_markdown_and_silver_economy_wechat_blind(tmp_path):
    """unseen54, first run as set 53: an 忻州 城乡客运 page with a county table, a 休宁县 防汛抗旱指挥部 DOCX with work groups, a
    four-organ 福建 知识产权质押 PDF, a 教育部 体育总局 school-sport Markdown, an 义乌 银发经济 WeChat text. First run targets
    0.888, tasks 0.862 (tests/unseen54/README.md)."""
    overall = _blind_set(tmp_path, "unseen54", 5)
    _holds(overall, {"targets": 0.93, "tasks": 0.98, "members": 0.99, "citations": 0.99},
           {("tasks", "recurrence"): 0.93})


def test_home_adaptation_page_gas_task_force_docx_machinery_scrapping_pdf_water_markdown_and_citrus_wechat_blind(tmp_path):
    """unseen55, first run at the start of its session (138f652): a prefecture city's 适老化改造 page with a district table, a
    county 燃气安全 工作专班 DOCX with unit-only work groups, a two-ministry 农机报废更新 PDF with a 元/台 table, a four-department
    provincial 农村供水 Markdown with a city table, a county-level city's 柑橘 measures as a WeChat text. First run targets
    0.953, members 0.892, tasks 0.940 (tests/unseen55/README.md)."""
    overall = _blind_set(tmp_path, "unseen55", 5)
    _holds(overall, {"targets": 0.96, "tasks": 0.99, "members": 0.99, "citations": 0.99}, {})


def test_rural_delivery_page_flood_command_docx_occupational_disease_pdf_fishing_markdown_and_homestays_wechat_blind(tmp_path):
    """unseen56, first run as set 55: a prefecture city's 农村寄递物流 page with a county table of built and planned stations,
    a county 防汛抗旱指挥部 DOCX with members by post and six work groups, a four-organ 职业病 PDF with an annex task table,
    a provincial 远洋渔业 Markdown whose support is a pipe table, a county-level city's 民宿 WeChat text. First run targets
    0.787, members 0.587, tasks 0.965 (tests/unseen56/README.md)."""
    overall = _blind_set(tmp_path, "unseen56", 5)
    _holds(overall, {"targets": 0.94, "tasks": 0.99, "members": 0.99, "citations": 0.99}, {})


def test_county_commerce_page_bridges_group_docx_camels_pdf_wages_markdown_and_farmland_wechat_blind(tmp_path):
    """unseen57, written at the start of its session, kept unopened through the round on sets 53-56 and first run
    after it (3a9de4e): a provincial 县域商业 page with an indicator table, a county 廊桥 领导小组 DOCX with three work
    groups, a 盟's 骆驼产业 PDF (per-camel 元/峰), a four-bureau 农民工工资 Markdown with a district table, a county-level
    city's 撂荒地 WeChat text. First run targets 0.868, members 0.849 (tests/unseen57/README.md)."""
    overall = _blind_set(tmp_path, "unseen57", 5)
    _holds(overall, {"targets": 0.90, "tasks": 0.99, "members": 0.84, "citations": 0.99},
           {("targets", "kind"): 0.94, ("metadata", "recipients"): 0.59})


def test_old_trees_page_tea_group_docx_soil_conservation_pdf_legal_services_markdown_and_cross_border_wechat_blind(tmp_path):
    """unseen58, first run as set 57: a prefecture city's 古树名木 page with a county table, a county 茶产业 领导小组 and
    专班 DOCX, a two-ministry 水土保持 PDF with a province table, an autonomous prefecture's 公共法律服务 Markdown with a
    posts-only group, a district's 跨境电商 WeChat text whose task table is flattened to one cell a line. First run
    targets 0.920, members 0.983, tasks 0.903 (tests/unseen58/README.md)."""
    overall = _blind_set(tmp_path, "unseen58", 5)
    _holds(overall, {"targets": 0.91, "tasks": 0.90, "members": 0.98, "citations": 0.99},
           {("tasks", "recurrence"): 0.85, ("metadata", "cc"): 0.79})


def test_burial_page_childcare_docx_patent_pledge_pdf_ebikes_markdown_and_forest_fire_wechat_blind(tmp_path):
    """unseen59, written at the start of its session and first run before any fix it prompted (5929122): a county's
    殡葬改革 page (co-issued by party and government offices), a prefecture city's 普惠托育 DOCX, a four-organ provincial
    知识产权质押融资 办法 in 第X条 articles (PDF), a city safety committee's 电动自行车 Markdown with a pipe task table, a
    county's 森林防灭火指挥部 WeChat text with five work groups. First run targets 0.883, members 0.980, tasks 0.884
    (tests/unseen59/README.md); after the session's two rounds targets 0.962, tasks, members 1.000, metadata 55/55."""
    overall = _blind_set(tmp_path, "unseen59", 5)
    _holds(overall, {"targets": 0.95, "tasks": 0.99, "members": 0.99, "citations": 0.99}, {})


def test_blood_donation_page_heritage_group_docx_landslides_pdf_farmland_markdown_and_rental_housing_wechat_blind(tmp_path):
    """unseen60, first run as set 59: an autonomous prefecture's 无偿献血 page with a county table, a county 非遗 领导小组
    DOCX with two work groups, a three-ministry 地质灾害 PDF with a province table, a county 高标准农田管护 办法 in
    Markdown with a pipe table of towns, a four-department provincial 保障性租赁住房 WeChat text. First run targets
    0.817, tasks 0.833, members 1.000 (tests/unseen60/README.md); after the session's two rounds targets 0.975, tasks
    1.000, metadata 55/55."""
    overall = _blind_set(tmp_path, "unseen60", 5)
    _holds(overall, {"targets": 0.96, "tasks": 0.99, "members": 0.99, "citations": 0.99}, {})


def test_disabled_jobs_page_weather_group_docx_mushrooms_pdf_school_meals_markdown_and_rooftop_solar_wechat_blind(tmp_path):
    """unseen61, written at the start of its session, kept unopened through the round on sets 59–60 and first run
    after it (fab5c92): a three-organ provincial 残疾人就业 补贴 page with a city table, a county 人工影响天气 领导小组
    DOCX, a prefecture city's 食用菌 PDF (counts in 袋), a four-bureau 营养改善计划 Markdown with a county table and a
    task pipe table, a county's 整县屋顶光伏 WeChat text with a 工作专班. First run targets 0.925, members 1.000, tasks
    0.986 (tests/unseen61/README.md); after the round on it targets 0.983, tasks 1.000."""
    overall = _blind_set(tmp_path, "unseen61", 5)
    _holds(overall, {"targets": 0.97, "tasks": 0.99, "members": 0.99, "citations": 0.99}, {})


def test_charging_page_mines_group_docx_chinese_medicine_pdf_graduate_trainees_markdown_and_delivery_wechat_blind(tmp_path):
    """unseen62, first run as set 61: a prefecture city's 充电基础设施 page with a county table, a county 非煤矿山 and
    尾矿库 领导小组 DOCX with three work groups, a two-organ national 中医馆 and 名中医 PDF, a three-department
    provincial 就业见习 Markdown with a city table, a four-bureau 客货邮融合 WeChat text. First run targets 0.927,
    members 0.958, tasks 0.812 (tests/unseen62/README.md); after the round on it targets 0.958, members 1.000, tasks
    0.882 (bj3's item tasks start at the item where its gold starts at the organ's sentence), metadata 55/55."""
    overall = _blind_set(tmp_path, "unseen62", 5)
    _holds(overall, {"targets": 0.95, "tasks": 0.88, "members": 0.99, "citations": 0.99}, {})


def test_waterlogging_page_school_food_docx_grassland_pdf_relics_group_markdown_and_fitness_wechat_blind(tmp_path):
    """unseen63, written near the end of its session, after both its rounds, and first run before any fix (430fca6): a
    prefecture city's 城市内涝治理 page, a three-ministry 学校食品安全 DOCX with a task table, an autonomous county's 草原
    生态补奖 PDF, a county 文物安全 领导小组 Markdown with a 巡查专班, a four-bureau 全民健身 WeChat text with a district
    table. First run targets 0.887, members 0.960, tasks 0.978 (tests/unseen63/README.md)."""
    overall = _blind_set(tmp_path, "unseen63", 5)
    _holds(overall, {"targets": 0.88, "tasks": 0.97, "members": 0.95, "citations": 0.99},
           {("targets", "deadline"): 0.89, ("metadata", "recipients"): 0.79})


def test_libraries_page_bees_docx_chemicals_group_pdf_training_markdown_and_rural_housing_wechat_blind(tmp_path):
    """unseen64, first run as set 63: a prefecture city's 图书馆 and 农家书屋 page, a county's 中蜂 support DOCX, a city's
    危化品 工作专班 PDF with three work groups, a two-ministry 以工代训 Markdown, a county's 农房抗震 WeChat text. First
    run targets 0.889, members 1.000, tasks 0.917 (tests/unseen64/README.md)."""
    overall = _blind_set(tmp_path, "unseen64", 5)
    _holds(overall, {"targets": 0.88, "tasks": 0.91, "members": 0.99, "citations": 0.99},
           {("targets", "comparator"): 0.87, ("metadata", "recipients"): 0.39, ("metadata", "public_status"): 0.59,
            ("tasks", "partner"): 0.90})


def _blind_floors(tmp_path, name: str, f1s: dict, lower: dict) -> None:
    _holds(_blind_set(tmp_path, name, 5), f1s, lower)


def test_vaccination_page_patriotic_health_docx_soil_fee_pdf_tutoring_group_markdown_and_assessment_report_blind(tmp_path):
    """unseen65, first run at 53ac613: a city's HPV 疫苗 page with a county table, a county's 爱国卫生 DOCX, a three-office
    水土保持补偿费 PDF, an autonomous prefecture's 校外培训 领导小组 Markdown, a district's 垃圾分类 考核 通报 (WeChat text).
    First run targets 0.695, tasks 0.846; after the session's rounds targets 0.942, tasks 0.981 (tests/unseen65/README.md)."""
    _blind_floors(tmp_path, "unseen65", {"targets": 0.93, "tasks": 0.97, "members": 0.99, "citations": 0.99},
                  {("tasks", "recurrence"): 0.91})


def test_old_estates_page_wage_arrears_group_docx_scrapping_pdf_nursery_draft_markdown_and_fishers_wechat_blind(tmp_path):
    """unseen66, first run at 53ac613: 老旧小区改造 page with a county table, a county's 根治欠薪 领导小组 DOCX, a two-ministry
    农机报废 PDF, a 花木盆景 征求意见稿 Markdown, a four-bureau 退捕渔民 WeChat text. First run targets 0.965, members 0.966;
    after the session's rounds targets 0.992, tasks and members 1.000 (tests/unseen66/README.md)."""
    _blind_floors(tmp_path, "unseen66", {"targets": 0.98, "tasks": 0.99, "members": 0.99, "citations": 0.99}, {})


def test_pocket_parks_page_grid_group_docx_child_rehabilitation_pdf_meal_funds_markdown_and_legal_advisers_blind(tmp_path):
    """unseen67, first run at 53ac613: 口袋公园 page with a two-level county table, a county's 网格化 领导小组 DOCX, a
    four-organ 残疾儿童康复救助 PDF with an aid table, an autonomous prefecture's 助餐 funds Markdown allocation table, a
    county's 法律顾问 WeChat text. First run targets 0.736; after the session's rounds 0.977 (tests/unseen67/README.md)."""
    _blind_floors(tmp_path, "unseen67", {"targets": 0.96, "tasks": 0.99, "members": 0.99, "citations": 0.99},
                  {("tasks", "recurrence"): 0.92})


def test_dengue_page_family_farms_docx_firefighters_pdf_greening_bodies_markdown_and_inspection_report_blind(tmp_path):
    """unseen68, first run at 53ac613: 登革热 page with a county table, a county's 家庭农场 DOCX with a task table, a
    three-ministry 专职消防员 PDF, a county-level city's 绿化委员会 and 工作专班 Markdown, a 督查通报 WeChat text. First run
    targets 0.861, members 0.917; after the session's rounds targets 0.947, members 1.000 (tests/unseen68/README.md)."""
    _blind_floors(tmp_path, "unseen68", {"targets": 0.93, "tasks": 0.99, "members": 0.99, "citations": 0.99}, {})


def test_student_loans_markdown_fishery_safety_docx_prepared_food_pdf_correction_page_and_disability_wechat_blind(tmp_path):
    """unseen69, written during the first round and first run after it (71ce570): a four-ministry 助学贷款 Markdown, a
    county's 渔业安全 要点 DOCX, a city's 预制菜 PDF, a 社区矫正委员会 page, a 两项补贴 WeChat text with a flattened table.
    First run targets 0.914, tasks 0.903; after the second round targets 0.978 (tests/unseen69/README.md)."""
    _blind_floors(tmp_path, "unseen69", {"targets": 0.96, "tasks": 0.94, "members": 0.99, "citations": 0.99},
                  {("tasks", "recurrence"): 0.92})


def test_insurance_fund_page_swine_fever_docx_transport_pdf_house_numbers_markdown_and_scrapping_wechat_blind(tmp_path):
    """unseen70, first run at 71ce570: a four-bureau 医保基金 page, a county's 动物疫病 指挥部 DOCX, a city's 城乡交通 PDF with
    an indicator table, a district's 地名门牌 Markdown, a two-ministry 农机报废 WeChat text. First run targets 0.900; after
    the second round 0.995 (tests/unseen70/README.md)."""
    _blind_floors(tmp_path, "unseen70", {"targets": 0.98, "tasks": 0.99, "members": 0.99, "citations": 0.99}, {})


def test_parking_page_food_stalls_docx_heritage_pdf_fraud_meeting_markdown_and_elderly_plan_text_blind(tmp_path):
    """unseen71, first run at 71ce570: 停车设施 page with a district table, a county's 小作坊 摊贩 DOCX, a provincial 非遗传承人
    PDF, a county-level city's 反诈 联席会议 Markdown, an autonomous prefecture's 十四五 养老 plan with an indicator table.
    First run targets 0.929, tasks 0.877, metadata 52/55; after the second round targets 0.984, metadata 55/55
    (tests/unseen71/README.md)."""
    _blind_floors(tmp_path, "unseen71", {"targets": 0.97, "tasks": 0.95, "members": 0.99, "citations": 0.99},
                  {("tasks", "recurrence"): 0.91})


def test_mangroves_page_homesteads_group_docx_ecommerce_rules_pdf_youth_hostels_markdown_and_yaks_text_blind(tmp_path):
    """unseen72, first run at 71ce570: 红树林 修复 page with an indicator table, a county's 宅基地 领导小组 DOCX, a two-department
    跨境电商 实施细则 PDF in articles, a county-level city's 青年驿站 Markdown, a prefecture's 牦牛 藏羊 measures with a table
    flattened one cell a line. First run targets 0.914, tasks 0.853; after the second round 0.979 and 1.000."""
    _blind_floors(tmp_path, "unseen72", {"targets": 0.96, "tasks": 0.99, "members": 0.99, "citations": 0.99}, {})


def test_water_supply_page_flood_command_docx_eyesight_pdf_village_assets_markdown_and_export_insurance_blind(tmp_path):
    """unseen73, written during the second round and first run at the session's end code (4074f2e), no fix since: 二次供水
    page with a county table, a county's 防汛防台抗旱指挥部 DOCX with six work groups, a three-ministry 近视防控 PDF, a city's
    三资 整治 Markdown with a task table, a 出口信用保险 WeChat text. First run targets 0.823, tasks 0.893, members 0.954;
    0.906 after one fix (a caption's label 表1 no part of the thing a task column counts)."""
    _blind_floors(tmp_path, "unseen73", {"targets": 0.89, "tasks": 0.88, "members": 0.94, "citations": 0.93},
                  {("targets", "kind"): 0.9})


def test_science_envoys_page_drug_committee_docx_archives_pdf_poverty_watch_markdown_and_clean_heating_blind(tmp_path):
    """unseen74, first run at 6c9d458: a city's 科技特派员 page with a county table, a county's 禁毒委员会 DOCX (30 members by
    post in one sentence), a three-ministry 档案 digitisation PDF with rates by region class, a district's 防返贫 监测
    Markdown, a four-bureau 清洁取暖 WeChat text. First run targets 0.840; after the session's rounds targets 0.936, members and citations 1.000."""
    _blind_floors(tmp_path, "unseen74", {"targets": 0.92, "tasks": 0.97, "members": 0.99, "citations": 0.99},
                  {("targets", "comparator"): 0.93, ("targets", "deadline"): 0.92, ("targets", "kind"): 0.92,
                   ("tasks", "deadline"): 0.92, ("tasks", "recurrence"): 0.92})


def test_accessibility_page_rural_water_docx_conscription_pdf_geo_marks_markdown_and_scrapping_text_blind(tmp_path):
    """unseen75, first run at 6c9d458: a three-department 无障碍 page, a county's 农村供水 DOCX with a town table, a city's
    征兵 领导小组 PDF with letter-spaced names, a city's 地理标志 奖补 Markdown, a three-ministry 农机报废 WeChat text.
    First run targets 0.929, members 0.791; after the session's rounds targets 0.963, members 1.000."""
    _blind_floors(tmp_path, "unseen75", {"targets": 0.95, "tasks": 0.94, "members": 0.99, "citations": 0.99},
                  {("tasks", "responsible"): 0.92, ("tasks", "recurrence"): 0.89})


def test_drowning_page_civility_command_docx_crop_insurance_pdf_tailings_markdown_and_childcare_text_blind(tmp_path):
    """unseen76, first run at 6c9d458: a city's 防溺水 page with a county table, a county-level city's 创文指挥部 DOCX with
    four 专项组, a three-ministry 农业保险 PDF with shares by region class, a city's 尾矿库 Markdown, a county's 育儿补贴
    WeChat text. First run targets 0.813; after the session's rounds targets 0.977, members 1.000."""
    _blind_floors(tmp_path, "unseen76", {"targets": 0.96, "tasks": 0.96, "members": 0.99, "citations": 0.95},
                  {("targets", "deadline"): 0.9, ("members", "position"): 0.93})


def test_air_defence_page_petitions_docx_relief_pdf_straw_markdown_and_grain_score_table_blind(tmp_path):
    """unseen77, first run at 6c9d458: a city's 人防 易地建设费 page, a county-level city's 信访 联席会议 and 专班 DOCX, a
    two-ministry 临时救助 PDF, a county's 秸秆 禁烧 Markdown with a town table, a city's 粮食安全 考核 WeChat text with a
    tab-separated score table. First run targets 0.707, members 0.772; after the session's rounds targets 0.954, members 1.000."""
    _blind_floors(tmp_path, "unseen77", {"targets": 0.94, "tasks": 0.94, "members": 0.99, "citations": 0.99},
                  {("targets", "kind"): 0.91, ("tasks", "responsible"): 0.92, ("tasks", "deadline"): 0.86,
                   ("tasks", "recurrence"): 0.69})


def test_charging_page_census_group_docx_village_doctors_pdf_wedding_customs_markdown_and_meals_text_blind(tmp_path):
    """unseen78, written at the start of the round on sets 74–77 and first run after it (bec9870): a city's 充电设施 page,
    a county's 经济普查 领导小组 DOCX with work groups, a four-department 乡村医生 PDF, a city's 移风易俗 Markdown, a county's
    老年助餐 WeChat text. First run targets 0.870, members 0.868; after the second round targets 0.970, members 1.000."""
    _blind_floors(tmp_path, "unseen78", {"targets": 0.96, "tasks": 0.89, "members": 0.99, "citations": 0.99},
                  {("tasks", "recurrence"): 0.8})


def test_night_economy_page_sorting_group_docx_rapeseed_pdf_driver_homes_markdown_and_toilets_text_blind(tmp_path):
    """unseen79, first run as unseen78: a city's 夜间经济 page, a county's 垃圾分类 领导小组 DOCX, a two-department 冬油菜
    PDF with a table over a page break, a ministry's 司机之家 Markdown naming its own offices, a county's 农村厕所 WeChat
    text. First run targets 0.940, tasks 0.806; after the second round targets 0.983, tasks 0.909."""
    _blind_floors(tmp_path, "unseen79", {"targets": 0.97, "tasks": 0.89, "members": 0.99, "citations": 0.99},
                  {("tasks", "recurrence"): 0.87})


def test_air_raid_sirens_page_blood_docx_legal_aid_pdf_safety_committees_markdown_and_elder_education_blind(tmp_path):
    """unseen80, written during the second round and first run at the end code (3543edb): a city's 防空警报试鸣 page, a
    county's 无偿献血 DOCX, a two-department 法律援助补贴 PDF, a county's 安委会 with four 专业委员会 as numbered items
    (Markdown), a district's 老年教育 WeChat repost. First run targets 0.884, members 0.691, metadata 51/55; after the third round targets 0.887, members 1.000, metadata 55/55."""
    _blind_floors(tmp_path, "unseen80", {"targets": 0.87, "tasks": 0.93, "members": 0.99, "citations": 0.99},
                  {("targets", "comparator"): 0.9, ("targets", "deadline"): 0.78, ("targets", "kind"): 0.84,
                   ("tasks", "deadline"): 0.78, ("tasks", "recurrence"): 0.78})


def test_sponge_city_page_credit_group_docx_after_school_fees_pdf_scrapping_markdown_and_land_market_blind(tmp_path):
    """unseen81, first run as unseen80: a city's 海绵城市 page, a county's 社会信用 领导小组 DOCX, a three-department 课后服务
    收费 PDF with a fee table by area tier, a two-ministry 农机报废更新 Markdown, a county's 集体建设用地入市 WeChat text.
    First run targets 0.860, citations 0.833; after the third round targets 0.893, citations 1.000."""
    _blind_floors(tmp_path, "unseen81", {"targets": 0.88, "tasks": 0.96, "members": 0.99, "citations": 0.99},
                  {("targets", "comparator"): 0.91, ("tasks", "recurrence"): 0.9})
