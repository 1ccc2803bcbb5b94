"""Addressee lists (主送 / 抄送): where one addressee ends and the next begins in ``各县（市、区）人民政府，市直各单位``.

A ，/、 (or a 。 inside the list) splits two addressees except inside brackets, between places that share the head after them (各省、自治区、
直辖市人民政府; 国家税务总局各省、自治区、直辖市税务局), before units with no owner of their own (市各委、办、局,
县直各部门、各单位), before a place's other leading organ (各乡镇党委、政府, 各乡镇（街道）党（工）委、人民政府（办事处）)
before a bare post of the body named before (委员会主任、副主任, 县委各副书记、常委), and after bodies whose leaders a
post after the last of them names (区人民法院、区人民检察院主要负责同志). Shared knowledge of the metadata extractor; reads
the region table and the position vocabulary.
"""
from __future__ import annotations

import regex

from extractors.agency_names import is_agency_like, is_position, split_org_position
from extractors.regions import region_table

# 各区 / 县（市） / 各省 / 自治区 / 直辖市及计划单列市 / 各辖市 / 直管市: level words alone; the head they share comes after
# the last of them (``各区、县（市）经信局``, ``各省、自治区、直辖市人民政府``)
LEVEL_WORD = regex.compile(
    r"\s*各?(?:(?:辖市|辖县|辖区|省|市|县|区|州|盟|旗|自治区|直辖市|计划单列市|自治州|自治县|地区|市州|县区|县市区|设区市"
    r"|省?直管(?:市|县|县市|市县))"
    r"(?:[（(][^（）()]{1,6}[）)])?(?:及|和|与)?)+\s*$"
)
# brackets and quotes inside which a ，、 does not separate two names (各县（市、区）人民政府)
OPENERS, CLOSERS = set("（(〈《【[“「"), set("）)〉》】]”」")
# ， 、 , ; ； 。: separators between names in a 主送 or 抄送 list (a 抄送 line may close a group of names with 。 and
# go on: 某市水利局，某市林业局。县档案馆，县气象局。)
NAME_SEPARATOR = set("，、,;；。")
# 委 / 办 / 局 / 单位: an agency word standing alone after a 、, the rest of the name before it
BARE_AGENCY_WORD = regex.compile(r"[委办局厅部室院所处站]|单位|部门|机构")
# 各单位 / 各直属机构 / 直属各单位 after a 、 that follows 县直各部门 or 市政府各工作部门: units with no owner
# of their own, so the owner written once before is theirs too (one addressee, like 国务院各部委、各直属机构)
EACH_BARE_AGENCY = regex.compile(r"各(?:单位|部门)|各?直属各?(?:机构|单位)")
# 党委 / 政府 / 办事处: a place's leading organs, one written after another with the place once (各乡镇党委、政府)
PLACE_ORGAN = regex.compile(r"(?:党委|党工委|(?:人民)?政府|人大|政协|办事处|管委会)$")
# 镇政府 after 各镇党委: the place's level said again, without 各, before its other organ (各乡镇党委、乡镇人民政府); a
# second 各 (各乡镇党委、各乡镇人民政府) makes it an addressee of its own
LEVEL_AGAIN = regex.compile(r"(?P<level>乡镇|街道|镇|乡|村|社区)(?:党委|党工委|(?:人民)?政府|办事处)")
# 高新区 / 经济开发区 / 某风景区: a zone named alone (its unit, shared with the zones after, comes after the last)
ZONE = regex.compile(r"\p{Han}{0,8}?(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|风景区|风景名胜区|新区|园区|示范区"
                     r"|投资区|保税区|试验区|合作区|度假区|工业区)")
# 某风景区经济发展局 / 某新区有关部门 / 某开发区安委会: a zone, then a unit of its own (not the zone's 管委会, which is
# the zone: 某经开区、某新区管委会 are two addressees)
ZONE_THEN_UNIT = regex.compile(rf"(?:{ZONE.pattern})\p{{Han}}{{1,12}}?(?:局|委员会|委|办公室|办|管委会|(?<!管)委会|中心|部门|单位)")
# 市直和中央 / 中央 / 中 (中、省驻市有关单位): owners only, before 、省属驻市各单位 (the units named once after both)
OWNERS_ONLY = regex.compile(r"(?:^|和)中央?$")
# 国家税务总局各省 / 某银行各省: an organ and the first of its branches' levels, the head they share after the last
# (国家税务总局各省、自治区、直辖市税务局: one addressee)
OWNER_THEN_LEVEL = regex.compile(r"^\p{Han}{2,30}?各(?:省|市|县|区|州|盟|旗|自治区|直辖市|地区|设区市|市州)$")
# （工） （办事处）: a bracketed alternative inside a place's organ (党（工）委, 人民政府（办事处）)
ALTERNATIVE = regex.compile(r"[（(][^（）()]{1,6}[）)]")
# 县直各部门 / 国务院各部委 / 省林业和草原局机关各处室: a head, then 各 and its units
HEAD_THEN_EACH = regex.compile(r"^\p{Han}{1,16}各\p{Han}{1,4}$")
# 县委各副书记 / 市委各常委: a body, then 各 and a post of it (the posts written after a 、 are the same body's: 、常委)
OWNER_EACH_POST = regex.compile(r"^(?P<owner>\p{Han}{1,20}?)各(?P<post>\p{Han}{1,8})$")
# 主要领导 / 主要负责同志 / 负责人 / 分管领导: the leaders of whatever body is named before them, so of every body of a
# 、 run that ends with them (区人民法院、区人民检察院主要负责同志: both bodies' leaders, one addressee)
LEADERS = regex.compile(r"(?:主要|分管|有关)?(?:领导|负责同志|负责人)(?:同志)?")


