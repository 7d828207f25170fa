"""Flat rows for tables (CSV, SQLite): each record type with its own columns.

A row holds plain values only (lists joined with "; "), with the article's title, outlet
and publication date beside every per-article record and `date_start`/`date_end` beside
every date, so a row drops into pandas, a spreadsheet or Datasette as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from summitx.views import conflict_values

Getter = Callable[[dict[str, Any], Mapping[str, Any]], Any]


def _join(values: list[Any] | None) -> str:
    return "; ".join(str(v) for v in values or [] if v is not None)


def _field(name: str) -> Getter:
    return lambda d, doc: d.get(name)


def _sub(name: str, key: str) -> Getter:
    return lambda d, doc: (d.get(name) or {}).get(key)


def _each(name: str, key: str) -> Getter:
    """`a; b` of one key of each item in a list (participants' names, parties' countries)."""
    return lambda d, doc: _join([item.get(key) for item in d.get(name) or []])


def _listed(name: str) -> Getter:
    return lambda d, doc: _join(d.get(name))


def _evidence(key: str) -> Getter:
    return lambda d, doc: (d.get("evidence") or {}).get(key)


def _document(key: str) -> Getter:
    return lambda d, doc: doc.get(key)


def _conflicts(d: dict[str, Any], doc: Mapping[str, Any]) -> str:
    return "; ".join(f"{c['field']}: {conflict_values(c)}" for c in d.get("conflicts") or [])


ARTICLE_COLUMNS: list[tuple[str, Getter]] = [
    ("evidence_start", _evidence("start")),
    ("evidence_end", _evidence("end")),
    ("evidence_text", _evidence("text")),
    ("document_title", _document("title")),
    ("outlet", _document("outlet")),
    ("published", _document("published")),
]
DATE_COLUMNS: list[tuple[str, Getter]] = [
    ("date", _field("date")),
    ("date_start", _field("date_start")),
    ("date_end", _field("date_end")),
]
BASE: list[tuple[str, Getter]] = [("id", _field("id")), ("doc_id", _field("doc_id"))]

COLUMNS: dict[str, list[tuple[str, Getter]]] = {
    "document": [
        *BASE,
        ("path", _field("path")),
        ("title", _field("title")),
        ("outlet", _field("outlet")),
        ("published", _field("published")),
        ("dateline", _field("dateline")),
        ("authors", _listed("authors")),
        ("language", _field("language")),
        ("errors", _listed("errors")),
        ("warnings", _listed("warnings")),
    ],
    "person": [
        *BASE,
        ("name", _field("name")),
        ("title", _field("title")),
        ("country", _field("country")),
        ("aliases", _listed("aliases")),
        ("mentions", _field("mentions")),
        *ARTICLE_COLUMNS,
    ],
    "meeting": [
        *BASE,
        ("participants", _each("participants", "name")),
        ("participant_titles", _each("participants", "title")),
        ("participant_countries", _each("participants", "country")),
        *DATE_COLUMNS,
        ("date_text", _field("date_text")),
        ("location", _sub("location", "name")),
        ("location_country", _sub("location", "country")),
        ("kind", _field("kind")),
        ("ordinal", _field("ordinal")),
        ("planned", _field("planned")),
        *ARTICLE_COLUMNS,
    ],
    "statement": [
        *BASE,
        ("speaker_name", _sub("speaker", "name")),
        ("speaker_title", _sub("speaker", "title")),
        ("speaker_country", _sub("speaker", "country")),
        ("speaker_text", _field("speaker_text")),
        ("quote", _field("quote")),
        ("direct", _field("direct")),
        ("cue", _field("cue")),
        ("rule", _field("rule")),
        *ARTICLE_COLUMNS,
    ],
    "agreement": [
        *BASE,
        ("parties", _each("parties", "name")),
        ("party_countries", _each("parties", "country")),
        ("text", _field("text")),
        ("cue", _field("cue")),
        ("status", _field("status")),
        ("rule", _field("rule")),
        *ARTICLE_COLUMNS,
    ],
    "event": [
        *BASE,
        *DATE_COLUMNS,
        ("participants", _each("participants", "name")),
        ("participant_countries", _each("participants", "country")),
        ("location", _sub("location", "name")),
        ("location_country", _sub("location", "country")),
        ("kind", _field("kind")),
        ("kinds", _listed("kinds")),
        ("ordinal", _field("ordinal")),
        ("planned", _field("planned")),
        ("articles", lambda d, doc: len(d.get("doc_ids") or [])),
        ("doc_ids", _listed("doc_ids")),
        ("conflicts", _conflicts),
    ],
    "merged_person": [
        *BASE,
        ("name", _field("name")),
        ("aliases", _listed("aliases")),
        ("title", _field("title")),
        ("titles", _listed("titles")),
        ("country", _field("country")),
        ("countries", _listed("countries")),
        ("mentions", _field("mentions")),
        ("articles", lambda d, doc: len(d.get("doc_ids") or [])),
        ("doc_ids", _listed("doc_ids")),
        ("conflicts", _conflicts),
    ],
    "quote_link": [
        *BASE,
        ("speaker_name", _sub("speaker", "name")),
        ("speaker_title", _sub("speaker", "title")),
        ("speaker_country", _sub("speaker", "country")),
        ("quote", _field("quote")),
        ("articles", lambda d, doc: len(d.get("doc_ids") or [])),
        ("doc_ids", _listed("doc_ids")),
        ("conflicts", _conflicts),
    ],
}


def columns(record_type: str) -> list[str]:
    return [name for name, _ in COLUMNS[record_type]]


def flat_row(data: dict[str, Any], document: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The record (a `model_dump(mode="json")` dict) as one row of its type's columns;
    `document` is its article's document record, for the title, outlet and date."""
    document = document or {}
    return {name: getter(data, document) for name, getter in COLUMNS[data["type"]]}
