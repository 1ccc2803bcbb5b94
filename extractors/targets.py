"""targets extractor: the figures a notice sets, reports or quotes, as ``Target`` records.

What it reads
-------------
- **Body text**, paragraph by paragraph, sentence by sentence, clause by clause (clauses end at
  ，；： outside brackets and quotes; a clause holding several figures is cut at the 、 between
  them). Every *quantity* (``extractors.numbers``) becomes one Target unless a rule says why not;
  each skipped number is logged at debug level with its reason (years, dates, document numbers,
  ordinals, technology names like ``5G``, bandwidth classes like ``500Mbps及以上用户``, money
  and price rules, ratios ``5：2：3`` …).
- **Tables** (``doc.tables``; tab-separated lines when a backend gave none): an indicator table
  (a column headed 指标/指标名称) is read cell by cell, ``/`` meaning no value, the column header
  giving the scope (``某市电信``) or the deadline (``2023年``); an entity table (a column headed
  城市/县（市、区）/单位…) gives one row per place, the header cells giving the indicator and its
  unit (``5G用户占比(%)``, ``用户数(万户)``); any other table is read as text, row by row, a
  cell that is only a deadline (``2023年10月``) dating the figures of its row.

What each Target holds
----------------------
- ``indicator``: the canonical name from ``schemas/indicators.json`` (data; see its ``_doc``), or
  None when no entry fits — the notice's own words are always in ``indicator_raw``. A figure with
  no words of its own borrows the subject before it, but with its own period word
  (``新建5G基站800个，累计达到4500个`` → 累计, not 新建); ``该指标`` / ``这一指标`` stands for the
  indicator an earlier sentence of the paragraph named, with or without a figure.
- ``kind``: ``target``; ``actual`` when the words report a status (a rank 居全省第17位, 截至/已完成/
  共计, a gap 还差); ``baseline`` for a national threshold (an annex table titled 评价指标/标准/阈值,
  or ``达标值（25%）`` in a sentence), with scope ``全国``.
- ``comparator``: from the words (``extractors.numbers.comparator``), else ``>=`` for a target or a
  baseline (a bare goal means *reach at least*) and ``=`` for an actual.
- ``deadline``: a date at the head of a paragraph, sentence or enumerated item (``到2023年年底，``,
  ``一是…``) applies to every figure after it until another head date or the next item; a clause
  naming its own date overrides for that clause only. For an actual it is the as-of date.
  An annex indicator table without a date takes the date of the body goals it breaks down.
- ``scope``: the issuer's region (county, else city, else province, from ``prior["metadata"]``;
  read from the issuer line when metadata has none); the entities listed before 分别
  (``某市电信、某市移动分别完成…`` → one Target each); the column or row entity of a table.
- evidence: the clause (or table cell) holding the figure; ``doc.text[char_start:char_end] ==
  evidence``. The same target stated twice (body and annex) is stored once, the other places in
  ``also_at``.
- A sentence that sets a goal of reaching a threshold without a number (``完成…占比的达标任务``)
  takes the value of the baseline stated for that indicator in the notice.
"""
from __future__ import annotations

import datetime as _dt
import json
import logging
import os
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

import regex

from extractors.deadlines import find_deadlines, is_deadline_phrase, parse_deadline
from extractors.numbers import Quantity, canonical_unit, comparator, find_quantities, suffix_length, unit_kind
from extractors.registry import register
from pipeline.model import Cell, Table
from pipeline.structure import HEADING  # one definition of the heading markers
from schemas.records import Deadline, Evidence, Target

log = logging.getLogger(__name__)

DEFAULT_INDICATORS = Path(__file__).resolve().parent.parent / "schemas" / "indicators.json"

SkipFn = Callable[[int, int, str], None]

# ------------------------------------------------------------------------------------- patterns

