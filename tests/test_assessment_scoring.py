"""Assessment score tables and scoring rules (考核评分表, 评分标准): the goal in an indicator cell, the points a row is worth,
points per step (每少1%扣2分), a floor below which no points are given, counts a duty is held to, the total row; and the same
rules in prose (每发现1起…扣1分, 考核结果纳入…考核，占比不低于8%). Notices of our own, in tab, pipe, HTML and DOCX layouts."""
from __future__ import annotations

from docx import Document

from tests.notice_targets import cover_notice, target_rows

HEAD = ("为压实各级河长责任，制定本办法。\n\n一、考核方式\n考核实行百分制，采取自查与抽查相结合的方式。\n\n"
        "二、考核内容及评分标准\n")
TAIL = "\n\n三、结果运用\n考核结果作为领导干部综合考核评价的参考。\n"
ROWS = [
    ("水质达标", "国考断面水质优良比例达到85%以上", "30", "每低于1个百分点扣2分，低于80%的不得分"),
    ("河湖管护", "河湖“清四乱”问题整改率100%", "20", "完成得满分，每少1%扣1分"),
    ("组织体系", "县级河长、乡级河长巡河", "10", "每年各不少于4次，少1次扣0.5分"),
    ("水资源", "用水总量控制在3.6亿立方米以内", "20", "超过的不得分"),
]
HEADER = ("考核项目", "考核指标", "分值", "评分标准")


def _notice(table: str) -> str:
    body = HEAD + table + TAIL
    return cover_notice("某县河长制办公室", "《2025年度河长制工作考核办法》", body, "各乡镇人民政府",
                        "2025年3月10日")


def _rows(path, text: str) -> set[tuple]:
    path.write_text(text, encoding="utf-8")
    return {(kind, raw, comp, value, unit) for kind, raw, comp, value, unit, *_ in target_rows(path)}


EXPECTED = {
    ("target", "国考断面水质优良比例", ">=", 85.0, "%"),
    ("requirement", "国考断面水质优良比例分值", "=", 30.0, "分"),
    ("requirement", "国考断面水质优良比例每低于1个百分点扣分", "=", 2.0, "分"),
    ("requirement", "国考断面水质优良比例", ">=", 80.0, "%"),
    ("requirement", "河湖“清四乱”问题整改率分值", "=", 20.0, "分"),
    ("requirement", "河湖“清四乱”问题整改率每少1%扣分", "=", 1.0, "分"),
    ("requirement", "县级河长巡河次数", ">=", 4.0, "次"),
    ("requirement", "乡级河长巡河次数", ">=", 4.0, "次"),
    ("requirement", "县级河长、乡级河长巡河每少1次扣分", "=", 0.5, "分"),
    ("target", "用水总量", "<=", 360000000.0, "立方米"),
    ("requirement", "用水总量分值", "=", 20.0, "分"),
    ("requirement", "总分值", "=", 100.0, "分"),
}


def _check(found: set[tuple]) -> None:
    missing = EXPECTED - found
    assert not missing, missing
    # the step a score is taken per is no figure of its own (每少1%: no 1% target), nor is the 分值 a goal of the cell
    assert not any(value == 1.0 and unit in ("%", "个百分点") for _, _, _, value, unit in found), found
    assert not any(kind == "target" and unit in (None, "分") for kind, _, _, _, unit in found), found


def test_tab_separated_score_table(tmp_path):
    lines = ["\t".join(HEADER)] + ["\t".join(row) for row in ROWS] + ["合计\t\t100\t"]
    found = _rows(tmp_path / "hezhang_kaohe.txt", _notice("\n".join(lines)))
    _check(found)
    assert ("target", "河湖“清四乱”问题整改率", ">=", 100.0, "%") in found


def test_pipe_score_table(tmp_path):
    lines = ["| " + " | ".join(HEADER) + " |", "| --- | --- | --- | --- |"]
    lines += ["| " + " | ".join(row) + " |" for row in ROWS] + ["| 合计 |  | 100 |  |"]
    _check(_rows(tmp_path / "hezhang_kaohe.md", _notice("\n".join(lines))))


def test_html_score_table(tmp_path):
    cells = "".join(f"<th>{h}</th>" for h in HEADER)
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    table = f"<table><tr>{cells}</tr>{rows}<tr><td>合计</td><td></td><td>100</td><td></td></tr></table>"
    body = "".join(f"<p>{line}</p>" for line in HEAD.strip().split("\n") if line) + table + \
        "".join(f"<p>{line}</p>" for line in TAIL.strip().split("\n"))
    page = (f"<html><head><meta charset='utf-8'><title>河长制考核办法</title></head><body>"
            f"<p>某县河长制办公室关于印发《2025年度河长制工作考核办法》的通知</p><p>各乡镇人民政府：</p>{body}"
            f"<p>某县河长制办公室</p><p>2025年3月10日</p></body></html>")
    _check(_rows(tmp_path / "hezhang_kaohe.html", page))


