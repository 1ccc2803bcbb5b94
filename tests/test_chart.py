"""The chart is checked by what it draws: the SVG's text elements, and the PNG against a render with a font
known to lack Chinese glyphs (DejaVu Sans draws each one as a box and says so)."""
from __future__ import annotations

import warnings
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from matplotlib.image import imread

from pipeline.compare.chart import chart, cjk_font
from pipeline.compare import compare
from pipeline.research_db import ResearchError

INDICATOR = "城市家庭千兆光纤网络覆盖率"


def svg_texts(path) -> str:
    root = ET.parse(path).getroot()
    return " ".join("".join(node.itertext()) for node in root.iter() if node.tag.endswith("text"))


def test_svg_keeps_the_chinese_labels_as_text(our_db, tmp_path):
    matrix = compare(our_db, indicators=[INDICATOR], latest=False)
    chart(matrix, INDICATOR, tmp_path / "c.svg")
    texts = svg_texts(tmp_path / "c.svg")
    for label in ("芜湖市", "绵阳市", INDICATOR, "全国标准", "目标", "来源"):
        assert label in texts
    # the sources in the caption: each notice's 文号, and where the threshold comes from
    for number in ("芜政办〔2021〕12号", "芜政办〔2022〕8号", "芜政办〔2023〕5号", "绵府办发〔2023〕30号"):
        assert number in texts
    assert "schemas/indicators.json" in texts
    # the figures as labels beside their marks: 60% in 2021 (short of 80%), 95% in 2023
    assert "≥60" in texts and "≥95" in texts


def _render(matrix, path, font=None) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        chart(matrix, INDICATOR, path, font=font)
    return [str(w.message) for w in caught if "missing from font" in str(w.message).lower()
            or "glyph" in str(w.message).lower()]


def test_png_draws_chinese_glyphs_where_a_latin_font_draws_boxes(our_db, tmp_path):
    assert cjk_font() is not None, "no CJK font: .ci/run installs fonts-noto-cjk"
    matrix = compare(our_db, indicators=[INDICATOR])
    assert _render(matrix, tmp_path / "cjk.png") == []
    boxes = _render(matrix, tmp_path / "boxes.png", font="DejaVu Sans")
    assert boxes, "DejaVu Sans has no Chinese glyphs: matplotlib says so for each"
    ours, latin = imread(tmp_path / "cjk.png"), imread(tmp_path / "boxes.png")
    if ours.shape == latin.shape:
        assert np.abs(ours - latin).mean() > 0.001
    # both images hold a drawing, not a blank page
    assert ours.std() > 0.05


def test_chart_wants_png_or_svg(our_db, tmp_path):
    with pytest.raises(ResearchError, match=r"\.png or \.svg"):
        chart(compare(our_db, indicators=[INDICATOR]), INDICATOR, tmp_path / "c.jpg")


def test_a_font_of_placeholder_boxes_is_not_taken_for_a_chinese_font():
    from pathlib import Path

    import matplotlib
    from matplotlib import font_manager

    from pipeline.compare.chart import _has_glyphs

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    # matplotlib ships Last Resort: a glyph index for every character, all of one block one box
    assert not _has_glyphs(str(fonts / "LastResortHE-Regular.ttf"), "芜湖市绵阳市")
    assert not _has_glyphs(str(fonts / "DejaVuSans.ttf"), "芜湖市")
    assert _has_glyphs(font_manager.findfont(cjk_font()), "芜湖市绵阳市")
