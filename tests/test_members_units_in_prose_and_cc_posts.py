"""Work groups set out inside a paragraph, group after group, by their units; 抄送 lines naming the posts of one body
or the leaders of several (the family blind sets 78–79 showed, in notices of our own: other places, topics and
wordings). Expected values were written by reading the notices.

- ``…下设综合保障组、宣传引导组。综合保障组：牵头单位为A，成员单位为B、C；宣传引导组：组长单位D，成员单位E。``: each
  group named inside the paragraph, after a clause mark, with its units' labels right after its name, is a body of
  its own; a group named with its duties and no units (``督查组负责…``) sets out no member;
- a 抄送 piece that is a post alone after a body's ``各<post>`` (``区委各常委、秘书长``) is one addressee, the posts of one
  body; bodies listed with 、 before a leaders' post named once after the last (``区人大常委会、区政协、区法院主要负责
  同志``) are one addressee, every body's leaders; bodies with no post stay apart.
"""
from __future__ import annotations

from extractors.addressees import split_names
from pipeline.runner import extract_document


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _members(path) -> dict[str, list[tuple]]:
    forces = extract_document(path)[1]["taskforce"]
    return {f.name: [(m.role, m.person, m.position, m.organization) for m in f.members] for f in forces}


FOREST = """石泉县人民政府办公室关于成立石泉县森林防火指挥部的通知
各镇人民政府，县政府各部门：
为做好森林防火工作，县人民政府决定成立石泉县森林防火指挥部，组成人员如下：
指挥长：高建平　县人民政府副县长
成员：刘文　县林业局局长
　　　张静　县应急管理局局长
指挥部下设综合保障组、宣传引导组和督查组。综合保障组：牵头单位为县林业局，成员单位为县财政局、县应急管理局；宣传引导组：组长单位县委宣传部，成员单位县融媒体中心、县文化和旅游局；督查组负责对各镇防火工作开展督查，人员由县林业局另行抽调。
一、工作要求
各镇人民政府要于2024年3月1日前完成防火物资储备。
石泉县人民政府办公室
2024年1月8日
抄送：安康市林业局，县委各常委、秘书长，县人大常委会、县政协、县人民法院主要负责同志，县人民检察院。
"""

SAME_LINE = """某区农村人居环境整治工作专班工作组的通知
一、工作组
（一）垃圾治理组：组长单位区城市管理局，成员单位区农业农村局、区生态环境局；（二）污水治理组：组长单位区水利局，成员单位区住房和城乡建设局。
二、工作要求
区农业农村局要于2024年6月30日前完成验收。
"""


def test_work_groups_set_out_one_after_another_inside_a_paragraph(tmp_path):
    members = _members(_write(tmp_path, "forest.txt", FOREST))
    assert members["综合保障组"] == [
        ("组长", None, None, "县林业局"), ("成员", None, None, "县财政局"), ("成员", None, None, "县应急管理局")]
    assert members["宣传引导组"] == [
        ("组长", None, None, "县委宣传部"), ("成员", None, None, "县融媒体中心"), ("成员", None, None, "县文化和旅游局")]
    assert "督查组" not in members  # its duties and no units: no member set out
    assert [m[0] for m in members["石泉县森林防火指挥部"]] == ["指挥长", "成员", "成员"]


def test_a_second_group_on_the_line_of_the_first(tmp_path):
    members = _members(_write(tmp_path, "sewage.txt", SAME_LINE))
    assert members["垃圾治理组"] == [
        ("组长", None, None, "区城市管理局"), ("成员", None, None, "区农业农村局"), ("成员", None, None, "区生态环境局")]
    assert members["污水治理组"] == [("组长", None, None, "区水利局"), ("成员", None, None, "区住房和城乡建设局")]


def test_cc_posts_of_one_body_and_leaders_of_several(tmp_path):
    meta = extract_document(_write(tmp_path, "forest.txt", FOREST))[1]["metadata"]
    assert meta.cc == ["安康市林业局", "县委各常委、秘书长", "县人大常委会、县政协、县人民法院主要负责同志", "县人民检察院"]


def test_split_names_keeps_bodies_apart_without_a_shared_post():
    def names(text):
        return [text[a:b] for a, b in split_names(text)]
    assert names("市委办公室、市人大常委会办公室、市政协办公室") == ["市委办公室", "市人大常委会办公室", "市政协办公室"]
    assert names("市委各副秘书长、委员，市财政局负责同志") == ["市委各副秘书长、委员", "市财政局负责同志"]
    assert names("市纪委监委，市人大常委会、市政协分管领导") == ["市纪委监委", "市人大常委会、市政协分管领导"]


WEDDING = """某市关于推进婚育新风的实施意见
各县（市、区）人民政府，市直各单位：
一、重点任务
（一）开展试点。支持甲水县、乙山县开展殡葬改革试点。（责任单位：市民政局，甲水县、乙山县党委和政府）
（二）完善设施。2024年底前建成一批公益性公墓。（责任单位：市民政局，丙河区、丁湖区）
某市人民政府办公室
2024年3月1日
"""


def test_places_named_one_by_one_before_their_organs_named_once_are_one_unit(tmp_path):
    tasks = extract_document(_write(tmp_path, "wedding.txt", WEDDING))[1]["tasks"]
    notes = [[a.agency for a in t.agencies] for t in tasks]
    assert ["市民政局", "甲水县、乙山县党委和政府"] in notes  # both places' party and government organs
    assert ["市民政局", "丙河区", "丁湖区"] in notes  # places with no organ after them stay apart


def test_split_agency_list_joins_places_only_before_shared_organs():
    from extractors.agency_names import split_agency_list

    def names(text):
        return [name for name, _, _ in split_agency_list(text)]
    assert names("甲县、乙县、丙县人民政府") == ["甲县、乙县、丙县人民政府"]
    assert names("某新区、某高新区党工委和管委会") == ["某新区、某高新区党工委和管委会"]
    assert names("市水利局、甲镇、乙镇") == ["市水利局", "甲镇", "乙镇"]
    assert names("各乡镇人民政府、街道办事处") == ["各乡镇人民政府", "街道办事处"]
