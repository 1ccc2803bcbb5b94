"""The Datasette browser over a zhengce database: readable tables, Chinese search, the evidence view.

``make_datasette`` builds the read-only Datasette (metadata and canned queries from ``schemas/``,
our plugin and templates from this package); ``serve`` runs it on 127.0.0.1 unless told otherwise.
"""
from pipeline.serve.app import is_loopback, make_datasette, serve  # noqa: F401
from pipeline.serve.config import datasette_metadata  # noqa: F401
