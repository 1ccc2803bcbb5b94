"""A table of supports, one row per kind of thing supported: 项目类别 | 支持方式 | 支持比例 | 最高金额.

Each share (a column headed …比例) and each cap (a column headed 最高金额/上限/限额) of a row is one support in the
issuer's region, named by the row's thing and the column's words (智能制造示范工厂 + 支持比例); a cap is a ceiling (<=)
unless its cell states another bound, and so is a share whose header says so (补助比例上限); a bare share (贴息比例 | 50%)
is the rate given (=). A standard column without a unit (补助标准) whose cell gives a share
of a base (不超过项目总投资的25%) gives that share (…补助占项目总投资比例). A column of standards (标准（元/人·月）, 金额（元）) gives the amount
paid for the row's thing (at least that much under a header of 最低标准), named by its class and the thing (保障类别 | 对象: 孤儿基本生活费（社会散居孤儿）), a class cell left blank
under the one above. A 说明/备注 column describes the thing (no support); other cells are read as text.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from extractors.numbers import DURATION_UNITS, comparator, find_quantities, unit_kind
from extractors.targets.context import Candidate, Context
from extractors.targets.cell_target import make_target
from extractors.targets.paragraph import read_paragraph
from extractors.targets.per_thing import per_head_period, support_unit
from extractors.targets.tables.layout import FLOOR_HEADER, cell_quantity, header_unit, header_words
from pipeline.model import Table

# the column naming what each row supports: 项目类别 / 支持对象 / 补助类型 / 项目名称 / 机具品目 / 设备种类
THING_HEADER = regex.compile(r"^\p{Han}{0,4}(?:类别|类型|对象|名称|方向|项目|内容|品目|品种|品类|种类)$")
# a second column naming a grade of the first's thing: 分档 / 档次 / 规格 / 型号 / 能效等级 / 容量/规格 (锅炉 | 10蒸吨以下)
GRADE_HEADER = regex.compile(r"^(?:\p{Han}{1,4}[/／、])?\p{Han}{0,4}(?:档次|分档|档位|规格|型号|级别|等级)$")
# a column of shares given: 支持比例 / 补助比例 / 奖补比例 / 贴息比例, or their ceiling: 补贴比例上限 / 最高补助比例
SHARE_HEADER = regex.compile(r"^(?:最高)?\p{Han}{0,4}(?:比例|比率)(?:上限|最高|封顶)?$")
# a column of caps: 最高金额 / 补助上限 / 最高限额 / 单个项目封顶金额 / 单台（套）补贴额上限 (a bracket of what it is per) /
# 单台设备年度补贴上限 (whose cap and over what period)
CAP_HEADER = regex.compile(r"^\p{Han}{0,10}(?:最高|上限|限额|封顶)\p{Han}{0,4}$")
# a share column's header saying its figures are ceilings: 补助比例上限 / 最高补助比例 / 封顶比例
CEILING_WORD = regex.compile(r"最高|上限|封顶|不超过|以内")
# a bracket inside a header, of what a cap is per: 单台（套）补贴额上限
INNER_BRACKET = regex.compile(r"[（(][^（()）]{1,4}[）)]")
# a column of the amount paid for each row's thing: 标准 / 补贴标准 / 发放金额 / 报废补贴额 (its unit in the header's
# bracket)
STANDARD_HEADER = regex.compile(r"^\p{Han}{0,6}?(?:标准|金额|额度|(?:补贴|补助|奖励|奖补|资助)额)$")
# a standard column's header that only says it is one (补贴标准 / 金额): the row's thing names the amount alone
BARE_STANDARD = regex.compile(r"^(?:补贴|补助|奖励|奖补|资助|救助|发放|保障|支持)?(?:标准|金额|额度)$")
# a column describing the row's thing (说明 | 备注): its figures (批处理量10吨以上) say what qualifies, no support
NOTE_HEADER = regex.compile(r"^(?:说明|备注|注释|适用范围|范围说明)$")
# a share the cell names itself, right before its figure: (设备购置，)补助比例(30%) / 补助比例为
CELL_SHARE = regex.compile(r"(?P<share>\p{Han}{0,4}比例)(?:为|是)?\s*$")
# the tail of a standard's header: 补贴标准 → 补贴比例 for a share it states
STANDARD_TAIL = regex.compile(r"(?:标准|金额|额度)$")
# words of a header that say support is given: 支持 / 补助 / 奖补 / 贴息 / 资助 (besides the 比例 or 金额)
SUPPORT_HEADER = regex.compile(r"支持|补助|补贴|奖补|奖励|贴息|资助|扶持|救助")


def support_columns(header: list[str]) -> tuple[int, list[int], list[int], list[int]] | None:
    """The thing column and the share, cap and standard columns of a table of supports; None for any other table."""
    words = [INNER_BRACKET.sub("", header_words(h)) for h in header]
    thing = next((i for i, w in enumerate(words) if THING_HEADER.match(w)), None)
    shares = [i for i, w in enumerate(words) if SHARE_HEADER.match(w) and i != thing]
    caps = [i for i, w in enumerate(words) if CAP_HEADER.match(w) and i != thing and i not in shares]
    standards = [i for i, w in enumerate(words) if STANDARD_HEADER.match(w) and header_unit(header[i])[0]
                 and i != thing and i not in shares + caps]
    # money per head and month (元/人·月) is an allowance paid, whatever the header calls it
    allowance = any(per_head_period(header_unit(header[i])[0]) != header_unit(header[i])[0] for i in standards)
    # 困难类别 | 救助项目 | 救助标准 (每户每年不超过6000元): a support's standard with no unit in its header, the cells' own
    stated = any(STANDARD_HEADER.match(w) and SUPPORT_HEADER.search(w) and not header_unit(header[i])[0]
                 for i, w in enumerate(words) if i != thing)
    if thing is None or not (shares or caps or standards or stated) or not (
            allowance or any(SUPPORT_HEADER.search(w) for w in words)):
        return None
    return thing, shares, caps, standards


def read_support_table(ctx: Context, table: Table, header: list[str], n_header: int,
                       columns: tuple[int, list[int], list[int], list[int]], out: list[Candidate]) -> None:
    """One support per share, cap and standard cell of each row; the row's other cells read as text."""
    text = ctx.text
    thing_col, shares, caps, standards = columns
    # a second column naming the thing within the first's class: 保障类别 | 对象 (社会散居孤儿), or its grade (能效等级)
    # a column of standards with no unit in its header (补贴标准 | 设备购置价格的10%): the share or amount it states
    stated = [i for i, h in enumerate(header) if i != thing_col and i not in shares + caps + standards
              and STANDARD_HEADER.match(INNER_BRACKET.sub("", header_words(h))) and not header_unit(h)[0]]
    # (stated standards alone: 残疾类别 | 救助项目 | 救助标准, the item within the class names the amount too)
    inner = next((i for i in range(thing_col + 1, len(header)) if i not in shares + caps + standards + stated
                  and _inner_header(header[i], grades_only=not (standards or stated and not shares + caps))), None)
    thing = ""
    for row in table.rows[n_header:]:
        own = row[thing_col].text.strip() if thing_col < len(row) else ""
        thing = own or (thing if inner is not None else "")  # a class cell left blank under the one above
        for col, cell in enumerate(row):
            if col in (thing_col, inner) or not cell.text.strip() or NOTE_HEADER.match(header_words(header[col])):
                continue
            if col in standards and thing:
                _standard(ctx, table, cell, header[col], thing, row[inner].text.strip() if inner is not None
                          and inner < len(row) else "", out)
                continue
            wanted = "%" if col in shares else "money" if col in caps else "stated" if col in stated else None
            if wanted is None or not thing:
                read_paragraph(ctx, cell.char_start, cell.char_end, out, source="table", table_index=table.index)
                continue
            grade = row[inner].text.strip() if inner is not None and inner < len(row) else ""
            found = find_quantities(text, cell.char_start, cell.char_end)
            if wanted == "money" and not any(q.unit_kind in ("money", "price") for q in found):
                if any(q.unit in DURATION_UNITS for q in found):  # 上限 | 期限不超过2年: a term, read as text
                    read_paragraph(ctx, cell.char_start, cell.char_end, out, source="table", table_index=table.index)
                    continue
                found = _header_money(text, cell, header[col])  # 最高补贴额（元/台） over 1000: the header's unit
            for q in found:
                if wanted == "stated" and q.unit != "%" and q.unit_kind != "money":
                    continue
                if wanted != "stated" and ((q.unit == "%") != (wanted == "%")
                                           or (wanted == "money" and q.unit_kind not in ("money", "price"))):
                    continue  # 按服务企业数量核定，每家企业3万元 in a share column: said again in the articles
                # a bare share is the rate given (贴息比例 | 50%), a ceiling only where its header says so (补助比例上限)
                bare = "=" if wanted == "stated" or (wanted == "%" and not CEILING_WORD.search(header[col])) else "<="
                comp = comparator(text, q, cell.char_start, cell.char_end) or bare
                named = header_words(header[col])
                if wanted == "stated" and q.unit == "%":  # 补贴标准 of 购置价格的10%: the share given, 补贴比例
                    own = CELL_SHARE.search(text, cell.char_start, q.start)  # 设备购置，补助比例30%: as the cell names it
                    named = own.group("share") if own else STANDARD_TAIL.sub("比例", named)
                words = (f"{thing}（{grade}）" if grade else thing) + named
                if wanted in ("stated", "money") and (per := support_unit(text, q, cell.char_start)):  # 每平方米补助40元
                    q = replace(q, unit=per)  # / 每户不超过2万元 under 上限: 元/户
                target = make_target(ctx, cell, q, comp, words, "support", None, None)
                out.append(Candidate(target, "table", table.index))


