"""zhengce: Chinese government policy notices into a queryable SQLite database."""

__version__ = "0.3.20"

from pipeline import pattern_cache  # noqa: E402  (before any module compiles its patterns)

pattern_cache.install()


def load(db_path):
    """The database as pandas DataFrames (notices, targets, tasks, agencies, members, citations, documents,
    files): facts once per notice, region columns joined, JSON lists decoded. See ``pipeline.frames``."""
    from pipeline.frames import load as load_frames

    return load_frames(db_path)
