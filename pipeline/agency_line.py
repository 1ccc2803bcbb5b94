"""A line that is nothing but an agency's name (``某市人民政府办公室``, ``中共某县委``, ``某市经济和信息化局``).

One definition shared by the stages that read such lines: ingest (a page heading that prints its co-issuers before
关于), structure (版头, signatures) and the extractors (through ``pipeline.structure``), so that ingest depends on no
later stage. Matched against one line (``.match``).
"""
from __future__ import annotations

import regex

# 某市人民政府办公室, 中共某县委, 某市经济和信息化局: a line that is nothing but an agency's name
AGENCY_LINE = regex.compile(
    r"^[\p{Han}（）()“”]{2,40}(?:政府|办公室|办公厅|委员会|领导小组|小组|指挥部|中心|公司|支队|总队|大队|[局厅委办府室部院会组处署馆社行])$"
)
