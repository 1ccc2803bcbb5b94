"""Limits inside the backends and damaged-but-readable files: a lying page tree, too many pages, a
zip bomb, entity expansion, bounded warnings; damaged text, PDF and DOCX read where they can be,
each remaining failure typed with a message that says what to do."""
from __future__ import annotations

import io
import json
import sqlite3
import struct
import zipfile

import pikepdf
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.errors import CorruptFileError, DecodeError, TooLargeError
from pipeline.ingest import docx, html, pdf, text
from pipeline.ingest.pdf.second_reader import _SecondReader
from pipeline.limits import MAX_WARNINGS, Limits, bounded_warnings
from pipeline.runner import run
from tests.conftest import CORPUS
from tests.generated import pdf_input

YANGQUAN = (CORPUS / "text" / "000_yangquan_notice.txt").read_text(encoding="utf-8")
DOCX = (CORPUS / "docx" / "001_yuzhong_notice.docx").read_bytes()


# --------------------------------------------------------------------------- PDF


def test_a_page_tree_that_claims_999999_pages_is_stored_with_the_pages_it_holds(tmp_path):
    liar = pdf_input(6).replace(b"/Count 6 ", b"/Count 999999 ")
    (tmp_path / "liar.pdf").write_bytes(liar)
    run([tmp_path / "liar.pdf"], tmp_path / "p.db")
    row = sqlite3.connect(tmp_path / "p.db").execute("select status, page_count, warnings from documents").fetchone()
    assert row[0] == "ok" and row[1] == 6
    warnings = json.loads(row[2])
    assert warnings == ["the page tree claims 999999 pages but holds 6: 6 read"]


def test_a_lying_page_tree_that_qpdf_cannot_count_either_ends_after_a_run_of_unreadable_pages(monkeypatch):
    monkeypatch.setattr(pdf, "counted_pages", lambda data, password: None)  # qpdf fails on the tree too
    liar = pdf_input(6).replace(b"/Count 6 ", b"/Count 999999 ")
    document = pdf.read(liar, "liar.pdf")
    assert document.page_count == 6
    assert document.warnings == ["the page tree claims 999999 pages; 200 unreadable pages in a row after page 6 "
                                 "taken for the end"]
    with pytest.raises(TooLargeError, match="more than 20 pages"):  # uncounted pages still meet the limit
        pdf.read(pdf_input(30), "long.pdf", limits=Limits(pages=20))


def test_a_pdf_over_the_page_limit_is_too_large_and_the_flag_lets_it_through(tmp_path):
    (tmp_path / "long.pdf").write_bytes(pdf_input(30))
    with pytest.raises(TooLargeError, match="30 pages is over the 20 pages .*raise --max-pages"):
        pdf.read(pdf_input(30), "long.pdf", limits=Limits(pages=20))
    runner = CliRunner()
    result = runner.invoke(cli, ["run", str(tmp_path / "long.pdf"), "--db", str(tmp_path / "a.db"), "-q",
                                 "--max-pages", "20"])
    assert result.exit_code == 0 and "too_large: 30 pages" in result.output
    result = runner.invoke(cli, ["run", str(tmp_path / "long.pdf"), "--db", str(tmp_path / "b.db"), "-q",
                                 "--max-pages", "40"])
    assert result.exit_code == 0 and "ok: 1" in result.output


def _truncated_pdf() -> bytes:
    """A corpus PDF written without object streams, its last 40 % cut off (an interrupted download)."""
    with pikepdf.open(CORPUS / "pdf" / "000_yangquan_notice.pdf") as source:
        out = io.BytesIO()
        source.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    data = out.getvalue()
    return data[: int(len(data) * 0.6)]


def test_a_truncated_pdf_is_repaired_by_qpdf_and_read_with_a_warning():
    document = pdf.read(_truncated_pdf(), "cut.pdf")
    assert document.page_count >= 1
    assert any("repaired by qpdf" in w and "truncated" in w for w in document.warnings)
    assert "阳泉市人民政府办公室" in "".join(block.raw_text() for block in document.blocks)


