"""What a table's title, header and cells say: header rows, units, indicator/entity columns, cell values, kind.

Reads a ``Table`` (and the short paragraphs before it); returns header texts per column, the unit and
multiplier a header names, the figure of a value cell, and whether the table sets goals, reports or
gives national thresholds.
"""
from __future__ import annotations

import bisect

import regex

from extractors.deadlines import find_deadlines
from extractors.numbers import Quantity, canonical_unit, comparator, find_quantities
from extractors.regions import region_chain
from extractors.targets.changes import is_base_date
from extractors.targets.context import Context
from extractors.targets.word_lists import REGION_TOTAL
from pipeline.model import Cell, Table
from schemas.records import Deadline

# a cell that is no value: / — － 无 空
EMPTY_CELL = regex.compile(r"^[/／\-—－–\s无空]*$")
# a row of sums under the rows it adds up: 合计 / 总计 / 小计 / 共计 (no row of its own thing)
TOTAL_ROW = regex.compile(r"^(?:合计|总计|小计|共计)$")
# a note after a total's word saying what it holds: 合计（含其他县） / 全市合计(含开发区) — still the region's total
TOTAL_NOTE = regex.compile(r"\s*[（(](?:含|包含|包括)[^（()）]{1,12}[）)]$")
# a bare number in a table cell: 21.5  38  3,200 — with what indicator tables add: a sign (>7, ≥45, <5.5), a
# range (1.5—1.7: both bounds said), a five-year total in 〔〕 (〔13.5〕, 〔>800〕), a footnote mark (60.6*), 左右, and a
# note after it (>7、力争…)
BARE_NUMBER = regex.compile(
    r"^\s*(?P<sign>[<>≤≥＜＞]=?)?\s*(?P<open>[〔\[［(（])?\s*(?P<inner>[<>≤≥＜＞]=?)?\s*(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)"
    r"(?:\s*[—–～~至]\s*(?P<top>\d+(?:\.\d+)?))?\s*(?P<unit>%|％)?"
    r"\s*(?(open)[〕\]］)）])\s*\*?\s*(?P<about>左右|以上|以下|以内)?\s*(?:[、，,；;].*)?$"
)
# a five-year total in 〔〕: the cell counts over the whole period (累计), not per year
CUMULATIVE_CELL = regex.compile(r"^\s*[<>≤≥＜＞]?=?\s*[〔\[［]")
# a sign or bound word in a value cell
SIGNS = {">": ">", "＞": ">", ">=": ">=", "≥": ">=", "<": "<=", "＜": "<=", "<=": "<=", "≤": "<="}
ABOUT = {"左右": "~", "以上": ">=", "以下": "<=", "以内": "<="}
# a bracket after a level of places naming the levels ranked with it, no unit: 县（市） / 市（州） / 镇（街道） / 县（市、区）
PLACE_ALTERNATIVES = (r"(?<=[省市州县区旗盟镇乡村道])[（(](?:[省市州县区旗盟镇乡村地]|街道|社区|地区|林区)"
                      r"(?:[、，,](?:[省市州县区旗盟镇乡村地]|街道|社区|地区|林区))*[）)]")
