"""Assigned tasks on notices written for this test, in the layouts real plans use: measures that each
close with their own 责任单位 note, notices that assign work only by the subjects of their sentences
(各地区、各部门要… / 由X会同Y… / 县级以上人民政府应当…), a regulation's articles, a reply's 我们将…, and
the ``assigned`` flag that keeps ownerless measures apart.

Expected values were written by reading each notice.
"""
from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

from pipeline.evaluate import evaluate
from pipeline.runner import extract_document, run

ROOT = Path(__file__).resolve().parent.parent
NOTICES = ROOT / "tests" / "notices"


@functools.lru_cache(maxsize=None)
def tasks(name: str):
    return extract_document(NOTICES / name)[1]["tasks"]


def roles(task) -> dict[str, list[str]]:
    return {role: [a.agency for a in task.agencies if a.role == role] for role in ("lead", "responsible", "partner")}


def opening(task, n: int = 12) -> str:
    return task.text.replace("\n", "")[:n]


def test_each_noted_measure_is_a_task_of_its_own():
    """合肥: an item holds two measures, each closed by （责任单位：…）; the title line is the category."""
    found = tasks("tasks_hefei_noted_measures.txt")
    assert [opening(t) for t in found] == [
        "推进街道综合养老服务中心", "支持物业服务企业开展“物", "鼓励二级以上综合医院开设",
        "实施家庭养老床位建设，为", "将养老护理员纳入职业技能", "新建城区和新建居住区按标",
    ]
    assert roles(found[0]) == {"lead": [], "responsible": ["市民政局", "各县（市）区政府"], "partner": []}
    assert roles(found[2]) == {"lead": ["市卫生健康委"], "responsible": [], "partner": ["市民政局", "市医保局"]}
    # 由市民政局牵头 inside the measure: it leads, and stays among the units its note lists
    assert roles(found[3]) == {"lead": ["市民政局"], "responsible": ["市民政局", "市财政局", "各县（市）区政府"],
                               "partner": []}
    assert roles(found[4])["responsible"] == ["市人力资源社会保障局", "市民政局"]  # （责任部门：…）
    assert found[0].category == "一、扩大养老服务供给/（一）完善社区养老服务网络"  # the title line
    assert all(t.assigned for t in found)


def test_sentences_that_tell_organs_to_act_are_the_tasks_of_a_notice_without_notes():
    """湖北: no table, no 责任单位 note: the 重点任务 items name no unit and are kept unassigned; the
    保障措施 sentences whose subject is an organ (要 / 应当 / 由X会同Y) are assigned tasks. A sentence
    reported from someone else (…强调，各地要…), an echo (各级各有关部门也要…) and 鼓励 assign nothing."""
    found = tasks("tasks_hubei_actor_sentences.txt")
    assert [(opening(t, 9), t.assigned) for t in found] == [
        ("严格源头治理。加强", False), ("强化过程监管。推行", False), ("提升检验检测能力。", False),
        ("加强组织领导。各市", True),  # the item's first sentence takes its title
        ("省食品安全委员会办", True),  # a second assigning sentence in the same item: its own task
        ("由省市场监管局会同", True),
        ("加强宣传引导。省政", True),  # one assigning sentence near the item's start: the item is the task
        ("加大投入保障。县级", True),
    ]
    assert roles(found[3])["responsible"] == ["各市、州、县人民政府"]  # one group: 州 alone names no organ
    assert roles(found[5]) == {"lead": ["省市场监管局"], "responsible": [], "partner": ["省公安厅"]}
    assert roles(found[6]) == {"lead": [], "responsible": ["省委宣传部"], "partner": []}
    assert roles(found[7])["responsible"] == ["县级以上人民政府"]


def test_a_regulation_gives_tasks_by_the_duties_its_articles_give_named_organs():
    """贵阳: 第三条 X负责 / 第六条 X建设 (any verb in an article) / 第八条 condition + X将 / 第十条 X会同Y;
    not 第五条 (数据开放主体, no organ), 第七条 (可以: a power), 第八条's 市数据局同意的 (a condition),
    第十一条 (由X负责解释: boilerplate)."""
    found = tasks("tasks_guiyang_regulation_articles.txt")
    assert [opening(t, 8) for t in found] == [
        "市大数据管理局（", "各区（市、县）人", "市数据局建设统一", "数据利用主体违反", "市财政局应当将公", "市数据局会同市委",
    ]
    # the name before its alias bracket is the agency
    assert [roles(t) for t in found[:1]] == [{"lead": [], "responsible": ["市大数据管理局"], "partner": []}]
    assert roles(found[3])["responsible"] == ["市数据局"]
    assert roles(found[5]) == {"lead": ["市数据局"], "responsible": [], "partner": ["市委网信办"]}


