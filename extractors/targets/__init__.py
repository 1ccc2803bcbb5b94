"""targets extractor: the figures a notice sets, reports or quotes, as ``Target`` records.

What it reads
-------------
- **Body text**, paragraph by paragraph, sentence by sentence, clause by clause (clauses end at
  ，；： outside brackets and quotes; a clause holding several figures is cut at the 、 between
  them). Every *quantity* (``extractors.numbers``) becomes one Target unless a rule says why not;
  each skipped number is logged at debug level with its reason (years, dates, document numbers,
  ordinals, technology names like ``5G``, bandwidth classes like ``500Mbps及以上用户``, ratios
  ``5：2：3``, numbers in web addresses, spans of time that name a thing or only tell how long
  (``15分钟生活圈``, ``3年内完成``, ``连续11年``) …).
- **Tables** (``doc.tables``; tab-separated lines when a backend gave none): an indicator table
  (a column headed 指标/指标名称) is read cell by cell, ``/`` meaning no value, the column header
  giving the scope (``某市电信``) or the deadline (``2023年``); an entity table (a column headed
  城市/县（市、区）/单位…) gives one row per place, the header cells giving the indicator and its
  unit (``5G用户占比(%)``, ``用户数(万户)``); any other table is read as text, row by row, a
  cell that is only a deadline (``2023年10月``) dating the figures of its row. A unit line under a table's title
  (``（单位：起）``) gives the unit of headers without one (of a line of several, ``单位：万亩、万元``, the money unit to
  a column of money, the other to the rest), and a title of 控制指标 makes ceilings; a table of places set out in two
  blocks side by side is read block by block; a table of one column of labels beside columns of figures
  (``医疗机构级别 | 起付标准 | 报销比例``) gives one fact per cell, named by label and column; a table of grades
  (a column headed 等级/档次 whose rows are 一星级, 二档 …, or classes A类（…）) gives one fact per grade and column (support,
  or a requirement for a column of …要求), a cell spanning rows for each row. A table without a date of its own takes the
  one date its caption or the sentence pointing to it names (``到2027年底，…各乡镇任务见下表``), else, for its goals, the end
  of the period the plan's title spans (``…两年提升计划（2025—2026年）``). Beside goal columns, a column naming only a thing
  (``养老机构床位（张）``) reports what each place has now, and a column of the stock (``2023年底已建点位``) counts what the
  caption names; a table sharing out funds (``…资金共计3150万元，按…因素分配，具体如下：``) gives the money as support and the
  counts it was shared out by as reports (``tables/allocation``). A plan's table of main
  indicators (``指标 | 2020年 | 2025年 | 年均/累计 | 属性``) gives the base year's cells as reports, the
  later years' as goals, and each row's 约束性/预期性 as ``binding``.

What each Target holds
----------------------
- ``indicator``: the canonical name from ``schemas/indicators.json`` (data; see its ``_doc``), or
  None when no entry fits — the notice's own words are always in ``indicator_raw``. A figure with
  no words of its own borrows the subject before it, but with its own period word
  (``新建5G基站800个，累计达到4500个`` → 累计, not 新建); ``该指标`` / ``这一指标`` stands for the
  indicator an earlier sentence of the paragraph named, with or without a figure. ``indicator_raw`` is
  the measure's own words (``wording``): no verbs (守住, 压缩至), adverbs or scope words (全市, 全国);
  a change is named by its direction (``交通事故死亡人数下降10%`` → ``交通事故死亡人数降幅``,
  ``增长8%`` → ``…增速``: ``changes``); a 分别 list gives each figure its item (``A、B和C分别下降…``);
  a 其中 part is a figure of its own; a clause with only a verb takes the topic its sentence opened with
  (将X纳入预算，每年安排… → X). Words that only act (``每年安排``, ``累计向``, ``至少遴选``) name nothing: the noun
  after the figure does (``向16.8万户企业发放…`` → 企业发放…), and a head count of a team built is the team's size
  (``组建不少于40人的…队伍`` → …队伍人数); a time limit after the event it runs from is named by the next clause's
  action (``收到…后30日内，会同…提出资金分配方案`` → 提出资金分配方案时限: ``time_limits``). A generic support word (奖励,
  一次性奖励, 单个项目奖励) is named by its item's title (``第三条【投资强度奖励】`` → 投资强度奖励), or by each class when one
  item pays several, or by the funds its sentence fronts (``support_names``); a bound adverb after a subsidy is its term
  (``…生活补贴，最长不超过36个月`` → 生活补贴期限); a share whose words only lead it in is named by what follows
  (``…按照不低于10%的比例，对…开展抽查`` → 抽查比例: ``led_shares``); a raise by the level raised (``…上浮比例``:
  ``raises``); an item's number or bracketed title (第八条, 【监督管理】) is no part of a name. A count of things a threshold
  classes is named by the class, the threshold no fact of its own (``年收入30万元以上的村达到60个、50万元以上的村达到25个``
  → 年收入30万元以上的村 60, 年收入50万元以上的村 25: ``class_thresholds``); two counts in a row are each named by their own
  noun, the second sharing the first's bound (``1230所乡村学校4.56万名乡村教师`` → 乡村学校, 乡村教师: ``paired_counts``). A
  name that is only what a figure is per (每人每年) takes the measure the clause before names (``年度最高支付限额合并计算，
  每人每年不超过1.5万元`` → 年度最高支付限额: ``per_unit_names``).
- ``kind``: ``target``; ``actual`` when the words report a status (a rank 居全省第17位, 截至/已完成/
  共计, a gap 还差); ``baseline`` for a national threshold (an annex table titled 评价指标/标准/阈值,
  or ``达标值（25%）`` in a sentence), with scope ``全国``; ``requirement`` for a rule's figure (an
  eligibility threshold ``年营收1亿元以上的企业``, a staffing rule ``固定人员不少于40人``, a term
  ``每届任期5年``, a time limit ``5个工作日内``; every figure of a regulation; an undated figure whose bound is stated,
  ``停靠点距离主航道不少于500米``, but not a year's output ``每年举办赛事不少于50场``: ``bounded``; a leave ``产假158天`` or
  the months a payment is counted by ``每年按10个月计发``: ``terms``; an age that says who is eligible or admitted
  ``对80周岁以上老年人`` / ``高龄（80周岁以上）`` / ``招收2岁以上幼儿``, not one naming a class in an indicator or a count:
  ``ages``) and ``support`` for a
  subsidy, award or funding amount or share (``给予不超过项目总投资20%、最高2000万元的资金支持`` → two
  facts, both ``<=``): ``rules``. A rank that is the figure itself (``位居全省前3位``) is one of unit 位
  (``rank_goals``).
- ``comparator``: from the words (``extractors.comparators``; a figure of a 、-list with no word of its own
  takes the list's: ``首次突破10亿元、50亿元``; a bound stated apart from it with words between, ``按不超过当地标准的1.5倍
  确定`` → ``<=``, ``至少配备河湖警长1名`` → ``>=``: ``bounded``), else ``>=`` for a target or a baseline (a bare goal means
  *reach at least*; ``<=`` on an indicator, or words ending with a head word of ``direction_words`` in
  ``schemas/indicators.json``, where lower is better: 死亡率, 发生率, 审批时间), ``=`` for an actual, a
  requirement, support or a planned size (规划面积).
- ``unit`` of support per thing: the physical measure it scales with (每亩 → 元/亩, 每吨标准煤) or the month of
  a monthly allowance (每人每月 → 元/月) or an allowance per head and year or day (每人每年 → 元/年, 每人每天 →
  元/天); a yearly budget is in 元 (每年安排); a fee's standard per unit (``收费标准…最高不超过每吨4元`` → 收费标准, 元/吨) or a
  price per dose (每剂次 → 元/剂次) is a requirement, a fee charged at a share of its standard (``按现行标准的50%征收``) relief. Amounts listed each with a label and given as one support after the
  list (按一类企业5万元、二类企业3万元…的标准给予一次性奖补) are named by label and support (一类企业一次性奖补).
- ``deadline``: a date at the head of a paragraph, sentence or enumerated item (``到2023年年底，``,
  ``一是…``) applies to every figure after it until another head date or the next item; a clause
  naming its own date overrides for that clause only. For an actual it is the as-of date.
  An annex indicator table without a date takes the date of the body goals it breaks down.
- ``scope``: the issuer's region (county, else city, else province, from ``prior["metadata"]``;
  read from the issuer line when metadata has none); the entities listed before 分别
  (``某市电信、某市移动分别完成…`` → one Target each); the column or row entity of a table; the places an
  enumerated item heads with (``2.甲镇、乙镇：…分别…`` / ``各不少于3个``); a group of places opening the words
  (``各乡镇``, ``每个县（市、区）至少遴选…``, ``每个村（社区）至少配备…``, ``各镇人民政府要组建…``), also for a later
  figure of the clause (``…3所幼儿园和3所小学``); a named area opening them (``某某街道累计建成…``, ``其中县城某某镇…``),
  not a list of examples (``甲园区、乙园区等园区中…``); the place of each line of a list under ``…任务分解如下：``
  (``甲镇  1500亩``), the announced measure naming its figure (``place_lines``).
- evidence: the clause (or table cell) holding the figure; ``doc.text[char_start:char_end] ==
  evidence``. The same target stated twice (body and annex) is stored once, the other places in
  ``also_at``.
- A sentence that sets a goal of reaching a threshold without a number (``完成…占比的达标任务``)
  takes the value of the baseline stated for that indicator in the notice.

Where each step lives
---------------------
``extract_targets`` below runs the steps in this order:

- ``region``: the issuer's region (the default scope) and the notice's date.
- ``body``: paragraph by paragraph (a date that announces a list, a status section's as-of date) →
  ``paragraph``: sentences and clauses (cut by ``clauses``), the head date of each (``dating``), rankings
  (``ranks``), 达标 goals without a number (``reach``), why each other number was skipped (``skips``) →
  ``figure``: one figure's Targets, its words from ``subjects`` (antecedents, borrowed words, 其中 parts)
  cleaned by ``wording``, a change from ``changes``, its entities from ``scopes`` (分别 lists, 各县区), its
  kind and comparator from ``kind`` and ``rules`` (requirements, support, spans of time), whether a date it takes
  from elsewhere is its own from ``carried_dates`` (a rule after a sentence its own goal's date heads holds beyond it);
  ranks that are the figure from ``rank_goals``; figures that are asides (a conversion 1马力=0.735千瓦, a forecast's
  较常年偏高1℃, a score band's repeated 不足85分) from ``asides``, points per event (每次扣2分 → …扣分, 分/次) or
  per step (每少1万亩扣0.5分, its step no figure) from ``scores``; a level that sets off a warning or response (…超过15%时启动预警: requirement, =) from ``triggers``, how long a
  record must stay clean (近2年内无环境违法记录: requirement, =) from ``clean_records``; a size a rule sets, named by the
  thing it sizes (划定半径500米的禁养区 → 禁养区半径, 两剂间隔6个月, 接种2剂次 → 接种剂次, 每个服务站至少配备1名…护士,
  7度抗震设防 → 抗震设防烈度) from ``set_sizes``; a share several levels bear each (市级财政和区级财政各承担40%) becomes one fact per level in ``shared_levels``, and a figure several measures reach alike (A、B合格率均达到100%) one fact per measure in ``each_alike``. A cost split written as a ratio
  (由县财政与乡镇财政按6:4比例分担) is one support share per budget (``ratio_shares``); instalments of a support (首年兑现50%，第二、三年各
  发放30%) one share each (``instalments``); an age band naming a class (乳儿班（6—12个月）) no figure, the sizes set per class named
  by class and measure (``class_bands``); a standard every one must meet among dated goals (室内温度不低于18℃, 容积率不低于1.0)
  a requirement without a deadline (``held_standards``); an amount added on top of a support the sentence set
  (…奖励标准为每台3000元；…每台再增加800元 → 增加奖励, 元/台: ``added_support``); a staffing ratio and the floor of
  units too small for it (按照在园幼儿每80人配备1名 / 不足80人的园所至少配备1名: named by the staff with the base or the class,
  which are no figures: ``staff_ratios``); the sum an insurance must cover (投保保额不低于50万元的…意外险: a requirement in 元,
  ``insured_sums``); shares a 分别 list of parties bears
  (由担保基金、贷款银行和担保公司分别按50%、30%和20%的比例分担: public funds' support, the others' requirements:
  ``party_shares``); a goal of 本防火期 / 本汛期 due at the end of the period the notice defined (``named_periods``).
- ``tables``: indicator tables, entity tables, other tables read as text; tab-separated lines as tables; a table's
  undated reports take the as-of date of its lead-in (截至…，全市共有…。各县情况如下：) or of the note under it (``tables/as_of``).
- then ``dating`` (an annex table takes the body's dates), ``plan_goals`` (an undated goal of a measure is due when the
  measure's note says, （…完成时限：2027年6月底）, or when the period a plan's opening states ends, or the one year its
  title names: …2024年…实施方案, with its task tables), ``reach`` (达标 goals get their value),
  ``merge`` (one Target per figure stated twice), ``ranks`` (ranks stated apart from their figures),
  ``dating`` (undated reports take their status section's date).
- ``dictionary``: ``schemas/indicators.json`` and how words are matched to an indicator.
"""
from __future__ import annotations

