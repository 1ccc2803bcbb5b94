"""A chart a researcher can paste into a paper: one indicator across regions (matplotlib).

Targets and actuals are marks (a target short of the national threshold in red), the national
threshold a dashed line, the notices the figures come from a caption. Chinese labels are drawn with
a font found at run time that has their glyphs (``cjk_font``); an ``.svg`` keeps its labels as text.
"""
from __future__ import annotations

import textwrap
from pathlib import Path

from pipeline.compare.matrix import Matrix
from pipeline.research_db import ResearchError

#: fonts tried first, for Simplified Chinese glyph shapes; any other font with the glyphs will do
PREFERRED_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Zen Hei",
                   "WenQuanYi Micro Hei", "SimHei", "Microsoft YaHei", "PingFang SC", "Noto Sans SC",
                   "Noto Serif CJK SC", "Droid Sans Fallback", "AR PL UMing CN")
KIND_STYLE = {"target": ("^", "#1f77b4", "目标 target"), "actual": ("o", "#2ca02c", "实际 actual"),
              "baseline": ("s", "#7f7f7f", "基准 baseline")}
SHORT_COLOR = "#d62728"
FONT_HINT = ("no font with Chinese glyphs was found for a PNG: install one (Debian/Ubuntu: "
             "`apt-get install fonts-noto-cjk`) or write the chart as .svg, whose labels stay text")


def _has_glyphs(path: str, text: str) -> bool:
    """Whether the font draws each CJK character of ``text`` as a glyph of its own: a fallback font such as
    matplotlib's Last Resort maps every character of a block to one placeholder box."""
    from matplotlib.ft2font import FT2Font

    try:
        font = FT2Font(path)
    except (OSError, RuntimeError, ValueError):
        return False
    wanted = {ch for ch in text if not ch.isspace() and ord(ch) > 0x2e7f}
    glyphs = {font.get_char_index(ord(ch)) for ch in wanted}
    return 0 not in glyphs and len(glyphs) == len(wanted)


def cjk_font(text: str = "全国目标实际市区县") -> str | None:
    """The name of an installed font that draws every CJK character of ``text``, preferred ones first; fonts
    installed after matplotlib cached its font list are looked for on disk too."""
    from matplotlib import font_manager

    manager = font_manager.fontManager
    entries = sorted(manager.ttflist, key=lambda e: (
        PREFERRED_FONTS.index(e.name) if e.name in PREFERRED_FONTS else len(PREFERRED_FONTS), e.name, e.fname))
    checked: dict[str, bool] = {}
    for entry in entries:
        if entry.fname not in checked:
            checked[entry.fname] = _has_glyphs(entry.fname, text)
        if checked[entry.fname]:
            return entry.name
    for path in sorted(font_manager.findSystemFonts()):
        if path not in checked and _has_glyphs(path, text):
            manager.addfont(path)
            return font_manager.FontProperties(fname=path).get_name()
    return None


