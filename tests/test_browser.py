"""The browser as a researcher uses it: headless Chromium on a real `zhengce serve`, checked by what pages show."""
from __future__ import annotations

import re
import sqlite3
from urllib.parse import quote

import pytest

from tests.browser import chromium, running_server


@pytest.fixture(scope="module")
def site(corpus_db):
    with running_server(corpus_db) as (base, _), chromium() as browser:
        yield base, browser, corpus_db.stem


@pytest.fixture()
def page(site):
    base, browser, _ = site
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    yield page
    page.close()


def _truth(db_path, term: str) -> dict[str, int]:
    """Per kind, how many texts of the notices' best copies contain the term (read from the tables)."""
    conn = sqlite3.connect(db_path)
    best = "(select best_document_id from notices)"
    counts = {"notice": sum(term in t for (t,) in conn.execute(f"select text from documents where id in {best}"))}
    for kind, table in (("target", "targets"), ("task", "tasks"), ("member", "taskforce_members")):
        counts[kind] = sum(term in e for (e,) in conn.execute(
            f"select evidence from {table} where document_id in {best} and evidence is not null"))
    return {k: v for k, v in counts.items() if v}


def _result_kinds(page) -> dict[str, int]:
    kinds: dict[str, int] = {}
    for cell in page.locator("table.rows-and-columns tbody td.col-kind").all_inner_texts():
        kinds[cell.strip()] = kinds.get(cell.strip(), 0) + 1
    return kinds


@pytest.mark.parametrize("term", ["基站", "每万人拥有"])
def test_a_search_from_the_box_on_every_page_returns_the_right_rows(site, page, corpus_db, term):
    base, _, name = site
    page.goto(f"{base}/{name}/notices")
    page.fill("form.zh-search input[name=q]", term)
    page.press("form.zh-search input[name=q]", "Enter")
    page.wait_for_selector("table.rows-and-columns")
    assert _result_kinds(page) == _truth(corpus_db, term)
    marks = page.locator("td.col-context mark").all_inner_texts()
    assert marks and all(mark.lower() == term.lower() for mark in marks)


def test_the_five_character_search_finds_the_yangquan_base_station_target(site, page):
    base, _, name = site
    page.goto(f"{base}/{name}/search?q={quote('每万人拥有')}")
    row = page.locator("table.rows-and-columns tbody tr", has_text="阳泉市").filter(has_text="target").first
    # 阳泉 notice: 每万人拥有5G基站数超过23个
    assert "每万人拥有5G基站数超过23个" in row.inner_text()


def test_a_facet_click_narrows_the_table(site, page):
    base, _, name = site
    page.goto(f"{base}/{name}/notice_targets")
    total = int(re.search(r"([\d,]+) rows", page.locator("h3").first.inner_text()).group(1).replace(",", ""))
    page.locator(".facet-info[data-column=city] a", has_text="阳泉市").first.click()
    page.wait_for_url(re.compile(r"city=%E9%98%B3%E6%B3%89%E5%B8%82|city=阳泉市"))
    narrowed = int(re.search(r"([\d,]+) rows?", page.locator("h3").first.inner_text()).group(1).replace(",", ""))
    assert 0 < narrowed < total
    regions = set(page.locator("tbody td.col-region").all_inner_texts())
    assert regions == {"阳泉市"}


def test_a_canned_query_runs_with_a_parameter(site, page):
    base, _, name = site
    page.goto(f"{base}/{name}/indicator_across_regions")
    page.fill("input[name=indicator]", "5G用户占比")
    page.locator("form.sql input[type=submit], form.sql button[type=submit]").first.click()
    page.wait_for_selector("table.rows-and-columns tbody tr")
    rows = page.locator("table.rows-and-columns tbody tr").all_inner_texts()
    # 阳泉: 5G用户占比超过50% (the notice's words)
    assert any("阳泉市" in row and "50" in row and "%" in row for row in rows)


def test_the_dashboard_renders_its_charts(site, page):
    base, _, _ = site
    page.goto(f"{base}/-/dashboards/indicators")
    for chart in ("indicator-by-region", "indicators-set", "deadlines-over-time"):
        page.wait_for_selector(f"#chart-{chart} canvas, #chart-{chart} svg", timeout=20000)
    assert page.locator("#card-notices-count").inner_text().strip().endswith("5")


def test_one_click_from_a_target_opens_its_notice_with_exactly_the_stored_span_marked(site, page, corpus_db):
    base, _, name = site
    page.goto(f"{base}/{name}/notice_targets?city=阳泉市&indicator=每万人拥有5G基站数")
    link = page.locator("td.col-evidence a.evidence-link").first
    link.click()
    page.wait_for_selector("mark#evidence")
    target_id = page.url.rsplit("/", 1)[1]
    conn = sqlite3.connect(corpus_db)
    evidence, start, end, doc_id, page_no = conn.execute(
        "select evidence, char_start, char_end, document_id, page from targets where id = ?",
        [target_id.replace("%3A", ":")]).fetchone()
    text = conn.execute("select text from documents where id = ?", [doc_id]).fetchone()[0]
    mark = page.locator("mark#evidence")
    assert mark.inner_text() == evidence == text[start:end]
    assert mark.get_attribute("data-start") == str(start) and mark.get_attribute("data-end") == str(end)
    # scrolled into view inside the notice's text box
    box, spot = page.locator(".zh-text").bounding_box(), mark.bounding_box()
    assert box["y"] <= spot["y"] and spot["y"] + spot["height"] <= box["y"] + box["height"]
    assert spot["y"] + spot["height"] <= 900
    if page_no:
        assert f"page {page_no}" in page.locator(".zh-span-info").inner_text()
    assert page.locator(".zh-side").inner_text().count("阳泉") >= 1


def test_a_pdf_task_shows_its_page(site, page, corpus_db):
    base, _, name = site
    conn = sqlite3.connect(corpus_db)
    task_id, page_no, evidence = conn.execute(
        "select k.id, k.page, k.evidence from tasks k join documents d on d.id = k.document_id "
        "where d.file_format = 'pdf' and k.page > 1 order by k.id limit 1").fetchone()
    page.goto(f"{base}/{name}/tasks/{quote(task_id)}")
    page.locator("a.evidence-link", has_text="Show in the notice").click()
    page.wait_for_selector("mark#evidence")
    assert page.locator("mark#evidence").inner_text() == evidence
    assert f"page {page_no}" in page.locator(".zh-span-info").inner_text()


def test_pages_name_a_cjk_font_stack(site, page):
    base, _, _ = site
    page.goto(base + "/")
    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert "Noto Sans CJK SC" in family and "Microsoft YaHei" in family and "PingFang SC" in family
