"""A realistic corpus of N policy notices for benchmarks, made from the project's own notices.

Each generated notice is one of the template notices (``corpus/text``, ``tests/notices``) moved to
another real place and time: the template's regions become a random chain of province, city and
county from ``schemas/regions.csv`` (full and short names), its years shift, its figures change,
its task-force members get other names (the persons the gold files list), and its 发文字号 gets a
serial of its own, so that no two generated notices are taken for copies of one notice. A notice
is written as text or as a web page; ``GeneratedNotice`` is the format-free form another writer
(DOCX, PDF) can render.

    python bench/generate_corpus.py OUT_DIR -n 10000 [--seed 1] [--html-share 0.3]
"""
from __future__ import annotations

import argparse
import csv
import html
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_GLOBS = ("corpus/text/*.txt", "tests/notices/*.txt", "tests/notices/*.html")
GOLD_GLOBS = ("tests/gold/*.json", "tests/unseen*/**/*.json", "tests/real_gold/*.json")

# a 发文字号: 阳政办发〔2023〕71号, 鼓政辦〔2019〕10號 (groups: prefix, year, serial, 号)
DOC_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,10})([〔［\[【(（])((?:19|20)\d\d)([〕］\]】)）])(\d{1,4})([号號])")
# a year written in digits: 2023年, 2025 (not inside a longer number)
YEAR = re.compile(r"(?<![\d.])(20[12]\d)(?![\d.%])")
# a figure that is not a year: 95%, 1.2万, 23个 (a number of 1–4 digits, maybe with decimals; not 5G, 10G-PON)
FIGURE = re.compile(r"(?<![\d.〔［\[【A-Za-z-])(\d{1,4})(\.\d{1,2})?(?![\d〕］\]】A-Za-z])")
# a month and day: 9月28日
MONTH_DAY = re.compile(r"(?<!\d)(1[0-2]|[1-9])月([1-3]\d|[1-9])日")
# the first and given-name characters of generated persons
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯健俊帆帅旭宁龙林波辉鹏飞建国峰志文东海亮新春晓"


@dataclass
class Template:
    name: str
    text: str
    file_format: str  # text | html
    regions: list[str]  # region names (full) the template mentions, longest first
    persons: list[str]


@dataclass
class GeneratedNotice:
    """One generated notice: its file stem, its text (or page, for html) and where it is set."""

    stem: str
    file_format: str
    content: str
    province: str
    city: str | None
    county: str | None
    template: str


def load_regions(path: Path = ROOT / "schemas" / "regions.csv") -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row["status"] == "current"]


def known_persons() -> set[str]:
    """Persons the gold files list (task-force members): names a template's member list may hold."""
    persons: set[str] = set()
    for pattern in GOLD_GLOBS:
        for path in ROOT.glob(pattern):
            try:
                gold = json.loads(path.read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError):
                continue
            for force in gold.get("taskforces") or [] if isinstance(gold, dict) else []:
                for member in force.get("members") or []:
                    person = member.get("person")
                    if person and 2 <= len(person) <= 4:
                        persons.add(person)
    return persons


def read_template(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def load_templates(regions: list[dict]) -> list[Template]:
    names = sorted({r["name"] for r in regions if len(r["name"]) >= 3}, key=len, reverse=True)
    persons = known_persons()
    templates = []
    for pattern in TEMPLATE_GLOBS:
        for path in sorted(ROOT.glob(pattern)):
            text = read_template(path)
            found = [name for name in names if name in text]
            spaced = {p for p in persons if re.search(r"\s*".join(map(re.escape, p)), text)}
            templates.append(Template(path.stem, text, "html" if path.suffix == ".html" else "text", found,
                                      sorted(spaced, key=len, reverse=True)))
    return templates


class RegionPicker:
    """Random chains of province → city → county of the regions table."""

    def __init__(self, regions: list[dict], rng: random.Random):
        self.rng = rng
        self.by_name = {r["name"]: r for r in regions}
        self.counties = [r for r in regions if r["level"] == "county" and r["parent"] in self.by_name]

    def chain(self) -> tuple[dict, dict, dict]:
        county = self.rng.choice(self.counties)
        city = self.by_name[county["parent"]]
        province = self.by_name.get(city["province"]) or self.by_name.get(county["province"]) or city
        return province, city, county


def _replace_regions(text: str, template: Template, picker: RegionPicker) -> tuple[str, tuple[dict, dict, dict]]:
    """Every region the template names becomes one of a new chain, by level (full and short names)."""
    chain = picker.chain()
    by_level = {"province": chain[0], "municipality": chain[0], "city": chain[1], "county": chain[2]}
    mapping: dict[str, str] = {}
    for name in template.regions:
        row = picker.by_name.get(name)
        if row is None:
            continue
        target = by_level.get(row["level"], chain[2])
        mapping[name] = target["name"]
        if row["short"] and len(row["short"]) >= 2 and target["short"]:
            mapping.setdefault(row["short"], target["short"])
    if mapping:
        pattern = re.compile("|".join(map(re.escape, sorted(mapping, key=len, reverse=True))))
        text = pattern.sub(lambda m: mapping[m.group(0)], text)
    return text, chain


def _person(rng: random.Random, length: int) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(max(1, length - 1)))


