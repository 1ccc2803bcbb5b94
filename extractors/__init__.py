"""Extractors: one module (or package) per kind of fact, each registered by name and version.

Importing this package registers them in run order — the order of the import below: later
extractors read earlier results (``prior["metadata"]`` for the region and date of the notice,
``prior["agencies"]`` for aliases). An extractor never imports another extractor; what several of
them know lives in shared modules: :mod:`.agency_names`, :mod:`.regions`, :mod:`.doc_numbers`,
:mod:`.task_tables`, :mod:`.member_lists`, :mod:`.numbers`, :mod:`.deadlines`.
"""
from extractors import metadata, citations, agencies, targets, tasks, taskforce  # noqa: F401
