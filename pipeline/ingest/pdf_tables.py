"""The old home of the PDF backend's ruled tables, kept so that ``from pipeline.ingest import pdf_tables``
works: grids are in :mod:`pipeline.ingest.pdf.table_grids`, joining over pages in
:mod:`pipeline.ingest.pdf.table_join`.
"""
from __future__ import annotations

from pipeline.ingest.pdf.table_grids import Grid, TablePiece, _grid_from_cells, find_grids, ruling_edges
from pipeline.ingest.pdf.table_join import TableBuilder, detect_header_rows

__all__ = ["Grid", "TablePiece", "TableBuilder", "_grid_from_cells", "detect_header_rows", "find_grids", "ruling_edges"]
