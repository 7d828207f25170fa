"""Records saved by an earlier `summitx extract` (JSON Lines or grouped JSON), read back.

`summitx report records.jsonl` reuses them instead of extracting again. A file is a records
file when its first object carries `schema_version` and a record `type` (JSON Lines) or is
the grouped object of `--format json`; an articles file has `text` instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from summitx.records import GROUP_KEYS, RECORD_ADAPTER, RECORD_TYPES

SUFFIXES = {".jsonl", ".ndjson", ".json"}


class SavedRecordsError(ValueError):
    """A records file that cannot be read back: names the file, the line and the reason."""


def _first_object(path: Path) -> Any:
    """The first JSON Lines object, or for .json the whole document (a grouped records file
    starts with its sorted keys, so only the whole object tells)."""
    with path.open(encoding="utf-8", errors="replace") as stream:
        if path.suffix.lower() == ".json":
            try:
                return json.load(stream)
            except ValueError:
                return None
        for line in stream:
            if line.strip():
                try:
                    return json.loads(line)
                except ValueError:
                    return None
    return None


def is_records_file(name: str) -> bool:
    path = Path(name)
    if name == "-" or path.suffix.lower() not in SUFFIXES or not path.is_file():
        return False
    try:
        first = _first_object(path)
    except OSError:
        return False
    if not isinstance(first, dict) or "schema_version" not in first:
        return False
    if path.suffix.lower() == ".json":
        return isinstance(first.get("documents"), list)
    return first.get("type") in RECORD_TYPES


def read_records(paths: Iterable[str]) -> list[Any]:
    """The per-article records of saved files, validated into the pydantic models.

    Corpus-level records are left out: the caller merges again (merging is deterministic,
    and the saved run may not have merged at all).
    """
    records = []
    for name in paths:
        path = Path(name)
        try:
            if path.suffix.lower() == ".json":
                grouped = json.loads(path.read_text(encoding="utf-8"))
                items = [i for key in GROUP_KEYS.values() for i in grouped.get(key, [])]
                numbered = [(0, item) for item in items]
            else:
                lines = path.read_text(encoding="utf-8").splitlines()
                numbered = [(n, json.loads(t)) for n, t in enumerate(lines, 1) if t.strip()]
        except (OSError, ValueError) as exc:
            raise SavedRecordsError(f"{name}: cannot read saved records: {exc}") from exc
        for line, item in numbered:
            try:
                record = RECORD_ADAPTER.validate_python(item)
            except ValueError as exc:
                where = f"{name}:{line}" if line else name
                first = str(exc).splitlines()[0]
                raise SavedRecordsError(f"{where}: not a summitx record ({first})") from exc
            if record.doc_id != "corpus":
                records.append(record)
    return records


def article_texts(documents: Iterable[Any], records: Iterable[Any]) -> dict[str, str]:
    """The texts of the articles behind saved records, read again from their paths.

    A text is used only when every evidence span of its records still matches it (the file
    may have changed since); otherwise the report shows the evidence without the article.
    """
    from summitx.loader import load_articles

    by_doc: dict[str, list[Any]] = {}
    for record in records:
        if getattr(record, "evidence", None) is not None:
            by_doc.setdefault(record.doc_id, []).append(record.evidence)
    wanted: dict[str, set[str]] = {}
    for document in documents:
        if not document.errors and document.path not in ("-", "<text>", "<dict>"):
            wanted.setdefault(document.path, set()).add(document.doc_id)
    texts: dict[str, str] = {}
    for path, doc_ids in wanted.items():
        if not Path(path).is_file():
            continue
        articles = list(load_articles([path]))
        for article in articles:
            # Read alone, a file under a folder gets its bare name as doc_id.
            doc_id = next(iter(doc_ids)) if len(articles) == len(doc_ids) == 1 else article.doc_id
            if doc_id in doc_ids and not article.errors:
                spans = by_doc.get(doc_id, [])
                if all(article.text[e.start : e.end] == e.text for e in spans):
                    texts[doc_id] = article.text
    return texts
