"""Score extracted records against gold annotations exactly as SPEC.md defines the metric."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summitx.names import name_key

CATEGORIES = ("people", "meetings", "meetings_partial", "meetings_loose", "statements_direct",
              "statements_all", "agreements")  # fmt: skip
WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    scores: dict[str, Score]
    published_ok: int = 0
    published_total: int = 0
    location_ok: int = 0
    location_total: int = 0
    articles: int = 0
    missing_articles: list[str] = field(default_factory=list)


def _interval(value: str) -> tuple[dt.date, dt.date] | None:
    """The days an ISO date value covers: a day, month, year or ISO week."""
    try:
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            year, week = int(value[:4]), int(value[6:])
            start = dt.date.fromisocalendar(year, week, 1)
            return start, start + dt.timedelta(days=6)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = dt.date.fromisoformat(value)
            return day, day
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:])
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            return dt.date(year, month, 1), nxt - dt.timedelta(days=1)
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def date_matches(pred: str | None, gold: dict[str, Any]) -> bool:
    gold_date, gold_range = gold.get("date"), gold.get("date_range")
    if gold_date is None and not gold_range:
        return True
    if pred is None:
        return False
    span = _interval(pred)
    if span is None:
        return False
    bounds = []
    if gold_date:
        bounds.append(_interval(gold_date))
    if gold_range:
        bounds.append((dt.date.fromisoformat(gold_range[0]), dt.date.fromisoformat(gold_range[1])))
    return any(b is not None and b[0] <= span[0] and span[1] <= b[1] for b in bounds)


def _tokens(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def quote_matches(pred: str, gold: str) -> bool:
    gold_tokens, pred_tokens = _tokens(gold), _tokens(pred)
    if not gold_tokens:
        return False
    remaining = list(pred_tokens)
    covered = 0
    for token in gold_tokens:
        if token in remaining:
            remaining.remove(token)
            covered += 1
    return covered >= 0.8 * len(gold_tokens) and len(pred_tokens) <= 3 * len(gold_tokens) + 10


def _names(items: Iterable[Any]) -> frozenset[frozenset[str]]:
    return frozenset(name_key(n if isinstance(n, str) else n["name"]) for n in items)


def _match(
    score: Score,
    preds: list[dict[str, Any]],
    golds: list[dict[str, Any]],
    matches: Callable[[dict[str, Any], dict[str, Any]], bool],
    label: Callable[[dict[str, Any]], str],
    forbidden: Callable[[dict[str, Any], dict[str, Any]], bool] | None = None,
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Greedy one-to-one matching; required gold first. Returns matched (pred, gold) pairs."""
    used: set[int] = set()
    pairs = []
    for pred in preds:
        if forbidden and any(forbidden(pred, g) for g in golds):
            score.fp += 1
            score.extras.append(label(pred) + "  [quote of an unnamed or non-speaker source]")
            continue
        candidates = [i for i, g in enumerate(golds) if matches(pred, g)]
        required = [i for i in candidates if golds[i].get("required", True) and i not in used]
        if required:
            used.add(required[0])
            score.tp += 1
            pairs.append((pred, golds[required[0]]))
        elif any(not golds[i].get("required", True) for i in candidates):
            continue  # excused by an optional gold item
        else:
            score.fp += 1
            score.extras.append(label(pred))
    for i, gold in enumerate(golds):
        if gold.get("required", True) and i not in used:
            score.fn += 1
            score.misses.append(label(gold))
    return pairs


def _participants_label(item: dict[str, Any]) -> str:
    names = [p if isinstance(p, str) else p["name"] for p in item["participants"]]
    return f"{' + '.join(names)} @ {item.get('date')}"