def test_a_reply_commits_its_issuer_with_we():
    """宁乡 reply: 我们正在… / 我局将… / 我们也将… are the issuing bureau's own tasks; 我局已… reports."""
    found = tasks("tasks_ningxiang_reply_pronoun.txt")
    assert [opening(t, 8) for t in found] == ["我们正在制定全市", "下一步，我局将把", "同时，我们也将积"]
    assert all(roles(t)["responsible"] == ["宁乡市教育局"] for t in found)
    assert [a.name_raw for a in found[1].agencies] == ["我局"]  # the evidence stays the notice's word


def test_the_assigned_flag_is_stored_and_counts_only_tasks_with_a_unit(tmp_path):
    db = tmp_path / "tasks.db"
    run([NOTICES / "tasks_hubei_actor_sentences.txt"], db)
    conn = sqlite3.connect(db)
    rows = conn.execute("select assigned, count(*) from tasks group by assigned order by assigned").fetchall()
    assert rows == [(0, 3), (1, 5)]
    # an assigned task has agencies; an unassigned one has none
    assert conn.execute(
        "select count(*) from tasks t where t.assigned = 1 and not exists "
        "(select 1 from task_agencies a where a.task_id = t.id)").fetchone() == (0,)
    assert conn.execute(
        "select count(*) from tasks t where t.assigned = 0 and exists "
        "(select 1 from task_agencies a where a.task_id = t.id)").fetchone() == (0,)


def test_gold_scoped_to_assigned_tasks_scores_only_the_flagged_ones(tmp_path):
    """tasks_scope 'assigned': the three ownerless measures are neither matched nor counted spurious."""
    db = tmp_path / "tasks.db"
    run([NOTICES / "tasks_hubei_actor_sentences.txt"], db)
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "hubei.json").write_text(
        '{"match": ["tasks_hubei_"], "tasks_scope": "assigned", "tasks": ['
        '{"text_start": "加强组织领导。各市、州、县人民政府要"}, {"text_start": "省食品安全委员会办公室要"},'
        '{"text_start": "由省市场监管局会同省公安厅"}, {"text_start": "加强宣传引导。"},'
        '{"text_start": "加大投入保障。县级以上人民政府应当"}]}', encoding="utf-8")
    tasks_score = evaluate(db, gold_dir)["overall"]["tasks"]
    assert (tasks_score.tp, tasks_score.n_pred, tasks_score.n_gold) == (5, 5, 5)


def test_a_plan_attached_to_its_cover_notice_is_read_and_listed_departments_act():
    """厦门: the plan follows 附件 after the cover notice; its 主要任务 name no unit (kept unassigned), its
    保障措施 name the departments one by one (市工信、发改、交通、财政等部门加强…) and 各区人民政府要…."""
    found = tasks("tasks_xiamen_attached_plan.txt")
    assert [(opening(t, 7), t.assigned) for t in found] == [
        ("完善低空基础设", False), ("拓展应用场景。", False), ("强化统筹协调。", True), ("压实区级责任。", True),
    ]
    assert roles(found[2])["responsible"] == ["市工信、发改、交通、财政等部门"]  # one group, as written
    assert roles(found[3])["responsible"] == ["各区人民政府"]


def test_an_organ_names_its_own_division_with_its_one_word_for_itself():
    """湖州 (a bureau's measures naming its own 科室): '局质量发展科会同财务科…' keeps 局 in the name, as the
    notice writes it (the divisions are known from the measures' notes); in '报市市场监督管理局质量发展科' the
    division belongs to the recipient's full name."""
    found = {opening(t, 4): t for t in tasks("tasks_huzhou_own_divisions_measures.txt") if t.assigned}
    assert roles(found["开展质量"]) == {"lead": [], "responsible": ["质量发展科", "标准化科"], "partner": []}
    check = found["加强考核"]  # X会同Y: X leads, Y partners (the convention of tests/gold/001 and tests/unseen/u4)
    assert (roles(check), check.recurrence) == (
        {"lead": ["局质量发展科"], "responsible": [], "partner": ["财务科"]}, "annual")
    report = found["及时报送"]
    assert roles(report) == {"lead": [], "responsible": ["各区县市场监督管理局"], "partner": []}
    assert report.deadline == "2024-06-30"
    doc, results, _ = extract_document(NOTICES / "tasks_huzhou_own_divisions_measures.txt")
    named = [doc.text[m.char_start:m.char_end] for m in results["agencies"].mentions]
    assert named.count("局质量发展科") == 1  # the one after 。, not the recipient's …管理局质量发展科