def test_a_fallback_reader_that_fails_to_close_loses_nothing(monkeypatch):
    expected = pdf.read(pdf_input(3), "x.pdf").blocks

    def broken_close(self):
        raise RuntimeError("close() failed")

    monkeypatch.setattr(_SecondReader, "close", broken_close)
    assert pdf.read(pdf_input(3), "x.pdf").blocks == expected


# --------------------------------------------------------------------------- DOCX


def _rezipped(data: bytes, *, drop: set[str] = frozenset(), add: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in drop:
                target.writestr(info.filename, (add or {}).get(info.filename) or source.read(info.filename))
    return out.getvalue()


def test_a_docx_whose_document_unpacks_to_300_mb_is_too_large_before_unpacking(monkeypatch):
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(DOCX)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info.filename, source.read(info.filename))
        with target.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b"<w:t>" + b"\xe5\x8d\x83" * 20_000 + b"</w:t>"
            for _ in range(300 * (1 << 20) // len(chunk) + 1):
                part.write(chunk)
    bomb = out.getvalue()
    assert len(bomb) < 3 << 20
    opened = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, name, *a, **k: opened.append(name) or real_open(
        self, name, *a, **k))
    with pytest.raises(TooLargeError, match=r"unpacks to 3\d\d MB, over the 256 MB .*raise --max-unpacked"):
        docx.read(bomb, "bomb.docx")
    assert opened == []  # refused from the zip directory: no entry was unpacked


def test_the_unpacked_limit_is_a_flag(tmp_path):
    with pytest.raises(TooLargeError):
        docx.read(DOCX, "x.docx", limits=Limits(unpacked=1 << 10))
    assert docx.read(DOCX, "x.docx", limits=Limits(unpacked=None)).blocks == docx.read(DOCX, "x.docx").blocks
    (tmp_path / "n.docx").write_bytes(DOCX)
    result = CliRunner().invoke(cli, ["run", str(tmp_path / "n.docx"), "--db", str(tmp_path / "a.db"), "-q",
                                      "--max-unpacked", "0.01"])
    assert result.exit_code == 0 and "too_large: the DOCX unpacks to" in result.output


def _with_dtd(dtd: bytes, reference: bytes) -> bytes:
    """The DOCX with a DTD before its document element and ``reference`` in its first text run."""
    with zipfile.ZipFile(io.BytesIO(DOCX)) as source:
        document_xml = source.read("word/document.xml")
    head_end = document_xml.index(b"?>") + 2
    changed = document_xml[:head_end] + dtd + document_xml[head_end:].replace(b"<w:t>", b"<w:t>" + reference, 1)
    return _rezipped(DOCX, add={"word/document.xml": changed})


def test_xml_entities_are_not_expanded():
    data = _with_dtd(b'<!DOCTYPE w:document [<!ENTITY x "SUBSTITUTED">]>', b"&x;")
    assert "SUBSTITUTED" not in "".join(block.raw_text() for block in docx.read(data, "entity.docx").blocks)
    # a billion laughs: refused while parsing, never expanded
    laughs = (b'<!DOCTYPE w:document [<!ENTITY a "lollollollollollollollollollol">'
              + b"".join(b'<!ENTITY %s "%s">' % (bytes([97 + i]), (b"&%s;" % bytes([96 + i])) * 10) for i in range(1, 9))
              + b"]>")
    with pytest.raises(CorruptFileError, match="save it again"):
        docx.read(_with_dtd(laughs, b"&i;"), "laughs.docx")


