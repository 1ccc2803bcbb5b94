"""Regressions a review found outside the targets extractor, each read on a notice of our own (other places, topics
and wordings than the review's; expected values written by reading the notices):

- a unit note on a line of its own whose last unit's name a hard wrap cut (``配合单位：…、县自然资`` ⏎ ``源局、…``)
  joins the next line, which ends the name; a whole note still ends its paragraph;
- in a task force's requirements, ``X要确保经费按时拨付`` and ``X要为…提供运力保障`` are work told (an exhortation,
  ``要高度重视，确保各项措施落到实处``, still none);
- the notice's own attachment named where it is to be filled in (``填写《X》（附件1）``) is no citation; one its rules
  apply (``按《X》执行``) is;
- a work group's role line with one unit the regions data does not know (``某某军分区``) keeps its units, and a role
  line read as no unit does not end the group (its 成员 line stays the group's, not the parent body's);
- ``有关要求：`` on a line of its own after a numbered list of groups opens the requirements;
- one loader of the role labels, and ingest importing no later stage.
"""
from pathlib import Path

from pipeline.normalize import should_join
from pipeline.runner import extract_document
from schemas.agency_words import role_labels

WRAPPED_NOTE = """临湘市人民政府办公室关于印发临湘市乡村文旅提质行动方案的通知

各乡镇人民政府，市直各单位：
一、重点任务
1.提升景区服务。到2025年底，全市A级景区游客服务中心达标率达到100%。
牵头单位：市文旅广体局；配合单位：市公安局、市自然资
源局、市交通运输局
2.培育乡村民宿。到2026年底，全市星级民宿达到30家。
牵头单位：市文旅广体局；配合单位：市住房城乡建设局、市市场监管局
另外，各乡镇要组织开展民宿从业人员培训。
"""

REQUIREMENTS = """宁海县人民政府办公室关于成立宁海县防台风工作指挥部的通知

各乡镇人民政府、街道办事处，县直各部门：
经县政府研究，决定成立宁海县防台风工作指挥部。现将有关事项通知如下：
一、组成人员
指挥长：方志远　县人民政府副县长
副指挥长：何　静　县应急管理局局长
成员：邵　峰　县财政局副局长
　　　范　明　县交通运输局副局长
二、工作要求
（一）各成员单位要高度重视，确保各项防御措施落到实处。
（二）县财政局要确保防台物资采购经费按时拨付。
（三）县交通运输局要为转移安置群众提供运力保障。

宁海县人民政府办公室
2025年6月3日
"""

OWN_FORM = """桐庐县文化和广电旅游体育局关于组织申报2025年非遗工坊扶持项目的通知

各乡镇人民政府、街道办事处：
请各乡镇、街道认真组织申报，填写《桐庐县非遗工坊扶持项目申报表》（附件1），于2025年7月15日前报送县文化和广电旅游体育局。
扶持资金按《桐庐县非遗工坊扶持资金分配办法》执行。

附件：1.桐庐县非遗工坊扶持项目申报表
2.桐庐县非遗工坊扶持资金分配办法

桐庐县文化和广电旅游体育局
2025年6月20日
"""

GROUPS = """安远县人民政府办公室关于成立安远县森林防灭火指挥部的通知

各乡镇人民政府，县直各单位：
经县政府同意，成立安远县森林防灭火指挥部，下设工作组如下：
1.扑救指挥组
组长：县应急管理局
副组长：青岚军分区、县消防救援大队
成员：县林业局、县公安局
2.通信保障组
组长：县工业和信息化局
副组长：由组长指定
成员：县气象局、县融媒体中心
3.医疗救护组
组长：陶　然
成员：卢　平、贺　云
有关要求：
1.各成员单位要指定一名联络员，于2025年2月28日前报指挥部办公室。
2.县卫生健康委要组建森林火灾医疗救护队伍。

安远县人民政府办公室
2025年2月10日
"""


