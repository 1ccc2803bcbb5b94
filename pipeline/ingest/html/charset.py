"""The page's bytes → text: a BOM, else the declared charset if the bytes fit it, else UTF-8, else GB18030.

Reads the raw bytes; returns (text, encoding used, warnings), or raises
:class:`~pipeline.errors.DecodeError` when nothing decodes them.
"""
from __future__ import annotations

import codecs

import regex

from pipeline.errors import DecodeError
from pipeline.ingest.text import reads_as_text

#: a charset declared in the first bytes: <meta charset="gb2312">, content="text/html; charset=GBK"
_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", regex.IGNORECASE)
#: an XML prolog's encoding: <?xml version="1.0" encoding="gb2312"?>
_XML_ENCODING = regex.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", regex.IGNORECASE)


def decode_html(data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings): BOM; else the declared charset if it fits, else UTF-8, else GB18030.

    Any GB declaration (gb2312, gbk, x-gbk …) is read as GB18030, its superset: portals declare
    gb2312 and then use 〇/國/際. A page that is valid UTF-8 is UTF-8 whatever it declares,
    because GBK bytes almost never form valid UTF-8 while a GB decoder accepts UTF-8 bytes as
    mojibake.
    """
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding, []
    if data[:2] in (b"<\x00", b"\x00<"):  # UTF-16 without BOM: "<" then NUL (LE) or NUL then "<" (BE)
        encoding = "utf-16-le" if data[:2] == b"<\x00" else "utf-16-be"
        return data.decode(encoding, errors="replace"), encoding, []
    declared = _declared_charset(data[:8192])
    warnings: list[str] = []
    for encoding in _charset_candidates(declared, data):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if declared and not _same_charset(declared, encoding):
            warnings.append(f"declared charset {declared} does not fit the bytes; decoded as {encoding}")
        elif declared and _is_gb(declared) and declared != encoding and not _decodes(data, declared):
            warnings.append(f"declared charset {declared} lacks characters the page uses; decoded as {encoding}")
        return text, encoding, warnings
    # damaged bytes: the candidate that needs the fewest replacements, if the page still reads as text
    text, encoding, bad = min(((t, e, t.count("\ufffd")) for e in _charset_candidates(declared, data)
                               for t in [data.decode(e, errors="replace")]), key=lambda c: c[2])
    if bad > max(2, len(text) // 10) or not reads_as_text(text):
        raise DecodeError(f"could not decode the HTML page (declared {declared or 'no charset'}; UTF-8 and GB18030 "
                          "fail): not text, or too damaged; save the page again from the browser")
    return text, encoding, warnings + [f"{bad} undecodable byte sequence(s) replaced with U+FFFD ({encoding})"]


def _declared_charset(head: bytes) -> str | None:
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", errors="ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None  # an unknown name ("x-user-defined"): decide from the bytes


def _is_gb(encoding: str) -> bool:
    return encoding.replace("-", "").replace("_", "") in {"gb2312", "gbk", "gb18030", "cp936", "hz", "euccn"}


def _charset_candidates(declared: str | None, data: bytes) -> list[str]:
    valid_utf8 = _is_valid_utf8(data)
    if declared and _is_gb(declared):
        first = "utf-8" if valid_utf8 and not data.isascii() else "gb18030"
    elif declared and codecs.lookup(declared).name in {"latin-1", "iso8859-1", "cp1252", "ascii"} and not data.isascii():
        first = "utf-8" if valid_utf8 else "gb18030"  # a Western single-byte declaration on CJK bytes is wrong
    else:
        first = declared or "utf-8"
    return list(dict.fromkeys([first, "utf-8", "gb18030"]))


def _is_valid_utf8(data: bytes) -> bool:
    return _decodes(data, "utf-8")


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _same_charset(declared: str, used: str) -> bool:
    return declared == used or (_is_gb(declared) and _is_gb(used)) or {declared, used} <= {"utf-8", "utf-8-sig"}