def _header_money(text: str, cell, head: str) -> list:
    """The bare figure of a cap cell in the money unit its header names (最高补贴额（元/台） over 1000 → 1000 元/台),
    else nothing."""
    unit, mult = header_unit(head)
    if unit_kind(unit) not in ("money", "price"):
        return []
    q, _ = cell_quantity(text, cell, unit, mult)
    return [q] if q is not None and q.unit == unit else []


def _inner_header(head: str, grades_only: bool = False) -> bool:
    """A header naming the row's thing within the first column's (对象 under 保障类别) or its grade (分档名称 / 档次);
    ``grades_only``: a grade only."""
    words = INNER_BRACKET.sub("", header_words(head))
    return bool(GRADE_HEADER.match(words) or not grades_only and THING_HEADER.match(words))


def _standard(ctx: Context, table: Table, cell, head: str, thing: str, inner: str, out: list[Candidate]) -> None:
    """The amount a standard column pays the row's thing: 孤儿基本生活费（社会散居孤儿） = 1100 元/月 (元/人·月 per head and month)."""
    unit, mult = header_unit(head)
    q, comp = cell_quantity(ctx.text, cell, per_head_period(unit), mult)
    if q is None:
        return
    if q.unit_kind == "money" and (per := support_unit(ctx.text, q, cell.char_start)):
        q = replace(q, unit=per)  # 每箱补助200元 under 扶持标准: 元/箱
    words = f"{thing}（{inner}）" if inner and inner != thing else thing
    if not BARE_STANDARD.match(header_words(head)):  # 报废补贴额: what the amount is
        words += header_words(head)
    floor = bool(FLOOR_HEADER.search(header_words(head)))  # 省定最低标准: no place pays less (>=)
    out.append(Candidate(make_target(ctx, cell, q, comp or (">=" if floor else "="), words, "support", None, None,
                                     bound=floor), "table", table.index))
