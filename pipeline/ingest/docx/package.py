"""The DOCX zip before python-docx opens it: checked from its directory, mended where a part is missing.

``check_zip`` reads only the zip's central directory — nothing is unpacked — and refuses a package
that would unpack past the size limit (a 3 MB file whose ``document.xml`` unpacks to 2 GB),
entries packed with a compression method Python cannot unpack, and password-protected entries.
``without_missing_parts`` rewrites the package without the relationships whose part is missing
(a DOCX without ``styles.xml`` or ``numbering.xml`` still has its text), so python-docx can open it.
XML is parsed without entity expansion, DTDs or the network.
"""
from __future__ import annotations

import io
import posixpath
import zipfile

from lxml import etree

from pipeline.errors import CorruptFileError, EncryptedError, TooLargeError
from pipeline.limits import MIB

#: compression methods Python's zipfile unpacks: stored, deflated, bzip2, lzma
_KNOWN_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
#: an XML parser that expands no entity (no "billion laughs"), loads no DTD and reaches no network
SAFE_XML = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)
_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def check_zip(archive: zipfile.ZipFile, unpacked_limit: int | None) -> None:
    """Raise a typed error for a package that cannot or must not be unpacked (directory only)."""
    total = 0
    for info in archive.infolist():
        if info.flag_bits & 0x1:
            raise EncryptedError(f"the DOCX entry {info.filename} is password-protected: open the file in Word, "
                                 "remove the protection and save it again")
        if info.compress_type not in _KNOWN_METHODS:
            raise CorruptFileError(f"corrupt DOCX: {info.filename} is packed with compression method "
                                   f"{info.compress_type}, which zhengce cannot unpack (open the file in Word "
                                   "and save it again)")
        total += info.file_size
    if unpacked_limit and total > unpacked_limit:
        raise TooLargeError(f"the DOCX unpacks to {total / MIB:,.0f} MB, over the {unpacked_limit / MIB:,.0f} MB "
                            "a document may unpack to (raise --max-unpacked to read it)")


def without_missing_parts(data: bytes) -> tuple[bytes, list[str]]:
    """The package with every relationship to a part it does not hold taken out, and those parts'
    names (nothing changed when none is missing)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        mended: dict[str, bytes] = {}
        missing: list[str] = []
        for name in sorted(n for n in names if n.endswith(".rels")):
            try:
                root = etree.fromstring(archive.read(name), SAFE_XML)
            except etree.XMLSyntaxError:
                continue
            source_dir = posixpath.dirname(posixpath.dirname(name))  # word/_rels/x.rels → word
            dropped = False
            for rel in list(root.iter(_RELS_NS)):
                if rel.get("TargetMode") == "External":
                    continue
                target = rel.get("Target") or ""
                part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                    posixpath.join(source_dir, target))
                if part not in names:
                    root.remove(rel)
                    missing.append(part)
                    dropped = True
            if dropped:
                mended[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        if not mended:
            return data, []
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in archive.infolist():
                copy.writestr(info.filename, mended.get(info.filename) or archive.read(info.filename))
    return out.getvalue(), missing