# opening and closing brackets/quotes: clause and sentence cuts never fall inside them
_OPEN, _CLOSE = "（(《〈【[“‘「『", "）)》〉】]”’」』"
_SENTENCE_END = set("。！？!?")
_CLAUSE_END = set("，,；;：:")
# 一是 / （一） / 1. / ① at the start of a clause: an enumerated item, whose dates do not carry over
ENUMERATOR = regex.compile(r"(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d)|[①-⑳])")
# a paragraph of the 版记 or an attachment list: 抄送：…  印发  共印 20 份  附件：1. …
BOILERPLATE = regex.compile(r"(?:抄送|抄报|印发|共印|联系人|附件[：:]|（联系人)")
# words at the end of the left context that only compare: 超过 / 累计达 / 分别达到 / 为 / 总量为 …
TRAILING_COMPARATOR = regex.compile(
    r"(?:分别|累计|均|总计|共计|已经?|将|要|力争|争取|确保|需|应)?"
    r"(?:不超过|不高于|不大于|不少于|不低于|不小于|至少|达到|达|超过|超出|超|高于|大于|多于|逾|突破|低于|少于|小于|"
    r"控制在|提高到|提高至|提升到|提升至|增长到|增加到|增加至|增至|扩大到|扩大至|保持在|稳定在|降至|降低到|降低至|"
    r"为|是|约|大约|接近|将近|近|共计|合计|总计|共有|共|累计)?(?:了)?$"
)
# words at the start of the left context that carry no meaning for the indicator
LEADING_FILLER = regex.compile(
    r"^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]{1,3}[）)]|其中|分别|同时|以及|并且|并|且|和|及|"
    r"力争|争取|确保|实现|具备|基本|全面|进一步|使|让|推动|努力|预计|计划|目前|当前|现有|截至目前|"
    r"截止目前|综合来看|总体上)+"
)
# only verbs left: the quantity is named after it (形成5个…示范项目) or by the clause before
VERB_ONLY = regex.compile(
    r"^(?:已经?|累计|共计|共|总计|新|完成|建成|建设|新建|形成|打造|培育|开通|新增|新开通|实现|部署|建|创建|"
    r"认定|引进|培养|获得|达成|分别|各|力争|争取|确保|再)*$"
)
# a verb ending the words before a figure: what is counted follows the figure (在…领域打造5个以上5G应用场景)
VERB_END = regex.compile(r"(?P<verb>新建|新增|新开通|累计建成|打造|建成|建设|形成|培育|创建|建立|引进|推出|开通|部署|认定|实施|完成)$")
# verbs that say new-this-period or cumulative: kept in the words (新建 is not 累计)
PERIOD_VERB = regex.compile(r"新建|新增|新开通|累计建成")
# a word that says which period a figure counts, in a clause that borrows its subject: 新建…，累计达到4500个
PERIOD_WORD = regex.compile(r"累计建成|累计|新建|新增|新开通")
NEW_THIS_PERIOD = frozenset({"新建", "新增", "新开通"})  # a count of this period, never a stock
# words that point back to an indicator named before: 该指标距离…评价标准（25%）
ANAPHOR = regex.compile(r"(?:该|此|这一|这个|这项|此项|该项|上述)指标")
# the suffix of a table title that names the table, not the quantity: 任务表, 分解表, 一览表
TITLE_SUFFIX = regex.compile(r"(?:分解|汇总|统计|明细|情况|一览)?表$")
# a ratio word with no subject of its own (占比达到40% after 5G用户数超220万户)
RATIO_ONLY = regex.compile(r"^(?:其)?(?:占比|比重|比例|渗透率|覆盖率|普及率)$")
# the trailing noun of a subject that a following ratio refers to: 5G用户数 → 5G用户
SUBJECT_TAIL = regex.compile(r"(?:总数|总量|数量|规模|数)$")
# a gap to a threshold: 还差4.47%, 差距, 缺口
GAP = regex.compile(r"(?:还差|尚差|相差|差距|缺口)$")
# a threshold named right before a figure (in brackets or not): 达标值（25%）, 标准值为, 阈值
THRESHOLD = regex.compile(r"(?:达标值|标准值|阈值|门槛值|门槛|达标线|评价标准|评价指标|国家标准|基准值)(?:为|是|[（(])?$")
# a rank right after a figure: 居全省第17位 / 位于全省第16位 / 排名全国第3
RANK = regex.compile(
    r"[，,]?(?:居|位于|位居|位列|排名|排在|排|列)(?:全国|全省|全市|全区|全州|全县|省内|市内)?(?:第)?"
    r"(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名)?"
)
# words that make a figure a report of status, not a goal
ACTUAL_CUE = regex.compile(
    r"截至|截止|目前|现有|当前|已经|已(?:建成|完成|开通|实现|达到|累计|有|建|开放|形成|获得|培育|打造)|共计|以来|"
    r"同比|较上年|比上年|实际完成|完成率|现已|累计开放|累计建成了"
)
# a quota handed down, named by who set it and not by the indicator: 完成省下达年度任务（1200个）
QUOTA = regex.compile(
    r"(?:完成)?(?P<words>(?:国家|省|市|区|县|上级)?(?:下达|分解)?(?:的)?(?:年度|全年|当年)?(?:建设)?(?:任务|目标)(?:数)?)[（(]?"
)
# the share of something done: 完成省下达年度任务（1200个）的112.5%
COMPLETED_SHARE = regex.compile(r"完成[^，,。；;]{1,30}的$")
# a completion rate reports progress, whatever task it is the rate of: 完成率52.36%
COMPLETION_RATE = regex.compile(r"完成率|完成比例|完成进度")
# words that make a figure a goal even in a reporting sentence: 任务为699个, 目标, 计划
TARGET_CUE = regex.compile(r"任务|目标|计划|力争|争取|确保|预计|规划")
# a goal of reaching a threshold without a number: 完成…的达标任务 / 实现…达标
REACH_THRESHOLD = regex.compile(r"(?:完成|实现|确保)[^，。；]{0,40}达标(?:任务)?|达标任务")
# money and price figures inside a subsidy or price rule: not indicator levels
RULE_WORDS = regex.compile(r"补贴|补助|奖励|奖补|扶持|资助|给予|电价|收费|价格|资金|执行")
# a bandwidth figure followed by 及以上/以上/及更高 + a noun names a class (500Mbps及以上用户), not a level
BANDWIDTH_CLASS = regex.compile(r"^(?:及以上|以上|及更高|及更快|及以下)?(?:速率|带宽)?[\p{Han}“]")
# the noun phrase after a figure, up to the next figure or clause end: 企业单位获得省、市专项扶持资金
RIGHT_WORDS = regex.compile(r"(?:[\p{Han}“”A-Za-z\-（）()、]|\d+(?=[A-Za-z]))+")
# an entity list before 分别/各自/均: 某市电信、某市移动、某市联通分别
DISTRIBUTIVE = regex.compile(r"(?:分别|各自)")
# what may join the dates listed before 分别: 其中2021年、2022年分别…
DATE_LIST_GLUE = regex.compile(r"[\s、，,和及与]*(?:其中|全市|全县|全区|全省)?[\s、，,和及与]*")
# a cell that is no value: / — － 无 空
EMPTY_CELL = regex.compile(r"^[/／\-—－–\s无空]*$")
# a bare number in a table cell: 21.5  38  3,200
BARE_NUMBER = regex.compile(r"^\s*(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<unit>%|％)?\s*$")
# a unit in a header cell: 5G用户占比(%)  用户数（万户）  单位：个
HEADER_UNIT = regex.compile(r"[（(](?:单位[：:])?(?P<unit>[^（()）]{1,8})[）)]\s*$|单位[：:](?P<unit2>\S{1,8})$")
# what a header bracket may say of its figures beside the unit: （家，累计）
FIGURE_QUALIFIER = regex.compile(r"累计|新增|新建|当年|年度|年均|同比|预期性|约束性|绝对值")
UNIT_LIST_SEP = regex.compile(r"\s*[，,、；;]\s*")  # "家，累计" → 家 | 累计
# header of the column naming the indicator
INDICATOR_HEADER = regex.compile(r"^(?:主要|核心|关键|评价|考核|监测)?(?:指标|指标名称|指标项|指标内容|目标指标|项目|名称)$")
# header of a unit column
UNIT_HEADER = regex.compile(r"^(?:计量)?单位$")
# headers of descriptive columns of an indicator or task table (never values)
DESCRIPTIVE_HEADER = regex.compile(
    r"序号|编号|含义|说明|计算方法|计算公式|备注|口径|来源|牵头|责任|配合|时限|期限|任务|措施|事项|分类|类别|属性|内容"
)
# header of the column naming the row's place or operator in an entity table
ENTITY_HEADER = regex.compile(
    r"^(?:城市|地市|地区|设区市|省份|单位|单位名称|运营商|运营企业|企业|企业名称|公司|地方|区域|街道|乡镇|"
    r"[省市州盟县区旗镇乡、（）()街道]{1,12})(?:名称)?$"
)
# a table whose figures are national thresholds
BASELINE_CUE = regex.compile(r"评价指标|评价标准|阈值|达标值|标准值|门槛|国家标准|考核标准|(?:国家|工业和信息化部|工信部)[^，。]{0,12}(?:指标|标准)")
# a table whose figures are a report of status
ACTUAL_TABLE_CUE = regex.compile(r"情况|现状|进展|统计|排名|通报|实际|完成值|现值|监测")
# a summary row: 合计 / 总计 / 全市 — scope is the region itself
TOTAL_ROW = regex.compile(r"^(?:合计|总计|小计|全市|全县|全区|全省|汇总)$")
# a digit run (for explaining every number not taken)
DIGITS = regex.compile(r"\d+(?:\.\d+)?")
# words that make a place line an issuer line: 某市人民政府办公室 / 某市经济和信息化局文件
ISSUER_LINE = regex.compile(
    r"^(?P<places>(?:(?![各全本我该其])\p{Han}{1,6}?(?:自治区|省|市|县|区|旗|(?:州|盟)(?![县市区旗])))+)"
    r"\p{Han}{0,16}(?:人民政府|政府|办公室|办公厅|局|委员会|委|厅|文件)$"
)
# one place name inside the issuer's place chain (潞州区 is one name: 州 before 区 is not a suffix)
PLACE = regex.compile(r"(?![各全本我该其])\p{Han}{1,6}?(?:自治区|省|市|县|区|旗|(?:州|盟)(?![县市区旗]))")
# a signature date alone on a line: the notice's date when metadata has none
DATE_LINE = regex.compile(r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日$")

# a figure is followed by a noun (or a quoted name, or a name like 5G应用场景): 190万户家庭, 5个“双千兆”…
NOUN_START = regex.compile(r"[\p{Han}“]|[A-Za-z0-9]{1,4}[\-\p{Han}A-Za-z]")
# per 10,000 people: 每万人拥有5G基站数
PER_10K_PEOPLE = regex.compile(r"每万人|万人拥有")
# a digit run closing a document number: 〔2023〕71号 / [2019] 23号
DOC_NUMBER_AFTER = regex.compile(r"\s*[〕\]］】﹞)）]\s*\d*号")
# a digit run opening inside a document-number bracket: 〔2023
DOC_NUMBER_BEFORE = regex.compile(r"[〔\[［【﹝]$")
# …号: a document or item number
NUMBER_SIGN_AFTER = regex.compile(r"\d*号")
# 年 / 月 / 日 after a digit run: a date
DATE_UNIT_AFTER = regex.compile(r"年|月|日")
# 5G, 4K, 10G-PON, 10GPON: a technology name
TECH_AFTER = regex.compile(r"G|K|-?PON|GPON", flags=regex.I)
# 5：2：3 — a ratio of shares
RATIO_AFTER = regex.compile(r"[：:]\d")
RATIO_BEFORE = regex.compile(r"\d[：:]$")
# 1.  2、 — a list or section number
LIST_MARK_AFTER = regex.compile(r"[.、．]")
# 第45次 / 十三届 / 第三批 / 第17位: ordinals and counts of meetings, batches, ranks
ORDINAL_UNIT_AFTER = regex.compile(r"[次届批期号位名]")
# what may stand before a head date of a clause with figures: 力争2023年底前… / 全市2023年…
HEAD_LEAD = regex.compile(r"(?:力争|争取|确保|计划|预计|全市|全县|全区|我市|我县|我区|并|且|同时|根据)*")
# a bandwidth figure that is a goal level: 达到1000Mbps / 提升至500M
BANDWIDTH_GOAL = regex.compile(r"(?:达到|达|提升至|提升到|提高到|不低于|超过|为)$")
# 以上 / 以下 / 左右 after a figure (not a noun)
SUFFIX_WORD = regex.compile(r"以上|以下|左右")
# 未 / 不: 唯一未达标的短板 is not a goal of reaching the threshold
NEGATION = regex.compile(r"未|不")
# the words a 达标 goal names: 完成500Mbps及以上用户占比的达标任务
REACH_WORDS = regex.compile(r"完成(?P<w>.+?)(?:的)?达标")
# a group of places in brackets: 各县（市、区）
PLACE_GROUP = regex.compile(r"[（(][市县区镇乡、]+[）)]$")
# a section that reports the state of things: 一、发展现状 / 发展基础 / 总体情况 / 各设区市情况 / 工作进展 / 主要成效
STATUS_HEADING = regex.compile(r"(?:现状|基础|情况|进展|成效|成绩|回顾)$")
# … unless it names goals or work to do: 主要目标和完成情况 is no report
NOT_STATUS_HEADING = regex.compile(r"目标|任务|要求|措施|安排|计划|问题|举措|打算")
# the topic a sentence opens with: 从5G基站总量看， / 从每万人拥有5G基站数来看， / 就覆盖率而言，
TOPIC = regex.compile(r"(?:从|就)(?P<words>[^，。；：,]{2,24}?)(?:情况)?(?:来看|看|而言|方面看)[，,]")
# a figure counting the units the sentence is about, not an indicator: 全省9个设区市均已达标
COUNTED_SUBJECT = regex.compile(
    r"\p{Han}{0,4}?(?:市|州|县|区|盟|旗|乡镇|街道|部门|单位|企业|城市)(?:[（(][\p{Han}、]{1,6}[）)])?"
)
ALL_OF_THEM = regex.compile(r"均|都|全部|皆")  # … 均已达标: what is said of every one of the counted units
# a figure that says which things are counted, before their count: 年销售额500万元以上的电商企业20家
QUALIFIES_NOUN = regex.compile(r"(?:及)?(?:以上|以下|以内)?的\p{Han}")
# a staffing rule, not an indicator: 明确1名科级干部为联络员 / 确定一名分管领导
STAFFING = regex.compile(r"\p{Han}{0,6}?(?:干部|同志|联络员|负责人|领导|工作人员)")
# a rank given to one or several entities: 居全省第1、2、3位 / 居全省第8位、第9位 / 依次居全省前三位 / 居全省首位
_RANK_N = r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})"
_AREA = r"(?:全国|全省|全市|全区|全州|全县|省内|市内)"
RANK_PHRASE = regex.compile(
    rf"(?:(?:居|位居|位于|位列|排名|排在|排){_AREA}|(?:分列|分居|分别位列|分别位居){_AREA}?)"
    rf"(?:(?P<list>第{_RANK_N}(?:位|名)?(?:[、和及]第?{_RANK_N}(?:位|名)?)*)"
    rf"|前(?P<top>{_RANK_N})(?:位|名)|(?P<first>首位|第一位|榜首)|(?P<last>末位|最后一位))"
)
LAST_RANK = -1  # 居全省末位: the last place, counted once the entities of the notice are known
RANK_NUMBER = regex.compile(_RANK_N)
IN_ORDER = regex.compile(r"分别|依次")  # the figures and ranks pair up in order
# what joins the entities of a ranking to their figures: 分别以 / 依次为 / 以 / 为
RANKING_LINK = regex.compile(r"(?:分别|依次)?(?:以|为|是|达到?)?$")
# a paragraph that announces the list after it: …具体目标如下： / …主要指标：
ANNOUNCES_LIST = regex.compile(r"[：:]\s*$")
# a note under a table or figure: 注：… / 备注：… / 数据来源：…
NOTE = regex.compile(r"\s*(?:注|备注|说明|数据来源|资料来源)\s*\d?\s*[:：]")
# money that measures an economy, a level worth keeping when reported too: 增加值为412亿元
# (not money spent or leveraged: 撬动投资超5000万元, 获得扶持资金 report an effort, not a level)
ECONOMIC_MEASURE = regex.compile(r"增加值|产值|营业收入|收入|营收|生产总值|GDP|交易额|销售额|零售额|成交额")
# a rank column of an entity table
RANK_HEADER = regex.compile(r"排名|排序|位次")
# a paragraph that can hold a figure: a digit, 百分之, a Chinese-numeral count, or a 达标 goal
MAY_HOLD_FIGURE = regex.compile(r"\d|百分之|[两三四五六七八九十百千万亿][个座户处家项所]|达标")

