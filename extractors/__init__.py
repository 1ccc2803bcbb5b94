"""Extractors: one module per kind of fact, each registered by name and version.

Importing this package registers them in run order: later extractors read earlier results
(``prior["metadata"]`` for the region and date of the notice, ``prior["agencies"]`` for aliases).
"""
from extractors import metadata, citations, agencies, targets, tasks, taskforce  # noqa: F401
