"""A diff as one offline HTML file: the two notices side by side, changes and reused passages marked.

Every change in the list links to its evidence span in the old and the new text (anchors
``old-N`` / ``new-N``); every reused passage links to its span in the new text and names its
sources. Spans may overlap (a reused sentence that holds a changed target): the texts are cut at
every span boundary and each piece carries the classes of all spans over it. No script, no
external resource. Reads a diff dict; returns a string.
"""
from __future__ import annotations

from html import escape

from pipeline.diff.report import GROUPS, change_group, count_notices, describe

STYLE = """
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222}
h1{font-size:1.3em}h2{font-size:1.1em;margin-top:1.5em}
.notice{color:#555;font-size:.9em}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1em}
.text{white-space:pre-wrap;border:1px solid #ccc;padding:.8em;font-size:.9em;line-height:1.6;max-height:80vh;overflow:auto}
mark{background:none;padding:0}
.added{background:#d6f5d6}.removed{background:#f8d3d3}.changed{background:#fff1b8}
.reuse{border-bottom:2px solid #5b8def}.boilerplate{border-bottom:2px dotted #aaa}
:target{outline:2px solid #e67e22}
ul{padding-left:1.2em}li{margin:.2em 0}
.plus{color:#1a7f37}.minus{color:#c62828}.tilde{color:#9a6700}
.src{color:#666;font-size:.85em}
table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left}
"""
_CLASS = {"added": "added", "joined": "added", "involved": "added", "removed": "removed", "left": "removed",
          "dropped": "removed"}
_MARK = {"added": ("+", "plus"), "removed": ("−", "minus")}


def _marked(text: str, spans: list[tuple[int, int, str, str | None, str]]) -> str:
    """``text`` as HTML with each span (start, end, class, anchor id, title) marked."""
    cuts = sorted({0, len(text)} | {s for s, _, _, _, _ in spans} | {e for _, e, _, _, _ in spans})
    starts: dict[int, list[str]] = {}
    for start, _, _, anchor, _ in spans:
        if anchor:
            starts.setdefault(start, []).append(anchor)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        out.extend(f'<a id="{anchor}"></a>' for anchor in starts.get(a, []))
        over = [(cls, title) for s, e, cls, _, title in spans if s <= a and b <= e]
        piece = escape(text[a:b])
        if over:
            classes = " ".join(sorted({cls for cls, _ in over}))
            title = escape(" | ".join(dict.fromkeys(t for _, t in over if t)))
            piece = f'<mark class="{classes}" title="{title}">{piece}</mark>'
        out.append(piece)
    return "".join(out)


def _spans_of(row: dict | None) -> list[tuple[int, int]]:
    if not row or row.get("char_start") is None or row.get("char_end") is None:
        return []
    return [(row["char_start"], row["char_end"])] + [tuple(s) for s in row.get("also_at") or []]


def _notice(summary: dict | None) -> str:
    if not summary:
        return ""
    bits = [summary.get("doc_number"), summary.get("issuer"), summary.get("issue_date"), summary.get("region"),
            summary.get("file_format"), summary.get("label"),
            summary.get("notice_id") != summary.get("label") and summary.get("notice_id")
            and f"stored as notice {summary['notice_id']}"]
    return (f"<b>{escape(summary.get('title') or '(no title)')}</b><br>"
            f"<span class=notice>{escape(' · '.join(b for b in bits if b))}</span>")


