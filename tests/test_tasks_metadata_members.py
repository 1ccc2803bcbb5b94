"""Tasks, metadata and members of the round prompted by blind sets 43-46, on short notices of our own (expected
values written by reading the notices, in other places and topics than the blind ones):

- a section whose paragraphs each open with the organ doing their work (市X局要会同… / 由X牵头，Y配合，… / X负责…)
  gives one task per paragraph; a lead-in of figures before them names no organ and is no task;
- ongoing words (常态化开展, 持续开展, 每日发布) make a task ongoing even when a yearly step is part of it, unless the
  item holds a date;
- an account's post line (某某发布 2023-11-02 08:15 发表于某省) and the lead of its article stand between the headline
  and the notice's 文号 and 主送: both are still found, and the post line gives no figure;
- three organs stacked as a 版头 (a 消防救援支队 among them) are the issuers;
- 省直管市 / 直管市 among the levels before a shared head keep one addressee (guide: a named agency after 、 is
  its own);
- a portal page's heading that words the box's 标题 more fully (《》 and a place's name) is the notice's title;
- 其余各乡镇人民政府…分管负责同志为成员: the members are 各乡镇人民政府's, not 其余各乡镇人民政府's;
- partners named as kinds of department (机构编制部门, 同级人力资源和社会保障、财政部门: one partner, the kinds sharing
  their 部门) and a central bank branch by its short name (人行某市中心支行).
"""
from bs4 import BeautifulSoup

from extractors.addressees import split_names
from extractors.deadlines import parse_deadline
from extractors.tasks.actors import sentence_actors
from extractors.tasks.schedule import text_deadline
from pipeline.ingest.html.title import _notice_title
from pipeline.runner import extract_document


def _run(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc, results, _ = extract_document(path)
    return doc, results


SECTION_OF_ACTORS = """绵阳市人民政府办公室关于印发绵阳市山洪灾害防御工作方案的通知
一、总体要求
坚持人民至上、生命至上，全力做好山洪灾害防御工作。
二、工作任务
2024年全市计划新建山洪监测站点120个、预警广播600套，其中山区县新建80个。
市水利局要会同各县（市、区）人民政府于2024年9月底前完成水毁工程修复，建立隐患台账。
由市财政局牵头，市发展和改革委员会配合，积极争取中央财政补助资金，市级财政按照每个站点不超过2万元的标准给予补助。
市应急管理局负责协调通信运营企业做好预警信息发布保障。
绵阳市人民政府办公室
2024年3月20日
"""


def test_a_sections_paragraphs_opening_with_their_organs_are_one_task_each(tmp_path):
    doc, results = _run(tmp_path, "flood.txt", SECTION_OF_ACTORS)
    text = doc.text
    tasks = [(t.text[:8], sorted((text[a.char_start:a.char_end], a.role) for a in t.agencies), t.deadline)
             for t in results["tasks"]]
    assert tasks == [
        ("市水利局要会同各", [("各县（市、区）人民政府", "partner"), ("市水利局", "lead")], "2024-09-30"),
        ("由市财政局牵头，", [("市发展和改革委员会", "partner"), ("市财政局", "lead")], None),
        ("市应急管理局负责", [("市应急管理局", "responsible")], None),
    ]


def _recurrence(words: str) -> str | None:
    raw = text_deadline(words, 0, len(words), "2024-03-01")
    return parse_deadline(raw, "2024-03-01").recurrence if raw else None


def test_ongoing_words_outweigh_a_yearly_step_of_the_work():
    assert _recurrence("加强避险演练。常态化开展山洪灾害避险演练，每年主汛期前每个乡镇至少组织一次综合演练。") == "ongoing"
    assert _recurrence("强化科普宣传。持续开展防灾知识进社区活动，每年对网格员开展一次全员培训。") == "ongoing"
    assert _recurrence("市水文站要在汛期内每日发布主要河道水情预报。") == "ongoing"
    # a date in the item says more than the ongoing words
    assert text_deadline("持续开展技能培训，到2025年累计培训1万人次。", 0, 22, "2024-03-01") == "到2025年"
    # a yearly step alone stays yearly
    assert _recurrence("每年对网格员开展一次全员培训。") == "annual"


ACCOUNT_POST = """绵竹市人民政府办公室关于印发绵竹市蔬菜产业扶持办法的通知

绵竹发布 2023-11-02 08:15 发表于四川

点击蓝字 关注我们

近日，绵竹市人民政府办公室印发《绵竹市蔬菜产业扶持办法》，从基地建设、冷链物流、品牌培育三个方面支持蔬菜产业发展。一起来看👇

竹府办〔2023〕45号

各镇人民政府，市级各部门：

《绵竹市蔬菜产业扶持办法》已经市人民政府同意，现印发给你们，请认真贯彻执行。

绵竹市人民政府办公室
2023年10月25日

绵竹市蔬菜产业扶持办法

第一条 新建标准化蔬菜基地连片50亩以上的，按每亩800元给予一次性补助。
"""


def test_an_account_post_line_and_lead_keep_the_notices_number_and_addressees(tmp_path):
    _, results = _run(tmp_path, "post.txt", ACCOUNT_POST)
    meta = results["metadata"]
    assert meta.doc_number == "竹府办〔2023〕45号"
    assert meta.recipients == ["各镇人民政府", "市级各部门"]
    assert sorted(t.value for t in results["targets"]) == [50, 800]  # nothing from 2023-11-02 08:15


STACKED_BANNER = """绵阳市防汛抗旱指挥部办公室
绵阳市应急管理局
绵阳市消防救援支队
绵防办〔2024〕7号
绵阳市防汛抗旱指挥部办公室绵阳市应急管理局绵阳市消防救援支队关于开展汛前安全检查的通知
各县（市、区）防汛抗旱指挥部办公室、应急管理局：
现将有关事项通知如下。
一、检查时间
2024年4月1日至4月30日。
2024年3月25日
"""


def test_three_stacked_organs_with_a_fire_brigade_are_the_issuers(tmp_path):
    _, results = _run(tmp_path, "banner.txt", STACKED_BANNER)
    assert results["metadata"].issuer == "绵阳市防汛抗旱指挥部办公室、绵阳市应急管理局、绵阳市消防救援支队"


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in split_names(text)]


