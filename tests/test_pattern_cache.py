"""Patterns taken from the pattern cache (pipeline.pattern_cache) behave as patterns compiled the normal way.

Each check runs fresh interpreters (the cache is installed when ``pipeline`` is imported): the first
starts with an empty cache folder and writes the file, the second loads it; both report what the
patterns find on the same texts, and the second also what regex's own compiler makes of them.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: patterns of several kinds: groups by name, look-arounds, Unicode properties, flags, lazy and possessive
#: repeats, a fuzzy match, a pattern with a named list (never cached) and one of regex's own features (\K)
_PROBE = r'''
import json, sys
import pipeline
from pipeline import pattern_cache
import regex

patterns = [
    (r"(?P<year>\d{4})年(?P<month>\d{1,2})月", 0),
    (r"(?<=到)\d{4}年(?:底|末)?(?!前)", 0),
    (r"\p{Han}{2,4}(?:局|委|办)", 0),
    (r"[a-z]+5g", regex.IGNORECASE),
    (r"""(?x) (\d+) \s* (?:个|项)  # a count""", 0),
    (r"(?:完成|达到).*?(\d+(?:\.\d+)?)(%|％)", 0),
    (r"(?:组长|成员)[:：]\K[^\n]++", 0),
    (r"(?:基站){e<=1}", 0),
    (r"\L<units>", 0),
]
texts = ["到2025年底，全市5G基站达到1000个，完成率95.5%。市工业和信息化局牵头。2024年9月28日",
         "组长：张三 市长\n成员：李四 市发展改革委主任", "A5G 基本站 12 项", ""]
found = []
for pattern, flags in patterns:
    kwargs = {"units": ["个", "项"]} if "\\L" in pattern else {}
    compiled = regex.compile(pattern, flags, **kwargs)
    found.append([[(m.span(), m.groups(), m.groupdict()) for m in compiled.finditer(t)] for t in texts])
    found.append([compiled.pattern, compiled.flags, compiled.groupindex, compiled.groups])
    if sys.argv[1] == "compare":
        fresh = pattern_cache._original_compile(pattern, flags, False, kwargs, False)
        found.append([[(m.span(), m.groups(), m.groupdict()) for m in fresh.finditer(t)] for t in texts])
        found.append([fresh.pattern, fresh.flags, fresh.groupindex, fresh.groups])
pattern_cache.save()
from_file = sum(key[0] in {p for p, _ in patterns} for key in pattern_cache._compiled)
print(json.dumps({"found": found, "from_file": from_file}, ensure_ascii=False, default=str))
'''


def _probe(cache: Path, mode: str) -> dict:
    env = {**os.environ, "ZHENGCE_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", _PROBE, mode], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout)


def test_patterns_from_the_cache_find_what_freshly_compiled_ones_find(tmp_path):
    first = _probe(tmp_path, "plain")
    assert first["from_file"] == 0  # an empty folder: every pattern compiled the normal way
    assert len(list(tmp_path.glob("regex-patterns-*.pickle"))) == 1
    second = _probe(tmp_path, "compare")
    assert second["from_file"] == 8  # all but the one with a named list came from the file
    found = second["found"]
    for index in range(0, len(found), 4):
        cached_matches, cached_facts, fresh_matches, fresh_facts = found[index:index + 4]
        assert cached_matches == fresh_matches
        assert cached_facts == fresh_facts
    assert found[::4] == first["found"][::2]
    assert found[0][0][0][1] == ["2024", "9"]  # the probe matched something to compare
    assert found[24][1][0][0] == [3, 8]  # \K: the match starts after 组长：


def test_a_damaged_cache_file_is_compiled_around_and_replaced(tmp_path):
    first = _probe(tmp_path, "plain")
    (cache_file,) = tmp_path.glob("regex-patterns-*.pickle")
    cache_file.write_bytes(b"not a pickle")
    again = _probe(tmp_path, "plain")
    assert again == first
    assert cache_file.read_bytes() != b"not a pickle"
    assert _probe(tmp_path, "plain")["from_file"] == 8


def test_an_empty_folder_setting_turns_the_cache_off(tmp_path):
    env = {**os.environ, "ZHENGCE_CACHE_DIR": ""}
    code = "from pipeline import pattern_cache; print(pattern_cache.cache_file(), pattern_cache._original_compile)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["None", "None"]