def render_html(result: dict) -> str:
    """The whole page."""
    new_text = result["texts"]["new"] or ""
    old_text = result["texts"]["old"] or ""
    new_spans, old_spans, items = [], [], []
    for kind, (title, groups) in GROUPS.items():
        changes = result["changes"].get(kind) or []
        if not changes:
            continue
        items.append(f"<h3>{escape(title)}</h3><ul>")
        for group, (label, _) in groups.items():
            for change in (c for c in changes if change_group(c) == group):
                n = len(new_spans) + len(old_spans)
                cls = _CLASS.get(change["change"], "changed")
                line = escape(f"{label}: {describe(change)}")
                links = []
                for side, spans, text_spans in (("old", old_spans, change["old"]), ("new", new_spans, change["new"])):
                    for k, (s, e) in enumerate(_spans_of(text_spans)):
                        anchor = f"{side}-{n}-{k}"
                        spans.append((s, e, cls, anchor, f"{title}: {label}"))
                        links.append(f'<a href="#{anchor}">{side}{"" if k == 0 else f" ({k + 1})"}</a>')
                items.append(f'<li class="{cls}">{line} {" ".join(links)}</li>')
        items.append("</ul>")
    reuse = result.get("reuse") or {}
    reuse_items = []
    for index, passage in enumerate(reuse.get("passages", [])):
        anchor = f"reuse-{index}"
        sources = passage["sources"]
        where = "; ".join(f"{s['issue_date'] or '—'} {s['region'] or '—'} {s['notice_id']}" for s in sources)
        cls = "boilerplate" if passage["boilerplate"] else "reuse"
        new_spans.append((passage["char_start"], passage["char_end"], cls, anchor,
                          f"{'boilerplate' if passage['boilerplate'] else 'reused'} ({passage['notices']} notices): {where}"))
        if passage["boilerplate"]:
            continue
        rows = "".join(
            f"<div class=src>← {escape(s['issue_date'] or '—')} {escape(s['region'] or '—')} "
            f"<b>{escape(s['notice_id'])}</b> {escape(s['title'] or '')} "
            f"[{s['char_start']}:{s['char_end']}] {'verbatim' if s['verbatim'] else escape(_figures(s))}"
            f"{', issued after the new notice' if s['later'] else ''}</div>"
            for s in sources)
        text = passage["evidence"].replace("\n", " ")
        reuse_items.append(f'<li><a href="#{anchor}">«{escape(text[:60])}{"…" if len(text) > 60 else ""}»</a> '
                           f"in {count_notices(passage['notices'])}{' (figures changed)' if passage['changed'] else ''}{rows}</li>")
    boilerplate = sum(1 for p in reuse.get("passages", []) if p["boilerplate"])
    reuse_html = (f"<h2>Text reuse</h2><p>{reuse['share']:.0%} of the new text is found in other stored notices; "
                  f"boilerplate (in {reuse['boilerplate_threshold']}+ notices, dotted underline, {boilerplate} passages) "
                  f"a further {reuse['boilerplate_share']:.0%}, not counted.</p><ul>{''.join(reuse_items)}</ul>"
                  if reuse else "")
    predecessors = "".join(
        f"<tr><td>{p['score']:.2f}</td><td>{escape(p['notice_id'])}</td><td>{escape(p['issue_date'] or '')}</td>"
        f"<td>{escape(p['region'] or '')}</td><td>{escape(p['title'] or '')}</td>"
        f"<td>{escape('; '.join(r['detail'] for r in p['reasons']))}</td></tr>" for p in result["predecessors"])
    total = sum(result["counts"].values())
    return f"""<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>zhengce diff: {escape(result['new'].get('title') or '')}</title>
<style>{STYLE}</style></head><body>
<h1>zhengce diff</h1>
<div class=cols><div>Old: {_notice(result['old']) or 'none'}</div><div>New: {_notice(result['new'])}</div></div>
{'<h2>Predecessors</h2><table><tr><th>score</th><th>notice</th><th>date</th><th>region</th><th>title</th><th>why</th></tr>' + predecessors + '</table>' if predecessors else ''}
<h2>Changes ({total})</h2>{''.join(items) or '<p>No change.</p>'}
{reuse_html}
<h2>The two notices</h2>
<div class=cols><div class=text id=old>{_marked(old_text, old_spans)}</div><div class=text id=new>{_marked(new_text, new_spans)}</div></div>
</body></html>
"""


def _figures(source: dict) -> str:
    changed = ", ".join(f"{f['old']}→{f['new']}" for f in source["figures_changed"])
    return f"figures {changed}" if changed else "partly"
