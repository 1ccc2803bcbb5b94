"""The warm-up samples the parent reads before forking its workers are read as their formats, whole."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import warm_up
from pipeline.ingest import sniff_format
from pipeline.runner import process_data


@pytest.mark.parametrize("file_format", sorted(warm_up.SAMPLES))
def test_each_sample_is_read_as_its_format_with_its_facts(file_format):
    data = warm_up.SAMPLES[file_format]()
    assert sniff_format(data, f"warm-up.{file_format}") == file_format
    outcome = process_data(f"warm-up.{file_format}", None, data)
    assert outcome.status == "ok", outcome.error
    # the notice's two members (组长 张三, 成员 李四: a table in the Word file) and its 5G target
    assert sorted(m["person"] for m in outcome.rows["taskforce_members"]) == ["张三", "李四"]
    assert [t["value"] for t in outcome.rows["targets"]] == [1000]


def test_formats_named_by_suffix_the_rest_text():
    names = [Path("a.PDF"), Path("b.htm"), Path("c.wps"), Path("d.markdown"), Path("e.txt"), Path("f.text")]
    assert warm_up.formats_named(names) == {"pdf", "html", "doc", "markdown", "text"}
    assert warm_up.formats_named([]) == set()