# a unit in a header cell: 5G用户占比(%)  用户数（万户）  单位：个 (not the 市 of 边境县（市）)
HEADER_UNIT = regex.compile(
    rf"(?!{PLACE_ALTERNATIVES}\s*$)[（(](?:单位[：:])?(?P<unit>[^（()）]{{1,8}})[）)]\s*$|单位[：:](?P<unit2>\S{{1,8}})$"
)
# a bracket closing a header that dates or qualifies its figures, after the unit: 在册隐患点（处）（截至2023年底） /
# 工程治理（处）（2024—2026年） / 2026年（目标）
TRAILING_BRACKET = regex.compile(r"[（(](?P<inner>[^（()）]{1,16})[）)]\s*$")
# what such a bracket says of the period: 截至2023年底 / 2024—2026年 / 2025年底前
PERIOD_NOTE = regex.compile(r"^(?:截至|截止|到|至)?\s*(?:19|20)\d{2}(?:\s*[年—–\-－~～至到]\s*[^（()）]{0,10})?$")
# a column giving a part of the one before it: 其中：新能源公交车（辆） / 其中 农村（所）
OF_WHICH = regex.compile(r"^其中[：:，,\s]*")
# a line between a table's title and the table that gives the unit of every figure: （单位：起） / 单位：万元
UNIT_LINE = regex.compile(r"^[（(]?单位[：:]\s*(?P<unit>[^（()）\s，,、；;]{1,8})\s*[）)]?$")
# a unit line naming one unit per kind of column, in the columns' order: 单位：万亩、万元 / （单位：人，万元）
UNITS_LINE = regex.compile(
    r"^[（(]?单位[：:]\s*(?P<units>[^（()）\s，,、；;/]{1,8}(?:\s*[、，,；;/]\s*[^（()）\s，,、；;/]{1,8})+)\s*[）)]?$"
)
# a unit closing the sentence that introduces a table: 各地任务见下表（单位：万亩）：
UNIT_TAIL = regex.compile(r"(?P<unit>[（(]单位[：:]\s*[^（()）\s]{1,8}\s*[）)])\s*[：:。.]?\s*$")
# the last clause of a long paragraph, introducing the table by what it lists: …，各区2027年污水处理率目标如下表：
# (…850个（见下表）。 a bracketed pointer; …见下表。（牵头单位：…（市、区）人民政府） an item's note after it)
LEAD_SENTENCE = regex.compile(r"(?:^|(?<=[。；;！？!?，,]))\s*(?P<lead>[^。；;！？!?：:，,\s]{4,40}?)[（(]?(?:如下表|见下表|详见下表|如下)"
                              r"[）)]?\s*(?:[（(]单位[：:][^（()）]{1,8}[）)])?\s*[：:。.]?\s*"
                              r"(?P<note>[（(](?:[^（()）]|(?&note))*[）)])?\s*$")