def chart(matrix: Matrix, indicator: str, path: str | Path, *, font: str | None = None) -> Path:
    """Draw ``indicator`` of ``matrix`` to ``path`` (.png or .svg). ``font`` overrides the font found at run
    time (tests draw with a font known to lack Chinese glyphs to see the difference)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        raise ResearchError(f"a chart is written as .png or .svg, not {path.suffix or 'a file without suffix'}")
    column = next((c for c in matrix.indicators if c.name == indicator), None)
    if column is None:
        raise ResearchError(f"the matrix has no indicator {indicator!r}")
    points = _points(matrix, indicator)
    if not points:
        raise ResearchError(f"no figure of {indicator} to draw for the regions asked for")
    labels = [p[0] for p in points]
    text = "".join(labels) + indicator + "".join(s for p in points for s in p[2]) + "全国目标实际基准来源"
    family = font or cjk_font(text)
    if family is None and path.suffix.lower() == ".png":
        raise ResearchError(FONT_HINT)
    style = {"font.family": [family or "sans-serif", "DejaVu Sans"], "svg.fonttype": "none",
             "axes.unicode_minus": False}
    with plt.rc_context(style):
        fig = _draw(plt, matrix, column, points)
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, dpi=150, bbox_inches="tight")
        plt.close(fig)
    return path


def _points(matrix: Matrix, indicator: str) -> list[tuple[str, dict, list[str]]]:
    """Per row with a figure: its label, kind → figure, and the sources."""
    points = []
    for i, row in enumerate(matrix.rows):
        by_kind = {}
        for kind in matrix.kinds:
            cell = matrix.cell(i, indicator, kind)
            if cell and cell.figure is not None and cell.figure.value is not None:
                by_kind[kind] = cell.figure
        if by_kind:
            label = row.region.label + (f"\n{row.issue_date or ''}" if row.notice_id else "")
            points.append((label, by_kind, sorted({f.source for f in by_kind.values()})))
    return points


def _draw(plt, matrix: Matrix, column, points):
    width = max(6.0, 1.1 * len(points) + 2)
    fig, ax = plt.subplots(figsize=(width, 4.8))
    kinds = [k for k in matrix.kinds if any(k in p[1] for p in points)]
    offsets = {k: (j - (len(kinds) - 1) / 2) * 0.18 for j, k in enumerate(kinds)}
    short_labelled = False
    for kind in kinds:
        marker, color, label = KIND_STYLE.get(kind, ("D", "#9467bd", kind))
        placed = []
        for x, (_, by_kind, _) in enumerate(points):
            figure = by_kind.get(kind)
            if figure is None:
                continue
            placed.append((x + offsets[kind], figure))
            if figure.value_max is not None:
                ax.vlines(x + offsets[kind], figure.value, figure.value_max, colors=color, linewidth=2)
            ax.annotate(figure.text(with_unit=False), (x + offsets[kind], figure.value), textcoords="offset points",
                        xytext=(6, 4), fontsize=8)
        ax.scatter([x for x, f in placed], [f.value for x, f in placed], marker=marker, s=70, c=color, label=label,
                   zorder=3, edgecolors="black", linewidths=0.5)
        short = [(x, f) for x, f in placed if f.vs_national == "short"]
        if short:
            # drawn over the kind's own mark: red where the figure falls short of the national threshold
            ax.scatter([x for x, f in short], [f.value for x, f in short], marker=marker, s=70, c=SHORT_COLOR,
                       zorder=4, edgecolors="black", linewidths=0.5,
                       label=None if short_labelled else "低于全国标准 short of national")
            short_labelled = True
    if column.threshold:
        t = column.threshold
        ax.axhline(t.value, color="#444444", linestyle="--", linewidth=1.2,
                   label=f"全国标准 national {t.text()}")
    ax.set_xticks(range(len(points)))
    ax.set_xticklabels([p[0] for p in points])
    ax.set_xlim(-0.6, len(points) - 0.4)
    unit = column.unit or ""
    ax.set_ylabel(f"{column.name}" + (f" ({unit})" if unit else ""))
    ax.set_title(f"{column.name}" + (f"（{unit}）" if unit else "") + " — " + " / ".join(KIND_STYLE.get(k, ("", "", k))[2]
                                                                                   for k in kinds))
    values = [f.value for p in points for f in p[1].values()] + ([column.threshold.value] if column.threshold else [])
    if min(values) >= 0:
        ax.set_ylim(bottom=0, top=max(values) * 1.12 or 1)  # from zero: a gap is seen at its true size
    ax.grid(axis="y", alpha=0.3)
    ax.legend(loc="best", fontsize=8)
    sources = sorted({s for p in points for s in p[2]})
    caption = "来源 sources: " + "; ".join(sources)
    if column.threshold:
        caption += f". 全国标准 national threshold: {'; '.join(column.threshold.sources)}"
    if column.conversions:
        caption += ". 单位换算 converted: " + "; ".join(column.conversions)
    fig.text(0.01, -0.02, textwrap.fill(caption, width=int(width * 14)), ha="left", va="top", fontsize=7)
    fig.tight_layout()
    return fig
