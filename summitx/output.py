"""Writers for the output formats: streaming JSON Lines and CSV, grouped JSON, rich tables.

SQLite (sqlite_output.py) and the HTML report (report.py) write to a file, not a stream.
Every writer takes the records and the stream, then keyword options it may ignore:
`documents` (doc_id -> document record dict, filled while the records stream, so a row can
name its article even when `--type` leaves the documents out), `types` (the `--type` choice).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from summitx.csv_safe import neutralise_row
from summitx.records import GROUP_KEYS, SCHEMA_VERSION

FORMATS = ("table", "json", "jsonl", "csv", "sqlite", "html")
# The one table of all record types (CSV without a single --type): shared column names.
CSV_COLUMNS = ["type", "id", "doc_id", "name", "speaker", "participants", "parties", "date",
               "location", "kind", "quote", "text", "cue", "direct", "title", "country",
               "published", "errors", "evidence_start", "evidence_end", "doc_ids",
               "conflicts", "date_start", "date_end", "speaker_title", "speaker_country",
               "evidence_text", "outlet", "document_title", "status"]  # fmt: skip


def _dump(record: Any) -> dict[str, Any]:
    return record.model_dump(mode="json") if hasattr(record, "model_dump") else dict(record)


def write_jsonl(records: Iterable[Any], out: IO[str], **_: Any) -> None:
    for record in records:
        out.write(json.dumps(_dump(record), ensure_ascii=False, sort_keys=True) + "\n")


def write_json(records: Iterable[Any], out: IO[str], **_: Any) -> None:
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


def csv_row(data: dict[str, Any], document: dict[str, Any] | None = None) -> dict[str, Any]:
    """A row of the one table of all types; `document` is the record's article."""
    speaker = data.get("speaker")
    location = data.get("location")
    evidence = data.get("evidence") or {}
    document = document or {}
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
        "published": data.get("published") or document.get("published"),
        "errors": "; ".join(data.get("errors") or []),
        "evidence_start": evidence.get("start"),
        "evidence_end": evidence.get("end"),
        "doc_ids": "; ".join(data.get("doc_ids") or []),
        "conflicts": conflict_summary(data.get("conflicts")),
        "date_start": data.get("date_start"),
        "date_end": data.get("date_end"),
        "speaker_title": speaker.get("title") if isinstance(speaker, dict) else None,
        "speaker_country": speaker.get("country") if isinstance(speaker, dict) else None,
        "evidence_text": evidence.get("text"),
        "outlet": data.get("outlet") or document.get("outlet"),
        "document_title": document.get("title"),
        "status": data.get("status"),
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


def write_csv(
    records: Iterable[Any], out: IO[str], *, documents: dict[str, Any] | None = None,
    types: set[str] | None = None, **_: Any,
) -> None:  # fmt: skip
    """CSV: with one `--type`, that type's own columns (rows.py); else one table of all."""
    documents = {} if documents is None else documents
    single = next(iter(types)) if types and len(types) == 1 else None
    if single:
        from summitx.rows import columns, flat_row

        writer = csv.DictWriter(out, fieldnames=columns(single), lineterminator="\n")
    else:
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        data = _dump(record)
        document = documents.get(data.get("doc_id", ""))
        row = flat_row(data, document) if single else csv_row(data, document)
        writer.writerow(neutralise_row(row))


def write_tables(records: Iterable[Any], out: IO[str], **options: Any) -> None:
    """One rich table per record type at the terminal's width (table_view.py)."""
    from summitx.table_view import write_tables as write

    write(records, out, **options)


WRITERS = {"table": write_tables, "json": write_json, "jsonl": write_jsonl, "csv": write_csv}
