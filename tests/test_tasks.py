"""Tasks: the task tables, numbered task items and prose assignments, with agencies and deadlines.

The seeds are scored against their gold files in text, DOCX and PDF; notices written for this test
cover what the seeds lack: role clauses (（牵头单位：…；责任单位：…）), a clause cut by a page
break, role words in the parenthesis, prose assignments, other table headers, a row split over a
page, recurrences.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
import regex

from extractors.agencies import split_agency_list
from extractors.tasks import header_columns
from pipeline.runner import extract_document
from pipeline.store import document_rows

ROOT = Path(__file__).resolve().parent.parent
NOTICES = ROOT / "tests" / "notices"
GOLD = ROOT / "tests" / "gold"
SEEDS = ["000", "001", "002", "003", "004"]
RENDERINGS = [("text", "txt"), ("docx", "docx"), ("pdf", "pdf")]


@functools.lru_cache(maxsize=None)
def extracted(path: Path):
    doc, results, labels = extract_document(path)
    return doc, results, labels


def tasks(path: Path):
    return extracted(path)[1]["tasks"]


def seed_path(seed: str, folder: str, suffix: str) -> Path:
    return next((ROOT / "corpus" / folder).glob(f"{seed}_*.{suffix}"))


def gold(seed: str) -> dict:
    return json.loads((GOLD / f"{seed}.json").read_text(encoding="utf-8"))


def squeeze(text: str | None) -> str:
    return regex.sub(r"\s+", "", text or "")


def roles(task) -> dict[str, list[str]]:
    return {role: [a.agency for a in task.agencies if a.role == role] for role in ("lead", "responsible", "partner")}


def matched(seed: str, path: Path) -> list[tuple[dict, object]]:
    """(gold task, extracted task) pairs, matched as the evaluator does: by the task's opening words."""
    found, pairs = list(tasks(path)), []
    for expected in gold(seed)["tasks"]:
        start = squeeze(expected["text_start"])
        hit = next((t for t in found if squeeze(t.text).startswith(start)), None)
        if hit is not None:
            found.remove(hit)
            pairs.append((expected, hit))
    return pairs


# ---------------------------------------------------------------- the seeds against their gold


@pytest.mark.parametrize("folder,suffix", RENDERINGS)
@pytest.mark.parametrize("seed", SEEDS)
def test_every_gold_task_is_found_with_its_agencies_and_deadline(seed, folder, suffix):
    path = seed_path(seed, folder, suffix)
    expected = gold(seed)["tasks"]
    pairs = matched(seed, path)
    assert len(pairs) == len(expected)
    assert len(tasks(path)) == len(expected)  # nothing extra either
    agencies_right = sum(roles(t) == {r: e[r] for r in ("lead", "responsible", "partner")} for e, t in pairs)
    deadlines_right = sum(
        (t.deadline, t.recurrence, squeeze(t.deadline_raw)) == (e["deadline"], e["recurrence"], squeeze(e["deadline_raw"]))
        for e, t in pairs
    )
    assert agencies_right / len(expected) >= 0.95
    assert deadlines_right / len(expected) >= 0.95


@pytest.mark.parametrize("folder,suffix", RENDERINGS)
@pytest.mark.parametrize("seed", ["000", "001", "003"])
def test_categories_follow_the_table_or_the_heading(seed, folder, suffix):
    for expected, task in matched(seed, seed_path(seed, folder, suffix)):
        assert squeeze(task.category) == squeeze(expected["category"])


def test_trailing_parenthesis_agencies_are_responsible_in_order():
    task = tasks(seed_path("000", "text", "txt"))[0]
    assert roles(task) == {"lead": [], "partner": [],
                           "responsible": ["市规自局", "市通联办", "各县（区）人民政府", "阳泉高新区"]}
    mention = task.agencies[2]
    assert mention.name_raw == "各县〈区〉人民政府"  # the raw words are kept; the agency is normalized
    assert task.agencies[0].canonical == "市规划和自然资源局"
    assert task.text.startswith("推进光纤网络") and "（市规自局" not in task.text


