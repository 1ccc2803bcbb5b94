"""Deadlines and recurrences in the words of Chinese policy notices.

Two entry points, shared by the targets and the tasks extractors:

- ``parse_deadline(text, reference_date=None) -> Deadline``: read a phrase or a table cell
  (``2023年10月``, ``常态化开展``, ``每年3月初``); the first deadline it holds, else a recurrence,
  else an empty ``Deadline`` with only ``raw`` set.
- ``find_deadlines(text, reference_date=None, start=0, end=None, recurrences=True)``: every
  deadline phrase in a text with its span (``char_start``/``char_end`` index ``text``).

What the words mean (ISO dates; ``date`` is the *end* of the period named):

========================  =====================================================================
``到2023年年底`` ``2023年底``  2023-12-31 (年底/年末/下半年/年内 = 12-31, 上半年/年中 = 06-30; ``2023年全年`` a span of the year)
``到2023年10月``            2023-10-31: a month names its last day
``2023年9月底前``           2023-09-30
``2020年10月前``            **2020-10-31**: ``M月前`` is read as "by the end of M", the same rule as
                           ``到M月`` (the gold files follow it); a strict "before October" reading
                           would give 09-30, so the raw words are always kept
``2023年第一季度``          2023-03-31 (end of the quarter)
``2023年3月初/上旬/中旬``   2023-03-10 / 03-10 / 03-20 (下旬 = end of month)
``2020年-2022年``           a span: ``start`` 2020-01-01, ``date`` 2022-12-31, recurrence ``ongoing``
``2023—2024学年``           a school year: ``start`` 2023-09-01, ``date`` 2024-08-31, recurrence ``ongoing``
``2024年5月至12月``         a span of months: ``start`` 2024-05-01, ``date`` 2024-12-31, recurrence ``ongoing``
``“十四五”期间``            the plan period 2021-01-01 … 2025-12-31 (十三五 2016–2020 …)
``常态化开展`` ``持续推进``   recurrence ``ongoing``, no date
``每年3月初``               recurrence ``annual``, no date (``每季度``/``按季度`` quarterly,
                           ``每月``/``按月`` monthly)
``今年6月底`` ``明年`` ``年底前``  resolved against ``reference_date`` (the notice's date); without
                           one the date stays None and ``flag`` is ``"unresolved"``
``2020年6月31日前``         an impossible date: ``date`` None, ``flag`` ``"invalid_date"``, raw kept
========================  =====================================================================

Phrases inside a title ``《…》`` or a document number ``〔2023〕`` are never deadlines.
"""
from __future__ import annotations

import calendar
import datetime as _dt
from functools import lru_cache

import regex

from extractors.numbers import chinese_to_number
from schemas.records import Deadline

# a year: 2023, or 二〇二三 in Chinese digits
_Y = r"(?:\d{4}|[〇零○一二三四五六七八九]{4})"
# a month 1–12 (Arabic or Chinese)
_M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
# a day 1–31 (Arabic or Chinese)
_D = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
# words that lead into a deadline: 到 / 至 / 截至 / 截止到 / 于 / 在 / 力争到 (kept in the raw words)
_LEAD = r"(?:(?:截止至|截止到|截至|截止|到|至|(?<!关)于|在)\s*)?"
# words after it that mean "by": 前 / 之前 / 以前 (kept in the raw words); never 以来/起 ("since")
_BY = r"(?:之前|以前|前)?(?!以来|起|开始|至今)"
# relative years: 今年 本年 当年 明年 次年 后年 去年
_REL_YEAR = r"(?:今年|本年|当年|明年|次年|翌年|后年|去年|上年)"

