"""Task-force members missed on blind sets 39-42 (a 第一总指挥 role; a glued 成员 paragraph holding a 林场's 场长 and a
专业队's 队长; work groups whose deputy units are labelled 副牵头单位 or are an institute the agency vocabulary does
not list; a unit whose name holds 和 before a part that opens as no unit's name does; a unit of a group sending its
分管负责同志 in a clause of its own before the clause that makes the units members), on notices of our own in other
places, topics and layouts. Expected values were written by reading the notices.
"""
from __future__ import annotations

from pipeline.runner import extract_document


def _forces(path):
    return extract_document(str(path))[1]["taskforce"]


def _members(forces, name=None):
    return [(m.role, m.person, m.organization, m.position) for f in forces if name in (None, f.name)
            for m in f.members]


FLOOD_HEADQUARTERS = """中共宁强县委办公室 宁强县人民政府办公室
关于调整宁强县防汛抗旱指挥部组成人员的通知
宁办字〔2025〕11号
各镇（街道），县委各部门，县直各单位：
因人事变动，经县委、县政府研究，决定对宁强县防汛抗旱指挥部组成人员进行调整。现将有关事项通知如下：
一、指挥部组成人员
第一总指挥：孙建业  县委书记
总  指  挥：高  峰  县委副书记、县长
副 总 指 挥：蒋明远  县政府副县长
成      员：县委办公室副主任丁志刚、县水利局局长邵文斌、县气象局局长付海燕、县应急救援专业队队长雷鸣、汉源林场场长杜守林、县自然资源局副局长汤建华，各镇（街道）主要负责同志。
二、指挥部办公室
指挥部办公室设在县水利局，办公室主任由邵文斌同志兼任。
三、指挥部工作组
（一）抢险救援组。牵头单位：县应急管理局；副牵头单位：县水利局；成员单位：县消防救援大队、县应急救援专业队。
（二）后勤保障组。牵头单位：县财政局；成员单位：县发展和改革局、县商务局。
中共宁强县委办公室　　宁强县人民政府办公室
2025年4月2日
"""


def test_a_first_commander_a_glued_member_paragraph_and_a_deputy_lead_unit(tmp_path):
    path = tmp_path / "ningqiang_flood_headquarters.txt"
    path.write_text(FLOOD_HEADQUARTERS, encoding="utf-8")
    forces = _forces(path)
    assert [f.name for f in forces] == ["宁强县防汛抗旱指挥部", "抢险救援组", "后勤保障组"]
    assert _members(forces, "宁强县防汛抗旱指挥部") == [
        ("第一总指挥", "孙建业", "县委", "书记"),
        ("总指挥", "高峰", None, "县委副书记、县长"),
        ("副总指挥", "蒋明远", "县政府", "副县长"),
        # the paragraph, post first and the name glued after it: every piece a member, a forest farm's 场长 and a
        # response team's 队长 among them, and the towns' heads at the end
        ("成员", "丁志刚", "县委办公室", "副主任"),
        ("成员", "邵文斌", "县水利局", "局长"),
        ("成员", "付海燕", "县气象局", "局长"),
        ("成员", "雷鸣", "县应急救援专业队", "队长"),
        ("成员", "杜守林", "汉源林场", "场长"),
        ("成员", "汤建华", "县自然资源局", "副局长"),
        ("成员", None, "各镇（街道）", "主要负责同志"),
    ]
    # 副牵头单位 is the group's deputy; the units after it are still read
    assert _members(forces, "抢险救援组") == [
        ("组长", None, "县应急管理局", None),
        ("副组长", None, "县水利局", None),
        ("成员", None, "县消防救援大队", None),
        ("成员", None, "县应急救援专业队", None),
    ]
    assert _members(forces, "后勤保障组") == [
        ("组长", None, "县财政局", None),
        ("成员", None, "县发展和改革局", None),
        ("成员", None, "县商务局", None),
    ]


SEED_INDUSTRY_GROUP = """龙胜各族自治县人民政府办公室关于成立龙胜各族自治县种业振兴工作领导小组的通知
龙政办发〔2024〕19号
各乡镇人民政府，县直各有关单位：
为推进种业振兴行动，县人民政府决定成立龙胜各族自治县种业振兴工作领导小组。现将有关事项通知如下：
一、领导小组组成人员
组长：廖志强  县人民政府副县长
成员：
覃卫东  县农业农村局局长
韦秀英  县科技局局长
二、专项工作组
领导小组下设2个专项工作组：
（一）品种选育组。组长单位：县农业农村局；副组长单位：县农业科学研究所；成员单位：县科技局、县林业局。负责良种选育和试验示范。
（二）市场监管组。组长单位：县市场监督管理局；成员单位：县公安局、县农业农村局。负责种子市场检查。
龙胜各族自治县人民政府办公室
2024年3月8日
"""