def split_names(text: str) -> list[tuple[int, int]]:
    """Spans of the names in ``各县（市、区）人民政府，市直各单位``: split on ，、,; outside brackets.

    Bare level words or place names before a 、 (``各区、县（市）经信局``, ``各省、自治区、直辖市人民政府``,
    ``沈阳、北京、兰州军区``) share the head of the next name and stay with it; a bare agency word after
    a 、 (``市各委、办、局``, ``县政府各部门、单位``), or 各单位/各直属机构 after a head's 各 (``县直各部门、各单位``,
    ``市政府各工作部门、直属机构``, ``国务院各部委、各直属机构``), shares the head of the name before; owners
    alone (``市直和中央、省属驻市各有关单位``) share the units named after them.
    """
    spans, depth, start, piece = [], 0, 0, 0
    for i, c in enumerate(text):
        if c in OPENERS:
            depth += 1
        elif c in CLOSERS:
            depth = max(depth - 1, 0)
        elif c in NAME_SEPARATOR and depth == 0:
            if not (c == "、" and _shares_head(text[piece:i])):
                spans.append((start, i))
                start = i + 1
            piece = i + 1
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a] in " \n\t":
            a += 1
        while b > a and text[b - 1] in " \n\t。":
            b -= 1
        if b > a:
            after_comma = bool(out) and text[out[-1][1]:a].strip() == "、"
            if after_comma and (BARE_AGENCY_WORD.fullmatch(text, a, b) or _shares_owner(text[out[-1][0]:out[-1][1]], text[a:b])):
                out[-1] = (out[-1][0], b)  # 市各委、办、局 / 县直各部门、各单位 / 各乡镇党委、政府: one name
            elif after_comma and _leaders_of(text[a:b]):
                while out and text[out[-1][1]:a].strip() == "、" and _body_alone(text[out[-1][0]:out[-1][1]]):
                    a = out.pop()[0]  # 区人民法院、区人民检察院主要负责同志: the leaders of both bodies, one addressee
                out.append((a, b))
            else:
                zoned = after_comma and ZONE_THEN_UNIT.fullmatch(text, a, b)
                while zoned and out and text[out[-1][1]:a].strip() == "、" and ZONE.fullmatch(text, *out[-1]):
                    a = out.pop()[0]  # 高新区、经开区、某风景区经济发展局: zones sharing the unit after the last
                out.append((a, b))
    return out


def _shares_owner(before: str, name: str) -> bool:
    """``name`` after a 、 has no owner of its own and shares the one of ``before``: 各单位 after a head's 各
    (县直各部门、各单位), a place's other leading organ (各乡镇党委、政府), a bare post of the
    body before (市防汛抗旱指挥部指挥长、副指挥长)."""
    if EACH_BARE_AGENCY.fullmatch(name) and HEAD_THEN_EACH.match(before):
        return True
    organ, place = ALTERNATIVE.sub("", name), ALTERNATIVE.sub("", before)  # 各乡镇（街道）党（工）委、人民政府（办事处）
    if PLACE_ORGAN.fullmatch(organ) and PLACE_ORGAN.search(place) and not PLACE_ORGAN.fullmatch(place):
        return True
    again = LEVEL_AGAIN.fullmatch(organ)
    if again and place.startswith("各" + again.group("level")) and PLACE_ORGAN.search(place):
        return True
    if not is_position(name):
        return False
    each = OWNER_EACH_POST.match(before.strip())  # 县委各副书记、常委: more posts of the body whose posts 各 opens
    if each and is_position(each.group("post")):
        return True
    return split_org_position(before)[0] is not None and is_position(split_org_position(before)[1])


def _leaders_of(name: str) -> bool:
    """A body and its leaders (县政协主要领导, 市财政局负责同志): the post may be shared by the bodies before a 、."""
    org, post = split_org_position(name.strip())
    return org is not None and bool(LEADERS.fullmatch(post))


def _body_alone(name: str) -> bool:
    """A body named with no post of its own (县人大常委会), before a 、 and another body's leaders."""
    name = name.strip()
    return split_org_position(name)[0] is None and is_agency_like(name) and not is_position(name)


def _shares_head(piece: str) -> bool:
    """A name before a 、 that only names places (各省 / 自治区 / 北京市 / 沈阳): the head after the
    last of them (人民政府, 军区) is theirs too, so the list is one addressee."""
    if LEVEL_WORD.match(piece) or OWNERS_ONLY.search(piece) or OWNER_THEN_LEVEL.match(piece.strip()):
        return True
    table = region_table()
    name = piece.strip()
    return bool(name) and (name in table.by_name or name in table.by_short)
