"""Ruled tables, geometry: grids found from the ruling lines of a page (no text yet).

The ruling lines come from pypdfium2 path objects (microseconds per page); the grid is found by
pdfplumber's table geometry (``merge_edges`` → intersections → cells → tables, its default
"lines" strategy and tolerances), which is pure geometry and needs no pdfminer parse of the page.
Returns :class:`Grid` s; cell texts come later (:mod:`.table_cells`) from the PDF backend's own
character stream, so cells and body text follow the same spacing rules.
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in reading coordinates (y grows down)

#: pdfplumber's default table settings (snap, join, intersection tolerances; edge lengths)
_SNAP_TOLERANCE = 3.0
_JOIN_TOLERANCE = 3.0
_INTERSECTION_TOLERANCE = 3.0
_EDGE_MIN_LENGTH = 3.0
_EDGE_MIN_LENGTH_PREFILTER = 1.0
#: a path segment this close to horizontal/vertical (pt of drift over its length) is a rule
_AXIS_SLACK = 0.5
#: cell edges closer than this (pt) are the same grid line
_EDGE_TOLERANCE = 1.5


@dataclass
class Grid:
    """One ruled table on one page (no text yet)."""

    page: int
    bbox: Box
    #: the grid's cells (merged cells are one cell), each with its box
    cells: list[Box]
    #: owner[r][c]: index in ``cells`` of the cell covering grid position (r, c), -1 when none
    owner: list[list[int]]
    #: left edge of each grid column, to recognise the same table on the next page
    column_lefts: list[float]


@dataclass
class TablePiece:
    """A grid with its cell texts: one page's part of a (possibly longer) table."""

    grid: Grid
    texts: list[str]
    #: per grid row: are (nearly) all characters of the cells starting in it bold? Headers are.
    bold_rows: list[bool]

    @property
    def page(self) -> int:
        return self.grid.page

    @property
    def bbox(self) -> Box:
        return self.grid.bbox

    def filled_rows(self) -> list[list[str]]:
        """The logical grid: every position gets the text of the cell covering it (down and across)."""
        return [[self.texts[i] if i >= 0 else "" for i in row] for row in self.grid.owner]

    def row_span(self, row: int, col: int) -> int:
        """How many grid rows the cell at (row, col) covers."""
        anchor = self.grid.owner[row][col]
        return sum(1 for r in self.grid.owner if r[col] == anchor) if anchor >= 0 else 1


# ---------------------------------------------------------------------------------------------
# Ruling lines from pdfium path objects
# ---------------------------------------------------------------------------------------------


def ruling_edges(page_handle, to_reading) -> list[dict]:
    """Horizontal and vertical path segments of a page as pdfplumber edge dicts (reading coordinates).

    ``to_reading`` maps PDF user space to the page's reading coordinates (see
    :func:`~pipeline.ingest.pdf.glyphs._reading_transform`).
    Curves and slanted segments are no table rules and are skipped.
    """
    edges = []
    for start, end in _line_segments(page_handle, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), in_form=False):
        (x0, top), (x1, bottom) = to_reading(*start), to_reading(*end)
        if abs(top - bottom) <= _AXIS_SLACK:
            y = (top + bottom) / 2
            edge = _edge(min(x0, x1), y, max(x0, x1), y, "h")
        elif abs(x0 - x1) <= _AXIS_SLACK:
            x = (x0 + x1) / 2
            edge = _edge(x, min(top, bottom), x, max(top, bottom), "v")
        else:
            continue
        edges.append(edge)
    return edges


def _edge(x0: float, top: float, x1: float, bottom: float, orientation: str) -> dict:
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": orientation,
        "object_type": "line",
    }


def _line_segments(container, matrix: tuple, *, in_form: bool):
    """Straight segments ((x, y), (x, y)) in user space of every path, form XObjects included."""
    count_objects = pdfium_c.FPDFFormObj_CountObjects if in_form else pdfium_c.FPDFPage_CountObjects
    get_object = pdfium_c.FPDFFormObj_GetObject if in_form else pdfium_c.FPDFPage_GetObject
    own = pdfium_c.FS_MATRIX()
    for index in range(count_objects(container)):
        obj = get_object(container, index)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM):
            continue
        if not pdfium_c.FPDFPageObj_GetMatrix(obj, own):
            continue
        combined = _multiply((own.a, own.b, own.c, own.d, own.e, own.f), matrix)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            yield from _line_segments(obj, combined, in_form=True)
        else:
            yield from _path_segments(obj, combined)


