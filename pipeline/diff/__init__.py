"""Diff a new notice against the ones before it: what changed, and where its text came from.

``predecessors`` finds the stored notices most like it, ``facts`` and ``paragraphs`` say what changed
from the chosen one, ``reuse`` finds its passages in every stored notice, ``report`` and ``html``
present the result; ``compose.diff_notice`` runs them in that order (``zhengce diff``).
"""