def test_a_work_group_whose_deputy_unit_is_an_institute(tmp_path):
    path = tmp_path / "longsheng_seed_industry.txt"
    path.write_text(SEED_INDUSTRY_GROUP, encoding="utf-8")
    forces = _forces(path)
    # the institute is no name of the agency vocabulary, but after 副组长单位： it is a unit: the group's deputy, and
    # the member units after it are not lost
    assert _members(forces, "品种选育组") == [
        ("组长", None, "县农业农村局", None),
        ("副组长", None, "县农业科学研究所", None),
        ("成员", None, "县科技局", None),
        ("成员", None, "县林业局", None),
    ]
    assert _members(forces, "市场监管组") == [
        ("组长", None, "县市场监督管理局", None),
        ("成员", None, "县公安局", None),
        ("成员", None, "县农业农村局", None),
    ]


HERITAGE_TASK_FORCE = """修水县人民政府办公室关于成立修水县非物质文化遗产保护工作专班的通知
修府办字〔2024〕30号
各乡镇人民政府，县直各单位：
为加强非物质文化遗产保护传承，经县政府研究，决定成立修水县非物质文化遗产保护工作专班，由县政府分管副县长任组长，县委宣传部、县文化广电和旅游局、县教育体育局、县审计局和各乡镇人民政府主要负责同志为成员。工作专班办公室设在县文化广电和旅游局。
修水县人民政府办公室
2024年6月12日
"""


def test_a_unit_whose_name_holds_he_stays_whole_while_two_units_joined_by_he_split(tmp_path):
    path = tmp_path / "xiushui_heritage.txt"
    path.write_text(HERITAGE_TASK_FORCE, encoding="utf-8")
    members = _members(_forces(path))
    assert members == [
        ("组长", None, "县政府", "分管副县长"),
        ("成员", None, "县委宣传部", "主要负责同志"),
        # 旅游局 opens with no level word: the 和 is inside one bureau's name
        ("成员", None, "县文化广电和旅游局", "主要负责同志"),
        ("成员", None, "县教育体育局", "主要负责同志"),
        # 各乡镇人民政府 opens as a unit's name: two units joined by 和
        ("成员", None, "县审计局", "主要负责同志"),
        ("成员", None, "各乡镇人民政府", "主要负责同志"),
    ]


ROAD_SAFETY_GROUP = """宜章县人民政府办公室关于成立宜章县道路交通安全工作领导小组的通知
宜政办函〔2024〕8号
各乡镇人民政府，县直各单位：
经县人民政府同意，成立宜章县道路交通安全工作领导小组，组成人员如下：
组长：黄立群  县人民政府副县长
副组长：邓海平  县公安局局长
成员：
曹志伟  县交通运输局副局长
欧阳丽  县教育局副局长
各乡镇人民政府分管负责同志，县公路建设养护中心、县城市管理和综合执法局主要负责同志为领导小组成员。
领导小组办公室设在县公安局交警大队。
宜章县人民政府办公室
2024年2月20日
"""


def test_one_unit_sending_its_deputy_in_a_clause_before_the_units_made_members(tmp_path):
    path = tmp_path / "yizhang_road_safety.txt"
    path.write_text(ROAD_SAFETY_GROUP, encoding="utf-8")
    members = _members(_forces(path))
    assert members[-3:] == [
        # a clause of one group of units and its post, waiting for the role the clause after it gives
        ("成员", None, "各乡镇人民政府", "分管负责同志"),
        ("成员", None, "县公路建设养护中心", "主要负责同志"),
        ("成员", None, "县城市管理和综合执法局", "主要负责同志"),
    ]
    assert [m[1] for m in members[:4]] == ["黄立群", "邓海平", "曹志伟", "欧阳丽"]


SAFETY_COMMITTEE = """平江县人民政府办公室关于调整平江县安全生产委员会成员的通知
平政办函〔2024〕42号
各镇人民政府，县直各单位：
因人事变动，现将调整后的县安全生产委员会成员通知如下：
主任：李国正  县人民政府县长
副主任：方建华  县人民政府副县长
成员：县应急管理局局长罗志刚、县工业和信息化局局长许文辉、县化肥厂厂长傅明、县金矿矿长熊伟东、县实验幼儿园园长胡晓燕、县教育局副局长袁丽、县卫生健康局局长喻方明，各镇人民政府镇长。
平江县人民政府办公室
2024年5月6日
"""


def test_a_glued_paragraph_keeps_its_members_when_one_post_is_unknown(tmp_path):
    path = tmp_path / "pingjiang_safety.txt"
    path.write_text(SAFETY_COMMITTEE, encoding="utf-8")
    members = [m for m in _members(_forces(path)) if m[0] == "成员"]
    assert members == [
        ("成员", "罗志刚", "县应急管理局", "局长"),
        ("成员", "许文辉", "县工业和信息化局", "局长"),
        # a factory's and a mine's heads: units and posts of the vocabulary
        ("成员", "傅明", "县化肥厂", "厂长"),
        ("成员", "熊伟东", "县金矿", "矿长"),
        # 园长 is no post the vocabulary knows: the name closing the piece is still a member, its words kept whole
        ("成员", "胡晓燕", None, "县实验幼儿园园长"),
        ("成员", "袁丽", "县教育局", "副局长"),
        ("成员", "喻方明", "县卫生健康局", "局长"),
        ("成员", None, "各镇人民政府", "镇长"),
    ]
