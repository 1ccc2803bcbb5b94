"""Chinese search options measured on one database: recall and speed of three indexes.

1. ``trigram``: FTS5's trigram tokenizer for terms of 3+ characters, and a LIKE scan of the texts
   for shorter terms (the tokenizer cannot match them).
2. ``jieba``: texts cut into words by jieba (search mode), an FTS5 ``unicode61`` index of the words;
   a query is cut the same way and matched as a phrase.
3. ``bigram``: ``pipeline.search``, overlapping character pairs (what the browser uses).

The truth for a term is every text that contains it as typed (Python ``in``). Terms are real
words of 1–8 characters and random substrings of the texts. For each index and term length:
recall, precision, median and worst time to list every match, and time for a first page (50 rows).

    python bench/search_options.py DB [--notices 10000] [--per-length 12]
"""
from __future__ import annotations

import argparse
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import search  # noqa: E402

WORDS = ["网", "站", "局", "基站", "千兆", "光纤", "专班", "组长", "5G基站", "数据局", "覆盖率", "数字经济", "工业互联网",
         "千兆光网", "信息通信", "市大数据局", "双千兆网络", "新型基础设施", "千兆光网覆盖", "每万人拥有5G基站数"]
# a run of Han characters (random terms are cut from these)
HAN_RUN = re.compile(r"[\u4e00-\u9fff]{8,}")


def load_texts(db_path: str, notices: int) -> list[str]:
    """What the browser's index holds for the best copy of the first ``notices`` notices: notice
    texts and the evidence of targets, tasks and members."""
    db = sqlite3.connect(db_path)
    docs = [r[0] for r in db.execute("select best_document_id from notices order by id limit ?", [notices])]
    db.execute("create temp table picked (id text primary key)")
    db.executemany("insert into picked values (?)", [(d,) for d in docs])
    texts = [r[0] for r in db.execute("select text from documents where id in (select id from picked)")]
    for _, table, column in search.FACT_KINDS:
        texts += [r[0] for r in db.execute(f"select [{column}] from [{table}] where document_id in "
                                           f"(select id from picked) and [{column}] is not null")]
    return texts


def terms(texts: list[str], per_length: int, seed: int = 7) -> dict[int, list[str]]:
    rng = random.Random(seed)
    runs = [run for text in texts[:2000] for run in HAN_RUN.findall(text)]
    by_length: dict[int, list[str]] = {}
    for word in WORDS:
        by_length.setdefault(len(word), []).append(word)
    for length in (1, 2, 3, 4, 5, 8):
        picked = by_length.setdefault(length, [])
        while len(picked) < per_length:
            run = rng.choice(runs)
            start = rng.randrange(0, len(run) - length + 1)
            picked.append(run[start:start + length])
    return {k: v for k, v in sorted(by_length.items()) if k in (1, 2, 3, 4, 5, 8)}


class Index:
    name = ""

    def __init__(self, path: Path, texts: list[str]):
        self.db = sqlite3.connect(path)
        self.db.execute("create table texts (rowid integer primary key, text text)")
        self.db.executemany("insert into texts (rowid, text) values (?, ?)", enumerate(texts, 1))
        started = time.perf_counter()
        self.build(texts)
        self.db.commit()
        self.build_seconds = time.perf_counter() - started
        self.index_bytes = sum(r[0] for r in self.db.execute(
            "select sum(pgsize) from dbstat where name like 'fts%'")) if self._has_dbstat() else None

    def _has_dbstat(self) -> bool:
        try:
            self.db.execute("select 1 from dbstat limit 1")
            return True
        except sqlite3.OperationalError:
            return False

    def build(self, texts: list[str]) -> None:
        raise NotImplementedError

    def matches(self, term: str, limit: int | None = None) -> list[int]:
        raise NotImplementedError


