"""Metadata, task-force members and citations in the forms blind set 50 (tests/unseen50) showed, in other wordings,
places and topics, each notice written here and its expected values by reading it:

- a portal page whose 信息公开 box gives a short name of the notice (标题：某县老年人补贴办法) while the page's own
  heading is the cover notice issuing 《…管理办法》 and the body names that 《…》: the heading is the title, and the
  type (通知) follows it; a box naming the notice in full, or a heading whose document the body never names, stays;
- the work groups of a 指挥部 given by units alone: a military command named by its place's short name (某某军分区) as
  the one 副组长单位, role labels without 单位 (组长：市应急管理局) on the group's line or on the lines below its name;
- an attachment the rules refer to (按《…目录》认定) is cited; one the cover issues (现将《…》印发给你们) is not.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document


def _page(box_title: str, heading: str, body: list[str], aside: str = "") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{heading}_县政府文件_某县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>
<table class="xxgk">
<tr><td>索引号：</td><td>430724-2023-00417</td><td>发布机构：</td><td>临澧县人民政府办公室</td></tr>
<tr><td>标题：</td><td colspan="3">{box_title}</td></tr>
<tr><td>文号：</td><td>临政办发〔2023〕15号</td><td>成文日期：</td><td>2023年08月21日</td></tr>
</table>
<div class="article"><h1>{heading}</h1>
<div id="zoom">
{paragraphs}
</div></div>{aside}
</body></html>"""


COVER = "临澧县人民政府办公室关于印发《临澧县农村留守老年人关爱服务补贴管理办法》的通知"
BODY = ["临政办发〔2023〕15号", "各乡镇人民政府，县直各单位：",
        "《临澧县农村留守老年人关爱服务补贴管理办法》已经县人民政府同意，现印发给你们，请遵照执行。",
        "临澧县人民政府办公室", "2023年8月21日", "临澧县农村留守老年人关爱服务补贴管理办法",
        "第一条 为做好农村留守老年人关爱服务工作，结合本县实际，制定本办法。",
        "第二条 对年满80周岁的农村留守老年人，每人每月发放关爱服务补贴100元。"]


def _metadata(tmp_path: Path, page: str):
    path = tmp_path / "notice.html"
    path.write_text(page, encoding="utf-8")
    return extract_document(path)[1]["metadata"]


def test_a_box_title_that_is_a_short_name_gives_way_to_the_cover_heading(tmp_path):
    meta = _metadata(tmp_path, _page("临澧县老年人补贴办法", COVER, BODY))
    assert (meta.title, meta.doc_type) == (COVER, "通知")
    assert meta.issue_date == "2023-08-21" and meta.doc_number == "临政办发〔2023〕15号"


def test_a_page_without_heading_whose_content_opens_with_the_cover_title(tmp_path):
    meta = _metadata(tmp_path, _page("临澧县老年人补贴办法", "", [COVER, *BODY]).replace("<h1></h1>", ""))
    assert (meta.title, meta.doc_type) == (COVER, "通知")
    # the cover's sentence left out: the measures' own title line below the signature names the document issued
    meta = _metadata(tmp_path, _page("临澧县老年人补贴办法", "", [COVER, *BODY[:2], *BODY[3:]]).replace("<h1></h1>", ""))
    assert (meta.title, meta.doc_type) == (COVER, "通知")


def test_a_box_title_that_names_the_notice_in_full_stays(tmp_path):
    # the page's heading gives only the measures' own title: the box's cover title is the notice's
    meta = _metadata(tmp_path, _page(COVER, "临澧县农村留守老年人关爱服务补贴管理办法", BODY))
    assert (meta.title, meta.doc_type) == (COVER, "通知")


def test_a_heading_whose_document_the_body_never_names_is_not_the_title(tmp_path):
    # a side list's heading issuing another notice's plan, which the box's short name resembles: the body never
    # names that plan, so the heading is no title of this page
    body = ["各乡镇人民政府，县直各单位：", "为切实做好今年防汛抢险工作，确保全县安全度汛，现就有关事项通知如下。",
            "一、严格执行24小时值班和领导带班制度，各乡镇、县直各有关单位要安排专人值守，保持通信畅通。",
            "二、发现险情要第一时间报告县防汛抗旱指挥部办公室，不得迟报、漏报、瞒报。",
            "临澧县人民政府办公室", "2023年6月2日"]
    aside = "临澧县人民政府关于印发《临澧县防汛抢险应急预案》的通知"
    meta = _metadata(tmp_path, _page("临澧县防汛抢险通知", "", body, f'<div class="side"><h3>{aside}</h3></div>'))
    assert meta.title == "临澧县防汛抢险通知"


def _forces(tmp_path: Path, text: str) -> dict[str, list[tuple]]:
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    forces = extract_document(path)[1]["taskforce"]
    return {f.name: [(m.role, m.person, m.position, m.organization) for m in f.members] for f in forces}