def test_merged_cells_repeated_headers_and_a_shifted_row():
    found = tasks(seed_path("003", "text", "txt"))
    table = [t for t in found if t.section_path and t.section_path.startswith("附件")]
    assert len(table) == 28
    assert table[2].category == "推进举措/公共区域向5G基站建设开放"  # blank cells filled from above
    assert table[27].category == "保障措施/加强宣传引导"  # the text copy lost this column
    invalid = next(t for t in table if t.deadline_flag)
    assert (invalid.deadline, invalid.deadline_raw, invalid.deadline_flag) == (None, "2020年6月31日前", "invalid_date")
    span = next(t for t in table if t.deadline_start)
    assert (span.deadline_start, span.deadline, span.recurrence) == ("2020-01-01", "2022-12-31", "ongoing")


def test_prose_assignments_and_a_dated_actor_become_tasks():
    found = tasks(seed_path("003", "text", "txt"))
    prose = [t for t in found if t.section_path and not t.section_path.startswith("附件")]
    assert [roles(t) for t in prose] == [
        {"lead": [], "responsible": ["中国铁塔晋城市分公司泽州办事处"], "partner": []},
        {"lead": ["铁塔公司"], "responsible": [], "partner": ["基础电信企业"]},
        {"lead": [], "responsible": ["基础电信企业"], "partner": ["供电公司"]},
    ]
    assert prose[0].deadline == "2020-10-31"
    assert prose[1].agencies[0].canonical == "中国铁塔晋城市分公司泽州办事处"  # the alias the notice defines
    # 每年3月初，县工业和信息化局要… restates table row 2: not counted twice
    assert not any(squeeze(t.text).startswith("每年3月初") for t in found)


def test_a_reply_counts_its_work_items_but_not_the_proposal_list():
    found = tasks(seed_path("004", "text", "txt"))
    assert [roles(t)["responsible"] for t in found] == [["各电信运营企业"], [], []]
    assert not any("市工信局" in a.agency for t in found for a in t.agencies)


def test_task_spans_are_the_text_they_cite():
    for seed in SEEDS:
        for folder, suffix in RENDERINGS:
            path = seed_path(seed, folder, suffix)
            doc = extracted(path)[0]
            for task in tasks(path):
                assert doc.text[task.char_start : task.char_end] == task.evidence
                for agency in task.agencies:
                    assert doc.text[agency.char_start : agency.char_end] == agency.evidence == agency.name_raw


def test_rows_for_the_database():
    path = seed_path("000", "text", "txt")
    doc, results, labels = extracted(path)
    rows = document_rows("d", str(path), 1, doc, results, labels, "test")
    agencies = {r["id"]: r for r in rows["agencies"]}
    first = [r for r in rows["task_agencies"] if r["task_id"] == "d:k0"]
    assert [r["agency"] for r in first] == ["市规自局", "市通联办", "各县（区）人民政府", "阳泉高新区"]
    assert agencies[first[0]["agency_id"]]["name"] == "阳泉市规划和自然资源局"  # the issuer's city made explicit
    assert {r["extractor"] for r in rows["tasks"]} == {"tasks@66"}
    assert {r["assigned"] for r in rows["tasks"]} == {1}  # every task of 000 names its units


# ---------------------------------------------------------------- other layouts