def score_article(report: Report, gold: dict[str, Any], records: list[dict[str, Any]]) -> None:
    by_type: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_type.setdefault(record["type"], []).append(record)
    docs = by_type.get("document", [])
    if gold.get("published"):
        report.published_total += 1
        if docs and docs[0].get("published") == gold["published"]:
            report.published_ok += 1
    scores = report.scores
    doc_id = gold["doc_id"]

    gold_people = [p for p in gold.get("people", []) if p.get("role") != "author"]
    _match(
        scores["people"],
        by_type.get("person", []),
        gold_people,
        lambda p, g: name_key(p["name"]) == name_key(g["name"]),
        lambda x: f"{doc_id}: {x['name']}",
    )

    meetings = []
    seen = set()
    for m in by_type.get("meeting", []):
        if len(m["participants"]) < 2:
            continue
        key = (_names(m["participants"]), m.get("date"))
        if key not in seen:
            seen.add(key)
            meetings.append(m)
    gold_meetings = gold.get("meetings", [])
    pairs = _match(
        scores["meetings"],
        meetings,
        gold_meetings,
        lambda p, g: (
            _names(p["participants"]) == _names(g["participants"])
            and date_matches(p.get("date"), g)
        ),
        lambda x: f"{doc_id}: {_participants_label(x)}",
    )
    for pred, g in pairs:
        if g.get("location"):
            report.location_total += 1
            name = ((pred.get("location") or {}).get("name") or "").lower()
            if any(loc.lower() in name for loc in g["location"]):
                report.location_ok += 1

    def jaccard(p: dict[str, Any], g: dict[str, Any]) -> bool:
        a, b = _names(p["participants"]), _names(g["participants"])
        return len(a & b) >= 0.5 * len(a | b) and date_matches(p.get("date"), g)

    _match(scores["meetings_partial"], meetings, gold_meetings, jaccard,
           lambda x: f"{doc_id}: {_participants_label(x)}")  # fmt: skip
    loose_seen: set[frozenset[frozenset[str]]] = set()
    loose = []
    for m in meetings:
        if _names(m["participants"]) not in loose_seen:
            loose_seen.add(_names(m["participants"]))
            loose.append(m)
    _match(scores["meetings_loose"], loose, gold_meetings,
           lambda p, g: _names(p["participants"]) == _names(g["participants"]),
           lambda x: f"{doc_id}: {_participants_label(x)}")  # fmt: skip

    statements = [s for s in by_type.get("statement", []) if s.get("speaker")]

    def speaker_ok(p: dict[str, Any], g: dict[str, Any]) -> bool:
        return g.get("speaker") is not None and name_key(p["speaker"]["name"]) == name_key(
            g["speaker"]
        )

    def stmt_match(p: dict[str, Any], g: dict[str, Any]) -> bool:
        return speaker_ok(p, g) and quote_matches(p["quote"], g["quote"])

    def stmt_forbidden(p: dict[str, Any], g: dict[str, Any]) -> bool:
        return g.get("speaker") is None and quote_matches(p["quote"], g["quote"])

    def stmt_label(x: dict[str, Any]) -> str:
        speaker = x["speaker"]["name"] if isinstance(x.get("speaker"), dict) else x.get("speaker")
        return f"{doc_id}: {speaker}: {x['quote'][:70]}"

    gold_statements = gold.get("statements", [])
    direct_preds = [s for s in statements if s["direct"]]
    direct_gold = [g for g in gold_statements if g.get("direct")]
    _match(scores["statements_direct"], direct_preds, direct_gold, stmt_match, stmt_label,
           stmt_forbidden)  # fmt: skip
    _match(scores["statements_all"], statements, gold_statements, stmt_match, stmt_label,
           stmt_forbidden)  # fmt: skip

    def agreement_match(p: dict[str, Any], g: dict[str, Any]) -> bool:
        haystack = (p.get("text", "") + " " + p.get("evidence", {}).get("text", "")).lower()
        keywords = g.get("keywords", [])
        hits = sum(1 for k in keywords if k.lower() in haystack)
        return bool(keywords) and hits >= 2 / 3 * len(keywords)

    _match(scores["agreements"], by_type.get("agreement", []), gold.get("agreements", []),
           agreement_match, lambda x: f"{doc_id}: {x.get('text', '')[:80]}")  # fmt: skip


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    gold = {}
    for path in sorted(gold_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        gold[data.get("doc_id") or path.stem] = data
    return gold


def evaluate(gold: dict[str, dict[str, Any]], records: Iterable[dict[str, Any]]) -> Report:
    per_doc: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        per_doc.setdefault(record["doc_id"], []).append(record)
    report = Report(scores={c: Score() for c in CATEGORIES})
    for doc_id, gold_article in gold.items():
        if doc_id not in per_doc:
            report.missing_articles.append(doc_id)
        report.articles += 1
        score_article(report, gold_article, per_doc.get(doc_id, []))
    return report