def test_docx_score_table(tmp_path):
    doc = Document()
    doc.add_paragraph("某县河长制办公室关于印发《2025年度河长制工作考核办法》的通知")
    doc.add_paragraph("各乡镇人民政府：")
    for line in HEAD.strip().split("\n"):
        if line:
            doc.add_paragraph(line)
    table = doc.add_table(rows=len(ROWS) + 2, cols=4)
    for col, words in enumerate(HEADER):
        table.cell(0, col).text = words
    for r, row in enumerate(ROWS, start=1):
        for col, words in enumerate(row):
            table.cell(r, col).text = words
    table.cell(len(ROWS) + 1, 0).text = "合计"
    table.cell(len(ROWS) + 1, 2).text = "100"
    for line in TAIL.strip().split("\n") + ["某县河长制办公室", "2025年3月10日"]:
        doc.add_paragraph(line)
    path = tmp_path / "hezhang_kaohe.docx"
    doc.save(path)
    found = {(kind, raw, comp, value, unit) for kind, raw, comp, value, unit, *_ in target_rows(path)}
    _check(found)


def test_goals_of_an_assessment_year_are_due_by_its_end(tmp_path):
    lines = ["\t".join(HEADER)] + ["\t".join(row) for row in ROWS] + ["合计\t\t100\t"]
    path = tmp_path / "hezhang_kaohe.txt"
    path.write_text(_notice("\n".join(lines)), encoding="utf-8")
    dates = {raw: deadline for kind, raw, _, _, _, _, deadline in target_rows(path) if kind == "target"}
    assert dates.get("国考断面水质优良比例") == "2025-12-31"
    assert dates.get("国考断面水质优良比例分值") is None


def test_scoring_rules_in_prose(tmp_path):
    body = ("一、考核内容\n考核实行百分制。每发现1起较大生产安全事故扣减所在乡镇考核分5分。"
            "耕地保有量每减少1000亩扣2分。\n二、结果运用\n考核结果纳入全县年度综合考核，占比不低于8%。"
            "将消防安全纳入乡镇年度目标考核，权重不低于10%。"
            "得分90分以上为优秀，80分以上不足90分为良好，60分以上不足80分为合格。\n")
    text = cover_notice("某县安全生产委员会", "《安全生产目标责任考核办法》", body, "各乡镇人民政府", "2025年2月1日")
    found = _rows(tmp_path / "anquan_kaohe.txt", text)
    assert ("requirement", "较大生产安全事故扣分", "=", 5.0, "分/起") in found
    assert ("requirement", "耕地保有量每减少1000亩扣分", "=", 2.0, "分") in found
    assert ("requirement", "考核结果占年度综合考核比例", ">=", 8.0, "%") in found
    assert ("requirement", "消防安全考核权重", ">=", 10.0, "%") in found
    assert ("requirement", "良好等次得分", ">=", 80.0, "分") in found
    assert ("requirement", "合格等次得分", ">=", 60.0, "分") in found
    # the steps (1起, 1000亩) are no figures of their own
    assert not any(value in (1.0, 1000.0) for _, _, _, value, _ in found), found


def test_goal_column_points_unit_and_caps(tmp_path):
    table = "\n".join([
        "| 序号 | 考核指标 | 目标值 | 分值（分） | 评分标准 |",
        "| --- | --- | --- | --- | --- |",
        "| 1 | 城市生活污水集中收集率 | 70% | 20 | 每低于1个百分点扣1分，最多扣10分 |",
        "| 2 | 黑臭水体消除比例 | 90%以上 | 15 | 未达到目标值的不得分 |",
        "| 3 | 用水总量 | 3.6亿立方米以内 | 15 | 每超1%扣1.5分 |",
    ])
    body = "为推进水环境治理，制定本细则。\n\n一、考核指标\n" + table + "\n\n二、结果运用\n考核结果予以通报。\n"
    text = cover_notice("某市生态环境局", "《2025年度水环境治理考核细则》", body, "各区人民政府", "2025年4月2日")
    path = tmp_path / "shuihuanjing.md"
    path.write_text(text, encoding="utf-8")
    rows = {(kind, raw, comp, value, unit, deadline) for kind, raw, comp, value, unit, _, deadline in target_rows(path)}
    for expected in [
        ("target", "城市生活污水集中收集率", ">=", 70.0, "%", "2025-12-31"),
        ("requirement", "城市生活污水集中收集率分值", "=", 20.0, "分", None),
        ("requirement", "城市生活污水集中收集率每低于1个百分点扣分", "=", 1.0, "分", None),
        ("requirement", "城市生活污水集中收集率扣分累计", "<=", 10.0, "分", None),
        ("target", "黑臭水体消除比例", ">=", 90.0, "%", "2025-12-31"),
        ("requirement", "黑臭水体消除比例分值", "=", 15.0, "分", None),
        ("target", "用水总量", "<=", 360000000.0, "立方米", "2025-12-31"),
        ("requirement", "用水总量分值", "=", 15.0, "分", None),
        ("requirement", "用水总量每超1%扣分", "=", 1.5, "分", None),
    ]:
        assert expected in rows, (expected, rows)
    assert len(rows) == 9, rows  # no 1个百分点 / 1% step of its own
