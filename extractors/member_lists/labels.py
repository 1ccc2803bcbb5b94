"""Role labels and body names: the patterns that open a member line (组长： / 副组长由…兼任 / …任组长),
built once from the task-force words of ``schemas/agencies.json``, and the mending of a label that lost
characters to the layout (``长:`` → 组长).
"""
from __future__ import annotations

import functools

import regex

from extractors.agency_names import knowledge

# 一、 （二） 3. 附件2: a heading or attachment marker opening a title line
TITLE_MARKER = regex.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、]|附件\s*\d*[：:]?)\s*")
# spaces, tabs and full-width spaces: the layout's, inside a spread-out label
SPACES = regex.compile(r"[ \t\u3000]+")
# ，。；： sentence punctuation: a line holding it is prose, not a member row (brackets aside)
SENTENCE_PUNCT = regex.compile(r"[，。；;：:！？]")
# 成立某区创建“千兆城市”工作专班 / 建立…领导小组 / 调整后的…指挥部 / 市绿委下设…攻坚工作专班: a sentence that names
# the body it sets up (not 下设6个工作组: groups to be listed)
FOUNDED = regex.compile(r"(?:成立|建立|组建|设立|下设(?![\d０-９一二三四五六七八九十两]{1,3}个)|调整)(?:了|后的)?(?P<name>[^，。；,;：:\n]{0,40}?(?:{names}))")


@functools.lru_cache(maxsize=1)
def label_patterns() -> dict[str, regex.Pattern]:
    """Role and body-name patterns built from the data once."""
    kb = knowledge()
    roles = "|".join(sorted(map(regex.escape, kb.taskforce_roles), key=len, reverse=True))
    names = "|".join(sorted(map(regex.escape, kb.taskforce_names), key=len, reverse=True))
    return {
        # 组长： / 领导小组组长： / 成员: / 副组长<tab>: a role label opening a member row
        # / 成员单位： (units listed) / 委员（按姓氏笔画排序）： (a bracketed note on the order)
        "label": regex.compile(
            rf"^(?:(?:{names}))?(?P<role>{roles})(?:(?<=成员)单位)?(?:[（(][^（）()\n]{{1,12}}[）)])?\s*(?:[：:]|(?=\t)|$)"),
        # 组长 then the name, set apart by spaces the normalized text no longer holds (``组    长    侯建平``)
        "bare": regex.compile(rf"^(?:(?:{names}))?(?P<role>{roles})(?=\p{{Han}})"),
        # 长: / 员： : a label that lost characters to the layout
        "damaged": regex.compile(r"^(?P<role>\p{Han}{1,3})\s*[：:]"),
        # 组长由市长兼任 / 副组长由市政府分管副市长担任: a member named by the post that fills the role
        "role_by": regex.compile(rf"^(?:(?:{names}))?(?P<role>{roles})由(?P<who>[^，。；,;]+?)(?:(?<!负责)同志)?(?:兼任|担任)"),
        # 工作专班由分管副市长任组长 / 市政府办公室副主任、市发展和改革局局长任副组长: the post, then the role
        # (…，)由县长任组长: the body named in the clause before
        # / 牛建军同志任领导小组副组长 / 增补…刘宏伟同志、…贾丽萍同志为领导小组成员: the body named before the role
        "post_as": regex.compile(
            rf"^(?:(?:{names})?由|(?:增补|增设|增加|补充))?(?P<who>[^，。；,;]+?)(?:(?<!负责)同志)?"
            rf"(?:任|担任|兼任|(?<=同志)为)(?:{names})?(?P<role>{roles})$"),
        # 成<tab>员： / 组　长: : a role label whose characters the layout spread apart (a PDF's wide spacing read
        # as a tab), with its colon
        "spaced": regex.compile("(?P<role>{})[ \\t\u3000]*[：:]".format("|".join(
            "[ \\t\u3000]*".join(map(regex.escape, role))
            for role in sorted(kb.taskforce_roles, key=len, reverse=True)))),
        "names": regex.compile(rf"(?:{names})"),
        # 成员 / 组长 / 召集人 (a role of the vocabulary) anywhere: prose without one sets out no member (every clause
        # reader needs one)
        "role_word": regex.compile(roles),
        # 组长由… / …任副组长， / 成员单位为… / …为成员。: what one clause of clause_members' readings needs (a role
        # before 由, or closing its clause; 成员(单位) before 由, or closing its clause; 成员单位为/是/包括/有) — prose
        # without it sets out no member (主任 and 成员 are common words: the clause readers cost a long notice
        # milliseconds)
        "member_clause": regex.compile(rf"(?:{roles})(?:由|(?=\n?(?:[，。；,;]|$)))"
                                       rf"|成员(?:单位)?(?:由|(?=\n?(?:[，。；,;]|$)))|成员单位(?:为|是|包括|有)"),
        "founded": regex.compile(FOUNDED.pattern.replace("{names}", names)),
    }


def label_at(line: str, offset: int, gaps: set[int]) -> regex.Match | None:
    """The role label opening ``line`` (which starts at ``offset`` of the text): one with a colon or a tab,
    or a bare role word the raw layout set apart from what follows by spaces (``gaps``)."""
    pats = label_patterns()
    m = pats["label"].match(line)
    if m:
        return m
    bare = pats["bare"].match(line)
    if bare and offset + bare.end() in gaps:
        return bare
    return pats["spaced"].match(line)


def role_in(label: regex.Match) -> str:
    """The role a label match names, without the layout's spaces inside it (成\t员 → 成员)."""
    return SPACES.sub("", label.group("role"))


def role_of_label(label: str, previous: str | None) -> str | None:
    """The full role of a label that lost characters: ``长`` opening a list is 组长, ``员`` is 成员;
    after a role of the same family (组长 → 副组长 …) it is the next one of that family."""
    roles = knowledge().taskforce_roles
    if label in roles:
        return label
    candidates = [r for r in roles if r.endswith(label)]
    if not candidates:
        return None
    if previous in candidates:
        family = [r for r in candidates[candidates.index(previous) + 1 :] if r.endswith(previous[-2:])]
        return family[0] if family else previous
    return candidates[0]
