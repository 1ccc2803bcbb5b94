"""Record types, table definitions and the data files (vocabularies) of zhengce.

``data_file(name)`` is the path of one of the data files kept in this folder (indicators.json,
agencies.json, regions.csv …), so that code anywhere in the project finds them the same way.
"""
from __future__ import annotations

from pathlib import Path

#: the folder holding the data files
DATA_DIR = Path(__file__).resolve().parent


def data_file(name: str) -> Path:
    """The path of a data file of ``schemas/`` (it may not exist: callers say what is missing)."""
    return DATA_DIR / name