# A span of years:  2020年-2022年   2020—2022年   2021至2023年   二〇二〇年至二〇二二年
SPAN = regex.compile(
    rf"{_LEAD}(?P<y1>{_Y})\s*年?\s*(?:[-—–~～]{{1,2}}|至|到)\s*(?P<y2>{_Y})\s*年(?:期间|间|内)?"
)
# A school year:  2023—2024学年 / 2023-2024学年度 (September to August)
SCHOOL_YEAR = regex.compile(rf"{_LEAD}(?P<y1>{_Y})\s*年?\s*(?:[-—–~～]{{1,2}}|至)\s*(?P<y2>{_Y})\s*学年度?")
# A span of months:  2024年5月至12月   2024年5月—2025年3月   2023年1—11月 (the months of a year reported so far)
MONTH_SPAN = regex.compile(
    rf"{_LEAD}(?P<y1>{_Y})\s*年\s*(?P<m1>{_M})\s*(?:月\s*)?(?:[-—–~～]{{1,2}}|至|到)\s*(?:(?P<y2>{_Y})\s*年)?\s*(?P<m2>{_M})\s*月(?:底|末)?"
)
# A span of days:  2024年1月1日至12月31日   2024年5月1日—2025年4月30日
DAY_SPAN = regex.compile(
    rf"{_LEAD}(?P<y1>{_Y})\s*年\s*(?P<m1>{_M})\s*月\s*(?P<d1>{_D})\s*日\s*(?:[-—–~～]{{1,2}}|至|到)\s*"
    rf"(?:(?P<y2>{_Y})\s*年)?\s*(?P<m2>{_M})\s*月\s*(?P<d2>{_D})\s*日"
)
# A five-year-plan period:  “十四五”期间   十四五时期   “十四五”末
PLAN = regex.compile(r"[“\"]?十(?P<n>[一二三四五六七八九])五[”\"]?(?P<part>期间|时期|末|期末)")
# A full date:  2023年7月25日前   二〇二三年七月二十五日
FULL_DATE = regex.compile(rf"{_LEAD}(?P<y>{_Y})\s*年\s*(?P<m>{_M})\s*月\s*(?P<d>{_D})\s*日{_BY}")
# Year and month, with the part of the month:  到2023年10月   2023年9月底前   2020年10月前   2023年3月初
YEAR_MONTH = regex.compile(
    rf"{_LEAD}(?P<y>{_Y}|{_REL_YEAR})\s*年?\s*(?P<m>{_M})\s*月(?:份)?(?P<part>底|末|初|上旬|中旬|下旬)?{_BY}"
)
# Year and quarter or half:  2023年第一季度   2023年一季度末   2023年上半年   今年下半年
YEAR_PART = regex.compile(
    rf"{_LEAD}(?P<y>{_Y}|{_REL_YEAR})\s*年?\s*(?:第?(?P<q>[一二三四1-4])季度(?:末|底)?|(?P<h>上半年|下半年|年中(?![医药小心国央华型])|全年|年内|年度))"
    rf"{_BY}"
)
# A year, with 年底/年末 or alone:  到2023年年底   2023年底   到2025年   今年底前   明年
YEAR = regex.compile(
    rf"{_LEAD}(?P<y>{_Y})\s*年(?P<end>年底|年末|底|末)?{_BY}"
    rf"|{_LEAD}(?P<ry>{_REL_YEAR})(?P<rend>年底|年末|底|末)?{_BY}"
)
# Month without a year (the notice's year):  9月底前   10月前   7月25日
MONTH_ONLY = regex.compile(
    rf"{_LEAD}(?<![\d年])(?P<m>{_M})\s*月(?!龄)(?:份)?(?:(?P<d>{_D})\s*日|(?P<part>底|末|初|上旬|中旬|下旬))?{_BY}"
)  # (not an age in months: 12月龄以上的母羊)
# 年底前 / 年内 without a year: the notice's year
BARE_YEAR_END = regex.compile(r"(?<![\d年])(?:年底|年末)(?:之前|以前|前)?")

