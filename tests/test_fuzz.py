"""Property tests (hypothesis) over normalize, structure and every extractor: any text in, no
exception out; the offset map covers the text; every span lies inside the text and cites it
exactly (``text[char_start:char_end] == evidence``).

Texts are drawn from notice material — lines and fragments of the corpus notices, role and
agency words, numbers, dates, brackets, tabs (table rows) and form feeds (pages) — mixed with any
characters at all, so that both near-real notices and garbage reach every rule.
"""
from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest.text import blocks_from_lines
from pipeline.model import RawDocument
from pipeline.normalize import normalize
from pipeline.structure import structure
from tests.generated import corpus_text

_LINES = [line for line in corpus_text().split("\n") if line.strip()]
_WORDS = ["牵头单位：", "责任单位：", "配合单位：", "组  长：", "副组长：", "成  员：", "办公室设在", "办公室主任由",
          "市工信局", "县财政局、区发改委", "各县（区）人民政府", "（以下简称铁塔公司）", "领导小组", "工作专班",
          "到2025年底", "2023年9月28日", "不低于95%", "达到1.2万个", "每季度", "持续推进", "一、", "（二）", "3.",
          "（4）", "附件", "抄送：", "《关于印发方案的通知》", "阳政办发〔2023〕71号", "— 2 —", "\t", "\n", "\f",
          "。", "，", "、", "；", "：", "（", "）", "“", "”", "　", " ", "％", "１２", "實施", "(shí)", "**"]
_FRAGMENT = st.one_of(
    st.sampled_from(_LINES),
    st.sampled_from(_LINES).flatmap(lambda line: st.integers(0, len(line)).map(lambda i: line[:i])),
    st.sampled_from(_WORDS),
    st.text(max_size=12),
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), max_size=8),
)
_BLOCKS = [
    "领导小组组成人员名单\n组  长：石  峰  副市长\n副组长：张  明  市政府副秘书长\n成  员：李  强  市工信局局长\n"
    "王  芳  市财政局副局长\n领导小组办公室设在市工信局，办公室主任由李强同志兼任。",
    "（一）加快千兆光网建设。到2025年底，全市5G基站达到1.2万个。（市工信局牵头，各县区人民政府配合）",
    "序号\t重点任务\t牵头单位\t完成时限\n1\t推进5G网络建设\t市工信局\t2024年12月\n2\t建设数据中心\t市发改委\t持续推进",
]
#: fragments run together (garbage at every joint), or whole lines of notices with fragments between them
NOTICE_TEXT = st.one_of(
    st.lists(_FRAGMENT, max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(_LINES), st.sampled_from(_BLOCKS), _FRAGMENT), max_size=30).map("\n".join),
)
_SETTINGS = settings(max_examples=120, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


def _raw(text: str) -> RawDocument:
    """The text as the text backend lays it out: lines, tab rows as tables, form feeds as pages."""
    lines, pages = [], []
    for number, page in enumerate(text.split("\f"), start=1):
        for line in page.split("\n"):
            lines.append(line)
            pages.append(number)
    blocks, warnings = blocks_from_lines(lines, pages)
    return RawDocument("fuzz.txt", "text", blocks, warnings=warnings)


def _spans(value, seen=None):
    """Every object with char_start/char_end inside ``value`` (records, lists, dicts, nested)."""
    seen = seen if seen is not None else set()
    if id(value) in seen or isinstance(value, (str, bytes, int, float, type(None))):
        return
    seen.add(id(value))
    if dataclasses.is_dataclass(value):
        if getattr(value, "char_start", None) is not None and getattr(value, "char_end", None) is not None:
            yield value
        for item in dataclasses.fields(value):
            yield from _spans(getattr(value, item.name), seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _spans(item, seen)
    elif isinstance(value, (list, tuple, set)):
        for item in value:
            yield from _spans(item, seen)


@_SETTINGS
@given(NOTICE_TEXT)
def test_normalize_keeps_an_offset_for_every_character(text):
    raw = _raw(text)
    doc = normalize(raw)
    assert len(doc.raw_offsets) == len(doc.text)
    assert all(0 <= offset <= len(raw.raw_text) for offset in doc.raw_offsets)
    for start, end in doc.paragraphs:
        assert 0 <= start <= end <= len(doc.text)
    for table in doc.tables:
        for row in table.rows:
            for cell in row:
                assert doc.text[cell.char_start:cell.char_end] == cell.text


@_SETTINGS
@given(NOTICE_TEXT)
def test_every_extractor_takes_any_text_and_cites_it_exactly(text):
    from extractors import registry

    doc = structure(normalize(_raw(text)))
    for section in doc.sections:
        assert 0 <= section.char_start <= section.char_end <= len(doc.text)
    results: dict = {}
    for extractor in registry.extractors():
        results[extractor.name] = extractor.func(doc, results)
        for record in _spans(results[extractor.name]):
            start, end = record.char_start, record.char_end
            assert 0 <= start <= end <= len(doc.text), (extractor.name, record)
            if hasattr(record, "evidence"):
                assert doc.text[start:end] == record.evidence, (extractor.name, record)