# ------------------------------------------------------------------------------------- dictionary

def norm_words(text: str | None) -> str:
    """Words as the dictionary compares them: no spaces, quotes, hyphens or ellipses; ASCII lower-cased."""
    if not text:
        return ""
    return _NORM_DROP.sub("", text).lower()


# spaces, quotes, hyphens and ellipses: 10G-PON = 10GPON, “双千兆” = 双千兆
_NORM_DROP = regex.compile(r"[\s“”\"'‘’「」『』\-‐‑–—·…]")


@dataclass(frozen=True)
class Indicator:
    name: str
    unit: str
    units: frozenset[str]
    wordings: tuple[str, ...]
    keywords: tuple[tuple[str, ...], ...]
    exclude: tuple[str, ...]
    miit: bool = False
    threshold: tuple[str, float] | None = None

    def fits(self, unit: str | None) -> bool:
        """Whether a figure in ``unit`` can measure this indicator (a percent is never a count)."""
        mine = unit_kind(self.unit)
        kind = unit_kind(unit)
        if kind is None:
            return mine == "count"
        if kind != mine:
            return False
        return kind != "count" or unit in self.units or unit == self.unit

    def score(self, words: str) -> int:
        """How well normalized ``words`` name this indicator: 0 none, >1000 an exact wording."""
        if any(x in words for x in self.exclude):
            return 0
        best = 0
        for wording in self.wordings:
            if wording in words:
                best = max(best, 1000 + len(wording))
        if best:
            return best
        if self.keywords and all(any(k in words for k in group) for group in self.keywords):
            return 100 * len(self.keywords) + sum(max(len(k) for k in group if k in words) for group in self.keywords)
        return 0


@dataclass(frozen=True)
class Dictionary:
    indicators: tuple[Indicator, ...]
    operator_suffixes: tuple[str, ...]
    place_suffixes: tuple[str, ...]
    whole_region: tuple[str, ...]

    def match(self, words: str | None, unit: str | None, any_unit: bool = False) -> Indicator | None:
        """The best indicator for ``words`` among those a figure in ``unit`` fits (all when ``any_unit``)."""
        key = norm_words(words)
        if not key:
            return None
        best, best_score = None, 0
        for indicator in self.indicators:
            if not any_unit and not indicator.fits(unit):
                continue
            score = indicator.score(key)
            if score > best_score:
                best, best_score = indicator, score
        return best

    def by_name(self, name: str | None) -> Indicator | None:
        return next((i for i in self.indicators if i.name == name), None)


def _indicator(entry: dict) -> Indicator:
    units = frozenset(canonical_unit(u) for u in entry.get("units", []) or [entry["unit"]])
    threshold = entry.get("threshold")
    return Indicator(
        name=entry["name"],
        unit=canonical_unit(entry["unit"]),
        units=units | {canonical_unit(entry["unit"])},
        wordings=tuple(sorted({norm_words(w) for w in entry.get("wordings", [])} | {norm_words(entry["name"])},
                              key=len, reverse=True)),
        keywords=tuple(tuple(norm_words(k) for k in group) for group in entry.get("keywords", [])),
        exclude=tuple(norm_words(x) for x in entry.get("exclude", [])),
        miit=bool(entry.get("miit")),
        threshold=(threshold["comparator"], float(threshold["value"])) if threshold else None,
    )


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> Dictionary:
    indicators: dict[str, Indicator] = {}
    scope: dict[str, list[str]] = {}
    for path in paths:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        for entry in data.get("indicators", []):
            indicators[entry["name"]] = _indicator(entry)  # a later file may redefine an entry
        for name, words in (data.get("scope_words") or {}).items():
            if not name.startswith("_"):
                scope.setdefault(name, [])
                scope[name] += [w for w in words if w not in scope[name]]
    return Dictionary(
        tuple(indicators.values()),
        tuple(scope.get("operator_suffixes", [])),
        tuple(scope.get("place_suffixes", [])),
        tuple(sorted(scope.get("whole_region", []), key=len, reverse=True)),
    )


def indicator_dictionary() -> Dictionary:
    """The indicator dictionary: ``schemas/indicators.json`` plus files in ``ZHENGCE_INDICATORS``; loaded once."""
    extra = tuple(p for p in os.environ.get("ZHENGCE_INDICATORS", "").split(os.pathsep) if p)
    return _load((str(DEFAULT_INDICATORS),) + extra)


# ------------------------------------------------------------------------------------- text units