# the figure closing a lead clause that points to the table in brackets: 完成改造1200个（见下表） → 完成改造
LEAD_FIGURE = regex.compile(r"\d[\d.,]*\s*[万亿]?\p{Han}{0,2}$")
# where the sentence holding a table's lead clause starts: after the last 。 before it
SENTENCE_BREAK = regex.compile(r"[。！？!?]")
# where a unit line run into the title line before it starts: 任务表|单位：万亩 / 分配表|（单位：万元）
UNIT_AFTER_TITLE = regex.compile(r"(?<=表)(?=[（(]?单位[：:])")
UNITS_SEP = regex.compile(r"\s*[、，,；;/]\s*")  # 万亩、万元 → 万亩 | 万元
# the words of a column of money (its unit the line's 元 one): 禁牧补助和草畜平衡奖励资金 / 投资额 / 经营性收入
MONEY_WORDS = regex.compile(r"资金|金额|经费|投资|补助|补贴|奖励|奖补|收入|产值|营收|费用|预算|拨款|\p{Han}额$")
# what a header bracket may say of its figures beside the unit (（家，累计）) or instead of one (2021年（基期）, 奖励标准（最高）)
FIGURE_QUALIFIER = regex.compile(
    r"累计|新增|新建|当年|年度|年均|同比|预期性|约束性|绝对值|基期|基数|基准|现状值?|目标值?|规划值?|预期值?|最高|最低|上限|下限"
    r"|一次性|分期"  # 安家补助（一次性）: how it is paid, no unit
)
UNIT_LIST_SEP = regex.compile(r"\s*[，,、；;]\s*")  # "家，累计" → 家 | 累计
# the first cell of a header row numbering the rows below: 序号 / 编号
SERIAL_HEADER = regex.compile(r"序号|编号|序")
# header of the column naming the indicator
INDICATOR_HEADER = regex.compile(r"^(?:主要|核心|关键|评价|考核|监测)?(?:指标|指标名称|指标项|指标内容|目标指标|项目|名称)$")
# the header of the column holding an indicator's 属性 (约束性 / 预期性)
BINDING_HEADER = regex.compile(r"^(?:指标)?(?:属性|性质|类型)$")
# what a 属性 cell says
BINDING = regex.compile(r"约束性|预期性")
# the header of a column of yearly rates or five-year totals: 年均/累计 / 年均增长 / 累计
RATE_HEADER = regex.compile(r"年均|累计|五年|增速")
# headers of descriptive columns of an indicator or task table (never values; 分类 closing it: 垃圾分类覆盖率 is a
# measure, 评定依据 a standard's code); a contact column (联系电话 / 手机号码
# / 传真 / 邮编) holds numbers that are no figures (移动电话用户数 is a measure: 电话 must close the header)
DESCRIPTIVE_HEADER = regex.compile(
    r"序号|编号|含义|说明|计算方法|计算公式|备注|口径|来源|依据|牵头|责任|配合|时限|期限|措施|事项|分类$|类别|属性|内容|方式$"
    r"|(?<!移动|固定)电话(?:号码)?$|手机(?:号码?)?$|传真|邮箱|邮编|邮政编码|联系方式"
)
# a header of tasks: 主要任务 is prose; 户厕改造任务（户） a count per row, and so is 2025年改造任务 / 培训任务 over a column
# of figures (``descriptive_column``)
TASK_HEADER = regex.compile(r"任务(?!量|数|[（(][^（()）]{1,6}[）)]\s*$)")
# a cell that is a figure with a counter: 150户 / 1.2万人 / 3000人次 (a bare number is a BARE_NUMBER)
COUNTED_CELL = regex.compile(r"^\s*\d+(?:,\d{3})*(?:\.\d+)?\s*[万亿]?\p{Han}{1,3}\s*$")
# header of the column naming the row's place or operator in an entity table (所辖县市区 / 辖市、区: the places under it;
# 苏木乡镇 / 嘎查村 / 村（社区） / 市（地）: levels of places by their own names; 县别 / 镇别: by place)
ENTITY_HEADER = regex.compile(
    r"^(?:所?辖)?(?:城市|地市|地区|设区市|省份|单位|单位名称|运营商|运营企业|企业|企业名称|公司|地方|区域|街道|乡镇|"
    r"(?:[省市州盟县区旗镇乡街道、（）()]|苏木|嘎查村?|社区|行政村|村(?=[（(])|(?<=[（(])地(?=[）)])){1,12})(?:名称|别)?$"
)
# header of the column naming the row's grade in a table of tiers: 等级 | 奖励（万元） (rows 一星级, 二档, A类 …)
# a column of floors: 省定最低标准（元/人·月） / 补助下限 (no place may pay less): its figures are >=
FLOOR_HEADER = regex.compile(r"最低|下限")
TIER_HEADER = regex.compile(r"^\p{Han}{0,4}?(?:等级|星级|级别|档次|档位|分档|层级|类别|阶段|批次)$")
# the places a class of places is made of: (第一类)城市 / (二类)地区 / (三档)县
PLACE_CLASS = r"(?:城市|地区|区域|县|市|区)"
# a grade by the reach of what is graded: 国家级 / 省级 / 全国性 / 国际B类 (under 奖项级别, 竞赛等级)
SCALE_GRADE = r"(?:国际|洲际|全国|国家|全省|省|全市|市|全县|县|区)(?:[A-F]类|性|级)"
# a grade naming a row of such a table: 一星级 / 3A级 / 二档 / A类 / C类 / 一等奖 / 特级, maybe glossed (A类（顶尖人才）),
# or a class of places: 第一类城市 / 二类地区 / 三档县, or a grade with what it grades: 甲级农家客栈 / 三星级
# 农家乐 / 省级示范家庭农场 (a level of government grading too)
TIER_LABEL = regex.compile(
    r"^(?:[一二三四五六七八九十\d]{1,2}A?|A{1,5}|[B-F]|[甲乙丙丁特])(?:星级|星|级|档|类|等奖|等)(?:[（(][^（）()]{1,12}[）)])?$"
    rf"|^第?[一二三四五六七八九十\d]{{1,2}}(?:类|档|级){PLACE_CLASS}$"
    r"|^(?:[一二三四五六七八九十\d]A?|A{1,5}|[甲乙丙丁特]|国家|省|市|县|区)(?:星级|级)\p{Han}{2,10}$"
    rf"|^{SCALE_GRADE}$"
    r"|^第[一二三四五六七八九十\d]{1,2}(?:批|阶段|期)$"  # stages of a programme: 第一批 / 第二阶段
)
# between grades a row names together: 二级、三级 / 五级或六级
GRADE_LIST_SEP = regex.compile(r"[、和或及](?![^（()）]*[）)])")  # not inside a gloss: 甲类（首席技师、特级技师）
# the suffix of a table title that names the table, not the quantity: 任务表, 分解表, 一览表
# the words a title closes with that only announce the table: 任务分解如下： / 安排如下 / 见下表
ANNOUNCE_TAIL = regex.compile(r"(?:分解|分配|安排|下达|明确)?(?:如下表?|见下表)\s*[：:。]?$")
# a lead-in reporting a table (现将截至10月31日全县农村改厕工作进展情况通报如下：): its frame, no words of what is counted
REPORT_LEAD_IN = regex.compile(r"^(?:现将|现就|特将|兹将)(?:截至|截止)?")
REPORTED_ON = regex.compile(r"(?:工作)?(?:进展|推进|完成|落实|开展)?情况(?:通报|公布|报告)?$")
TITLE_SUFFIX = regex.compile(r"(?:分解|汇总|统计|明细|情况|一览)?表(?:[（(][^（()）]{1,10}[）)])?$")  # …分配表（部分市）
# a line that is only a date: the 成文日期 under a signature (2025年5月6日 / 二〇二五年五月六日), before the annexes
SIGNATURE_DATE = regex.compile(r"[（(]?(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日[）)]?")
# the label of an attachment glued to its title: 附件2 / 附件： / 附表1
ATTACHMENT_LABEL = regex.compile(r"^附[件表](?:\s*[\d一二三四五六七八九十]{1,2}(?![\d年]))?\s*[：:.、]?\s*")
# a year a title names back from the notice's own: 上年度 / 上一年 / 去年 (the basis of a share, no date of the table's)
PAST_YEAR = regex.compile(r"^(?:上一?年度?|去年|前一年)")
# a table whose figures are national thresholds
BASELINE_CUE = regex.compile(r"评价指标|评价标准|阈值|达标值|标准值|门槛|国家标准|考核标准|(?:国家|工业和信息化部|工信部)[^，。]{0,12}(?:指标|标准)")
# a table whose figures are a report of status (not 结合实际, the cover letter's idiom a title may reach back to)
ACTUAL_TABLE_CUE = regex.compile(r"情况|现状|进展|统计|排名|通报|(?<!结合|联系|立足|切合|符合|从)实际|完成值|现值|监测")