def test_role_clauses_role_words_and_a_clause_cut_by_a_page_break():
    found = tasks(NOTICES / "tasks_xinxiang_clauses.txt")
    assert [roles(t) for t in found] == [
        {"lead": ["市发展改革委"], "partner": [],
         "responsible": ["市自然资源和规划局", "市住房城乡建设局", "各县（市、区）人民政府"]},
        {"lead": ["市工业和信息化局"], "responsible": [], "partner": ["市机关事务管理局", "市城管局"]},
        {"lead": [], "partner": [], "responsible": ["市住房城乡建设局", "各基础电信企业"]},  # 等 dropped
        {"lead": [], "partner": [], "responsible": ["市财政局"]},  # 市财政局负责…
        {"lead": ["国网新乡供电公司"], "partner": [], "responsible": ["各县（市、区）人民政府"]},
        {"lead": ["市工业和信息化局"], "responsible": [], "partner": ["市发展改革委", "市财政局"]},
        {"lead": ["市政府督查室"], "responsible": [], "partner": ["市工业和信息化局"]},
        # outside the task list, an item counts when it names its agencies in so many words
        {"lead": [], "partner": [], "responsible": ["市委宣传部", "市工业和信息化局"]},
    ]
    assert (found[0].deadline, found[0].deadline_raw) == ("2024-12-31", "2024年12月底前")
    assert (found[4].recurrence, found[4].deadline) == ("ongoing", None)
    assert found[0].category == "（一）加快5G网络建设"
    assert found[5].category == "三、保障措施/（一）加强组织领导"
    assert found[0].text.endswith("保障站址资源。")  # the clause is not part of the task
    assert found[1].agencies[0].canonical == "市工业和信息化局"
    assert found[0].agencies[0].canonical == "市发展和改革委员会"
    assert found[7].category == "三、保障措施"
    # 市通信管理局要加强行业监管: an actor without a role word is no task; member duties in an attachment neither
    assert len(found) == 8


def test_other_headers_a_row_split_over_a_page_and_recurrences():
    found = tasks(NOTICES / "tasks_huzhou_table.txt")
    assert [t.category for t in found] == ["网络建设", "网络建设", "应用推广", "应用推广", "安全保障"]
    assert [(t.deadline, t.recurrence) for t in found] == [
        ("2023-12-31", "once"), (None, "quarterly"), (None, "monthly"), (None, "ongoing"), ("2024-06-30", "once"),
    ]
    assert found[3].text == "开展“千兆进万家”宣传活动，引导用户升级千兆宽带，扩大千兆用户规模。"
    assert roles(found[3]) == {"lead": [], "responsible": ["各基础电信企业"], "partner": ["市委宣传部"]}
    assert roles(found[4]) == {"lead": [], "responsible": ["市委网信办", "市公安局"], "partner": []}  # —— is none
    assert found[2].agencies[0].canonical == "湖州市经济和信息化局"  # 市经信局 is the issuer itself


def test_agency_lists_split_without_breaking_bracketed_names():
    text = "市规自局、各县〈区〉人民政府，各县（市、区）人民政府；县直相关单位等"
    assert [name for name, _, _ in split_agency_list(text)] == [
        "市规自局", "各县〈区〉人民政府", "各县（市、区）人民政府", "县直相关单位"]
    assert split_agency_list("——") == []
    name, start, end = split_agency_list(text, 100)[1]
    assert text[start - 100 : end - 100] == name


def test_columns_are_found_by_header_words_not_position():
    cols = header_columns(["序号", "事项分类", "重点任务", "任务内容", "完成时限", "牵头单位", "配合单位"])
    assert (cols.seq, cols.task, cols.categories, cols.deadline) == (0, 3, [1, 2], 4)
    assert cols.agencies == {5: "lead", 6: "partner"}
    shuffled = header_columns(["配合单位", "完成期限", "牵头单位", "工作任务"])
    assert (shuffled.task, shuffled.deadline, shuffled.agencies) == (3, 1, {0: "partner", 2: "lead"})
    first_leads = header_columns(["序号", "重点任务", "责任单位（排名第一的为牵头单位）", "完成时限"])
    assert first_leads.agencies == {2: "responsible"} and first_leads.first_leads == {2}