@pytest.mark.parametrize("part", ["word/styles.xml", "word/numbering.xml"])
def test_a_docx_missing_an_optional_part_is_read_with_a_warning(part):
    document = docx.read(_rezipped(DOCX, drop={part}), "x.docx")
    assert f"the DOCX lacks {part}: read without it" in document.warnings
    assert "渝中区千兆城市创建工作方案" in "".join(block.raw_text() for block in document.blocks)


def test_a_docx_entry_with_an_unknown_compression_method_is_corrupt():
    data = bytearray(DOCX)
    at = data.index(b"PK\x01\x02")  # the first entry of the central directory
    data[at + 10:at + 12] = struct.pack("<H", 99)
    local = struct.unpack("<I", data[at + 42:at + 46])[0]
    data[local + 8:local + 10] = struct.pack("<H", 99)
    with pytest.raises(CorruptFileError, match="compression method 99.*save it again"):
        docx.read(bytes(data), "x.docx")


# --------------------------------------------------------------------------- text


def test_text_with_one_bad_byte_in_a_hundred_is_read_with_a_warning():
    data = bytearray(YANGQUAN.encode("utf-8"))
    for i in range(50, len(data), 100):
        data[i] = 0xFF  # never valid in UTF-8
    document = text.read(bytes(data), "damaged.txt")
    assert document.encoding == "utf-8"
    assert any("replaced with U+FFFD" in w for w in document.warnings)
    assert "阳泉市" in document.raw_text


def test_utf8_text_with_a_few_nul_bytes_is_not_read_as_utf16():
    data = YANGQUAN.encode("utf-8")
    lines = data.split(b"\n")
    damaged = b"\n".join(line + (b"\x00" if k in (3, 10, 40) else b"") for k, line in enumerate(lines))
    document = text.read(damaged, "nul.txt")
    assert document.encoding == "utf-8" and "\x00" not in document.raw_text
    assert document.raw_text.replace("\r", "") == YANGQUAN.replace("\r", "").replace("\x00", "") or "阳泉市" in document.raw_text
    assert "3 NUL character(s) removed from the text" in document.warnings


def test_utf16_with_a_lone_surrogate_is_read():
    for bom, encoding in ((b"\xff\xfe", "utf-16-le"), (b"", "utf-16-le")):
        at = len(YANGQUAN) // 2
        data = bom + (YANGQUAN[:at] + "\ud800" + YANGQUAN[at:]).encode(encoding, errors="surrogatepass")
        document = text.read(data, "surrogate.txt")
        assert document.encoding.startswith("utf-16")
        assert any("replaced with U+FFFD" in w for w in document.warnings)
        assert "阳泉市人民政府办公室" in document.raw_text


def test_a_bom_less_guess_that_gives_control_characters_is_rejected():
    # binary bytes with NULs: as UTF-16 they are control and rare characters, not a notice
    with pytest.raises(DecodeError, match="save it again as UTF-8"):
        text.read(bytes(range(0, 256)) * 30, "binary.txt")


def test_a_damaged_web_page_is_read_with_a_warning():
    page = ("<html><head><meta charset='utf-8'><title>关于印发方案的通知</title></head><body><div id='zoom'>"
            + "".join(f"<p>{line}</p>" for line in YANGQUAN.split("\n") if line.strip()) + "</div></body></html>")
    data = bytearray(page.encode("utf-8"))
    for i in range(500, len(data), 400):
        data[i] = 0xFF
    document = html.read(bytes(data), "page.html")
    assert any("replaced with U+FFFD" in w for w in document.warnings)


# --------------------------------------------------------------------------- warnings


def test_warnings_are_capped_in_count_and_length_and_say_how_many_were_dropped():
    warnings = [f"page {n} could not be read " + "x" * 1000 for n in range(100_000)]
    kept = bounded_warnings(warnings)
    assert len(kept) == MAX_WARNINGS + 1 and kept[-1] == f"… and {100_000 - MAX_WARNINGS} more warnings (dropped)"
    assert sum(map(len, kept)) < 20_000
    assert bounded_warnings(["short"]) == ["short"]