def top_level_cuts(text: str, start: int, end: int, cut_chars: set[str]) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` after each char of ``cut_chars`` that is outside brackets and quotes."""
    pieces, depth, begin = [], 0, start
    for i in range(start, end):
        char = text[i]
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(depth - 1, 0)
        elif depth == 0 and char in cut_chars:
            pieces.append((begin, i + 1))
            begin = i + 1
    if begin < end:
        pieces.append((begin, end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Span without surrounding whitespace and clause punctuation."""
    while start < end and (text[start].isspace() or text[start] in "，,；;：:。、"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "，,；;：:。、！？"):
        end -= 1
    return start, end


def _in_title(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a 《…》 title opened after ``start``."""
    depth = 0
    for i in range(start, pos):
        if text[i] == "《":
            depth += 1
        elif text[i] == "》":
            depth = max(depth - 1, 0)
    return depth > 0


# ------------------------------------------------------------------------------------- candidates

@dataclass
class _Cand:
    """A Target in the making, with what merging and inheritance need to know."""

    target: Target
    source: str  # body | table
    table_index: int | None = None
    inherit_deadline: bool = False  # an annex indicator table without a date of its own

    @property
    def key(self) -> tuple:
        """What two statements of one figure share (without a canonical indicator, the words decide too:
        see :func:`_same_words`)."""
        t = self.target
        return (t.indicator, t.value, t.value_max, t.unit, t.scope, t.kind)


@dataclass
class _Ctx:
    doc: object
    text: str
    region: str | None
    reference: str | None
    dictionary: Dictionary
    on_skip: SkipFn | None
    pending_reach: list = field(default_factory=list)  # (Target, indicator) goals of reaching a baseline
    in_status_section: bool = False  # the paragraph reports the state of things (一、发展现状)
    rank_notes: list = field(default_factory=list)  # (entity, indicator words, rank) stated without a figure

    def skip(self, start: int, end: int, reason: str) -> None:
        if self.on_skip is not None:
            self.on_skip(start, end, reason)


@dataclass
class _Subject:
    """What the previous figure of a sentence was about (a ratio or bare verb may refer to it)."""

    raw: str | None
    indicator: Indicator | None


# ------------------------------------------------------------------------------------- region/date

def _region_from_line(line: str) -> tuple[str | None, str | None, str | None]:
    """(province, city, county) named by an issuer line such as 重庆市江北区人民政府办公室."""
    m = ISSUER_LINE.match(line)
    if not m:
        return None, None, None
    province = city = county = None
    for place in PLACE.findall(m.group("places")):
        if place.endswith(("省", "自治区")):
            province = place
        elif place.endswith(("市", "州", "盟")) and county is None:
            city = place
        else:
            county = place
    return province, city, county


def _region(doc, meta) -> str | None:
    """The issuer's region name: county, else city, else province (metadata first, then the issuer line)."""
    if meta is not None:
        for name in ("county", "city", "province"):
            value = getattr(meta, name, None)
            if value:
                return value
        issuer = getattr(meta, "issuer", None)
        if issuer:
            province, city, county = _region_from_line(issuer)
            if county or city or province:
                return county or city or province
    paragraphs = doc.paragraphs
    for start, end in list(paragraphs[:12]) + list(paragraphs[-20:]):
        line = doc.text[start:end].strip()
        if len(line) > 40:
            continue
        province, city, county = _region_from_line(line)
        if county or city or province:
            return county or city or province
    return None


def _reference_date(doc, meta) -> str | None:
    """The notice's date (metadata's issue date, else the first date alone on a line)."""
    value = getattr(meta, "issue_date", None) if meta is not None else None
    if value:
        return value
    for start, end in doc.paragraphs:
        m = DATE_LINE.match(doc.text[start:end].strip())
        if m:
            try:
                return _dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
            except ValueError:
                continue
    return None


# ------------------------------------------------------------------------------------- body text

def _distributed(ctx: _Ctx, text: str, lo: int, hi: int) -> tuple[list[str], int] | None:
    """The items listed before 分别/各自 in ``text[lo:hi]`` and where the words after it start."""
    m = None
    for m in DISTRIBUTIVE.finditer(text, lo, hi):
        pass
    if m is None:
        return None
    head_start, head_end = _trim(text, lo, m.start())
    head = LEADING_FILLER.sub("", text[head_start:head_end])
    for word in ctx.dictionary.whole_region:
        if head.startswith(word):
            head = head[len(word):]
    items = [head[a:b].strip("、，,和及 ") for a, b in top_level_cuts(head, 0, len(head), {"、", "，", ","})]
    items = [i for i in items if i]
    return (items, m.end()) if items and all(len(i) <= 30 for i in items) else None


def _scopes(ctx: _Ctx, text: str, lo: int, q_start: int) -> tuple[list[str], int]:
    """Entities the clause distributes the figure over (某市电信、某市移动分别…) and where the rest starts."""
    found = _distributed(ctx, text, lo, q_start)
    if found is None:
        return [], lo
    items, after = found
    if not all(_is_entity(ctx, i) or i.startswith("各") for i in items):
        return [], lo
    return items, after


def _paired_entities(ctx: _Ctx, text: str, c_start: int, quantities: list[Quantity]) -> tuple[list[str], int] | None:
    """某市、某市分别为31.2%、27.5%: as many entities before 分别 as figures after it, the i-th figure
    the i-th entity's (and where the words after 分别 start)."""
    if len(quantities) < 2:
        return None
    found = _distributed(ctx, text, c_start, quantities[0].start)
    if found is None or len(found[0]) != len(quantities):
        return None
    return found if all(_ranked_entity(ctx, item) for item in found[0]) else None


def _respective(ctx: _Ctx, text: str, c_start: int, quantities: list[Quantity]) -> list[str] | None:
    """5G用户占比、千兆用户占比分别达到40%、30%: the i-th figure is about the i-th item (not entities)."""
    if len(quantities) < 2:
        return None
    found = _distributed(ctx, text, c_start, quantities[0].start)
    if found is None or len(found[0]) != len(quantities):
        return None
    items = found[0]
    return None if any(_is_entity(ctx, i) or i.startswith("各") for i in items) else items


def _respective_dates(text: str, c_start: int, quantities: list[Quantity], dates: list[Deadline]) -> list[Deadline] | None:
    """其中2021年、2022年分别新建5G基站1800个、2000个: the i-th figure is due by the i-th date, when the
    dates are all that stands before 分别."""
    if len(quantities) < 2:
        return None
    m = None
    for m in DISTRIBUTIVE.finditer(text, c_start, quantities[0].start):
        pass
    if m is None:
        return None
    listed = [d for d in dates if c_start <= d.char_start and d.char_end <= m.start() and d.date]
    if len(listed) != len(quantities):
        return None
    rest, pos = [], c_start
    for d in listed:
        rest.append(text[pos:d.char_start])
        pos = d.char_end
    rest.append(text[pos:m.start()])
    return listed if DATE_LIST_GLUE.fullmatch("".join(rest)) else None


def _clean_left(ctx: _Ctx, text: str, lo: int, q_start: int, dates: list[Deadline]) -> str:
    """The words before a figure with dates, fillers, region words and comparators removed."""
    pieces, pos = [], lo
    for d in dates:
        if lo <= d.char_start and d.char_end <= q_start:
            pieces.append(text[pos:d.char_start])
            pos = d.char_end
    pieces.append(text[pos:q_start])
    left = "".join(pieces).strip("，,；;：:、 ")
    left = TRAILING_COMPARATOR.sub("", left)
    previous = None
    while previous != left:
        previous = left
        left = LEADING_FILLER.sub("", left)
        for word in ctx.dictionary.whole_region:
            if left.startswith(word):
                left = left[len(word):]
        left = left.lstrip("，,、的")
    return TRAILING_COMPARATOR.sub("", left).strip("，,、 ")


def _right_words(text: str, q: Quantity, hi: int) -> str:
    """The noun after a figure when it names what is counted (5个“双千兆”应用创新示范项目, 190万户家庭)."""
    pos = q.end + suffix_length(text, q, hi)
    m = RIGHT_WORDS.match(text, pos, hi)
    if not m or not NOUN_START.match(text, pos, hi):
        return ""
    return TRAILING_COMPARATOR.sub("", m.group(0)).rstrip("、")


def _shortest_suffix(words: str, indicator: Indicator) -> str:
    """The shortest ending of ``words`` that names ``indicator`` as well as all of them (drops agents, places)."""
    full = indicator.score(norm_words(words))
    for i in range(len(words) - 1, -1, -1):
        tail = words[i:]
        if indicator.score(norm_words(tail)) == full:
            return tail.lstrip("，,、的")
    return words


def _per_capita(unit: str | None, words: str) -> str | None:
    """个 becomes 个/万人 when the words say 每万人 (每万人拥有5G基站数超过23个)."""
    if unit in ("个", "座", "站") and PER_10K_PEOPLE.search(words or ""):
        return "个/万人"
    return unit


def _explain_digits(ctx: _Ctx, start: int, end: int, used: list[tuple[int, int]],
                    reasons: list[tuple[int, int, str]], dates: list[Deadline]) -> None:
    """Log every digit run in ``text[start:end]`` that no Target took, with why."""
    if ctx.on_skip is None:
        return
    text = ctx.text
    for m in DIGITS.finditer(text, start, end):
        a, b = m.span()
        if any(s <= a < e for s, e in used):
            continue
        reason = next((r for s, e, r in reasons if s <= a < e), None)
        if reason is None:
            reason = _digit_reason(text, start, end, a, b, dates)
        ctx.skip(a, b, reason)


def _digit_reason(text: str, lo: int, hi: int, a: int, b: int, dates: list[Deadline]) -> str:
    after, before = text[b:b + 3], text[max(lo, a - 2):a]
    if _in_title(text, lo, a):
        return "inside a cited title 《…》"
    if DOC_NUMBER_AFTER.match(text, b, b + 8) or DOC_NUMBER_BEFORE.search(before):
        return "document number"
    if NUMBER_SIGN_AFTER.match(after):
        return "document or item number (…号)"
    if any(d.char_start <= a < d.char_end for d in dates):
        return "date (read as a deadline or as-of date, not a figure)"
    if DATE_UNIT_AFTER.match(after):
        return "date"
    if before.endswith("第") and after[:1] in ("位", "名"):
        return "rank (stored as the rank of the figure before it)"
    if before.endswith("第"):
        return "ordinal (第…)"
    if TECH_AFTER.match(after):
        return "technology name (5G, 10G-PON, 4K)"
    if RATIO_AFTER.match(after) or RATIO_BEFORE.search(before):
        return "ratio (5：2：3)"
    if LIST_MARK_AFTER.match(after) and (a == lo or not text[a - 1].isdigit()):
        return "list or section number"
    if ORDINAL_UNIT_AFTER.match(after):
        return "ordinal or count of meetings/batches"
    if b - a >= 5 and text[a:b].isdigit():
        return "bare long number (phone, code)"
    return "bare number without a unit or quantity words"


def _paragraph(ctx: _Ctx, start: int, end: int, out: list[_Cand], *, base: Deadline | None = None,
               source: str = "body", table_index: int | None = None,
               reasons_out: list | None = None) -> Deadline | None:
    """Targets of one paragraph (or one table cell read as text); returns the date the paragraph opens with."""
    text = ctx.text
    if not MAY_HOLD_FIGURE.search(text, start, end):
        return None
    if BOILERPLATE.match(text, start, end):
        _explain_digits(ctx, start, end, [], [], [])
        return None
    para_date: Deadline | None = base
    item_date: Deadline | None = None
    in_item = False
    subject = _Subject(None, None)
    used: list[tuple[int, int]] = []
    reasons: list[tuple[int, int, str]] = []
    all_dates: list[Deadline] = []

    sentences: list[tuple[int, int, _Subject]] = []  # earlier sentences and the subject each ended on
    opening_date: Deadline | None = None

    for s_start, s_end in top_level_cuts(text, start, end, _SENTENCE_END):
        subject = _Subject(None, None)
        antecedent = _antecedent(ctx, sentences) if ANAPHOR.search(text, s_start, s_end) else _Subject(None, None)
        topic = TOPIC.match(text, *_trim(text, s_start, s_end))
        if topic:  # 从5G基站总量看，…: what the sentence's figures are about
            words = topic.group("words")
            subject = _Subject(words, ctx.dictionary.match(words, None, any_unit=True))
        ranked, ranked_at = _ranking(ctx, s_start, s_end, topic, item_date if in_item and item_date else para_date)
        for cand in ranked:
            out.append(cand)
            used.append((cand.target.char_start, cand.target.char_end))
        clauses = top_level_cuts(text, s_start, s_end, _CLAUSE_END)
        for ci, (c_start, c_end) in enumerate(clauses):
            c_start, c_end = _trim(text, c_start, c_end)
            if c_start >= c_end:
                continue
            enum = ENUMERATOR.match(text, c_start, c_end)
            if enum and c_start > start:
                in_item, item_date = True, None
                subject = _Subject(None, None)
            body_start = enum.end() if enum else c_start
            dates = [d for d in find_deadlines(text, ctx.reference, c_start, c_end, recurrences=False)]
            all_dates += dates
            quantities = _kept_quantities(ctx, c_start, c_end, reasons)
            quantities = [q for q in quantities if not any(d.char_start <= q.start < d.char_end for d in dates)
                          and q.start not in ranked_at]
            head = _head_date(text, body_start, dates, quantities)
            if head is not None and opening_date is None:
                opening_date = head
            if head is not None:
                if in_item:
                    item_date = head
                else:
                    para_date, item_date = head, None
            context_date = item_date if in_item and item_date is not None else para_date
            if not quantities:
                _reach_threshold(ctx, c_start, c_end, dates, context_date, out, source, table_index)
                continue
            own = [d for d in dates if d is not head and (d.date or d.flag)]
            rank_next = _rank_of(text, clauses[ci + 1]) if ci + 1 < len(clauses) else None
            segments = _segments(text, c_start, c_end, quantities)
            respective = _respective(ctx, text, c_start, quantities)
            dated = _respective_dates(text, c_start, quantities, dates)
            if dated:
                respective = None
            paired = _paired_entities(ctx, text, c_start, quantities)
            for qi, (q, (g_start, g_end)) in enumerate(zip(quantities, segments)):
                lo = max(g_start, quantities[qi - 1].end + suffix_length(text, quantities[qi - 1], c_end)) if qi else g_start
                if paired and not qi:
                    lo = paired[1]  # the words after 分别, not the entities
                q_dates = [d for d in own if g_start <= d.char_start < g_end]
                deadline = dated[qi] if dated else q_dates[-1] if q_dates else context_date
                rank = _rank_same(text, q, g_end) or (rank_next if qi == len(quantities) - 1 else None)
                cands = _from_quantity(ctx, q, lo, g_start, g_end, c_start, c_end, dates, deadline, rank,
                                       subject, source, table_index, reasons,
                                       respective[qi] if respective else None, antecedent,
                                       paired[0][qi] if paired else None)
                for cand in cands:
                    out.append(cand)
                    used.append((q.start, q.end))
                if cands:
                    t = cands[0].target
                    subject = _Subject(t.indicator_raw, ctx.dictionary.by_name(t.indicator))
        sentences.append((s_start, s_end, subject))
    _explain_digits(ctx, start, end, used, reasons, all_dates)
    if reasons_out is not None:
        reasons_out += reasons
    return opening_date


def _ranking(ctx: _Ctx, s_start: int, s_end: int, topic, date: Deadline | None) -> tuple[list[_Cand], set[int]]:
    """The figures a ranking gives to places or operators, each with its rank, and where those figures start.

    某市、某市、某市分别以23200个、19700个、19600个居全省第1、2、3位 / 某市（36.8个）、某市（27.4个）依次居全省前两位 /
    某市、某市分别为19.2个、18.4个，居全省第8位、第9位 / 某市以99.2%居全省首位 / 某市5340个，居全省第9位.
    The indicator is named between the entity and its figure, or by the sentence's topic (从…看).
    """
    text, out, taken = ctx.text, [], set()
    pos = topic.end() if topic else s_start
    for rank_m in RANK_PHRASE.finditer(text, pos, s_end):
        group_start, group_end = pos, rank_m.start()
        pos = rank_m.end()
        quantities = [q for q in find_quantities(text, group_start, group_end) if q.unit]
        ranks = _ranks(rank_m, ordered=bool(IN_ORDER.search(text, group_start, rank_m.end())))
        if not quantities and topic:  # 某市、某州分列第二、三位: ranks of figures a table gives
            named = _ranked_without_figures(ctx, group_start, group_end)
            if named and len(named) == len(ranks):
                ctx.rank_notes += [(entity, topic.group("words"), rank) for entity, rank in zip(named, ranks)]
            continue
        pairs = _entities_with_figures(ctx, group_start, quantities) if quantities else None
        if not pairs or len(ranks) != len(pairs):
            continue
        ev_start, ev_end = _trim(text, group_start, rank_m.end())
        ev_start += len(text[ev_start:ev_end]) - len(text[ev_start:ev_end].lstrip("，,；;、"))
        for (entity, words, q), rank in zip(pairs, ranks):
            words = words or (topic.group("words") if topic else "")
            if not words:
                continue
            target = _make_target(ctx, Cell(text[ev_start:ev_end], ev_start, ev_end), q,
                                  comparator(text, q, group_start, group_end), words, "actual", entity, date)
            target.rank = rank
            out.append(_Cand(target, "body"))
            taken.add(q.start)
    return out, taken


def _ranks(m, ordered: bool) -> list[int]:
    """居全省第1、2、3位 → [1, 2, 3]; 依次居全省前三位 → [1, 2, 3] (``ordered``: 依次/分别 said so); 居全省首位 → [1]."""
    from extractors.numbers import chinese_to_number

    def number(n: str) -> int:
        return int(n) if n.isdigit() else int(chinese_to_number(n) or 0)

    if m.group("first"):
        return [1]
    if m.group("last"):
        return [LAST_RANK]
    if m.group("top"):  # the top N in order only when 依次/分别 says so
        return list(range(1, number(m.group("top")) + 1)) if ordered else []
    return [number(n) for n in RANK_NUMBER.findall(m.group("list"))]


def _entities_with_figures(ctx: _Ctx, lo: int, quantities: list[Quantity]) -> list[tuple[str, str, Quantity]] | None:
    """(entity, words naming the indicator, figure) for each figure of a ranking, or None when the
    entities and figures do not pair up one to one."""
    text = ctx.text
    bracketed = []  # 某市（36.8个）、某市（27.4个）
    for q in quantities:
        if text[q.start - 1:q.start] in ("（", "(") and text[q.end:q.end + 1] in ("）", ")"):
            k = q.start - 1
            while k > lo and text[k - 1] not in "、，,；;：:（()）":
                k -= 1
            bracketed.append((text[k:q.start - 1].strip(), "", q))
    if bracketed and len(bracketed) == len(quantities):
        return bracketed if all(_ranked_entity(ctx, e) for e, _, _ in bracketed) else None
    clause_start = max([lo] + [i + 1 for i in range(lo, quantities[0].start) if text[i] in "，,；;：:"])
    head_start, head_end = _trim(text, clause_start, quantities[0].start)
    head = RANKING_LINK.sub("", text[head_start:head_end])
    if len(quantities) == 1:  # 某市5340个 / 某市5G基站数为23200个: the entity, then maybe the words
        for k in range(len(head), 1, -1):
            if _ranked_entity(ctx, head[:k]):
                return [(head[:k], TRAILING_COMPARATOR.sub("", head[k:]), quantities[0])]
        return None
    items = head.split("、")
    if len(items) != len(quantities) or not all(_ranked_entity(ctx, i) for i in items):
        return None
    return [(item, "", q) for item, q in zip(items, quantities)]


def _ranked_without_figures(ctx: _Ctx, lo: int, hi: int) -> list[str] | None:
    """The entities of a clause that ranks them and states no figure (某市、某州分列第二、三位)."""
    text = ctx.text
    clause_start = max([lo] + [i + 1 for i in range(lo, hi) if text[i] in "，,；;：:"])
    start, end = _trim(text, clause_start, hi)
    items = RANKING_LINK.sub("", text[start:end]).split("、")
    return items if all(_ranked_entity(ctx, item) for item in items) else None


def _apply_ranks(ctx: _Ctx, targets: list[Target]) -> None:
    """Ranks stated apart from their figures go onto them; 末位 becomes the count of ranked entities."""
    for entity, words, rank in ctx.rank_notes:
        indicator = ctx.dictionary.match(words, None, any_unit=True)
        found = [t for t in targets if t.kind == "actual" and t.scope == entity and t.rank is None
                 and (t.indicator == indicator.name if indicator else _same_words(t.indicator_raw, words))]
        if len(found) == 1:
            found[0].rank = rank
    for target in targets:
        if target.rank == LAST_RANK:
            entities = {t.scope for t in targets if t.kind == "actual" and t.indicator == target.indicator
                        and t.indicator_raw and t.deadline == target.deadline and t.scope != ctx.region}
            target.rank = len(entities) if len(entities) > 1 else None


def _ranked_entity(ctx: _Ctx, words: str) -> bool:
    """A place or operator a ranking can name; not the whole region (全市, 我省), whose rank the
    general rule (a rank after a figure) already reads."""
    return (_is_entity(ctx, words) and not words.startswith(("全", "我", "本", "各"))
            and words not in ctx.dictionary.whole_region)


def _antecedent(ctx: _Ctx, sentences: list[tuple[int, int, _Subject]]) -> _Subject:
    """What 该指标 points back to: the last indicator an earlier sentence of the paragraph named.

    A reply often names the indicator in a sentence without a figure (一是500Mbps及以上用户占比偏低。)
    and gives the figures in the next one (该指标距离评价标准（25%）还差6.4个百分点)."""
    for s_start, s_end, last in reversed(sentences):
        if last.raw:
            return last
        words = ctx.text[s_start:s_end]
        indicator = ctx.dictionary.match(words, None, any_unit=True)
        if indicator is not None:
            return _Subject(_naming_words(words, indicator), indicator)
    return _Subject(None, None)


def _naming_words(words: str, indicator: Indicator) -> str:
    """The shortest stretch of ``words`` that names ``indicator`` as well as all of them (一是X偏低 → X)."""
    tail = _shortest_suffix(words, indicator)
    full = indicator.score(norm_words(tail))
    for i in range(1, len(tail) + 1):
        if indicator.score(norm_words(tail[:i])) == full:
            return tail[:i]
    return tail


def _borrowed_words(subject_raw: str, left: str, raw_left: str) -> tuple[str, bool]:
    """The words of a figure that borrows the subject before it, and whether its period word replaced the subject's.

    新建5G基站800个，累计达到4500个: the second figure counts 累计 5G基站, not 新建 ones."""
    period = PERIOD_WORD.search(raw_left)
    if period and PERIOD_WORD.search(subject_raw) and period.group(0) not in subject_raw:
        return period.group(0) + PERIOD_WORD.sub("", subject_raw), True
    return ((subject_raw + "…" + left) if left else subject_raw), False


def _head_date(text: str, body_start: int, dates: list[Deadline], quantities: list[Quantity]) -> Deadline | None:
    """The date that opens a clause (到2023年年底，/ 截止至今年6月底，/ 2023年底前建成…) or a figure-free clause."""
    for d in dates:
        if not (d.date or d.flag or d.start):
            continue
        lead = text[body_start:d.char_start]
        if not quantities or HEAD_LEAD.fullmatch(lead):
            if quantities and d.char_start > quantities[0].start:
                continue
            return d
    return None


def _rank_of(text: str, clause: tuple[int, int]) -> int | None:
    start, end = _trim(text, *clause)
    m = RANK.match(text, start, end)
    return _rank_value(m) if m else None


def _rank_same(text: str, q: Quantity, hi: int) -> int | None:
    m = RANK.match(text, q.end, hi)
    return _rank_value(m) if m else None


def _rank_value(m) -> int | None:
    from extractors.numbers import chinese_to_number

    n = m.group("n")
    value = int(n) if n.isdigit() else chinese_to_number(n)
    return int(value) if value else None


def _segments(text: str, c_start: int, c_end: int, quantities: list[Quantity]) -> list[tuple[int, int]]:
    """The part of a clause each figure owns: cut at the 、 (or 和/及) between two figures."""
    if len(quantities) == 1:
        return [(c_start, c_end)]
    cuts = [c_start]
    for prev, nxt in zip(quantities, quantities[1:]):
        cut = None
        for piece_start, piece_end in top_level_cuts(text, prev.end, nxt.start, {"、"}):
            if text[piece_end - 1] == "、":
                cut = piece_end
        if cut is None:  # 达标值（25%）还差4.47%: cut after the first figure and its closing bracket
            cut = prev.end + suffix_length(text, prev, nxt.start)
            while cut < nxt.start and text[cut] in "）)":
                cut += 1
        cuts.append(cut)
    cuts.append(c_end)
    return [(cuts[i], cuts[i + 1]) for i in range(len(quantities))]


def _kept_quantities(ctx: _Ctx, c_start: int, c_end: int, reasons: list) -> list[Quantity]:
    """Quantities of a clause that can be figures (not titles, not bandwidth classes or specs)."""
    text = ctx.text
    kept = []
    for q in find_quantities(text, c_start, c_end):
        if _in_title(text, c_start, q.start):
            reasons.append((q.start, q.end, "inside a cited title 《…》"))
            continue
        if q.start > c_start and text[q.start - 1] == "第":
            reasons.append((q.start, q.end, "an ordinal (第45次, 第3名)"))
            continue
        if q.unit_kind == "bandwidth":
            before = text[max(c_start, q.start - 4):q.start]
            after = text[q.end:c_end]
            if BANDWIDTH_CLASS.match(after) or not BANDWIDTH_GOAL.search(before):
                reasons.append((q.start, q.end, "bandwidth names a user class or a technical spec (500Mbps及以上用户, 50Gbps系统)"))
                continue
        if q.unit_kind in ("money", "price") and RULE_WORDS.search(text, c_start, c_end):
            reasons.append((q.start, q.end, "money or price in a subsidy/price rule, not an indicator level"))
            continue
        kept.append(q)
    return kept


def _from_quantity(ctx: _Ctx, q: Quantity, lo: int, g_start: int, g_end: int, c_start: int, c_end: int,
                   dates: list[Deadline], deadline: Deadline | None, rank: int | None, subject: _Subject,
                   source: str, table_index: int | None, reasons: list, named: str | None = None,
                   antecedent: _Subject | None = None, paired_scope: str | None = None) -> list[_Cand]:
    """The Target(s) of one figure; ``named`` gives its words when a 分别 list names each figure,
    ``paired_scope`` its entity when a 分别 list of entities does (某市、某市分别为31.2%、27.5%),
    ``antecedent`` what 该指标 refers to when the sentence names nothing before it."""
    text, dictionary = ctx.text, ctx.dictionary
    counted = COUNTED_SUBJECT.match(text, q.end, c_end)
    if counted and ALL_OF_THEM.search(text, counted.end(), c_end):
        reasons.append((q.start, q.end, "counts the units the sentence is about (9个设区市均已达标)"))
        return []
    qualifier = QUALIFIES_NOUN.match(text, q.end + suffix_length(text, q, c_end), c_end)
    if qualifier and any(other.start >= qualifier.end() for other in find_quantities(text, qualifier.end(), c_end)):
        reasons.append((q.start, q.end, "says which things are counted (年销售额500万元以上的企业20家)"))
        return []
    if q.unit in ("名", "人") and STAFFING.match(text, q.end, c_end) and q.value <= 10:
        reasons.append((q.start, q.end, "a staffing rule (明确1名联络员), not an indicator"))
        return []
    scopes, lo = ([paired_scope], lo) if paired_scope else _scopes(ctx, text, lo, q.start)
    left = named or _clean_left(ctx, text, lo, q.start, dates)
    anaphor = ANAPHOR.match(left)
    if anaphor:
        referent = subject if subject.raw else (antecedent or _Subject(None, None))
        if referent.raw:  # 这一指标目前为72%: the referent's words, without the filler after the pointer
            left = referent.raw + LEADING_FILLER.sub("", left[anaphor.end():])
    clause_text = text[c_start:c_end]
    raw_left = text[lo:q.start]
    unit = q.unit
    gap = bool(GAP.search(raw_left.rstrip("（(")))
    threshold = bool(THRESHOLD.search(text[max(c_start, q.start - 8):q.start]))
    opening = _open_bracket(text, c_start, q.start)
    # 评价标准（每万人拥有5G基站数不低于12个、…）: every figure in the bracket, each with its own words
    in_threshold_list = opening is not None and bool(THRESHOLD.search(text[max(c_start, opening - 8):opening + 1]))

    # ---- what the figure is about
    inherit = switched = False
    raw = left
    quota = QUOTA.fullmatch(left)
    if quota and subject.raw:  # 新建5G基站1350个，完成省下达年度任务（1200个）: the quota of that indicator
        raw, inherit = quota.group("words"), True
    elif unit == "%" and subject.raw and COMPLETED_SHARE.search(text[c_start:q.start]):
        raw, inherit = subject.raw + "完成率", True  # 完成…任务（1200个）的112.5%: how much of it was done
    elif not left or VERB_ONLY.match(left):
        right = _right_words(text, q, g_end)
        if right:
            raw = (left + right) if left else right
        elif subject.raw:
            (raw, switched), inherit = _borrowed_words(subject.raw, left, raw_left), True
    elif RATIO_ONLY.match(left) and subject.raw:
        raw, inherit = SUBJECT_TAIL.sub("", subject.raw) + "…" + left, True
    elif (threshold or gap) and subject.raw:
        raw, inherit = subject.raw + "…" + left, True
    else:
        right = _right_words(text, q, g_end)
        verb = VERB_END.search(left)
        if right and not SUFFIX_WORD.match(right) and verb:
            raw = (verb.group("verb") if PERIOD_VERB.match(verb.group("verb")) else "") + right
        elif right and not SUFFIX_WORD.match(right):
            raw = left + right
    if not raw:
        reasons.append((q.start, q.end, "no words name what the figure counts"))
        return []
    unit = _per_capita(unit, raw)

    indicator = None if gap else dictionary.match(raw, unit)
    if (indicator is None and inherit and not gap and not switched and subject.indicator is not None
            and subject.indicator.fits(unit)):
        indicator = subject.indicator
    if indicator is not None and not inherit:
        raw = _shortest_suffix(raw, indicator)

    # ---- kind
    context_words = clause_text[: q.start - c_start] + (deadline.raw if deadline and deadline.raw else "")
    if threshold or in_threshold_list:
        kind = "baseline"
    elif rank is not None or gap or COMPLETION_RATE.search(raw or ""):
        kind = "actual"
    elif TARGET_CUE.search(left if inherit else raw or ""):
        kind = "target"
    elif ACTUAL_CUE.search(context_words) or ACTUAL_CUE.search(raw or ""):
        kind = "actual"
    elif _reports_the_past(ctx, deadline, context_words):
        kind = "actual"
    else:
        kind = "target"

    # ---- money and prices are kept only as goals, never inside a subsidy or price rule
    if q.unit_kind in ("money", "price"):
        if RULE_WORDS.search(clause_text) or (kind != "target" and not ECONOMIC_MEASURE.search(raw)):
            reasons.append((q.start, q.end, "money or price in a subsidy/price rule or a report, not an indicator level"))
            return []

    comp = _comparator_for(kind, comparator(text, q, lo, c_end))
    scope_list = scopes or [None]
    ev_start, ev_end = _trim(text, g_start, g_end)
    out = []
    for scope in scope_list:
        if kind == "baseline":
            scope_value = "全国"
        else:
            scope_value = scope or ctx.region
        dl = deadline if kind != "baseline" else None
        target = Target(
            char_start=ev_start, char_end=ev_end, evidence=text[ev_start:ev_end],
            indicator=indicator.name if indicator else None, indicator_raw=raw, kind=kind, scope=scope_value,
            comparator=comp, value=q.value, value_max=q.value_max, unit=unit,
            deadline=dl.date if dl else None, deadline_start=dl.start if dl else None,
            deadline_raw=dl.raw if dl and (dl.date or dl.flag or dl.start) else None, rank=rank,
        )
        out.append(_Cand(target, source, table_index))
    return out


def _comparator_for(kind: str, said: str | None) -> str:
    """A bare goal means reach at least (>=); a report states a level (=): 5G用户达到68.5万户 in a
    status report says what was reached, not a floor. 超过 and 约 keep their meaning either way."""
    if kind == "actual":
        return "=" if said in (None, ">=") else said
    return said or ">="


def _open_bracket(text: str, lo: int, pos: int) -> int | None:
    """Where the bracket that is still open at ``pos`` opened (searching back to ``lo``), if one is."""
    depth = 0
    for i in range(pos - 1, lo - 1, -1):
        if text[i] in "）)":
            depth += 1
        elif text[i] in "（(":
            if depth == 0:
                return i
            depth -= 1
    return None


def _reports_the_past(ctx: _Ctx, deadline: Deadline | None, context_words: str) -> bool:
    """A figure dated before the notice was written reports what happened (2022年，…增加值为412亿元 in a
    2023 notice); in a status section (一、发展现状) an undated figure does too, unless words make it a goal."""
    if TARGET_CUE.search(context_words):
        return False
    if deadline is not None and deadline.date and ctx.reference:
        return deadline.date < ctx.reference
    return ctx.in_status_section


def _reach_threshold(ctx: _Ctx, c_start: int, c_end: int, dates: list[Deadline], context_date: Deadline | None,
                     out: list[_Cand], source: str, table_index: int | None) -> None:
    """完成500Mbps及以上用户占比的达标任务: a goal of reaching the threshold, valued later from a baseline."""
    text = ctx.text
    if not REACH_THRESHOLD.search(text, c_start, c_end) or NEGATION.search(text, c_start, c_end):
        return
    indicator = ctx.dictionary.match(text[c_start:c_end], None, any_unit=True)
    if indicator is None:
        return
    own = [d for d in dates if d.date or d.flag]
    deadline = own[-1] if own else context_date
    start, end = _trim(text, c_start, c_end)
    words = REACH_WORDS.search(text[start:end])
    target = Target(
        char_start=start, char_end=end, evidence=text[start:end], indicator=indicator.name,
        indicator_raw=(words.group("w") + "的达标任务") if words else indicator.name, kind="target",
        scope=ctx.region, comparator=">=", value=None, unit=indicator.unit,
        deadline=deadline.date if deadline else None, deadline_start=deadline.start if deadline else None,
        deadline_raw=deadline.raw if deadline else None,
    )
    cand = _Cand(target, source, table_index)
    ctx.pending_reach.append((cand, indicator))
    out.append(cand)


# ------------------------------------------------------------------------------------- tables

def _pseudo_tables(doc) -> tuple[list[Table], set[int]]:
    """Tab-separated lines that no backend turned into a table: (tables, indexes of their paragraphs)."""
    text = doc.text
    tables, used, run = [], set(), []

    def flush():
        if len(run) >= 2:
            rows = []
            for _, (start, end) in run:
                cells, pos = [], start
                for piece in text[start:end].split("\t"):
                    cells.append(Cell(piece, pos, pos + len(piece)))
                    pos += len(piece) + 1
                rows.append(cells)
            header = 1 if not any(BARE_NUMBER.match(c.text) or find_quantities(c.text) for c in rows[0]) else 0
            tables.append(Table(len(doc.tables) + len(tables), rows, header, None, run[0][1][0], run[-1][1][1]))
            used.update(i for i, _ in run)
        run.clear()

    for i, (start, end) in enumerate(doc.paragraphs):
        if "\t" in text[start:end]:
            run.append((i, (start, end)))
        else:
            flush()
    flush()
    return tables, used


def _table_title(doc, table: Table) -> str:
    """The short paragraphs right before a table (its title: 千兆城市评价指标, 附件3 …)."""
    words = []
    for start, end in reversed([p for p in doc.paragraphs if p[1] <= table.char_start][-3:]):
        line = doc.text[start:end].strip()
        if len(line) > 60 or "\t" in line:
            break
        words.insert(0, line)
    return " ".join(words)


def _header(table: Table) -> tuple[list[str], int]:
    """Header texts per column and the number of header rows (guessed when the backend gave none)."""
    rows = table.rows
    n = table.header_rows
    if n == 0:
        while n < min(len(rows) - 1, 3) and not any(
            BARE_NUMBER.match(c.text) or find_quantities(c.text) for c in rows[n]
        ) and any(INDICATOR_HEADER.match(c.text) or ENTITY_HEADER.match(c.text) or HEADER_UNIT.search(c.text)
                  for c in rows[n]):
            n += 1
    width = max(len(r) for r in rows) if rows else 0
    header = []
    for col in range(width):
        parts = []
        for row in rows[:n]:
            if col < len(row) and row[col].text and row[col].text not in parts:
                parts.append(row[col].text)
        header.append("".join(parts))
    return header, n


def _header_unit(header: str) -> tuple[str | None, float]:
    """Unit and multiplier a header names: (%) → %, （万户） → 户 ×10000, 单位：个 → 个."""
    m = HEADER_UNIT.search(header)
    if not m:
        return None, 1.0
    unit = (m.group("unit") or m.group("unit2") or "").strip()
    # （家，累计） / （累计，万户）: the unit beside a qualifier of the figure
    unit = next((piece for piece in UNIT_LIST_SEP.split(unit) if piece and not FIGURE_QUALIFIER.fullmatch(piece)),
                unit)
    mult = 1.0
    if unit.startswith("万") and len(unit) > 1:
        unit, mult = unit[1:], 1e4
    elif unit.startswith("亿") and len(unit) > 1:
        unit, mult = unit[1:], 1e8
    return canonical_unit(unit), mult


def _header_words(header: str) -> str:
    return HEADER_UNIT.sub("", header).strip()


def _is_entity(ctx: _Ctx, words: str) -> bool:
    words = words.strip()
    if not words or len(words) > 20:
        return False
    return words.endswith(ctx.dictionary.operator_suffixes) or words.endswith(ctx.dictionary.place_suffixes) \
        or PLACE_GROUP.search(words) is not None


def _cell_quantity(text: str, cell: Cell, unit: str | None, mult: float) -> tuple[Quantity | None, str | None]:
    """The figure in a value cell (with the header's unit when the cell has none) and its comparator."""
    if EMPTY_CELL.match(cell.text):
        return None, None
    found = [q for q in find_quantities(text, cell.char_start, cell.char_end)]
    if found:
        q = found[0]
        comp = comparator(text, q, cell.char_start, cell.char_end)
        if q.unit is None and unit:
            q = Quantity(q.start, q.end, q.text, q.value * mult, q.value_max, unit, q.more)
        return q, comp
    m = BARE_NUMBER.match(cell.text)
    if not m:
        return None, None
    value = float(m.group("num").replace(",", ""))
    cell_unit = "%" if m.group("unit") else unit
    value = round(value * (mult if not m.group("unit") else 1.0), 6)
    start = cell.char_start + m.start("num")
    return Quantity(start, cell.char_start + m.end(), m.group(0).strip(), value, None, cell_unit), None


def _table_kind(title: str, header: list[str]) -> str:
    words = title + " " + " ".join(header)
    if BASELINE_CUE.search(words):
        return "baseline"
    if ACTUAL_TABLE_CUE.search(title):
        return "actual"
    return "target"


def _table(ctx: _Ctx, table: Table, out: list[_Cand]) -> None:
    if not table.rows:
        return
    header, n_header = _header(table)
    title = _table_title(ctx.doc, table)
    indicator_col = next((i for i, h in enumerate(header) if INDICATOR_HEADER.match(h)), None)
    entity_col = next((i for i, h in enumerate(header) if ENTITY_HEADER.match(_header_words(h))), None)
    if indicator_col is not None:
        _indicator_table(ctx, table, header, n_header, title, indicator_col, out)
    elif entity_col is not None and n_header:
        _entity_table(ctx, table, header, n_header, title, entity_col, out)
    else:
        _text_table(ctx, table, n_header, out)


def _title_words(ctx: _Ctx, title: str) -> str:
    """What a table title names: 义乌市5G基站建设年度任务表 → 5G基站建设年度任务 (no region, no 表)."""
    words = title.split(" ")[-1] if title else ""
    if ctx.region and words.startswith(ctx.region):
        words = words[len(ctx.region):]
    for d in find_deadlines(words, ctx.reference, recurrences=False):
        words = words.replace(d.raw, "")
    return TITLE_SUFFIX.sub("", words).strip() or words


def _title_date(ctx: _Ctx, title: str) -> Deadline | None:
    found = [d for d in find_deadlines(title, ctx.reference, recurrences=False) if d.date]
    return found[-1] if found else None


def _column_roles(ctx: _Ctx, header: list[str], skip: set[int]) -> dict[int, tuple[str | None, Deadline | None]]:
    """Value columns of an indicator table: column → (scope named by its header, deadline named by it)."""
    roles = {}
    for col, h in enumerate(header):
        if col in skip or DESCRIPTIVE_HEADER.search(h) or UNIT_HEADER.match(h):
            continue
        words = _header_words(h)
        dates = [d for d in find_deadlines(words, ctx.reference, recurrences=False) if d.date]
        scope = words if _is_entity(ctx, words) and not dates else None
        roles[col] = (scope, dates[0] if dates else None)
    return roles


def _make_target(ctx: _Ctx, cell: Cell, q: Quantity, comp: str | None, words: str, kind: str, scope: str | None,
                 deadline: Deadline | None) -> Target:
    unit = _per_capita(q.unit, words)
    indicator = ctx.dictionary.match(words, unit)
    comp = _comparator_for(kind, comp)
    if kind == "baseline":
        scope, deadline = "全国", None
    return Target(
        char_start=cell.char_start, char_end=cell.char_end, evidence=cell.text,
        indicator=indicator.name if indicator else None, indicator_raw=words, kind=kind,
        scope=scope or ctx.region, comparator=comp, value=q.value, value_max=q.value_max, unit=unit,
        deadline=deadline.date if deadline else None, deadline_start=deadline.start if deadline else None,
        deadline_raw=deadline.raw if deadline else None,
    )


def _indicator_table(ctx: _Ctx, table: Table, header: list[str], n_header: int, title: str, indicator_col: int,
                     out: list[_Cand]) -> None:
    text = ctx.text
    kind = _table_kind(title, header)
    title_date = _title_date(ctx, title)
    unit_col = next((i for i, h in enumerate(header) if UNIT_HEADER.match(h)), None)
    skip = {indicator_col} | ({unit_col} if unit_col is not None else set())
    roles = _column_roles(ctx, header, skip)
    words = ""
    for row in table.rows[n_header:]:
        if indicator_col < len(row) and row[indicator_col].text.strip():
            words = row[indicator_col].text.strip()  # merged cells arrive empty: the indicator fills down
        if not words:
            continue
        row_unit, row_mult = _header_unit(words)  # 5G基站数（个）: the unit in the indicator cell
        if unit_col is not None and unit_col < len(row) and row[unit_col].text.strip():
            row_unit, row_mult = _header_unit("（" + row[unit_col].text.strip() + "）")
        words = _header_words(words) or words
        for col, (scope, col_date) in roles.items():
            if col >= len(row):
                continue
            cell = row[col]
            h_unit, h_mult = _header_unit(header[col])
            q, comp = _cell_quantity(text, cell, row_unit or h_unit, row_mult if row_unit else h_mult)
            if q is None:
                if not EMPTY_CELL.match(cell.text) and ctx.on_skip:
                    _explain_digits(ctx, cell.char_start, cell.char_end, [], [], [])
                continue
            deadline = col_date or title_date
            target = _make_target(ctx, cell, q, comp, words, kind, scope, deadline)
            out.append(_Cand(target, "table", table.index, inherit_deadline=deadline is None and kind == "target"))


def _entity_table(ctx: _Ctx, table: Table, header: list[str], n_header: int, title: str, entity_col: int,
                  out: list[_Cand]) -> None:
    text = ctx.text
    kind = _table_kind(title, header)
    title_date = _title_date(ctx, title)
    columns = []
    for col, h in enumerate(header):
        if col == entity_col or DESCRIPTIVE_HEADER.search(h) or not _header_words(h):
            continue
        if RANK_HEADER.fullmatch(_header_words(h)):
            continue
        dates = [d for d in find_deadlines(h, ctx.reference, recurrences=False) if d.date]
        words = _header_words(h)
        for d in dates:
            words = words.replace(d.raw, "")
        # a column headed only by a year (2021年 | 2022年): the table title names the quantity
        columns.append((col, words.strip("目标任务值（）() ") and words or _title_words(ctx, title) or _header_words(h),
                        _header_unit(h), dates[0] if dates else None))
    entity = ""
    for row in table.rows[n_header:]:
        if entity_col < len(row) and row[entity_col].text.strip():
            entity = row[entity_col].text.strip()
        total = any(TOTAL_ROW.match(c.text.strip()) for c in row[: entity_col + 1])
        if not entity or (EMPTY_CELL.match(entity) and not total):
            continue
        scope = ctx.region if total or TOTAL_ROW.match(entity) else entity
        for col, words, (unit, mult), col_date in columns:
            if col >= len(row):
                continue
            q, comp = _cell_quantity(text, row[col], unit, mult)
            if q is None:
                continue
            deadline = col_date or title_date
            target = _make_target(ctx, row[col], q, comp, words, kind, scope, deadline)
            out.append(_Cand(target, "table", table.index))


def _text_table(ctx: _Ctx, table: Table, n_header: int, out: list[_Cand]) -> None:
    """A task or mixed table: each cell read as text; a deadline cell dates its row's figures."""
    for row in table.rows[n_header:]:
        row_deadline = None
        for cell in row:
            if cell.text and is_deadline_phrase(cell.text, ctx.reference):
                d = parse_deadline(cell.text, ctx.reference)
                if d.date or d.flag or d.start:
                    row_deadline = Deadline(raw=d.raw, date=d.date, start=d.start, recurrence=d.recurrence, flag=d.flag,
                                            char_start=cell.char_start, char_end=cell.char_end)
        for cell in row:
            if not cell.text or (row_deadline and cell.char_start == row_deadline.char_start):
                continue
            _paragraph(ctx, cell.char_start, cell.char_end, out, base=row_deadline, source="table",
                       table_index=table.index)


# ------------------------------------------------------------------------------------- assembly

def _inherit_table_deadlines(cands: list[_Cand]) -> None:
    """An annex indicator table without a date takes the date of the body goals whose indicators it repeats."""
    body = [c.target for c in cands if c.source == "body" and c.target.kind == "target" and c.target.deadline]
    by_table: dict[int, list[_Cand]] = {}
    for c in cands:
        if c.inherit_deadline and c.target.deadline is None:
            by_table.setdefault(c.table_index, []).append(c)
    for rows in by_table.values():
        names = {c.target.indicator for c in rows if c.target.indicator}
        dates = Counter((t.deadline, t.deadline_raw, t.deadline_start) for t in body if t.indicator in names)
        if not dates:
            continue
        (date, raw, start), _ = dates.most_common(1)[0]
        for c in rows:
            c.target.deadline, c.target.deadline_raw, c.target.deadline_start = date, raw, start


def _resolve_reach(ctx: _Ctx, cands: list[_Cand]) -> list[_Cand]:
    """Give each 达标 goal the value of the baseline the notice states for its indicator (else the national one)."""
    drop = set()
    for cand, indicator in ctx.pending_reach:
        baseline = next((c.target for c in cands if c.target.kind == "baseline" and c.target.indicator == indicator.name), None)
        if baseline is not None:
            cand.target.value, cand.target.unit = baseline.value, baseline.unit
            cand.target.comparator = baseline.comparator or ">="
        elif indicator.threshold is not None:
            cand.target.comparator, cand.target.value = indicator.threshold
        else:
            drop.add(id(cand))
    return [c for c in cands if id(c) not in drop]


def _same_words(a: str | None, b: str | None) -> bool:
    """Raw indicator words naming one thing: one holds the other once 数量/总数 endings are dropped, and
    they do not count differently (新增公共充电桩 is not 公共充电桩累计数量; 公共充电桩 is)."""
    a, b = SUBJECT_TAIL.sub("", norm_words(a)), SUBJECT_TAIL.sub("", norm_words(b))
    if not a or not b or not (a in b or b in a):
        return False
    periods_a = {m.group(0)[:2] for m in PERIOD_WORD.finditer(a)}  # 累计建成 counts as 累计
    periods_b = {m.group(0)[:2] for m in PERIOD_WORD.finditer(b)}
    if periods_a and periods_b:
        return periods_a == periods_b
    return not (periods_a | periods_b) & NEW_THIS_PERIOD


def _merge(cands: list[_Cand]) -> list[Target]:
    """One Target per distinct figure: a repeat (body and annex) adds its evidence to ``also_at``."""
    kept: list[_Cand] = []
    index: dict[tuple, list[_Cand]] = {}
    for cand in sorted(cands, key=lambda c: c.target.char_start):
        t = cand.target
        same = None
        for other in index.get(cand.key, []):
            o = other.target
            if o.deadline and t.deadline and o.deadline != t.deadline:
                continue
            if o.char_start == t.char_start and o.char_end == t.char_end:
                continue  # one clause distributing over several entities already differs by scope
            if o.indicator is None and not _same_words(o.indicator_raw, t.indicator_raw):
                continue
            same = other
            break
        if same is None:
            index.setdefault(cand.key, []).append(cand)
            kept.append(cand)
            continue
        o = same.target
        o.also_at.append(Evidence(t.char_start, t.char_end, t.evidence))
        if o.deadline is None and t.deadline:
            o.deadline, o.deadline_raw, o.deadline_start = t.deadline, t.deadline_raw, t.deadline_start
        if o.rank is None and t.rank is not None:
            o.rank = t.rank
    return [c.target for c in kept]


def extract_targets(doc, prior: dict | None = None, on_skip: SkipFn | None = None) -> list[Target]:
    """All targets of a document; ``on_skip(start, end, reason)`` hears about every number not taken."""
    meta = (prior or {}).get("metadata")
    ctx = _Ctx(doc, doc.text, _region(doc, meta), _reference_date(doc, meta), indicator_dictionary(), on_skip)
    pseudo, pseudo_paragraphs = _pseudo_tables(doc) if not doc.tables else ([], set())
    cands: list[_Cand] = []
    status_sections = _status_sections(doc)
    as_of: dict[int, Deadline] = {}  # status section index → the date its first dated paragraph opens with
    # 到2023年底，…具体目标如下：: the date of a paragraph that announces a list holds for the items under it
    announced: Deadline | None = None
    for i, (start, end) in enumerate(doc.paragraphs):
        if i in pseudo_paragraphs or start >= end:
            continue
        marker = HEADING.match(doc.text, start, end)
        if marker and marker.group("l1"):
            announced = None  # the next 一、 section
        section = _section_index(status_sections, start)
        ctx.in_status_section = section is not None
        date = _paragraph(ctx, start, end, cands, base=announced)
        if date is not None and date.date and ANNOUNCES_LIST.search(doc.text, start, end):
            announced = date
        # 注：…按2023年末常住人口计算 dates the population, not the figures
        if section is not None and section not in as_of and date is not None and date.date \
                and not NOTE.match(doc.text, start, end):
            as_of[section] = date
    ctx.in_status_section = False
    for table in list(doc.tables) + pseudo:
        _table(ctx, table, cands)
    _inherit_table_deadlines(cands)
    cands = _resolve_reach(ctx, cands)
    targets = _merge(cands)
    _apply_ranks(ctx, targets)
    for target in targets:  # an undated report in 一、发展现状 is as of the date the section gives
        if target.kind == "actual" and not (target.deadline or target.deadline_start or target.deadline_raw):
            section = _section_index(status_sections, target.char_start)
            if section in as_of:
                date = as_of[section]
                target.deadline, target.deadline_raw = date.date, date.raw
    for target in targets:
        section = doc.section_at(target.char_start) if doc.sections else None
        target.section_path = section.path if section else None
        target.page = doc.page_at(target.char_start)
    return targets


def _status_sections(doc) -> list:
    """Body sections that report the state of things (一、发展现状, 二、各设区市情况), not goals or work."""
    out = []
    for section in doc.sections:
        marker = HEADING.match(section.heading or "")
        heading = (section.heading or "")[marker.end() if marker else 0:].strip()
        if section.kind == "heading" and STATUS_HEADING.search(heading) and not NOT_STATUS_HEADING.search(heading):
            out.append(section)
    return out


def _section_index(sections: list, pos: int) -> int | None:
    return next((k for k, sec in enumerate(sections) if sec.char_start <= pos < sec.char_end), None)


def _log_skip(doc) -> SkipFn:
    text = doc.text

    def skip(start: int, end: int, reason: str) -> None:
        context = text[max(0, start - 8):end + 8].replace("\n", "⏎")
        log.debug("targets: skip %r at %d (…%s…): %s", text[start:end], start, context, reason)

    return skip


@register("targets", "2")
def extract(doc, prior):
    return extract_targets(doc, prior, _log_skip(doc) if log.isEnabledFor(logging.DEBUG) else None)