def test_a_docx_task_table_with_vertically_merged_cells(tmp_path):
    """A Word table as notices make them: the category cell merged over its rows, a task-force list
    with the role cell merged over its members."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("某市工业和信息化局关于印发某市5G应用推进任务分工的通知")
    document.add_paragraph("附件")
    document.add_paragraph("某市5G应用推进任务分工表")
    rows = [
        ["序号", "类别", "任务内容", "牵头单位", "配合单位", "完成时限"],
        ["1", "网络建设", "推进5G基站建设。", "市工信局", "各区县人民政府、各基础电信企业等", "2024年底前"],
        ["2", "", "推进室内分布系统建设。", "市住建局", "市工信局", "按季度推进"],
        ["3", "应用推广", "打造5G应用示范场景。", "市工信局", "——", "持续推进"],
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(1, 1).merge(table.cell(2, 1)).text = "网络建设"
    document.add_paragraph("某市5G应用推进工作专班")
    members = [["组长：", "王明", "副市长"], ["成员：", "李华", "市工信局局长"], ["", "张伟", "市住建局副局长"]]
    force = document.add_table(rows=3, cols=3)
    for r, row in enumerate(members):
        for c, value in enumerate(row):
            force.cell(r, c).text = value
    force.cell(1, 0).merge(force.cell(2, 0)).text = "成员："
    path = tmp_path / "tasks_generated_merged.docx"
    document.save(path)

    found = tasks(path)
    assert [t.category for t in found] == ["网络建设", "网络建设", "应用推广"]
    assert [(t.deadline, t.recurrence) for t in found] == [("2024-12-31", "once"), (None, "quarterly"), (None, "ongoing")]
    assert roles(found[0]) == {"lead": ["市工信局"], "responsible": [], "partner": ["各区县人民政府", "各基础电信企业"]}
    assert roles(found[2]) == {"lead": ["市工信局"], "responsible": [], "partner": []}
    forces = extracted(path)[1]["taskforce"]
    assert [(m.role, m.person, m.position, m.organization) for m in forces[0].members] == [
        ("组长", "王明", "副市长", None), ("成员", "李华", "局长", "市工信局"), ("成员", "张伟", "副局长", "市住建局"),
    ]
    assert forces[0].name == "某市5G应用推进工作专班"


def test_roles_and_a_deadline_in_one_parenthesis():
    found = tasks(NOTICES / "tasks_changde_brackets.txt")
    assert [(roles(t), t.deadline, t.deadline_raw) for t in found] == [
        ({"lead": ["市发改委"], "responsible": [], "partner": ["市财政局"]}, "2024-12-31", "2024年底前"),
        ({"lead": [], "responsible": [], "partner": []}, "2025-06-30", "2025年6月底前"),  # a deadline alone
        ({"lead": [], "responsible": ["市工信局", "市科技局"], "partner": []}, None, None),  # 按职责分工负责
        # the actor of the item (X要…); 每年服务企业100家: the work comes round every year (blind set 6's gold
        # reads 每年改造80个, 每年补充…60名 as annual)
        ({"lead": [], "responsible": ["市工信局"], "partner": []}, None, "每年"),
    ]
    assert found[0].text == "建设数据中心。推进算力设施建设，提升算力供给能力。"
    assert [t.category for t in found] == ["（一）夯实数字基础", "（一）夯实数字基础", "（二）壮大数字产业", "（二）壮大数字产业"]


def test_a_reply_takes_its_tasks_from_the_work_it_plans_next():
    """A reply reports work done (二、工作开展情况, even with 由X牵头 and a role clause) and plans the next
    steps (四、下步工作措施): only the plans are tasks, each ending with its own paragraph."""
    found = tasks(NOTICES / "tasks_mianyang_reply_next_steps.txt")
    assert [t.category for t in found] == ["四、下步工作措施"] * 4
    assert [roles(t) for t in found] == [
        {"lead": ["市经信局"], "responsible": [], "partner": ["市财政局"]},  # X将会同Y
        {"lead": [], "responsible": ["各县（市、区）人民政府"], "partner": []},  # 由X负责
        {"lead": ["市经信局"], "responsible": [], "partner": ["各基础电信企业"]},  # X牵头，会同Y
        {"lead": [], "responsible": ["各基础电信企业"], "partner": []},
    ]
    assert [(t.deadline, t.recurrence) for t in found] == [
        ("2025-06-30", "once"),  # a due date in the item's words, across a page break
        (None, "quarterly"),  # 每季度组织开展: the schedule of the work
        (None, "annual"),  # 每年培训…500人次以上: work that comes round every year
        (None, "ongoing"),  # 要持续推进 governs the item's first action: the work has no end date
    ]
    assert found[-1].text == "优化网络服务。各基础电信企业要持续推进乡村网络优化，提升用户感知。"  # no 感谢您…


def test_a_provincial_notice_names_other_cities_bureaus_and_groups_of_branches():
    found = tasks(NOTICES / "tasks_guizhou_provincial_next_steps.txt")
    assert [roles(t) for t in found] == [
        # bureaus of cities other than the issuer's, opening the sentence as its actors
        {"lead": [], "responsible": ["遵义市大数据发展管理局", "六盘水市大数据发展管理局"], "partner": []},
        {"lead": [], "responsible": ["各基础电信企业贵州分公司"], "partner": []},  # a group's branches: one unit
        {"lead": [], "responsible": ["省大数据局"], "partner": []},
        {"lead": ["省大数据局"], "responsible": [], "partner": ["省公安厅"]},
        {"lead": [], "responsible": ["各基础电信企业贵州分公司"], "partner": []},
        {"lead": [], "responsible": ["各市（州）大数据局"], "partner": []},
    ]
    assert [(t.deadline, t.recurrence) for t in found] == [
        ("2024-06-30", "once"),
        (None, "quarterly"),  # 每季度首月10日前报送
        (None, "ongoing"),  # 持续推进: work with no end date
        (None, "ongoing"),  # 由X牵头，会同Y常态化开展
        (None, "ongoing"),  # 推动…扩容升级，持续开展…优化: ongoing words for part of the work, and no date
        ("2024-03-15", "once"),  # 工作要求: an actor and a due date make a task …
    ]
    # … an exhortation without a date does not, nor following up the tasks themselves (X会同Y督促检查),
    # nor the work reported done in 一、2023年工作开展情况
    assert not [t for t in found if "协调配合" in t.text or "督促检查" in t.text or "摸底调查" in t.text]


def test_a_notice_that_says_the_first_listed_unit_leads():
    # 各项任务责任单位排在第一位的为牵头单位，其他为配合单位
    found = tasks(NOTICES / "tasks_yinchuan_first_listed_leads.txt")
    assert [roles(t) for t in found] == [
        {"lead": ["市发展改革委"], "responsible": [], "partner": ["市工业和信息化局", "各县（市）区人民政府"]},
        {"lead": ["市工业和信息化局"], "responsible": [], "partner": ["市商务局"]},
        {"lead": ["市审批服务管理局"], "responsible": [], "partner": ["市供销社"]},  # 供销社 is an agency too
    ]
    assert [(t.deadline, t.recurrence) for t in found] == [
        ("2024-10-31", "once"),
        (None, "monthly"),  # 每月向…办公室报送: the schedule, across the addressee
        (None, "ongoing"),
    ]
    assert not [t for t in found if "取得积极成效" in t.text]  # 2023年，X、Y认真落实…: a report in a 2024 notice


def test_a_hard_wrapped_regulation_with_running_heads_and_agency_notes_cut_by_wraps():
    path = NOTICES / "tasks_shiyan_regulation_hardwrapped.txt"
    found = tasks(path)
    assert [roles(t) for t in found] == [
        # …安全防护水平。 at the margin, then （X牵头，Y、Z配合，2023年1 / 2月底前完成）: the item's note
        {"lead": ["市政务服务和大数据管理局"], "responsible": [], "partner": ["市财政局", "市直各部门"]},
        # （A、B，持续推进）: agencies, then the schedule; a running head inside the item is dropped
        {"lead": [], "responsible": ["市政务服务和大数据管理局", "市直各部门"], "partner": []},
        {"lead": [], "responsible": ["各县（市、区）人民政府"], "partner": []},
        {"lead": ["市政务服务和大数据管理局"], "responsible": [], "partner": ["市财政局"]},
    ]
    assert [(t.deadline, t.recurrence) for t in found] == [
        ("2023-12-31", "once"), (None, "ongoing"), ("2023-06-30", "once"),
        ("2023-09-30", "once"),  # 由X牵头，会同Y于2023年9月底前制定…: the sentence's own due date
    ]
    # a task set out in prose under a titled item starts with the item's title
    assert found[2].text.startswith("建立联络员制度。各县（市、区）人民政府要于")
    doc = extracted(path)[0]
    assert doc.text.count("十堰市人民政府规范性文件") == 1  # the running head kept once, as the 版头
    assert extracted(path)[1]["metadata"].issuer == "十堰市人民政府"


def test_clause_lists_keep_bracketed_names_and_stop_at_the_next_label():
    found = tasks(NOTICES / "tasks_liuzhou_nested_clauses.txt")
    assert [roles(t) for t in found] == [
        # 各县（区）人民政府 is one name; ，配合单位： starts another clause
        {"lead": ["市发展改革委"], "responsible": ["各县（区）人民政府", "柳东新区管委会"], "partner": ["市财政局"]},
        # a page-number line inside the clause; ，完成时限： ends the list
        {"lead": [], "responsible": ["市工业和信息化局", "各县（区）人民政府"], "partner": []},
        {"lead": ["市工业和信息化局"], "responsible": ["广西电网柳州供电局"], "partner": []},
        {"lead": ["市工业和信息化局"], "responsible": [], "partner": ["各县（区）人民政府"]},
        {"lead": [], "responsible": ["市发展改革委"], "partner": []},
    ]
    assert [(t.deadline, t.deadline_raw) for t in found] == [
        (None, None), ("2025-12-31", "2025年底前"),
        ("2024-12-31", "2024年12月底前"),  # no deadline clause: the due date the item's text sets
        (None, None), (None, "持续推进"),  # 持续推进重点项目建设: ongoing work, no date
    ]
    assert found[1].text == "推进网络直连。提升数据中心间网络互联能力，降低跨区域传输时延。"


def test_a_task_row_whose_words_look_like_a_header_is_kept():
    """督促落实 | 每月通报各项任务… | … | 各成员单位: a row naming 任务 and 单位 is a task, not a header
    repeated at a page top; the header that is repeated after a page number continues the table."""
    found = tasks(NOTICES / "tasks_zigong_table_last_row.txt")
    assert [t.category for t in found] == ["网络覆盖", "网络覆盖", "行业应用", "行业应用", "督促落实"]
    last = found[-1]
    assert last.text == "每月通报各项任务完成进度，督促滞后单位整改。"
    assert (last.deadline, last.recurrence) == (None, "monthly")
    assert roles(last) == {"lead": ["市经济和信息化局"], "responsible": [], "partner": ["各成员单位"]}


def test_a_docx_task_table_whose_last_row_names_tasks_and_units(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("某县数字经济局关于印发某县算力设施建设任务分解表的通知")
    document.add_paragraph("附件")
    rows = [
        ["序号", "任务类别", "具体任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "设施建设", "建设县级算力调度平台。", "县数字经济局", "县发改局", "2025年6月底前"],
        ["2", "督查考核", "按月调度各项任务推进情况，纳入年度目标考核。", "县数字经济局", "领导小组各成员单位", "按月"],
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "tasks_generated_last_row.docx"
    document.save(path)
    found = tasks(path)
    assert [t.text for t in found] == ["建设县级算力调度平台。", "按月调度各项任务推进情况，纳入年度目标考核。"]
    assert (found[1].recurrence, roles(found[1])["partner"]) == ("monthly", ["领导小组各成员单位"])
