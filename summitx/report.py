"""A self-contained HTML report: a timeline of merged events with their sources and conflicts.

The template is templates/report.html (jinja2, autoescaped). One file, CSS and a few lines of
script inline, no network fetches: it opens from disk, in an e-mail attachment or on paper
(printing expands every event).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timezone
from importlib import resources
from itertools import pairwise
from typing import IO, Any

from jinja2 import Environment
from markupsafe import Markup, escape

from summitx import __version__
from summitx.consolidate import count_conflicts
from summitx.daterange import day_bounds
from summitx.views import consensus_of, merged_names

KIND_LABELS = {"meeting": "meeting", "statement": "quote", "agreement": "agreement"}
# The axis: positions between these percentages of its width.
AXIS_LEFT, AXIS_WIDTH = 6.0, 88.0
# A gap between consecutive event days longer than this is drawn shortened, with a break
# mark naming its length: one October meeting must not squeeze a week of January talks
# into a point, while days within a run of meetings stay proportional.
LONG_GAP_DAYS = 31


def anchor_id(doc_id: str, start: int, end: int) -> str:
    """The id of an evidence span in the report (doc_ids may hold ':' or '/')."""
    return f"ev-{slug(doc_id)}-{start}-{end}"


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", text)


def marked_text(text: str, spans: Iterable[tuple[int, int, str]], doc_id: str) -> Markup:
    """The article text, escaped, with each evidence span marked and given an anchor.

    Spans may overlap (a quote inside a meeting sentence): the first of overlapping spans is
    highlighted, and every span still gets its own anchor at its start.
    """
    spans = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    marks, last_end = [], -1
    for start, end, kind in spans:
        if start >= last_end:
            marks.append((start, end, kind))
            last_end = end
    events: list[tuple[int, int, str]] = []  # (position, order, html); closes sort first
    for start, end, kind in marks:
        events.append((start, 1, f'<mark class="ev {kind}">'))
        events.append((end, 0, "</mark>"))
    for start, end, _ in spans:
        events.append((start, 2, f'<a class="anchor" id="{anchor_id(doc_id, start, end)}"></a>'))
    events.sort(key=lambda e: (e[0], e[1]))
    out, cursor = [], 0
    for position, _, html in events:
        out.append(str(escape(text[cursor:position])))
        out.append(html)
        cursor = position
    out.append(str(escape(text[cursor:])))
    return Markup("".join(out))


def evidence_only(spans: Iterable[tuple[int, int, str, str]], doc_id: str) -> Markup:
    """The cited passages alone, each with its anchor, for an article whose text is not at
    hand (a report of saved records whose article files moved or changed)."""
    parts = [
        f'<a class="anchor" id="{anchor_id(doc_id, start, end)}"></a>'
        f'<mark class="ev {kind}">{escape(text)}</mark>'
        for start, end, kind, text in sorted(set(spans))
    ]
    return Markup("\n[…]\n".join(parts))


def _article_views(
    documents: Sequence[Any], texts: dict[str, str],
    cited: dict[str, set[tuple[int, int, str, str]]],
) -> list[dict[str, Any]]:  # fmt: skip
    views = []
    for document in documents:
        spans = cited.get(document.doc_id, set())
        if document.doc_id in texts:
            html = marked_text(texts[document.doc_id], [s[:3] for s in spans], document.doc_id)
        else:
            html = evidence_only(spans, document.doc_id)
        views.append(
            {
                "doc": document,
                "anchor": f"doc-{slug(document.doc_id)}",
                "html": html,
                "full": document.doc_id in texts,
            }
        )
    return views


def _gap_label(days: int) -> str:
    if days >= 700:
        return f"{round(days / 365)} years later"
    if days >= 56:
        return f"{round(days / 30.44)} months later"
    return f"{round(days / 7)} weeks later"


def _timeline(events: Sequence[Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Ticks placed by date, proportionally, and the breaks where long gaps were shortened.

    An event of month or week precision sits at its first day. Each long gap takes as much
    width as all the short gaps together (at least one day's worth), so the runs of nearby
    events stay readable and the break says how much time it stands for.
    """
    dated = [(bounds[0], e) for e in events if e.date and (bounds := day_bounds(e.date))]
    dated.sort(key=lambda pair: pair[0])
    days = sorted({day for day, _ in dated})
    if not days:
        return [], []
    gaps = [(b - a).days for a, b in pairwise(days)]
    short = sum(g for g in gaps if g <= LONG_GAP_DAYS)
    shortened = max(short, 1)
    position: dict[date, float] = {days[0]: 0.0}
    breaks = []
    for (a, b), gap in zip(pairwise(days), gaps, strict=True):
        step = gap if gap <= LONG_GAP_DAYS else shortened
        position[b] = position[a] + step
        if gap > LONG_GAP_DAYS:
            breaks.append({"at": position[a] + step / 2, "label": _gap_label(gap)})
    total = position[days[-1]]

    def left(value: float) -> str:
        share = 0.5 if total == 0 else value / total
        return f"{AXIS_LEFT + AXIS_WIDTH * share:.1f}%"

    ticks = [
        {"event": event, "left": left(position[day]), "row": index % 2}
        for index, (day, event) in enumerate(dated)
    ]
    return ticks, [{"left": left(b["at"]), "label": b["label"]} for b in breaks]


def render_report(records: Sequence[Any], texts: dict[str, str], title: str) -> str:
    """The HTML report of per-article records plus their consolidated records."""
    by_id = {r.id: r for r in records if getattr(r, "id", "")}
    documents = [r for r in records if r.type == "document"]
    events = [r for r in records if r.type == "event"]
    labels = {d.doc_id: d.outlet or d.doc_id for d in documents}
    cited: dict[str, set[tuple[int, int, str, str]]] = defaultdict(set)
    for record in records:
        evidence = getattr(record, "evidence", None)
        if evidence is not None and record.type in KIND_LABELS:
            cited[record.doc_id].add((evidence.start, evidence.end, record.type, evidence.text))

    merged = merged_names(records)

    def merged_name(name: str | None) -> str | None:
        """Every article's spelling of a person shown as the name merged across articles."""
        return merged.get(name, name) if name else name

    def names(items: Iterable[Any]) -> str:
        return " · ".join(merged_name(item.name) or "" for item in items)

    ticks, breaks = _timeline(events)
    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    source = resources.files("summitx.templates").joinpath("report.html").read_text("utf-8")
    template = env.from_string(source)
    return template.render(
        title=title,
        version=__version__,
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        documents=documents,
        events=events,
        conflicts=count_conflicts(records),
        ticks=ticks,
        breaks=breaks,
        consensus=consensus_of,
        merged_name=merged_name,
        quote_links=[r for r in records if r.type == "quote_link"],
        people=[r for r in records if r.type == "merged_person"],
        articles=_article_views(documents, texts, cited),
        names=names,
        slug=slug,
        anchor=anchor_id,
        label=lambda d: labels.get(d, d),
        related=lambda ids: [by_id[i] for i in ids if i in by_id],
    )


def write_html(
    records: Iterable[Any], out: IO[str], *, texts: dict[str, str] | None = None,
    title: str = "Summit report", **_: Any,
) -> None:  # fmt: skip
    """`extract -o report.html`: the report of the records (per-article and merged)."""
    out.write(render_report(list(records), texts or {}, title))