def region_total(label: str) -> bool:
    """Whether a row's label names the region's total (合计 / 全市 / 全县合计: ``schemas/target_words.json``), with a note
    of what it holds after it or not (合计（含其他县）)."""
    return bool(REGION_TOTAL.match(TOTAL_NOTE.sub("", label)))


def descriptive_column(header: str, cells: list[str]) -> bool:
    """A column of words, never figures: by its header (备注, 牵头单位, 联系电话 …), or a header of tasks (主要任务) over
    cells that are not all figures (2025年改造任务 | 150 | 180 … is a count per row)."""
    if DESCRIPTIVE_HEADER.search(header):
        return True
    if not TASK_HEADER.search(header):
        return False
    filled = [cell.strip() for cell in cells if not EMPTY_CELL.match(cell)]
    return not filled or not all(BARE_NUMBER.match(cell) or COUNTED_CELL.match(cell) for cell in filled)


def column_cells(rows: list[list[Cell]], col: int) -> list[str]:
    """The texts of one column's cells in ``rows`` (a short row has none there)."""
    return [row[col].text for row in rows if col < len(row)]


def table_title(doc, table: Table) -> str:
    """The short paragraphs right before a table (its title: 千兆城市评价指标, 附件3 …), and the unit a longer
    sentence introducing it closes with (各地任务见下表（单位：万亩）： → （单位：万亩）), with the one date it names."""
    words = []
    before = bisect.bisect_right(doc.paragraphs, (table.char_start, table.char_start))  # paragraphs in text order
    while before and doc.paragraphs[before - 1][1] > table.char_start:
        before -= 1
    for start, end in reversed(doc.paragraphs[max(before - 3, 0):before]):
        line = doc.text[start:end].strip()
        # (a line of sentences, 。 inside it, is no title however short: 到2026年，…。各乡镇任务如下：)
        if len(line) > 60 or "\t" in line or SIGNATURE_DATE.fullmatch(line) or "。" in line[:-1]:
            dated = False
            if (lead := LEAD_SENTENCE.search(line)) and "\t" not in line and not words:
                words.insert(0, LEAD_FIGURE.sub("", lead.group("lead")) or lead.group("lead"))  # …。各县2026年森林覆盖率目标如下表：
                if (due := _lead_date(line, lead)) and due not in words[0]:
                    words.insert(0, due)  # 2027年底前全县累计完成310公里，各乡镇任务见下表: the sentence's one date
                    dated = True
            if (tail := UNIT_TAIL.search(line)) and "\t" not in line:
                words.insert(0, tail.group("unit"))  # …见下表（单位：万亩）：: the unit of the table's figures
                dates = {d.date: d.raw for d in find_deadlines(line, None, recurrences=False) if d.date}
                if len(dates) == 1 and not dated:  # 2024年，全省…各地任务见下表: the one year the sentence speaks of
                    words.insert(0, next(iter(dates.values())))
            break  # 2025年5月6日 over 附件: the notice's date, no title's
        words.insert(0, line)
    return " ".join(words)


