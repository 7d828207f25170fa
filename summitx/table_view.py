"""The terminal view: one rich table per record type, fitted to the terminal's width.

rich measures the terminal (and honours `COLUMNS`; 80 when the output is not a terminal).
Short columns keep their width; the one free-text column of each table (the quote, the
agreement's text, a title) takes the rest and wraps, so nothing is cut at 80 columns and
nothing is truncated at 200. Rows name their article by outlet or title, not by doc_id.
With corpus-level records, events and the conflicts between sources come first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import IO, Any

from summitx.records import GROUP_KEYS, RECORD_TYPES
from summitx.terminal import printable_lines
from summitx.views import consensus_of, document_label, names

Row = dict[str, Any]
# (header, value of a row, rich column options); `ratio` marks the column that takes the
# width left over, `max_width` caps a label so the free text keeps its room.
Column = tuple[str, Callable[[Row], str], dict[str, Any]]
LABEL = {"max_width": 20}
SHORT = {"no_wrap": True}
FREE = {"ratio": 1, "min_width": 16}
# Corpus-level tables first: they answer "what happened, and where do sources disagree".
ORDER = ("event", "conflict", "merged_person", "quote_link", *RECORD_TYPES[:5])


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _speaker(row: Row) -> str:
    """The resolved name; else the words the article used ("an official"); never `()`."""
    if row.get("speaker"):
        return row["speaker"]["name"]
    return _one_line(row.get("speaker_text")) or "unattributed"


def _quote(row: Row) -> str:
    text = _one_line(row.get("quote"))
    return f"“{text}”" if row.get("direct") else text


def _agreement_cue(row: Row) -> str:
    """`agreed`; a status other than agreed or signed beside it (`hope (expected)`)."""
    status = row.get("status") or "agreed"
    return row["cue"] if status in ("agreed", "signed") else f"{row['cue']} ({status})"


def _place(row: Row) -> str:
    return (row.get("location") or {}).get("name") or ""


def _conflict_fields(row: Row) -> str:
    return ", ".join(c["field"] for c in row.get("conflicts") or [])


def article_labels(documents: Iterable[Row]) -> dict[str, str]:
    """doc_id -> outlet or title; an outlet shared by several articles gets the title too."""
    documents = list(documents)
    counts = Counter(document_label(d) for d in documents)
    labels = {}
    for d in documents:
        label = document_label(d)
        if counts[label] > 1 and d.get("title") and d.get("title") != label:
            label = f"{label}: {_one_line(d['title'])}"
        labels[d["doc_id"]] = label
    return labels


def columns(label: Callable[[str], str]) -> dict[str, list[Column]]:
    article: Column = ("article", lambda r: label(r["doc_id"]), LABEL)
    return {
        "event": [
            ("date", lambda r: r.get("date") or "undated", SHORT),
            ("participants", lambda r: names(r["participants"]), FREE),
            ("kind", lambda r: r["kind"], SHORT),
            ("location", _place, {"max_width": 14}),
            ("src", lambda r: str(len(r.get("doc_ids") or [])), SHORT),
            ("conflicts", _conflict_fields, {"max_width": 10}),
        ],
        "conflict": [
            ("about", lambda r: r["about"], {"max_width": 24}),
            ("field", lambda r: r["field"], SHORT),
            ("what each source says", lambda r: r["values"], FREE),
            ("majority", lambda r: r["majority"], {"max_width": 12}),
        ],
        "merged_person": [
            ("name", lambda r: r["name"], {"max_width": 24}),
            ("also written", lambda r: ", ".join(r.get("aliases") or []), FREE),
            ("titles", lambda r: ", ".join(r.get("titles") or []), {"max_width": 22}),
            ("country", lambda r: ", ".join(r.get("countries") or []), SHORT),
            ("articles", lambda r: str(len(r.get("doc_ids") or [])), SHORT),
        ],
        "quote_link": [
            ("speaker", lambda r: _speaker(r), {"max_width": 20}),
            ("quote", _quote, FREE),
            ("articles", lambda r: ", ".join(label(d) for d in r.get("doc_ids") or []), LABEL),
            ("conflicts", _conflict_fields, SHORT),
        ],
        "document": [
            article,
            ("published", lambda r: r.get("published") or "", SHORT),
            ("title", lambda r: _one_line(r.get("title")), FREE),
            ("problems", lambda r: "; ".join([*r["errors"], *r["warnings"]]), {"ratio": 1}),
        ],
        "person": [
            article,
            ("name", lambda r: r["name"], {"max_width": 24}),
            ("title", lambda r: r.get("title") or "", {"max_width": 22}),
            ("country", lambda r: r.get("country") or "", SHORT),
            ("also written", lambda r: ", ".join(r.get("aliases") or []), FREE),
        ],
        "meeting": [
            article,
            ("participants", lambda r: names(r["participants"]), FREE),
            ("date", lambda r: r.get("date") or "", SHORT),
            ("location", _place, {"max_width": 16}),
            ("kind", lambda r: r["kind"], SHORT),
        ],
        "statement": [
            article,
            ("speaker", _speaker, {"max_width": 20}),
            ("quote", _quote, FREE),
        ],
        "agreement": [
            article,
            ("parties", lambda r: names(r["parties"]), {"max_width": 20}),
            ("cue", _agreement_cue, SHORT),
            ("text", lambda r: _one_line(r["text"]), FREE),
        ],
    }


def conflict_rows(grouped: dict[str, list[Row]], label: Callable[[str], str]) -> list[Row]:
    rows = []
    for kind in ("event", "merged_person", "quote_link"):
        for record in grouped.get(kind, []):
            about = {
                "event": lambda r: f"{r.get('date') or 'undated'} {names(r['participants'])}",
                "merged_person": lambda r: r["name"],
                "quote_link": lambda r: f"“{_one_line(r['quote'])[:40]}”",
            }[kind](record)
            for conflict in record.get("conflicts") or []:
                rows.append({
                    "about": about,
                    "field": conflict["field"],
                    "values": "\n".join(
                        f"{v['value']}: {', '.join(label(d) for d in v['doc_ids'])}"
                        for v in conflict["values"]
                    ),
                    "majority": consensus_of(conflict) or "tie",
                })  # fmt: skip
    return rows


def write_tables(
    records: Iterable[Any], out: IO[str], *, documents: dict[str, Row] | None = None,
    width: int | None = None, **_: Any,
) -> None:  # fmt: skip
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    grouped: dict[str, list[Row]] = {}
    for record in records:
        data = record.model_dump(mode="json") if hasattr(record, "model_dump") else dict(record)
        grouped.setdefault(data["type"], []).append(data)
    known = {**(documents or {}), **{d["doc_id"]: d for d in grouped.get("document", [])}}
    labels = article_labels(known.values())

    def label(doc_id: str) -> str:
        return labels.get(doc_id, doc_id)

    if any(grouped.get(k) for k in ("event", "merged_person", "quote_link")):
        grouped["conflict"] = conflict_rows(grouped, label)
    console = Console(file=out, width=width, highlight=False, soft_wrap=False)
    specs = columns(label)
    for kind in ORDER:
        rows = grouped.get(kind) or []
        if not rows:
            continue
        heading = "conflicts between sources" if kind == "conflict" else GROUP_KEYS[kind]
        table = Table(title=f"{heading} ({len(rows)})", title_justify="left", expand=True)
        for header, _getter, options in specs[kind]:
            table.add_column(header, overflow="fold", **options)
        for row in rows:
            # Text, not str: article words such as "[bold]" or "[/]" are not rich markup;
            # control characters are shown as escapes, never sent to the terminal.
            cells = [Text(printable_lines(getter(row))) for _, getter, _options in specs[kind]]
            table.add_row(*cells)
        console.print(table)