class Trigram(Index):
    name = "trigram + LIKE fallback"

    def build(self, texts):
        self.db.execute("create virtual table fts using fts5(text, content='texts', content_rowid='rowid', "
                        "tokenize='trigram')")
        self.db.execute("insert into fts (fts) values ('rebuild')")

    def matches(self, term, limit=None):
        tail = f" limit {limit}" if limit else ""
        if len(term) >= 3:
            return [r[0] for r in self.db.execute(f"select rowid from fts where fts match ? order by rowid{tail}",
                                                  ['"' + term.replace('"', '""') + '"'])]
        return [r[0] for r in self.db.execute(f"select rowid from texts where text like ? order by rowid{tail}",
                                              [f"%{term}%"])]


class Jieba(Index):
    name = "jieba words"

    def build(self, texts):
        import jieba

        jieba.setLogLevel(60)
        self.jieba = jieba
        self.db.execute("create virtual table fts using fts5(tokens, content='', columnsize=0)")
        self.db.executemany("insert into fts (rowid, tokens) values (?, ?)",
                            ((i, " ".join(w for w in jieba.cut_for_search(t) if w.strip()))
                             for i, t in enumerate(texts, 1)))

    def matches(self, term, limit=None):
        words = [w for w in self.jieba.cut(term) if w.strip()]
        tail = f" limit {limit}" if limit else ""
        return [r[0] for r in self.db.execute(f"select rowid from fts where fts match ? order by rowid{tail}",
                                              ['"' + " ".join(words) + '"'])]


class Bigram(Index):
    name = "character bigrams"

    def build(self, texts):
        self.db.execute("create virtual table fts using fts5(tokens, content='', columnsize=0, "
                        "tokenize='unicode61 remove_diacritics 0')")
        self.db.executemany("insert into fts (rowid, tokens) values (?, ?)",
                            ((i, search.index_tokens(t)) for i, t in enumerate(texts, 1)))

    def matches(self, term, limit=None):
        tail = f" limit {limit}" if limit else ""
        return [r[0] for r in self.db.execute(f"select rowid from fts where fts match ? order by rowid{tail}",
                                              [search.fts_query(term)])]


def timed(func, *args) -> tuple[float, object]:
    started = time.perf_counter()
    result = func(*args)
    return (time.perf_counter() - started) * 1000, result


def measure(index: Index, texts: list[str], by_length: dict[int, list[str]]) -> dict[int, dict]:
    report = {}
    for length, words in by_length.items():
        hits = truth_total = found_total = 0
        all_ms, page_ms = [], []
        for word in words:
            truth = {i for i, t in enumerate(texts, 1) if word.lower() in t.lower()}
            ms, found = timed(index.matches, word)
            all_ms.append(ms)
            page_ms.append(timed(index.matches, word, 50)[0])
            found = set(found)
            hits += len(found & truth)
            truth_total += len(truth)
            found_total += len(found)
        report[length] = {"recall": hits / truth_total if truth_total else 1.0,
                          "precision": hits / found_total if found_total else 1.0,
                          "median_ms": statistics.median(all_ms), "max_ms": max(all_ms),
                          "page_ms": statistics.median(page_ms), "terms": len(words)}
    return report


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--notices", type=int, default=10000)
    parser.add_argument("--per-length", type=int, default=12)
    args = parser.parse_args(argv)
    texts = load_texts(args.db, args.notices)
    by_length = terms(texts, args.per_length)
    print(f"{len(texts):,} texts ({sum(map(len, texts)):,} characters); terms per length: "
          + ", ".join(f"{k}: {len(v)}" for k, v in by_length.items()))
    with tempfile.TemporaryDirectory() as scratch:
        for kind in (Trigram, Jieba, Bigram):
            index = kind(Path(scratch) / f"{kind.__name__}.db", texts)
            size = f", {index.index_bytes / 2**20:.0f} MiB" if index.index_bytes else ""
            print(f"\n{index.name}: built in {index.build_seconds:.1f}s{size}")
            print("  len  recall  precision  all matches: median / worst ms   first 50: median ms")
            for length, row in measure(index, texts, by_length).items():
                print(f"  {length:>3}  {row['recall']:6.3f}  {row['precision']:9.3f}  "
                      f"{row['median_ms']:12.1f} / {row['max_ms']:7.1f}   {row['page_ms']:10.1f}")
            index.db.close()


if __name__ == "__main__":
    main()