def _lead_date(line: str, lead) -> str | None:
    """The one date (not a base a change is measured from) the sentence holding a table's lead clause names, as
    written: 到2026年底，各县（市、区）改造任务见下表 → 2026年底; None for none or several."""
    start = max((m.end() for m in SENTENCE_BREAK.finditer(line, 0, lead.start("lead"))), default=0)
    sentence = line[start:lead.end("lead")]
    dates = {d.date: d.raw for d in find_deadlines(sentence, None, recurrences=False)
             if d.date and not is_base_date(sentence, d, 0)}
    return next(iter(dates.values())) if len(dates) == 1 else None


def tier_column(table: Table, header: list[str], n_header: int) -> int | None:
    """The column of grades of a table of tiers: headed 等级/档次…, every row below naming a grade (一星级, 二档)."""
    col = next((i for i, h in enumerate(header) if TIER_HEADER.match(header_words(h))), None)
    if col is None or not n_header:
        return None
    labels = [row[col].text.strip() for row in table.rows[n_header:] if col < len(row) and row[col].text.strip()]
    # 二级、三级 | 3次: one row for several grades alike
    return col if len(labels) >= 2 and all(all(TIER_LABEL.match(part) for part in GRADE_LIST_SEP.split(label))
                                           for label in labels) else None


def header_of(table: Table) -> tuple[list[str], int]:
    """Header texts per column and the number of header rows (guessed when the backend gave none)."""
    rows = table.rows
    n = table.header_rows
    if n == 0:
        while n < min(len(rows) - 1, 3) and not any(
            BARE_NUMBER.match(c.text) or find_quantities(c.text) for c in rows[n]
        ) and any(INDICATOR_HEADER.match(c.text) or ENTITY_HEADER.match(c.text) or TIER_HEADER.match(c.text)
                  or HEADER_UNIT.search(c.text)
                  for c in rows[n]):
            n += 1
        if n == 0 and len(rows) > 1 and rows[0] and SERIAL_HEADER.fullmatch(rows[0][0].text.strip()) \
                and not any(BARE_NUMBER.match(c.text) for c in rows[0]):
            n = 1  # 序号 | 补贴项目 | 海拔4000米以下 | …: a header, its bands no figures
    width = max(len(r) for r in rows) if rows else 0
    header = []
    for col in range(width):
        parts = []
        for row in rows[:n]:
            if col < len(row) and row[col].text and row[col].text not in parts:
                parts.append(row[col].text)
        header.append(_joined_header(parts))
    return header, n


