"""`--format sqlite` / `-o records.db`: one table per record type, `id` as primary key.

Rows are those of the per-type CSV (rows.py), written through sqlite-utils. Re-running over
the same or a grown corpus upserts on the stable record ids, so the file accumulates
articles without duplicating any, and opens as it is in Datasette or `sqlite-utils query`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from summitx.records import GROUP_KEYS
from summitx.rows import flat_row

# The first bytes of every SQLite 3 database file.
SQLITE_HEADER = b"SQLite format 3\x00"
# Rows buffered per table before one upsert_all (one transaction per batch, not per row).
BATCH_ROWS = 500


def not_sqlite(path: Path) -> str | None:
    """Why records cannot be upserted into `path`, or None: a new or empty file is fine, an
    existing one must be a SQLite database (never overwrite someone's other file)."""
    try:
        with path.open("rb") as stream:
            head = stream.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot be read: {exc.strerror}"
    if head and head != SQLITE_HEADER:
        return "exists and is not a SQLite database; records are upserted into a database"
    return None


def write_sqlite(
    records: Iterable[Any], path: str | Path, *, documents: dict[str, Any] | None = None,
    **_: Any,
) -> None:  # fmt: skip
    import sqlite_utils

    documents = {} if documents is None else documents
    db = sqlite_utils.Database(path)
    pending: dict[str, list[dict[str, Any]]] = {}

    def flush(table: str) -> None:
        rows = pending.pop(table, [])
        if rows:
            db.table(table).upsert_all(rows, pk="id", alter=True)

    try:
        for record in records:
            data = record.model_dump(mode="json") if hasattr(record, "model_dump") else record
            table = GROUP_KEYS[data["type"]]
            pending.setdefault(table, []).append(flat_row(data, documents.get(data["doc_id"])))
            if len(pending[table]) >= BATCH_ROWS:
                flush(table)
        for table in list(pending):
            flush(table)
        for table in db.table_names():
            if "doc_id" in db.table(table).columns_dict:
                db.table(table).create_index(["doc_id"], if_not_exists=True)
    finally:
        db.close()