HEADQUARTERS = """中共黔南州委办公室　黔南州人民政府办公室
关于调整黔南州森林防灭火指挥部组成人员的通知
各县（市）委和人民政府，州直各部门：
经州委、州人民政府同意，现将调整后的州森林防灭火指挥部组成人员通知如下。
一、指挥部组成人员
总指挥：罗文斌　州人民政府副州长
成员：杨光明　州应急管理局局长
二、专项工作组
{groups}
中共黔南州委办公室　黔南州人民政府办公室
2024年2月26日
"""


def test_a_military_command_alone_as_the_deputy_unit_of_a_work_group(tmp_path):
    groups = ("（一）扑救指挥组。组长单位：州应急管理局；副组长单位：黔南军分区；成员单位：州公安局、州林业局、"
              "贵州电网黔南供电局。\n（二）后勤保障组。组长单位：州财政局；成员单位：州商务局。")
    forces = _forces(tmp_path, HEADQUARTERS.format(groups=groups))
    assert forces["扑救指挥组"] == [
        ("组长", None, None, "州应急管理局"), ("副组长", None, None, "黔南军分区"), ("成员", None, None, "州公安局"),
        ("成员", None, None, "州林业局"), ("成员", None, None, "贵州电网黔南供电局")]
    assert forces["后勤保障组"] == [("组长", None, None, "州财政局"), ("成员", None, None, "州商务局")]


def test_role_labels_without_unit_on_the_group_line(tmp_path):
    groups = "（一）通信保障组。组长：州工业和信息化局；副组长：黔南军分区；成员：中国电信黔南分公司、中国移动黔南分公司。"
    forces = _forces(tmp_path, HEADQUARTERS.format(groups=groups))
    assert forces["通信保障组"] == [
        ("组长", None, None, "州工业和信息化局"), ("副组长", None, None, "黔南军分区"),
        ("成员", None, None, "中国电信黔南分公司"), ("成员", None, None, "中国移动黔南分公司")]


def test_role_labels_of_units_on_the_lines_below_a_group_name(tmp_path):
    groups = ("1.抢险救援组\n组长：州应急管理局\n副组长：黔南军分区\n成员：州公安局、州水务局、贵州电网黔南供电局\n"
              "2.交通保障组\n组长：州交通运输局\n成员：州公安局交通警察支队")
    forces = _forces(tmp_path, HEADQUARTERS.format(groups=groups))
    assert forces["抢险救援组"] == [
        ("组长", None, None, "州应急管理局"), ("副组长", None, None, "黔南军分区"), ("成员", None, None, "州公安局"),
        ("成员", None, None, "州水务局"), ("成员", None, None, "贵州电网黔南供电局")]
    assert forces["交通保障组"] == [("组长", None, None, "州交通运输局"), ("成员", None, None, "州公安局交通警察支队")]
    # the groups' units are no members of the headquarters itself
    assert list(forces.values())[0] == [
        ("总指挥", "罗文斌", "副州长", "州人民政府"), ("成员", "杨光明", "局长", "州应急管理局")]


def _citations(tmp_path: Path, text: str) -> list[tuple]:
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return [(c.cited_title, c.cited_doc_number) for c in extract_document(path)[1]["citations"]]


def test_an_attachment_the_rules_refer_to_is_cited(tmp_path):
    text = """醴陵市人民政府办公室关于印发醴陵市陶瓷产业技能人才奖励办法的通知
醴政办发〔2023〕31号
各镇人民政府、街道办事处，市直各单位：
《醴陵市陶瓷产业技能人才奖励办法》已经市人民政府同意，现印发给你们，请认真执行。
醴陵市人民政府办公室
2023年11月6日
醴陵市陶瓷产业技能人才奖励办法
第一条 根据《湖南省职业技能提升行动实施方案》（湘政办发〔2019〕44号），制定本办法。
第二条 技能人才的等级按《醴陵市陶瓷产业技能人才等级认定标准》认定。
第三条 取得高级技师职业资格的，一次性奖励2万元。
附件：1.醴陵市陶瓷产业技能人才等级认定标准
2.醴陵市陶瓷产业技能人才奖励申请表
"""
    assert _citations(tmp_path, text) == [
        ("湖南省职业技能提升行动实施方案", "湘政办发〔2019〕44号"), ("醴陵市陶瓷产业技能人才等级认定标准", None)]


def test_an_attachment_the_cover_issues_is_not_cited(tmp_path):
    text = """醴陵市人民政府关于成立陶瓷产业发展工作专班的通知
醴政发〔2023〕12号
各镇人民政府、街道办事处，市直各单位：
为推动陶瓷产业高质量发展，市人民政府决定成立工作专班，现将专班组成人员及《醴陵市陶瓷产业发展三年行动方案》印发给你们，请抓好落实。
附件：1.醴陵市陶瓷产业发展三年行动方案
2.重点任务清单
醴陵市人民政府
2023年5月9日
"""
    assert _citations(tmp_path, text) == []