def _replace_persons(text: str, persons: list[str], rng: random.Random) -> str:
    for person in persons:
        new = _person(rng, len(person))
        text = re.sub(r"\s*".join(map(re.escape, person)), new, text)
    return text


def _shift_numbers(text: str, rng: random.Random, serial: int, year_shift: int) -> str:
    def number(match: re.Match) -> str:
        year = int(match.group(3)) + year_shift
        return f"{match.group(1)}{match.group(2)}{year}{match.group(4)}{serial}{match.group(6)}"

    text = DOC_NUMBER.sub(number, text)
    text = YEAR.sub(lambda m: str(int(m.group(1)) + year_shift), text)

    def figure(match: re.Match) -> str:
        whole, decimals = match.group(1), match.group(2)
        value = int(whole)
        if 1990 <= value <= 2040 and not decimals:
            return match.group(0)  # a year (already shifted)
        factor = rng.uniform(0.6, 1.4)
        if decimals:
            return f"{value * factor:.{len(decimals) - 1}f}"
        return str(max(1, round(value * factor))) if value > 1 else whole

    text = FIGURE.sub(figure, text)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return MONTH_DAY.sub(lambda m: f"{month}月{day}日", text, count=2)


def as_web_page(title: str, text: str) -> str:
    """A plain portal page holding the text (one paragraph per line)."""
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>\n"
            f"<body><div class=\"article\"><div class=\"TRS_Editor\">\n{paragraphs}\n</div></div></body></html>\n")


def notices(n: int, *, seed: int = 1, html_share: float = 0.3) -> Iterator[GeneratedNotice]:
    """``n`` generated notices, the same for the same seed."""
    rng = random.Random(seed)
    regions = load_regions()
    picker = RegionPicker(regions, rng)
    templates = load_templates(regions)
    for index in range(n):
        template = templates[index % len(templates)] if index < len(templates) else rng.choice(templates)
        text, (province, city, county) = _replace_regions(template.text, template, picker)
        text = _replace_persons(text, template.persons, rng)
        text = _shift_numbers(text, rng, serial=100 + index, year_shift=rng.randint(-3, 3))
        file_format = template.file_format
        if file_format == "text" and rng.random() < html_share:
            first_line = next((line.strip("* ") for line in text.splitlines() if line.strip()), "")
            text, file_format = as_web_page(first_line, text), "html"
        yield GeneratedNotice(f"{index:05d}_{template.name}", file_format, text, province["name"], city["name"],
                              county["name"], template.name)


def write_notice(notice: GeneratedNotice, out_dir: Path) -> Path:
    suffix = ".html" if notice.file_format == "html" else ".txt"
    path = out_dir / f"{notice.stem}{suffix}"
    path.write_text(notice.content, encoding="utf-8")
    return path


def generate(out_dir: str | Path, n: int, *, seed: int = 1, html_share: float = 0.3) -> list[Path]:
    """Write ``n`` notices into ``out_dir`` (created) and return their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return [write_notice(notice, out) for notice in notices(n, seed=seed, html_share=html_share)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("-n", type=int, default=1000, help="number of notices")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--html-share", type=float, default=0.3, help="share of text templates written as web pages")
    args = parser.parse_args(argv)
    paths = generate(args.out_dir, args.n, seed=args.seed, html_share=args.html_share)
    print(f"{len(paths)} notices → {args.out_dir}")


if __name__ == "__main__":
    main()
