"""A scraper's Markdown with a YAML front matter atop it, and titles given a short name (blind set 25, tests/unseen25
l3: `date: "2022-05-16"` glued to the title; `（以下简称《纲要》）` cited as a document), on a notice of our own in
another city and topic (single quotes, an unquoted date, a list key, `以下称`): the front matter goes to the portal
fields, never into the text; a short name is no citation, wherever it stands. Expected values are written from the
notice.
"""
from pathlib import Path

from pipeline.runner import extract_document

NOTICE = Path(__file__).resolve().parent / "notices" / "md_xuzhou_front_matter_short_names.md"
TITLE = "徐州市科学技术局关于印发《徐州市科技企业梯次培育行动方案》的通知"


def test_the_front_matter_is_no_part_of_the_text():
    doc, results, _ = extract_document(str(NOTICE))
    assert doc.text.startswith(TITLE + "\n")
    assert "date:" not in doc.text and "kjj.xz.gov.cn" not in doc.text
    assert results["metadata"].title == TITLE
    assert doc.raw.portal_fields["发布日期"] == "2023-06-14"
    assert doc.raw.portal_fields["标题"] == TITLE


def test_a_short_name_is_no_citation():
    _, results, _ = extract_document(str(NOTICE))
    titles = [c.cited_title for c in results["citations"]]
    assert titles == ["江苏省科技企业梯次培育实施意见", "徐州市“十四五”科技创新规划"]
