"""The issuer's region and the notice's date: the default scope of a figure and the day "before" is judged by.

Reads ``prior["metadata"]`` (region — ``全国`` for a national issuer —, county, city, province, issuer,
issue date), else the issuer line and the signature date of the document itself; returns the region
name and the ISO date (or None).
"""
from __future__ import annotations

import datetime as _dt

import regex

# words that make a place line an issuer line: 某市人民政府办公室 / 某市经济和信息化局文件
ISSUER_LINE = regex.compile(
    r"^(?P<places>(?:(?![各全本我该其])\p{Han}{1,6}?(?:自治区|省|市|县|区|旗|(?:州|盟)(?![县市区旗])))+)"
    r"\p{Han}{0,16}(?:人民政府|政府|办公室|办公厅|局|委员会|委|厅|文件)$"
)
# one place name inside the issuer's place chain (潞州区 is one name: 州 before 区 is not a suffix)
PLACE = regex.compile(r"(?![各全本我该其])\p{Han}{1,6}?(?:自治区|省|市|县|区|旗|(?:州|盟)(?![县市区旗]))")
# a signature date alone on a line: the notice's date when metadata has none
DATE_LINE = regex.compile(r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日$")


def _region_from_line(line: str) -> tuple[str | None, str | None, str | None]:
    """(province, city, county) named by an issuer line such as 重庆市江北区人民政府办公室."""
    m = ISSUER_LINE.match(line)
    if not m:
        return None, None, None
    province = city = county = None
    for place in PLACE.findall(m.group("places")):
        if place.endswith(("省", "自治区")):
            province = place
        elif place.endswith(("市", "州", "盟")) and county is None:
            city = place
        else:
            county = place
    return province, city, county


def issuer_region(doc, meta) -> str | None:
    """The issuer's region name: metadata's region (全国 for a national issuer), else county, city or
    province, else the issuer line."""
    if meta is not None:
        if getattr(meta, "region", None):
            return meta.region
        for name in ("county", "city", "province"):
            value = getattr(meta, name, None)
            if value:
                return value
        issuer = getattr(meta, "issuer", None)
        if issuer:
            province, city, county = _region_from_line(issuer)
            if county or city or province:
                return county or city or province
    paragraphs = doc.paragraphs
    for start, end in list(paragraphs[:12]) + list(paragraphs[-20:]):
        line = doc.text[start:end].strip()
        if len(line) > 40:
            continue
        province, city, county = _region_from_line(line)
        if county or city or province:
            return county or city or province
    return None


def reference_date(doc, meta) -> str | None:
    """The notice's date (metadata's issue date, else the first date alone on a line)."""
    value = getattr(meta, "issue_date", None) if meta is not None else None
    if value:
        return value
    for start, end in doc.paragraphs:
        m = DATE_LINE.match(doc.text[start:end].strip())
        if m:
            try:
                return _dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
            except ValueError:
                continue
    return None
