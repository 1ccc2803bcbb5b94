"""Reading tables: which of the three readers a table gets, by its header.

A project column (项目名称) → ``project_table``; an indicator column (指标) → ``indicator_table``; an entity column (城市/单位…) under a header →
``entity_table``, and so does a tier column (等级/档次: rows of grades, each naming its figures); a thing column with
share or cap columns (项目类别 | 支持比例 | 最高金额) → ``support_table``; one column of labels beside columns of figures only
(医疗机构级别 | 起付标准 | 报销比例) → ``row_label_table``; a column of points (考核指标 | 分值 | 评分标准) → ``score_table``; anything else → ``text_table``. A catalogue (``…车型目录``,
``…名录``) holds no figures. ``tab_lines`` makes tables of tab-separated lines; a table set out in blocks side by side
(乡镇 | 目标数 | 乡镇 | 目标数) is read block by block (``side_by_side``); a table of places without a header under a
title announcing its measure (…任务分解如下：) row by row (``place_rows``).
"""
from __future__ import annotations

import regex

from extractors.targets.context import Candidate, Context
from extractors.targets.tables.as_of import date_reports
from extractors.targets.tables.cap_table import cap_goals
from extractors.targets.tables.entity_table import read_entity_table
from extractors.targets.tables.indicator_table import read_indicator_table
from extractors.targets.tables.place_rows import read_place_rows
from extractors.targets.tables.project_table import project_column, read_project_table
from extractors.targets.tables.score_table import read_score_table, score_columns
from extractors.targets.tables.row_label_table import read_row_label_table, row_label_columns, row_label_header
from extractors.targets.tables.side_by_side import side_by_side_blocks
from extractors.targets.tables.support_table import read_support_table, support_columns
from extractors.targets.tables.layout import (ENTITY_HEADER, INDICATOR_HEADER, header_of, header_words, table_title,
                                              tier_column)
from extractors.targets.tables.tab_lines import pseudo_tables
from extractors.targets.tables.text_table import read_text_table
from pipeline.model import Table

# 参与车型目录 / 推荐企业名录 closing a table's title: a catalogue of things, not of figures
CATALOGUE_TITLE = regex.compile(r"(?:目录|名录)$")

__all__ = ["pseudo_tables", "read_table"]


def read_table(ctx: Context, table: Table, out: list[Candidate]) -> None:
    """The Candidates of one table, read by the reader its header calls for; a table set out in blocks side by side
    (乡镇 | 目标数 | 乡镇 | 目标数) block by block."""
    if not table.rows:
        return
    blocks = side_by_side_blocks(table)
    if len(blocks) > 1:
        for block in blocks:
            read_table(ctx, block, out)
        return
    first = len(out)
    _read_one(ctx, table, out)
    date_reports(ctx, table, out[first:])  # …截至2023年9月底…。各街道情况如下： / 注：…截至2022年6月30日…: the rows' as-of date
    cap_goals(ctx, table, out[first:])  # 停车最高限价按区域等级划分（见下表） / 注：表中为最高限价: caps a rule sets


def _read_one(ctx: Context, table: Table, out: list[Candidate]) -> None:
    """The Candidates of one table not set out in blocks, by the reader its header calls for."""
    header, n_header = header_of(table)
    title = table_title(ctx.doc, table)
    indicator_col = next((i for i, h in enumerate(header) if INDICATOR_HEADER.match(h)), None)
    entity_col = next((i for i, h in enumerate(header) if ENTITY_HEADER.match(header_words(h))), None)
    tier_col = tier_column(table, header, n_header)
    project_col = project_column(header) if n_header else None
    if project_col is None and indicator_col is None and CATALOGUE_TITLE.search(title):
        return  # 参与车型目录 / 企业名录: a list of products or firms (their prices, ranges), no figures of the notice
    if n_header and (scored := score_columns(header)) is not None:
        # 考核指标 | 分值 | 评分标准: an assessment's points and scoring rules per row
        read_score_table(ctx, table, header, n_header, scored, out)
    elif project_col is not None:
        read_project_table(ctx, table, header, n_header, project_col, out, title)
    elif indicator_col is not None:
        read_indicator_table(ctx, table, header, n_header, title, indicator_col, out)
    elif entity_col is not None and n_header:
        read_entity_table(ctx, table, header, n_header, title, entity_col, out)
    elif tier_col is not None:
        read_entity_table(ctx, table, header, n_header, title, tier_col, out, tiers=True)
    elif columns := support_columns(header if n_header else [c.text for c in table.rows[0]]):
        # 项目类别 | 支持比例 | 最高金额: a share and a cap per row (a header of words no other reader knows)
        header, n_header = (header, n_header) if n_header else ([c.text for c in table.rows[0]], 1)
        read_support_table(ctx, table, header, n_header, columns, out)
    elif labelled := row_label_columns(table, *(label_header := row_label_header(table, header, n_header))):
        # 医疗机构级别 | 起付标准 | 报销比例: a row of figures per level, class or thing
        read_row_label_table(ctx, table, *label_header, title, labelled, out)
    elif n_header or not read_place_rows(ctx, table, title, out):  # | 甲镇 | 1500亩 | under …任务分解如下：
        read_text_table(ctx, table, n_header, out)
