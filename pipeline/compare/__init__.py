"""Compare policies across regions: the region × indicator matrix and what is made of it.

``matrix.py`` builds the matrix from the notices (``compare``); ``selection.py`` resolves the
indicators and regions a researcher names; ``units.py`` harmonizes units (conversions are data in
``schemas/units.json``); ``formats.py`` writes it as a table, CSV, JSON or Markdown; ``xlsx.py`` as
an Excel workbook; ``chart.py`` draws one indicator across regions. Reads SQLite and ``schemas/`` only.
"""
from __future__ import annotations

from pipeline.compare.matrix import COMPARED_KINDS, Cell, Figure, IndicatorColumn, Matrix, Threshold, compare, falls_short

__all__ = ["COMPARED_KINDS", "Cell", "Figure", "IndicatorColumn", "Matrix", "Threshold", "compare", "falls_short"]
