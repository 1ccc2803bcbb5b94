"""Word 97-2003 (.doc) and WPS (.wps) backend: converted to DOCX by LibreOffice, then read as DOCX.

Portals often serve notices as .doc or .wps (OLE2 compound files). When ``soffice`` (LibreOffice)
is on the machine, the file is converted in a temporary folder (``soffice --headless
--convert-to docx``, its own profile folder so that parallel workers do not collide, a time limit)
and the DOCX backend reads the result; the document keeps ``file_format`` ``doc``. Without
LibreOffice the file fails with a typed error that says how to read it.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from pipeline.errors import ConversionError, UnsupportedFormatError
from pipeline.limits import Limits
from pipeline.model import RawDocument

#: seconds LibreOffice may take for one file (its start-up is most of it)
CONVERT_TIMEOUT = 120
#: the names LibreOffice's command goes by
_COMMANDS = ("soffice", "libreoffice")


def converter() -> str | None:
    """The LibreOffice command on this machine, or None."""
    for name in _COMMANDS:
        found = shutil.which(name)
        if found:
            return found
    return None


def to_docx(data: bytes, suffix: str = ".doc") -> bytes:
    """The DOCX bytes LibreOffice makes of a .doc/.wps file's bytes."""
    command = converter()
    if command is None:
        raise UnsupportedFormatError(
            "a Word 97-2003 or WPS file (.doc/.wps): install LibreOffice (Debian: apt-get install "
            "libreoffice-writer) so that zhengce can read it, or save it as .docx or PDF"
        )
    with tempfile.TemporaryDirectory(prefix="zhengce-doc-") as folder:
        source = Path(folder) / f"input{suffix if suffix in ('.doc', '.wps') else '.doc'}"
        source.write_bytes(data)
        profile = Path(folder) / "profile"
        args = [command, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                "--convert-to", "docx", "--outdir", folder, str(source)]
        try:
            subprocess.run(args, capture_output=True, timeout=CONVERT_TIMEOUT, check=False,
                           env={**os.environ, "HOME": folder})
        except subprocess.TimeoutExpired:
            raise ConversionError(f"LibreOffice did not convert the file within {CONVERT_TIMEOUT} s") from None
        except OSError as exc:
            raise ConversionError(f"LibreOffice could not be started ({exc})") from None
        result = source.with_suffix(".docx")
        if not result.exists() or not result.stat().st_size:
            raise ConversionError("LibreOffice could not read the file (damaged, or not a Word/WPS document)")
        return result.read_bytes()


def read(data: bytes, path: str, *, password: str | None = None, limits: Limits | None = None) -> RawDocument:
    from pipeline.ingest.docx import read as read_docx

    raw = read_docx(to_docx(data, Path(path).suffix.lower()), path, limits=limits)
    raw.file_format = "doc"
    raw.warnings.append("a Word 97-2003/WPS file: read through LibreOffice's conversion to DOCX")
    return raw
