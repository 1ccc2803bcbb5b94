"""Compiled regex patterns kept on disk, so that a process start does not parse the ~600 patterns again.

The ``regex`` module turns a pattern into a program in pure Python (about a second of a ``zhengce run``'s
start for the extractors' and readers' patterns) and then hands the program to its C part
(``_regex.compile``). :func:`install` keeps, for each pattern string and flags compiled while a process
starts (imports and the runner's warm-up notice), the arguments of that last call; the next process
loads them (a few milliseconds) and calls ``_regex.compile`` with them: the same program, so the same
pattern object. :func:`save` adds the patterns this process compiled at start to the file and stops
recording (the patterns a run compiles per document never reach the file).

The file is keyed by the versions of ``regex`` and Python; patterns with named lists, a locale, or
``DEBUG`` are always compiled the normal way. A missing, unreadable or unwritable file only costs the
time it was meant to save. The folder is ``$ZHENGCE_CACHE_DIR``, else ``$XDG_CACHE_HOME/zhengce``, else
``~/.cache/zhengce``; ``ZHENGCE_CACHE_DIR=""`` turns the cache off.
"""
from __future__ import annotations

import os
import pickle
import sys
import tempfile
import threading
from pathlib import Path

import regex
import regex._main as regex_main

#: flags whose patterns are never taken from the file: a locale (read at compile time) and DEBUG (prints)
_UNCACHED_FLAGS = regex.LOCALE | regex.DEBUG
#: at most this many patterns in the file (a start compiles about 600; patterns edited away stay until then)
_MAX_ENTRIES = 3000

_state = threading.local()  # .capturing: the key whose _regex.compile arguments are being recorded
_lock = threading.Lock()
_stored: dict[tuple, tuple] = {}  # from the file: key → arguments of _regex.compile
_used: dict[tuple, tuple] = {}  # this start's patterns, for save(): key → arguments
_compiled: dict[tuple, object] = {}  # patterns made from the file in this process
_recording = False
_original_compile = None


def cache_file() -> Path | None:
    """Where the patterns of this ``regex`` and Python are kept (None: the cache is off)."""
    folder = os.environ.get("ZHENGCE_CACHE_DIR")
    if folder is None:
        try:
            base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        except RuntimeError:  # no home folder to be found: no cache
            return None
        folder = str(Path(base) / "zhengce")
    if not folder:
        return None
    version = f"{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}"
    return Path(folder) / f"regex-patterns-{version}.pickle"


class _CapturingRegex:
    """Stands in for the C module ``_regex`` inside ``regex._main``: records what ``compile`` is given."""

    def __init__(self, module):
        self._module = module

    def __getattr__(self, name):
        return getattr(self._module, name)

    def compile(self, *args):
        key = getattr(_state, "capturing", None)
        if key is not None and not args[1] & _UNCACHED_FLAGS:
            _state.captured = args
        return self._module.compile(*args)


def _compile(pattern, flags, ignore_unused, kwargs, cache_it):
    if kwargs or type(pattern) is not str or flags & _UNCACHED_FLAGS:
        return _original_compile(pattern, flags, ignore_unused, kwargs, cache_it)
    key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
    hit = _compiled.get(key)
    if hit is not None:
        return hit
    args = _stored.get(key)
    if args is not None:
        compiled = _compiled[key] = regex_main._regex.compile(*args)
        if _recording:
            _used[key] = args
        return compiled
    if not _recording:
        return _original_compile(pattern, flags, ignore_unused, kwargs, cache_it)
    _state.capturing, _state.captured = key, None
    try:
        compiled = _original_compile(pattern, flags, ignore_unused, kwargs, cache_it)
    finally:
        captured, _state.capturing, _state.captured = _state.captured, None, None
    if captured is not None and captured[0] is pattern:
        with _lock:
            _used[key] = captured
    return compiled


def install() -> None:
    """Take patterns from the file from now on, and record the ones compiled until :func:`save`."""
    global _original_compile, _recording
    path = cache_file()
    if _original_compile is not None or path is None or not hasattr(regex_main, "_regex"):
        return
    try:
        with open(path, "rb") as handle:
            stored = pickle.load(handle)
        if isinstance(stored, dict):
            _stored.update(stored)
    except Exception:  # noqa: BLE001 — no file yet, or a damaged one: compile the normal way
        pass
    _original_compile = regex_main._compile
    regex_main._regex = _CapturingRegex(regex_main._regex)
    regex_main._compile = _compile
    _recording = True


def save() -> None:
    """Add the patterns this process compiled so far to the file, when any was new; stop recording."""
    global _recording
    if not _recording:
        return
    _recording = False
    path = cache_file()
    with _lock:
        used = dict(_used)
        _used.clear()
    if path is None or all(key in _stored for key in used):
        return
    # the file's other patterns stay (those of a backend this run did not load at start), unless there are
    # too many: then only this start's
    entries = {**_stored, **used} if len(_stored) + len(used) <= _MAX_ENTRIES else used
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name)
    except OSError:
        return
    try:  # written aside and renamed: a process starting meanwhile reads the old file or the new one
        with os.fdopen(descriptor, "wb") as handle:
            pickle.dump(entries, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