def _extract(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_document(path)


def test_a_note_line_cut_inside_a_units_name_joins_the_next_line():
    assert should_join("牵头单位：市文旅广体局；配合单位：市公安局、市自然资", "源局、市交通运输局", None)
    assert should_join("责任单位：区民政局、区卫生健康", "委", None)
    assert should_join("配合单位：县财政局、县委宣", "传部、县融媒体中心", None)
    # a whole note still ends its paragraph, whatever the next line opens with
    assert not should_join("牵头单位：市文旅广体局；配合单位：市公安局、市交通运输局", "局部地区要加强巡查。", None)
    assert not should_join("牵头单位：市文旅广体局；配合单位：市公安局、市交通运输局", "中心城区要做好保洁。", None)
    assert not should_join("牵头单位：县民政局；配合单位：各乡镇（街道）", "村、社区要做好入户宣传。", None)


def test_a_wrapped_note_keeps_every_partner(tmp_path):
    doc, results, _ = _extract(tmp_path, "wrapped.txt", WRAPPED_NOTE)
    tasks = results["tasks"]
    first = next(t for t in tasks if t.text.startswith("提升景区服务"))
    assert [(a.agency, a.role) for a in first.agencies] == [
        ("市文旅广体局", "lead"), ("市公安局", "partner"), ("市自然资源局", "partner"), ("市交通运输局", "partner")]
    assert any(t.text == "另外，各乡镇要组织开展民宿从业人员培训。" for t in tasks)
    for task in tasks:
        assert doc.text[task.char_start:task.char_end] == task.evidence
        for a in task.agencies:
            assert doc.text[a.char_start:a.char_end] == a.evidence


def test_requirements_that_ensure_funds_or_provide_transport_are_tasks(tmp_path):
    _, results, _ = _extract(tmp_path, "requirements.txt", REQUIREMENTS)
    told = {t.evidence: [a.agency for a in t.agencies] for t in results["tasks"]}
    assert told == {"县财政局要确保防台物资采购经费按时拨付。": ["县财政局"],
                    "县交通运输局要为转移安置群众提供运力保障。": ["县交通运输局"]}


def test_an_attachment_to_fill_in_is_no_citation_one_applied_as_a_rule_is(tmp_path):
    _, results, _ = _extract(tmp_path, "form.txt", OWN_FORM)
    assert [(c.cited_title, c.cited_doc_number) for c in results["citations"]] == [
        ("桐庐县非遗工坊扶持资金分配办法", None)]


def test_work_groups_keep_their_units_past_a_role_line_read_as_none(tmp_path):
    _, results, _ = _extract(tmp_path, "groups.txt", GROUPS)
    forces = {f.name: [(m.role, m.person, m.organization) for m in f.members] for f in results["taskforce"]}
    assert forces["扑救指挥组"] == [
        ("组长", None, "县应急管理局"), ("副组长", None, "青岚军分区"), ("副组长", None, "县消防救援大队"),
        ("成员", None, "县林业局"), ("成员", None, "县公安局")]
    assert forces["通信保障组"] == [
        ("组长", None, "县工业和信息化局"), ("成员", None, "县气象局"), ("成员", None, "县融媒体中心")]
    # no group's unit is filed under the headquarters itself
    units = {"县林业局", "县公安局", "县气象局", "县融媒体中心"}
    assert not any(m.organization in units for m in results["taskforce"][-1].members
                   if results["taskforce"][-1].name.endswith("指挥部"))


def test_a_requirements_label_after_a_list_of_groups_opens_the_requirements(tmp_path):
    _, results, _ = _extract(tmp_path, "groups.txt", GROUPS)
    assert [t.evidence for t in results["tasks"]] == [
        "各成员单位要指定一名联络员，于2025年2月28日前报指挥部办公室。", "县卫生健康委要组建森林火灾医疗救护队伍。"]


def test_role_labels_have_one_loader():
    labels = role_labels()
    assert labels["牵头单位"] == "lead" and labels["配合部门"] == "partner" and labels["责任单位"] == "responsible"
    assert "牵头" not in labels and "配合" not in labels  # verbs in running text, no labels
    root = Path(__file__).resolve().parent.parent
    for path in [root / "pipeline" / "note_lines.py", *(root / "extractors").rglob("*.py")]:
        assert '["role_words"]' not in path.read_text(encoding="utf-8"), path


def test_ingest_imports_no_later_stage():
    root = Path(__file__).resolve().parent.parent / "pipeline" / "ingest"
    for path in root.rglob("*.py"):
        assert "pipeline.structure" not in path.read_text(encoding="utf-8"), path
