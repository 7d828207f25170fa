"""How records are named to a reader: article labels, conflict lines, merged names.

Shared by the terminal tables, the stderr explanations and the HTML report, so an article,
an event or a conflict reads the same wherever it appears. Works on records or their dicts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any


def _get(item: Any, name: str, default: Any = None) -> Any:
    if isinstance(item, Mapping):
        return item.get(name, default)
    return getattr(item, name, default)


def document_label(document: Any) -> str:
    """An article as a reader knows it: its outlet, else its title, else its doc_id."""
    return _get(document, "outlet") or _get(document, "title") or _get(document, "doc_id")


def names(items: Iterable[Any] | None) -> str:
    return " · ".join(_get(item, "name", "") for item in items or [])


def consensus_of(conflict: Any) -> str | None:
    """The value strictly more articles give than any other; None on a tie, where no value
    has the majority (the merger still picks one, by specificity, for the record itself)."""
    counts = sorted(
        ((len(_get(v, "doc_ids", [])), _get(v, "value")) for v in _get(conflict, "values", [])),
        key=lambda pair: -pair[0],
    )
    if not counts or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return None
    return counts[0][1]


def record_label(record: Any) -> str:
    """A corpus-level record in a few words: `event 2026-01-13 summit: A · B`."""
    kind = _get(record, "type")
    if kind == "event":
        return f"event {_get(record, 'date') or 'undated'} {_get(record, 'kind')}: " + names(
            _get(record, "participants")
        )
    if kind == "merged_person":
        return f"person {_get(record, 'name')}"
    if kind == "quote_link":
        quote = " ".join((_get(record, "quote") or "").split())
        return f"quote “{quote[:60]}{'…' if len(quote) > 60 else ''}”"
    return f"{kind} {_get(record, 'id')}"


def conflict_values(conflict: Any, label: Any = None) -> str:
    """`2026-01-13 (Outlet A, Outlet B) vs 2026-01-14 (Outlet C)`; `label` names a doc_id."""
    label = label or (lambda doc_id: doc_id)
    return " vs ".join(
        f"{_get(v, 'value')} ({', '.join(label(d) for d in _get(v, 'doc_ids', []))})"
        for v in _get(conflict, "values", [])
    )


def conflict_lines(records: Iterable[Any], label: Any = None) -> Iterator[str]:
    """One line per conflict: the record, the field, each value and the articles behind it."""
    for record in records:
        for conflict in _get(record, "conflicts", None) or []:
            yield (
                f"{record_label(record)}: {_get(conflict, 'field')}: "
                + conflict_values(conflict, label)
            )


def merged_names(records: Iterable[Any]) -> dict[str, str]:
    """Each spelling of a person (any article's) -> the name merged across articles."""
    table: dict[str, str] = {}
    for record in records:
        if _get(record, "type") == "merged_person":
            for alias in [_get(record, "name"), *(_get(record, "aliases") or [])]:
                table.setdefault(alias, _get(record, "name"))
    return table