def _path_segments(path, matrix: tuple):
    x, y = ctypes.c_float(), ctypes.c_float()
    subpath_start = previous = None
    for index in range(pdfium_c.FPDFPath_CountSegments(path)):
        segment = pdfium_c.FPDFPath_GetPathSegment(path, index)
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        point = _apply(matrix, x.value, y.value)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and previous is not None:
            yield previous, point
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            subpath_start = point
        previous = point
        if pdfium_c.FPDFPathSegment_GetClose(segment) and subpath_start is not None:
            if subpath_start != previous:
                yield previous, subpath_start
            previous = subpath_start


def _multiply(first: tuple, second: tuple) -> tuple:
    """The matrix applying ``first`` then ``second`` (PDF row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = first
    a2, b2, c2, d2, e2, f2 = second
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def _apply(matrix: tuple, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f


# ---------------------------------------------------------------------------------------------
# Grids (pdfplumber's geometry)
# ---------------------------------------------------------------------------------------------


def find_grids(edges: list[dict], page_no: int) -> list[Grid]:
    """Ruled grids formed by ``edges`` (pdfplumber's "lines" strategy with its default tolerances).

    A one-column "table" is a frame around text, not a table: it is left to the text flow.
    """
    horizontal = sum(1 for e in edges if e["orientation"] == "h")
    if horizontal < 2 or len(edges) - horizontal < 2:
        return []
    # imported for the first ruled page, not with the module: pdfplumber (and pdfminer) took 0.06 s of each start
    # of a run, most of whose PDFs hold no table
    from pdfplumber import table as plumber_table
    from pdfplumber import utils as plumber_utils

    edges = plumber_utils.filter_edges(edges, min_length=_EDGE_MIN_LENGTH_PREFILTER)
    edges = plumber_table.merge_edges(edges, _SNAP_TOLERANCE, _SNAP_TOLERANCE, _JOIN_TOLERANCE, _JOIN_TOLERANCE)
    edges = plumber_utils.filter_edges(edges, min_length=_EDGE_MIN_LENGTH)
    intersections = plumber_table.edges_to_intersections(edges, _INTERSECTION_TOLERANCE, _INTERSECTION_TOLERANCE)
    cells = plumber_table.intersections_to_cells(intersections)
    grids = []
    for cell_group in plumber_table.cells_to_tables(cells):
        grid = _grid_from_cells(cell_group, page_no)
        if len(grid.column_lefts) >= 2:
            grids.append(grid)
    return sorted(grids, key=lambda g: (g.bbox[1], g.bbox[0]))


def _grid_from_cells(cells: list[Box], page_no: int) -> Grid:
    cells = sorted(cells, key=lambda c: (c[1], c[0]))
    row_tops = _distinct_edges(c[1] for c in cells)
    column_lefts = _distinct_edges(c[0] for c in cells)
    owner = [[-1] * len(column_lefts) for _ in row_tops]
    for index, (x0, top, x1, bottom) in enumerate(cells):
        rows = [r for r, y in enumerate(row_tops) if top - _EDGE_TOLERANCE <= y < bottom - _EDGE_TOLERANCE]
        cols = [c for c, x in enumerate(column_lefts) if x0 - _EDGE_TOLERANCE <= x < x1 - _EDGE_TOLERANCE]
        for r in rows:
            for c in cols:
                owner[r][c] = index
    bbox = (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells), max(c[3] for c in cells))
    return Grid(page_no, bbox, cells, owner, column_lefts)


def _distinct_edges(values) -> list[float]:
    """Sorted edge positions, edges closer than _EDGE_TOLERANCE merged."""
    edges: list[float] = []
    for value in sorted(values):
        if not edges or value - edges[-1] > _EDGE_TOLERANCE:
            edges.append(value)
    return edges