def test_directly_administered_cities_share_the_head_after_them():
    assert _names("各市、县、省直管市农业农村局、财政局") == ["各市、县、省直管市农业农村局", "财政局"]
    assert _names("各市、州、直管市、林区卫生健康委，省直有关单位") == ["各市、州、直管市、林区卫生健康委", "省直有关单位"]


def test_a_heading_wording_the_box_title_more_fully_is_the_title():
    page = ("<html><body><h1>四川省林业和草原局 四川省财政厅关于印发《四川省2024年森林防火能力提升方案》的通知</h1>"
            "<p>各市（州）林业和草原局、财政局：</p></body></html>")
    box = {"标题": "四川省林业和草原局 四川省财政厅关于印发2024年森林防火能力提升方案的通知"}
    assert _notice_title(BeautifulSoup(page, "html.parser"), box) == (
        "四川省林业和草原局 四川省财政厅关于印发《四川省2024年森林防火能力提升方案》的通知")
    other = "<html><body><h1>四川省林业和草原局关于开展古树名木普查的通知</h1></body></html>"
    assert _notice_title(BeautifulSoup(other, "html.parser"), box) == box["标题"]  # another notice's heading


MEMBERS = """某县人民政府办公室关于成立某县古树名木保护工作领导小组的通知
各乡镇人民政府、街道办事处，县直各单位：
为加强古树名木保护，县政府决定成立某县古树名木保护工作领导小组，组成人员如下：
组  长：王明  县人民政府副县长
副组长：李华  县林业局局长
成  员：张强  县财政局副局长
        赵敏  县自然资源局副局长
其余各乡镇人民政府、街道办事处分管负责同志为成员。
某县人民政府办公室
2024年5月6日
"""


def test_the_other_townships_are_the_townships(tmp_path):
    _, results = _run(tmp_path, "members.txt", MEMBERS)
    members = [(m.organization, m.position) for body in results["taskforce"] for m in body.members]
    assert ("各乡镇人民政府", "分管负责同志") in members
    assert not any(org.startswith(("其余", "其他")) for org, _ in members)


def _actors(sentence: str) -> list[tuple[str, str]]:
    return [(sentence[s:e], role) for s, e, role in sentence_actors(sentence, 0, len(sentence))]


def test_kinds_of_department_and_a_bank_branch_are_partners():
    assert _actors("县级教育部门会同机构编制部门建立中小学教师编制周转池。") == [
        ("县级教育部门", "lead"), ("机构编制部门", "partner")]
    assert _actors("各市（州）民政局要会同同级人力资源和社会保障、财政部门制定养老护理员补贴办法。") == [
        ("各市（州）民政局", "lead"), ("同级人力资源和社会保障、财政部门", "partner")]
    assert _actors("由市财政局牵头，人行绵阳市中心支行、市地方金融服务中心配合，做好贴息资金拨付。") == [
        ("市财政局", "lead"), ("人行绵阳市中心支行", "partner"), ("市地方金融服务中心", "partner")]