# "Since" a time: 2020年以来  2023年7月1日起 — a start, never a deadline
SINCE = regex.compile(rf"(?P<y>{_Y})\s*年(?:\s*(?P<m>{_M})\s*月(?:\s*(?P<d>{_D})\s*日)?)?(?:以来|起|开始|至今)")
# the verb a recurrence word governs, kept in the raw words: 常态化开展, 按月开展, 持续推进
_REC_VERB = r"(?:开展|推进|实施|进行|报送|调度|更新|通报|召开|汇总|落实|检查|评估)?"
# Recurrences (no date of their own):  每年3月初  按季度开展  每月  常态化开展  持续推进  纳入年度财政预算
# (防火期为每年1月1日至5月31日: a season defined, no schedule)
ANNUAL = regex.compile(
    rf"(?<!期(?:为|是))每年(?:(?P<m>{_M})\s*月(?:份)?(?:底|末|初|上旬|中旬|下旬|(?:{_D})\s*日)?{_BY})?|每一年"
    r"|年度(?=开展|报送|评估|考核)"
    r"|(?:纳入|列入|编入)(?:本级|同级)?(?:年度财政|年度部门|财政年度|年度)预算(?!绩效|管理|评审|审核)")
# 纳入年度（财政）预算: funded every year (not 纳入年度预算绩效管理, the budget's performance reviewed)
# 实行日调度、周通报制度 / 季通报: a report named by its period alone, after 、 or 实行 (not 6月通报, a date)
_PERIOD_REPORT = r"(?:^|(?<=、|实行|建立|坚持|执行)){}(?:调度|通报)"
QUARTERLY = regex.compile(rf"(?:按季度|每季度|每个季度|逐季度|(?:按|每)季(?!节)){_REC_VERB}|" + _PERIOD_REPORT.format("季"))
MONTHLY = regex.compile(rf"(?:按月|每月|每个月|逐月){_REC_VERB}|" + _PERIOD_REPORT.format("月"))
ONGOING = regex.compile(
    rf"常态化{_REC_VERB}|长期坚持|长期开展|长期推进|长期(?=有效|保持)|常年(?:抓好|开展|坚持|做好)"  # 常年抓好…免疫
    r"|持续(?:推进|推动|开展|实施|做好|抓好|推出|落实|完善|宣传|督促|加强|跟踪)"  # 持续做好监测预报 / 持续落实…政策 / 持续加强…监管
    # (sets 25 and 69 read it so; not 持续提升…: a manner, the seeds' gold says)
    r"|(?<!\p{Han})(?:长期|常态化|持续)(?!\p{Han})"  # a deadline cell that says only 长期 / 常态化
    r"|(?:每日|每天|逐日)(?:发布|报送|调度|更新|通报|巡查|监测|研判)"  # 每日发布火险预报: work done day by day, no end
)

#: the recurrence patterns, each with the characters one of which every match of it holds (每年 / 年度,
#: 季度, 每月, 常态化 / 长期 / 持续 / 每日)
_RECURRENCES = ((ANNUAL, "annual", "年"), (QUARTERLY, "quarterly", "季"), (MONTHLY, "monthly", "月"),
                (ONGOING, "ongoing", "常长持日天"))

# 年 月 季 五 (十四五) or a recurrence's character (_RECURRENCES): every date or recurrence phrase holds one
_MAY_HOLD_DEADLINE = regex.compile("[年月季五" + "".join(needs for _, _, needs in _RECURRENCES) + "]")
# whitespace and clause punctuation around a deadline cell: 2023年10月。
_CELL_PUNCT = regex.compile(r"[\s。，,；;、]")
# 《…》 titles and 〔2023〕 document numbers: never deadlines
_SHIELD = regex.compile(r"《[^《》]*》|[〔\[［【﹝(（]\s*\d{4}\s*[〕\]］】﹞)）]\s*\d*号?")


