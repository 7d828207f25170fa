"""Writers for the four output formats: streaming JSON Lines and CSV, grouped JSON, rich tables."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from summitx.records import GROUP_KEYS, RECORD_TYPES, SCHEMA_VERSION

FORMATS = ("table", "json", "jsonl", "csv")
CSV_COLUMNS = ["type", "id", "doc_id", "name", "speaker", "participants", "parties", "date",
               "location", "kind", "quote", "text", "cue", "direct", "title", "country",
               "published", "errors", "evidence_start", "evidence_end", "doc_ids",
               "conflicts"]  # fmt: skip


def _dump(record: Any) -> dict[str, Any]:
    return record.model_dump(mode="json") if hasattr(record, "model_dump") else dict(record)


def write_jsonl(records: Iterable[Any], out: IO[str]) -> None:
    for record in records:
        out.write(json.dumps(_dump(record), ensure_ascii=False, sort_keys=True) + "\n")


def write_json(records: Iterable[Any], out: IO[str]) -> None:
    grouped: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for key in GROUP_KEYS.values():
        grouped[key] = []
    for record in records:
        data = _dump(record)
        grouped.setdefault(GROUP_KEYS.get(data["type"], data["type"] + "s"), []).append(data)
    json.dump(grouped, out, ensure_ascii=False, indent=2, sort_keys=True)
    out.write("\n")


def _names(items: list[dict[str, Any]] | None) -> str:
    return "; ".join(i.get("name", "") for i in items or [])


def csv_row(data: dict[str, Any]) -> dict[str, Any]:
    speaker = data.get("speaker")
    location = data.get("location")
    evidence = data.get("evidence") or {}
    return {
        "type": data["type"],
        "id": data.get("id"),
        "doc_id": data.get("doc_id"),
        "name": data.get("name"),
        "speaker": speaker.get("name") if isinstance(speaker, dict) else data.get("speaker_text"),
        "participants": _names(data.get("participants")),
        "parties": _names(data.get("parties")),
        "date": data.get("date"),
        "location": location.get("name") if isinstance(location, dict) else None,
        "kind": data.get("kind"),
        "quote": data.get("quote"),
        "text": data.get("text") if data["type"] == "agreement" else data.get("title"),
        "cue": data.get("cue"),
        "direct": data.get("direct"),
        "title": data.get("title"),
        "country": data.get("country"),
        "published": data.get("published"),
        "errors": "; ".join(data.get("errors") or []),
        "evidence_start": evidence.get("start"),
        "evidence_end": evidence.get("end"),
        "doc_ids": "; ".join(data.get("doc_ids") or []),
        "conflicts": conflict_summary(data.get("conflicts")),
    }


def conflict_summary(conflicts: list[dict[str, Any]] | None, short: bool = False) -> str:
    """`date: 2026-01-13 (a, b) vs 2026-01-14 (c)` for each conflicting field; with `short`,
    article counts instead of doc_ids (`date: 2026-01-13 x2 vs 2026-01-14 x1`)."""
    parts = []
    for conflict in conflicts or []:
        values = " vs ".join(
            f"{v['value']} x{len(v['doc_ids'])}" if short else
            f"{v['value']} ({', '.join(v['doc_ids'])})"
            for v in conflict.get("values", [])
        )  # fmt: skip
        parts.append(f"{conflict['field']}: {values}")
    return "; ".join(parts)


def write_csv(records: Iterable[Any], out: IO[str]) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(csv_row(_dump(record)))


def _short(text: str | None, width: int = 60) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _ref(person: dict[str, Any] | None) -> str:
    return person.get("name", "") if person else ""


TABLE_COLUMNS: dict[str, list[tuple[str, Any]]] = {
    "document": [
        ("doc_id", lambda d: d["doc_id"]),
        ("published", lambda d: d.get("published") or ""),
        ("outlet", lambda d: _short(d.get("outlet"), 20)),
        ("title / errors", lambda d: _short("; ".join(d["errors"]) or d.get("title"), 50)),
    ],
    "person": [
        ("doc_id", lambda d: _short(d["doc_id"], 14)),
        ("name", lambda d: d["name"]),
        ("title", lambda d: d.get("title") or ""),
        ("country", lambda d: d.get("country") or ""),
        ("aliases", lambda d: _short(", ".join(d.get("aliases", [])), 30)),
    ],
    "meeting": [
        ("doc_id", lambda d: _short(d["doc_id"], 14)),
        ("participants", lambda d: _short(_names(d["participants"]), 36)),
        ("date", lambda d: d.get("date") or ""),
        ("location", lambda d: _short((d.get("location") or {}).get("name"), 18)),
        ("kind", lambda d: d["kind"]),
    ],
    "statement": [
        ("doc_id", lambda d: _short(d["doc_id"], 14)),
        ("speaker", lambda d: _ref(d.get("speaker")) or f"({_short(d.get('speaker_text'), 16)})"),
        ("cue", lambda d: d.get("cue") or ""),
        ("quote", lambda d: ("“" if d["direct"] else "") + _short(d["quote"], 52)),
    ],
    "agreement": [
        ("doc_id", lambda d: _short(d["doc_id"], 14)),
        ("parties", lambda d: _short(_names(d["parties"]), 28)),
        ("cue", lambda d: d["cue"]),
        ("status", lambda d: d.get("status") or ""),
        ("text", lambda d: _short(d["text"], 50)),
    ],
    "merged_person": [
        ("name", lambda d: d["name"]),
        ("aliases", lambda d: _short(", ".join(d.get("aliases", [])), 24)),
        ("titles", lambda d: _short(", ".join(d.get("titles", [])), 20)),
        ("countries", lambda d: ", ".join(d.get("countries", []))),
        ("articles", lambda d: str(len(d.get("doc_ids", [])))),
    ],
    "event": [
        ("date", lambda d: d.get("date") or ""),
        ("participants", lambda d: _short(_names(d["participants"]), 30)),
        ("location", lambda d: _short((d.get("location") or {}).get("name"), 16)),
        ("kind", lambda d: d["kind"]),
        ("articles", lambda d: str(len(d.get("doc_ids", [])))),
        ("conflicts", lambda d: conflict_summary(d.get("conflicts"), short=True)),
    ],
    "quote_link": [
        ("speaker", lambda d: _ref(d.get("speaker"))),
        ("quote", lambda d: _short(d["quote"], 44)),
        ("articles", lambda d: str(len(d.get("doc_ids", [])))),
        ("conflicts", lambda d: conflict_summary(d.get("conflicts"), short=True)),
    ],
}


def write_tables(records: Iterable[Any], out: IO[str], width: int | None = None) -> None:
    """One rich table per record type, readable at 100 columns."""
    from rich.console import Console
    from rich.table import Table

    grouped: dict[str, list[dict[str, Any]]] = {t: [] for t in RECORD_TYPES}
    for record in records:
        data = _dump(record)
        grouped.setdefault(data["type"], []).append(data)
    console = Console(file=out, width=width or 100)
    for kind in RECORD_TYPES:
        rows = grouped.get(kind) or []
        if not rows:
            continue
        table = Table(title=f"{GROUP_KEYS[kind]} ({len(rows)})", title_justify="left", expand=False)
        for header, _ in TABLE_COLUMNS[kind]:
            table.add_column(header, overflow="fold")
        for row in rows:
            table.add_row(*[str(getter(row)) for _, getter in TABLE_COLUMNS[kind]])
        console.print(table)


WRITERS = {"table": write_tables, "json": write_json, "jsonl": write_jsonl, "csv": write_csv}
