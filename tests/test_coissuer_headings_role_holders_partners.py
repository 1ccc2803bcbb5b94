"""Metadata, members and tasks of the misses blind sets 49–52 showed, on short notices written for this test in other
places, topics and wordings (expected values written from the notices, tests/ANNOTATION_GUIDE.md):

- a portal page whose box 标题 is 关于…的通知 and whose heading names the co-issuers before it (甲厅 乙厅<br>关于…): the
  title is the heading's, issuers and all;
- a role's holder the surname list lacks, glued after the unit and post on the role's own line
  (指挥长：市人民政府副市长达瓦次仁): the person, the post and the unit;
- partners of 由X牵头，Y、Z配合 whose last the words cannot read as an organ (a park's 管委会), a partner named whole
  past a mention's end (某中心支行营业管理部) and a group of banks after 及, a national university before 等单位;
- no task from a regulation's boilerplate with several co-interpreters, an attitude urged on all the addressees, work
  the issuer may do 适时.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

HTML_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于做好2025年中小学校舍维修资金管理工作的通知_云南省教育厅网站</title></head><body>
<table class="xxgk" border="1">
<tr><td>发文机关：</td><td>云南省教育厅</td><td>成文日期：</td><td>2025年02月11日</td></tr>
<tr><td>标　　题：</td><td colspan="3">关于做好2025年中小学校舍维修资金管理工作的通知</td></tr>
<tr><td>发文字号：</td><td>云教财〔2025〕9号</td><td>发布日期：</td><td>2025年02月20日</td></tr>
</table>
<h1>云南省人力资源和社会保障厅 云南省财政厅<br>关于做好2025年中小学校舍维修资金管理工作的通知</h1>
<div class="content">
<p>各州（市）教育体育局、财政局：</p>
<p>为加强中小学校舍维修资金管理，提高资金使用效益，现就有关事项通知如下：</p>
<p>一、各州（市）教育体育局要于2025年3月31日前将校舍维修项目清单报省教育厅。</p>
<p>二、省财政厅负责按因素法分配校舍维修资金。</p>
<p>云南省教育厅　云南省财政厅</p>
<p>2025年2月11日</p>
</div></body></html>
"""

TASK_FORCE = """某市人民政府办公室关于调整某市森林防灭火指挥部组成人员的通知
各县（区）人民政府，市直各部门：
因人事变动，经市人民政府同意，决定对某市森林防灭火指挥部组成人员进行调整。现将有关事项通知如下：
一、指挥部组成人员
指挥长：市人民政府副市长达瓦次仁
副指挥长：
王建平　市人民政府副秘书长
刘振华　市林业和草原局局长
成员：
张海涛　市应急管理局副局长
李文静　市公安局副局长
二、工作要求
（一）市林业和草原局要在2025年3月31日前完成重点林区防火隔离带清理。
某市人民政府办公室
2025年1月6日
"""

MEASURES = """青山区教育局关于开展2025年寒假校外培训专项检查的通知
各街道办事处，区直有关单位：
现就开展寒假校外培训专项检查有关事项通知如下：
一、主要任务
1. 全面排查。由区教育局牵头，各街道、青山经济开发区管委会配合，1月20日前完成辖区内培训机构排查。
2. 资金监管。区教育局会同中国人民银行某区支行营业管理部及各商业银行，督促机构将预收费存入监管账户，每月通报一次。
3. 技术指导。区教育局要会同中国人民大学等单位，编制校外培训风险防范指引，3月底前印发。
二、工作要求
各有关部门要加强协调配合，形成工作合力。
区市场监管局、区财政局将适时组织开展专项检查。
本通知由区教育局会同区市场监管局、区财政局负责解释。
青山区教育局
2025年1月8日
"""

def _extract(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc, results, _ = extract_document(path)
    return doc, results


def _tasks(results) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(t.text, [(a.role, a.evidence) for a in t.agencies]) for t in results["tasks"]]


def test_a_heading_that_names_the_co_issuers_before_the_box_title_is_the_title(tmp_path):
    _, results = _extract(tmp_path, "joint.html", HTML_PAGE)
    assert "".join(results["metadata"].title.split()) == \
        "云南省人力资源和社会保障厅云南省财政厅关于做好2025年中小学校舍维修资金管理工作的通知"


def test_a_box_title_stays_when_the_heading_adds_no_organs(tmp_path):
    # more words before 关于 than a fuller wording of the box's 标题 adds, and no organ's name among them
    page = HTML_PAGE.replace("云南省人力资源和社会保障厅 云南省财政厅<br>", "今日要闻 政策速递 一图读懂 欢迎转发<br>")
    _, results = _extract(tmp_path, "plain.html", page)
    assert "".join(results["metadata"].title.split()) == "关于做好2025年中小学校舍维修资金管理工作的通知"


def test_a_role_holder_the_surname_list_lacks_after_the_unit_and_post(tmp_path):
    _, results = _extract(tmp_path, "force.txt", TASK_FORCE)
    members = [(m.role, m.person, m.position, m.organization) for f in results["taskforce"] for m in f.members]
    assert ("指挥长", "达瓦次仁", "副市长", "市人民政府") in members
    assert ("副指挥长", "王建平", "副秘书长", "市人民政府") in members


def test_partners_read_whole_and_past_a_mention(tmp_path):
    _, results = _extract(tmp_path, "measures.txt", MEASURES)
    roles = {text[:4]: agencies for text, agencies in _tasks(results)}
    assert roles["全面排查"] == [("lead", "区教育局"), ("partner", "各街道"), ("partner", "青山经济开发区管委会")]
    assert roles["资金监管"] == [("lead", "区教育局"), ("partner", "中国人民银行某区支行营业管理部"),
                             ("partner", "各商业银行")]
    assert roles["技术指导"] == [("lead", "区教育局"), ("partner", "中国人民大学")]


def test_no_task_from_boilerplate_exhortation_or_work_done_some_day(tmp_path):
    _, results = _extract(tmp_path, "measures.txt", MEASURES)
    texts = [text for text, _ in _tasks(results)]
    assert len(texts) == 3
    assert not [t for t in texts if "形成工作合力" in t or "适时" in t or "负责解释" in t]