def _to_date(value) -> _dt.date | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _year(text: str, reference: _dt.date | None) -> int | None:
    """2023 / 二〇二三 / 今年 → a year number (None for a relative year without a reference)."""
    if text.isdigit():
        return int(text)
    if text in ("今年", "本年", "当年"):
        return reference.year if reference else None
    if text in ("明年", "次年", "翌年"):
        return reference.year + 1 if reference else None
    if text == "后年":
        return reference.year + 2 if reference else None
    if text in ("去年", "上年"):
        return reference.year - 1 if reference else None
    value = chinese_to_number(text)
    return int(value) if value is not None else None


def _small(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    value = chinese_to_number(text)
    return int(value) if value is not None else None


def _month_end(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_part(year: int, month: int, part: str | None) -> _dt.date:
    if part in ("初", "上旬"):
        return _dt.date(year, month, 10)
    if part == "中旬":
        return _dt.date(year, month, 20)
    return _month_end(year, month)  # 底, 末, 下旬, 前, or the month alone


def _plausible(year: int | None) -> bool:
    return year is not None and 1949 <= year <= 2100


def _shielded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SHIELD.finditer(text, start, end)]


def _inside(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s <= a and b <= e for s, e in spans)


def _deadline(m, raw_text: str, **fields) -> Deadline:
    return Deadline(raw=raw_text[m.start():m.end()], char_start=m.start(), char_end=m.end(), **fields)


def _date_matches(text: str, start: int, end: int, ref: _dt.date | None) -> list[Deadline]:
    """Dated phrases (not recurrences), longest first where they overlap."""
    found: list[Deadline] = []
    # every match of a pattern holds 年, 月 or 季 (十四五 its 五): a clause without one is not scanned for it
    year, month = text.find("年", start, end) >= 0, text.find("月", start, end) >= 0
    quarter, plan = text.find("季", start, end) >= 0, text.find("五", start, end) >= 0
    for m in SPAN.finditer(text, start, end) if year else ():
        y1, y2 = _year(m.group("y1"), ref), _year(m.group("y2"), ref)
        if _plausible(y1) and _plausible(y2) and y1 <= y2:
            found.append(_deadline(m, text, date=f"{y2:04d}-12-31", start=f"{y1:04d}-01-01", recurrence="ongoing"))
    for m in SCHOOL_YEAR.finditer(text, start, end) if year else ():
        y1, y2 = _year(m.group("y1"), ref), _year(m.group("y2"), ref)
        if _plausible(y1) and _plausible(y2) and y2 == y1 + 1:
            found.append(_deadline(m, text, date=f"{y2:04d}-08-31", start=f"{y1:04d}-09-01", recurrence="ongoing"))
    for m in MONTH_SPAN.finditer(text, start, end) if year and month else ():
        y1 = _year(m.group("y1"), ref)
        y2 = _year(m.group("y2"), ref) if m.group("y2") else y1
        m1, m2 = _small(m.group("m1")), _small(m.group("m2"))
        if _plausible(y1) and _plausible(y2) and m1 and m2 and 1 <= m1 <= 12 and 1 <= m2 <= 12 and (y1, m1) < (y2, m2):
            found.append(_deadline(m, text, date=_month_end(y2, m2).isoformat(), start=f"{y1:04d}-{m1:02d}-01",
                                   recurrence="ongoing"))
    for m in DAY_SPAN.finditer(text, start, end) if year and month else ():
        y1 = _year(m.group("y1"), ref)
        y2 = _year(m.group("y2"), ref) if m.group("y2") else y1
        try:
            first = _dt.date(y1, _small(m.group("m1")), _small(m.group("d1")))
            last = _dt.date(y2, _small(m.group("m2")), _small(m.group("d2")))
        except (ValueError, TypeError):
            continue  # an impossible day: its dates are read one by one below
        if _plausible(y1) and _plausible(y2) and first < last:
            found.append(_deadline(m, text, date=last.isoformat(), start=first.isoformat(), recurrence="ongoing"))
    for m in PLAN.finditer(text, start, end) if plan else ():
        n = _small(m.group("n"))
        first = 2021 + 5 * (n - 4) if n else None  # 十四五 = 2021–2025, 十三五 = 2016–2020
        if first:
            last = first + 4
            if m.group("part") in ("末", "期末"):
                found.append(_deadline(m, text, date=f"{last:04d}-12-31", recurrence="once"))
            else:
                found.append(_deadline(m, text, date=f"{last:04d}-12-31", start=f"{first:04d}-01-01",
                                       recurrence="ongoing"))
    for m in FULL_DATE.finditer(text, start, end) if year and month else ():
        y, mo, d = _year(m.group("y"), ref), _small(m.group("m")), _small(m.group("d"))
        if not _plausible(y):
            continue
        try:
            found.append(_deadline(m, text, date=_dt.date(y, mo, d).isoformat(), recurrence="once"))
        except (ValueError, TypeError):
            found.append(_deadline(m, text, recurrence="once", flag="invalid_date"))
    for m in YEAR_MONTH.finditer(text, start, end) if month else ():
        y, mo = _year(m.group("y"), ref), _small(m.group("m"))
        if y is None and not m.group("y").isdigit() and ref is None:
            found.append(_deadline(m, text, recurrence="once", flag="unresolved"))
            continue
        if not _plausible(y) or not mo or not 1 <= mo <= 12:
            continue
        found.append(_deadline(m, text, date=_month_part(y, mo, m.group("part")).isoformat(), recurrence="once"))
    for m in YEAR_PART.finditer(text, start, end) if year or quarter else ():
        y = _year(m.group("y"), ref)
        if y is None and ref is None and not m.group("y").isdigit():
            found.append(_deadline(m, text, recurrence="once", flag="unresolved"))
            continue
        if not _plausible(y):
            continue
        if m.group("q"):
            q = _small(m.group("q"))
            date = _month_end(y, 3 * q)
        elif m.group("h") == "全年":  # 2023年全年: the work runs through the year, due at its end
            found.append(_deadline(m, text, date=f"{y:04d}-12-31", start=f"{y:04d}-01-01", recurrence="ongoing"))
            continue
        else:
            date = _dt.date(y, 6, 30) if m.group("h") in ("上半年", "年中") else _dt.date(y, 12, 31)
        found.append(_deadline(m, text, date=date.isoformat(), recurrence="once"))
    for m in YEAR.finditer(text, start, end) if year else ():
        token = m.group("y") or m.group("ry")
        y = _year(token, ref)
        if y is None and m.group("ry"):
            found.append(_deadline(m, text, recurrence="once", flag="unresolved"))
            continue
        if not _plausible(y):
            continue
        found.append(_deadline(m, text, date=f"{y:04d}-12-31", recurrence="once"))
    for m in MONTH_ONLY.finditer(text, start, end) if month else ():
        mo = _small(m.group("m"))
        if not mo or not 1 <= mo <= 12:
            continue
        if ref is None:
            found.append(_deadline(m, text, recurrence="once", flag="unresolved"))
            continue
        if m.group("d"):
            try:
                date = _dt.date(ref.year, mo, _small(m.group("d")))
            except (ValueError, TypeError):
                found.append(_deadline(m, text, recurrence="once", flag="invalid_date"))
                continue
        else:
            date = _month_part(ref.year, mo, m.group("part"))
        found.append(_deadline(m, text, date=date.isoformat(), recurrence="once"))
    for m in SINCE.finditer(text, start, end) if year else ():
        y = _year(m.group("y"), ref)
        if not _plausible(y):
            continue
        mo = _small(m.group("m")) if m.group("m") else 1
        d = _small(m.group("d")) if m.group("d") else 1
        try:
            found.append(_deadline(m, text, start=_dt.date(y, mo, d).isoformat()))
        except (ValueError, TypeError):
            found.append(_deadline(m, text, flag="invalid_date"))
    for m in BARE_YEAR_END.finditer(text, start, end) if year else ():
        if ref is None:
            found.append(_deadline(m, text, recurrence="once", flag="unresolved"))
        else:
            found.append(_deadline(m, text, date=f"{ref.year:04d}-12-31", recurrence="once"))
    return found


def _recurrence_matches(text: str, start: int, end: int) -> list[Deadline]:
    found = []
    for pattern, name, needs in _RECURRENCES:
        if not any(text.find(char, start, end) >= 0 for char in needs):
            continue  # no match of the pattern without one of these characters
        for m in pattern.finditer(text, start, end):
            found.append(_deadline(m, text, recurrence=name))
    return found


def _select(found: list[Deadline]) -> list[Deadline]:
    """Keep the longest of overlapping matches (a span over its years, 9月底前 over 9月)."""
    found.sort(key=lambda d: (d.char_start, -(d.char_end - d.char_start)))
    out: list[Deadline] = []
    for d in found:
        if out and d.char_start < out[-1].char_end:
            last = out[-1]
            if d.char_end - d.char_start > last.char_end - last.char_start:
                out[-1] = d
            continue
        out.append(d)
    return out


def find_deadlines(text: str, reference_date=None, start: int = 0, end: int | None = None,
                   recurrences: bool = True) -> list[Deadline]:
    """Every deadline (and, with ``recurrences``, every recurrence) in ``text[start:end]``, in order.

    ``reference_date`` (ISO string or date: the notice's date) resolves 今年/明年/年底前/9月底前.
    """
    end = len(text) if end is None else end
    ref = _to_date(reference_date)
    if not _MAY_HOLD_DEADLINE.search(text, start, end):
        return []  # most clauses: no pattern below can match
    shields = _shielded(text, start, end)
    found = _date_matches(text, start, end, ref)
    if recurrences:
        for rec in _recurrence_matches(text, start, end):
            # 每年3月初: the annual phrase swallows its month (no single date)
            found = [d for d in found if not (rec.char_start <= d.char_start and d.char_end <= rec.char_end)]
            found.append(rec)
    found = [d for d in found if not _inside(shields, d.char_start, d.char_end)]
    return _select(found)


@lru_cache(maxsize=4096)
def _parse_cached(text: str, reference: str | None) -> tuple:
    found = find_deadlines(text, reference)
    dated = [d for d in found if d.date or d.flag or d.start]
    pick = dated[0] if dated else (found[0] if found else None)
    if pick is None:
        return (text.strip() or None, None, None, None, None, None, None)
    return (pick.raw, pick.date, pick.start, pick.recurrence, pick.flag, pick.char_start, pick.char_end)


def parse_deadline(text: str, reference_date=None) -> Deadline:
    """The deadline a phrase or cell states; a recurrence when it names no date.

    A span (``2020年-2022年``) gives ``start``/``date`` and recurrence ``ongoing``; an impossible date
    gives ``flag="invalid_date"`` and no ``date``. Words that name no time give a Deadline with only
    ``raw`` (so the caller keeps what the notice wrote).
    """
    ref = _to_date(reference_date)
    raw, date, start, recurrence, flag, s, e = _parse_cached(text or "", ref.isoformat() if ref else None)
    return Deadline(raw=raw, date=date, start=start, recurrence=recurrence, flag=flag, char_start=s, char_end=e)


def is_deadline_phrase(text: str, reference_date=None) -> bool:
    """True when ``text`` (a table cell) is nothing but a deadline or recurrence (``2023年10月``, ``常态化开展``)."""
    stripped = _CELL_PUNCT.sub("", text or "")
    if not stripped:
        return False
    found = find_deadlines(stripped, reference_date)
    if not found:
        return False
    covered = sum(d.char_end - d.char_start for d in found)
    # 常态化开展 / 按季度开展 / 持续推进: the verb after the recurrence word is part of the phrase
    rest = len(stripped) - covered
    return rest <= 2 and len(stripped) <= 16
