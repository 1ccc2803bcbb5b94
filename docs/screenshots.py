"""Screenshots of the browser's main pages (docs/*.png), taken in headless Chromium on a real server.

    python docs/screenshots.py [--db output/policies.db]    # make run first
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import chromium, running_server  # noqa: E402


def shots(db_path: Path) -> list[tuple[str, str]]:
    name = db_path.stem
    conn = sqlite3.connect(db_path)
    target = conn.execute("select t.id from targets t join documents d on d.id = t.document_id "
                          "where d.file_format = 'pdf' and t.indicator = '每万人拥有5G基站数' order by t.id").fetchone()[0]
    return [
        ("front_page", "/"),
        ("targets_by_region", f"/{name}/notice_targets?_facet_size=6"),
        ("search", f"/{name}/search?q={quote('基站')}"),
        ("evidence_view", f"/{name}/-/evidence/targets/{quote(target)}"),
        ("canned_query", f"/{name}/indicator_across_regions?indicator={quote('5G用户占比')}"),
        ("dashboard", "/-/dashboards/indicators"),
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "output" / "policies.db"))
    args = parser.parse_args(argv)
    db = Path(args.db)
    with running_server(db) as (base, _), chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        for name, path in shots(db):
            page.goto(base + path)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(1000)  # charts draw after their data arrives
            out = ROOT / "docs" / f"{name}.png"
            page.screenshot(path=str(out))
            print(out.relative_to(ROOT))


if __name__ == "__main__":
    main()