def _joined_header(parts: list[str]) -> str:
    """The header rows of one column as one header, a unit an upper row names moved to the end (用水量（万吨） over
    2024年 → 用水量2024年（万吨）), where the unit of a header is read."""
    units = [HEADER_UNIT.search(part) for part in parts[:-1]]
    if not any(units) or HEADER_UNIT.search(parts[-1]):
        return "".join(parts)
    moved = next(m.group(0).strip() for m in reversed(units) if m)
    return "".join(HEADER_UNIT.sub("", part).strip() if m else part for part, m in zip(parts, units + [None])) + moved


def header_notes(header: str) -> tuple[str, list[str]]:
    """A header without the brackets closing it that date or qualify its figures, and those brackets' words:
    工程治理（处）（2024—2026年） → 工程治理（处）, [2024—2026年]; a header that is only such a bracket kept whole."""
    notes = []
    while (m := TRAILING_BRACKET.search(header)) and m.start() > 0:
        inner = m.group("inner").strip()
        pieces = [piece for piece in UNIT_LIST_SEP.split(inner) if piece]
        if not (PERIOD_NOTE.match(inner) or pieces and all(FIGURE_QUALIFIER.fullmatch(p) for p in pieces)):
            break
        notes.insert(0, inner)
        header = header[:m.start()].rstrip()
    return header, notes


def header_unit(header: str) -> tuple[str | None, float]:
    """Unit and multiplier a header names: (%) → %, （万户） → 户 ×10000, 单位：个 → 个; 在册隐患点（处）（截至2023年底) → 处."""
    m = HEADER_UNIT.search(header_notes(header)[0])
    if not m:
        return None, 1.0
    unit = (m.group("unit") or m.group("unit2") or "").strip()
    # （家，累计） / （累计，万户）: the unit beside a qualifier of the figure
    pieces = [piece for piece in UNIT_LIST_SEP.split(unit) if piece]
    if pieces and all(FIGURE_QUALIFIER.fullmatch(piece) for piece in pieces):
        return None, 1.0  # 2021年（基期） / （累计）: what the figures are, no unit
    unit = next((piece for piece in pieces if not FIGURE_QUALIFIER.fullmatch(piece)), unit)
    mult = 1.0
    if unit.startswith("万") and len(unit) > 1:
        unit, mult = unit[1:], 1e4
    elif unit.startswith("亿") and len(unit) > 1:
        unit, mult = unit[1:], 1e8
    return canonical_unit(unit), mult


def title_unit(title: str, words: str | None = None) -> tuple[str | None, float]:
    """Unit and multiplier a unit line under the table's title gives (（单位：起） → 起), for headers with none; of a
    line naming several (单位：万亩、万元), the one of the column's kind: its money unit for a column of money
    (``words`` 补助资金 → 万元), its other unit for any other (禁牧面积 → 万亩), None where that is not one unit."""
    for piece in reversed(_title_pieces(title)):
        m = UNIT_LINE.match(piece)
        if m:
            return header_unit("（" + m.group("unit") + "）")
        m = UNITS_LINE.match(piece)
        if m and words is not None:
            units = [header_unit("（" + unit + "）") for unit in UNITS_SEP.split(m.group("units")) if unit]
            money = bool(MONEY_WORDS.search(words))
            fits = [u for u in units if u[0] and u[0].startswith("元") == money]
            return fits[0] if len(fits) == 1 else (None, 1.0)
    return None, 1.0


def _title_pieces(title: str) -> list[str]:
    """The lines of a table's title, a unit line run into the title line before it cut off (…任务表单位：万亩、万元)."""
    return [part for piece in title.split(" ") for part in UNIT_AFTER_TITLE.split(piece)]


