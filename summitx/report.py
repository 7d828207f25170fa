"""A self-contained HTML report: a timeline of merged events with their sources and conflicts.

The template is templates/report.html (jinja2, autoescaped). One file, CSS and a few lines of
script inline, no network fetches: it opens from disk, in an e-mail attachment or on paper
(printing expands every event).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from importlib import resources
from typing import Any

from jinja2 import Environment
from markupsafe import Markup, escape

from summitx import __version__
from summitx.consolidate import count_conflicts

KIND_LABELS = {"meeting": "meeting", "statement": "quote", "agreement": "agreement"}


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


def _article_views(
    documents: Sequence[Any], texts: dict[str, str], cited: dict[str, set[tuple[int, int, str]]]
) -> list[dict[str, Any]]:
    views = []
    for document in documents:
        text = texts.get(document.doc_id, "")
        views.append(
            {
                "doc": document,
                "anchor": f"doc-{slug(document.doc_id)}",
                "html": marked_text(text, cited.get(document.doc_id, set()), document.doc_id),
            }
        )
    return views


def _timeline(events: Sequence[Any]) -> list[dict[str, Any]]:
    """Evenly spaced ticks in date order: readable even when events are decades apart."""
    dated = [e for e in events if e.date]
    ticks = []
    for index, event in enumerate(dated):
        left = 50 if len(dated) == 1 else 8 + 84 * index / (len(dated) - 1)
        ticks.append({"event": event, "left": f"{left:.1f}%", "row": index % 2})
    return ticks


def render_report(records: Sequence[Any], texts: dict[str, str], title: str) -> str:
    """The HTML report of per-article records plus their consolidated records."""
    by_id = {r.id: r for r in records if getattr(r, "id", "")}
    documents = [r for r in records if r.type == "document"]
    events = [r for r in records if r.type == "event"]
    labels = {d.doc_id: d.outlet or d.doc_id for d in documents}
    cited: dict[str, set[tuple[int, int, str]]] = defaultdict(set)
    for record in records:
        evidence = getattr(record, "evidence", None)
        if evidence is not None and record.type in KIND_LABELS:
            cited[record.doc_id].add((evidence.start, evidence.end, record.type))

    def names(items: Iterable[Any]) -> str:
        return " · ".join(item.name for item in items)

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
        ticks=_timeline(events),
        quote_links=[r for r in records if r.type == "quote_link"],
        people=[r for r in records if r.type == "merged_person"],
        articles=_article_views(documents, texts, cited),
        names=names,
        slug=slug,
        anchor=anchor_id,
        label=lambda d: labels.get(d, d),
        related=lambda ids: [by_id[i] for i in ids if i in by_id],
    )