import logging

from extractors.registry import register
from extractors.targets.base_levels import date_bracketed_bases
from extractors.targets.body import read_body
from extractors.targets.clauses import top_level_cuts
from extractors.targets.context import Context, SkipFn
from extractors.targets.dating import date_status_reports, find_status_sections, inherit_table_deadlines
from extractors.targets.dictionary import Dictionary, Indicator, indicator_dictionary, norm_words
from extractors.targets.merge import merge_repeats
from extractors.targets.per_occasion import issuers_norms
from extractors.targets.plan_goals import date_measure_goals
from extractors.targets.ranks import apply_ranks
from extractors.targets.reach import resolve_reach
from extractors.targets.region_classes import scope_region_classes
from extractors.targets.served_counts import name_served_counts
from extractors.targets.reports import opens_its_paragraph, report_part
from extractors.targets.region import issuer_region, reference_date
from extractors.regulations import regulation_span
from extractors.targets.tables import pseudo_tables, read_table
from extractors.targets.tables.plan_period import year_plan_end
from schemas.records import Target

__all__ = ["Dictionary", "Indicator", "SkipFn", "extract", "extract_targets", "indicator_dictionary", "norm_words",
           "top_level_cuts"]

log = logging.getLogger(__name__)


def extract_targets(doc, prior: dict | None = None, on_skip: SkipFn | None = None) -> list[Target]:
    """All targets of a document; ``on_skip(start, end, reason)`` hears about every number not taken."""
    meta = (prior or {}).get("metadata")
    ctx = Context(doc, doc.text, issuer_region(doc, meta), reference_date(doc, meta), indicator_dictionary(), on_skip)
    ctx.regulation = regulation_span(doc, meta)
    pseudo, pseudo_paragraphs = pseudo_tables(doc) if not doc.tables else ([], set())
    report = report_part(doc)  # a 通报's report of the period it covers (after the headed status sections)
    ctx.report = (report.char_start, report.char_end) if report else None
    status_sections = find_status_sections(doc) + ([report] if report else [])
    cands, as_of = read_body(ctx, pseudo_paragraphs, status_sections)
    if report and not opens_its_paragraph(doc.text, doc.paragraphs, as_of.get(len(status_sections) - 1)):
        as_of.pop(len(status_sections) - 1, None)  # 根据…安排，4月8日至19日，…: the inspection's days date no finding
    date_bracketed_bases(doc.text, cands)  # 较2022年（1.6亿元）: the base year's level, a report
    for table in list(doc.tables) + pseudo:
        read_table(ctx, table, cands)
    inherit_table_deadlines(cands)
    date_measure_goals(doc.text, ctx.reference, cands, year_plan_end(doc, ctx.reference))  # …12个。（…完成时限：2027年6月底）: due when the note says
    cands = resolve_reach(ctx, cands)
    targets = merge_repeats(cands, doc.text)
    scope_region_classes(doc.text, ctx.region, targets)  # 对中西部地区补贴45%: the class of regions is the scope
    name_served_counts(doc.text, targets)  # 为5.2万户次小微企业提供融资担保310亿元: 服务小微企业, 融资担保
    issuers_norms(targets, ctx.region)  # 各县（市、区）献血者每人每次献血量…: the issuer's rule, kept in each place
    apply_ranks(ctx, targets)
    date_status_reports(targets, status_sections, as_of, doc.text)
    _locate(doc, targets)
    return targets


def _locate(doc, targets: list[Target]) -> None:
    """Each Target's section path and page, from where its evidence starts."""
    for target in targets:
        section = doc.section_at(target.char_start) if doc.sections else None
        target.section_path = section.path if section else None
        target.page = doc.page_at(target.char_start)


def _log_skip(doc) -> SkipFn:
    text = doc.text

    def skip(start: int, end: int, reason: str) -> None:
        context = text[max(0, start - 8):end + 8].replace("\n", "⏎")
        log.debug("targets: skip %r at %d (…%s…): %s", text[start:end], start, context, reason)

    return skip


@register("targets", "94")
def extract(doc, prior):
    """The registered extractor: ``extract_targets``, skipped numbers logged when debug logging is on."""
    return extract_targets(doc, prior, _log_skip(doc) if log.isEnabledFor(logging.DEBUG) else None)
