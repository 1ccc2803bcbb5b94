"""The content's lines → blocks: box lines, page chrome and a box table left out; tab-separated
runs (Word-HTML's flattened tables) made tables.

Reads the content's rendered items and the keys of the box lines; returns the blocks.
"""
from __future__ import annotations

import regex

from pipeline.ingest.html.dom_lines import _Line
from pipeline.ingest.html.portal_box import _is_box_table, _line_key
from pipeline.ingest.text import blocks_from_lines
from pipeline.model import Block

#: page chrome that may sit inside the content container: breadcrumbs, share, counters, print, footers
_NOISE_LINE = regex.compile(
    r"^(?:当前位置|您现在的位置|您的位置|所在位置|现在位置)\s*[：:]"
    r"|首页\s*(?:>|&gt;|»|›|＞)"
    r"|^分享(?:到)?\s*[：:]?"
    r"|(?:浏览|阅读|访问|点击)(?:次数|量|数)\s*[：:]"
    r"|字体\s*[：:]?\s*[【\[]?\s*大\s*中\s*小"
    r"|^(?:[【\[]?\s*(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|收藏(?:本页)?|返回(?:顶部)?)\s*[】\]]?\s*[|｜]?\s*)+$"
    r"|^(?:上一篇|下一篇|上一条|下一条)\s*[：:]"
    r"|^(?:主办|承办|协办)(?:单位)?\s*[：:]"
    r"|版权所有|ICP备|公网安备|网站标识码|网站地图|联系我们"
    r"|^扫一扫"
)
#: a noise line is short; a long line mentioning 首页 is prose
_NOISE_MAX_CHARS = 160


def _blocks(items: list[_Line], box_keys: set[tuple[int, str]]) -> list[Block]:
    """Content lines → blocks, without box lines, page chrome and the box table."""
    blocks: list[Block] = []
    tab_run: list[_Line] = []

    def flush_tab_run() -> None:
        if len(tab_run) >= 2:  # Word-HTML keeps a flattened table as tab-separated <p> lines
            table_blocks, _ = blocks_from_lines([line.text for line in tab_run], soft_wrap=False)
            blocks.extend(table_blocks)
        else:
            blocks.extend(_text_block(line) for line in tab_run)
        tab_run.clear()

    for item in items:
        if item.rows is not None:
            flush_tab_run()
            if not _is_box_table(item.rows):
                blocks.append(Block("table", rows=item.rows, header_rows=item.header_rows))
            continue
        if _line_key(item) in box_keys or _is_noise(item.text):
            continue
        if "\t" in item.text.strip(" \u3000"):
            tab_run.append(item)
            continue
        flush_tab_run()
        blocks.append(_text_block(item))
    flush_tab_run()
    return blocks


def _text_block(line: _Line) -> Block:
    # A <br> line end may be a copied hard wrap: normalization judges it; block ends are paragraphs. A table's
    # <caption> (…任务表（2024—2026年）) is a title of its own, never the end of the sentence above it.
    caption = line.owner.name == "caption" or line.owner.find_parent("caption") is not None
    return Block("text", line.text.strip(), soft_wrap=True, hints=line.hints, new_paragraph=caption)


def _is_noise(text: str) -> bool:
    return len(text) <= _NOISE_MAX_CHARS and bool(_NOISE_LINE.search(text.strip()))