def header_words(header: str) -> str:
    """A header without its unit, nor the 其中 of a part of the column before it, nor a bracket dating its figures:
    5G用户占比(%) → 5G用户占比, 其中：新能源公交车（辆） → 新能源公交车, 工程治理（处）（2024—2026年） → 工程治理."""
    return OF_WHICH.sub("", HEADER_UNIT.sub("", header_notes(header)[0]).strip())


def cell_quantity(text: str, cell: Cell, unit: str | None, mult: float) -> tuple[Quantity | None, str | None]:
    """The figure in a value cell (with the header's unit when the cell has none) and its comparator."""
    if EMPTY_CELL.match(cell.text):
        return None, None
    found = [q for q in find_quantities(text, cell.char_start, cell.char_end)]
    if found:
        q = found[0]
        comp = comparator(text, q, cell.char_start, cell.char_end)
        if q.unit is None and unit:
            q = Quantity(q.start, q.end, q.text, _scaled(q.value, mult), q.value_max, unit, q.more)
        return q, comp
    m = BARE_NUMBER.match(cell.text)
    if not m:
        return None, None
    value = float(m.group("num").replace(",", ""))
    cell_unit = "%" if m.group("unit") else unit
    value = _scaled(value, mult if not m.group("unit") else 1.0)
    start = cell.char_start + m.start("num")
    top = _scaled(float(m.group("top")), mult if not m.group("unit") else 1.0) if m.group("top") else None
    end = cell.char_start + (m.end("top") if top is not None else m.end("num"))
    q = Quantity(start, end + (len(m.group("unit") or "")), text[start:end], value, top, cell_unit)
    comp = SIGNS.get(m.group("sign") or m.group("inner") or "") or ABOUT.get(m.group("about") or "") or ("=" if top is not None else None)
    return q, comp


def _scaled(value: float, mult: float) -> float:
    """A cell's number times its header's 万/亿, without the float's tail (2.3 亿元 → 230000000, not
    229999999.99999997)."""
    return float(f"{value * mult:.15g}")


def table_kind(title: str, header: list[str]) -> str:
    """``baseline`` for national thresholds (评价指标, 阈值), ``actual`` for a report (…情况, 排名), else ``target``."""
    words = title + " " + " ".join(header)
    if BASELINE_CUE.search(words):
        return "baseline"
    if ACTUAL_TABLE_CUE.search(title):
        return "actual"
    return "target"


def words_of_title(ctx: Context, title: str) -> str:
    """What a table title names: 义乌市5G基站建设年度任务表 → 5G基站建设年度任务 (no region, no 表)."""
    lines = [piece for piece in _title_pieces(title) if piece and not UNIT_LINE.match(piece)
             and not UNITS_LINE.match(piece)]  # not （单位：起）
    words = ATTACHMENT_LABEL.sub("", lines[-1]) if lines else ""
    if ctx.region and words.startswith(ctx.region):
        words = words[len(ctx.region):]
    elif ctx.region and (chain := region_chain(words)) and chain[0][0] == 0 \
            and any(r.name == ctx.region for r in chain[0][2]):
        words = words[chain[0][1]:]  # 某县 for 某族自治县: the region by a shorter name
    for d in find_deadlines(words, ctx.reference, recurrences=False):
        words = words.replace(d.raw, "")
    if REPORT_LEAD_IN.match(words) and ANNOUNCE_TAIL.search(words):  # 现将…改厕工作进展情况通报如下：: what it reports on
        words = REPORTED_ON.sub("", REPORT_LEAD_IN.sub("", ANNOUNCE_TAIL.sub("", words))) or words
    return TITLE_SUFFIX.sub("", ANNOUNCE_TAIL.sub("", words)).strip() or words


def date_of_title(ctx: Context, title: str, goals: bool = False) -> Deadline | None:
    """The last date a table title names (2023年…任务表), for the cells with no date of their own; for a table of
    ``goals`` not a year back from the notice's (按…上年度服务人次…分配: what the shares were reckoned by)."""
    found = [d for d in find_deadlines(title, ctx.reference, recurrences=False) if d.date
             and not (goals and PAST_YEAR.match(d.raw or ""))]
    return found[-1] if found else None
