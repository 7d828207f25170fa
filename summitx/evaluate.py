"""Score extracted records against gold annotations with the metric of SPEC.md.

The figures are those of the reference scorer SPEC.md names, rule for rule: a gold item is
matched to the first unused prediction it accepts, in gold order; a matched optional gold
item (`required: false`) excuses its prediction without counting; every prediction left
over is a false positive.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CATEGORIES = ("meetings", "meetings_partial", "meetings_loose", "statements_direct",
              "statements_all", "agreements", "people", "published")  # fmt: skip
# The metric's word tokens: runs of ASCII letters and digits of the lower-cased text, with
# the typographic apostrophe read as a straight one.
WORD = re.compile(r"[a-z0-9]+")
# Statuses of an agreement of the parties; expected, hypothetical and denied ones are not scored.
SCORED_STATUSES = (None, "agreed", "signed")
LOCATION_NOISE = frozenset({"the", "of", "prefecture", "city", "province", "in"})

Item = dict[str, Any]


def words(text: str | None) -> list[str]:
    return WORD.findall((text or "").lower().replace("\u2019", "'"))


def name_tokens(name: str | None) -> frozenset[str] | None:
    """The metric's view of a name: its set of word tokens ('Kim Soo Ah' = 'Kim Soo-ah',
    'Tanaka Emi' = 'Emi Tanaka'); None for no name."""
    return frozenset(words(name)) if name else None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0  # predicting nothing is right only when nothing is due

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float | int]:
        """Precision, recall and F1 rounded to three places, with the counts."""
        return {"p": round(self.precision, 3), "r": round(self.recall, 3),
                "f1": round(self.f1, 3), "tp": self.tp, "fp": self.fp, "fn": self.fn}  # fmt: skip


@dataclass
class Report:
    scores: dict[str, Score]
    location_ok: int = 0
    location_total: int = 0
    articles: int = 0
    missing_articles: list[str] = field(default_factory=list)

    @property
    def location_accuracy(self) -> float | None:
        return round(self.location_ok / self.location_total, 3) if self.location_total else None


# --- dates ---------------------------------------------------------------------------------


def interval(value: Any) -> tuple[dt.date, dt.date] | None:
    """The days an ISO value covers (a day, month, year, ISO week or timestamp), else None."""
    if isinstance(value, dict):
        value = value.get("value")
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T.*)?", value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            year, month = int(m[1]), int(m[2])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def date_matches(pred: Any, gold: Item) -> bool:
    """The predicted date lies inside the gold date (at its precision) or `date_range`; a gold
    date of null (or one that does not parse) accepts only a predicted null date."""
    span = interval(pred)
    if gold.get("date_range"):
        low, high = (dt.date.fromisoformat(x) for x in gold["date_range"])
    else:
        bounds = interval(gold.get("date"))
        if bounds is None:
            return span is None
        low, high = bounds
    return span is not None and low <= span[0] and span[1] <= high


# --- matching ------------------------------------------------------------------------------


def match(
    score: Score,
    golds: Sequence[Item],
    preds: Sequence[Item],
    accepts: Callable[[Item, Item], bool],
    label: Callable[[Item], str],
) -> list[int]:
    """Each gold item takes the first unused prediction it accepts. Returns the indexes of
    the predictions taken."""
    used: list[int] = []
    for gold in golds:
        required = gold.get("required", True)
        hit = next((j for j, p in enumerate(preds) if j not in used and accepts(gold, p)), None)
        if hit is not None:
            used.append(hit)
            score.tp += bool(required)
        elif required:
            score.fn += 1
            score.misses.append(label(gold))
    for j, pred in enumerate(preds):
        if j not in used:
            score.fp += 1
            score.extras.append(label(pred))
    return used


def _person_names(items: Iterable[Any]) -> frozenset[frozenset[str]]:
    names = (item.get("name") if isinstance(item, dict) else item for item in items or [])
    return frozenset(key for name in names if (key := name_tokens(name)) is not None)


def _quote_matches(gold_quote: str, pred_quote: str | None) -> bool:
    """The prediction holds >= 80% of the gold quote's tokens and is at most 3x + 10 long."""
    gold, pred = words(gold_quote), words(pred_quote)
    if not gold or not pred:
        return False
    held = set(pred)
    return sum(t in held for t in gold) >= 0.8 * len(gold) and len(pred) <= 3 * len(gold) + 10


def _speaker(pred: Item) -> frozenset[str] | None:
    speaker = pred.get("speaker")
    return name_tokens(speaker.get("name") if isinstance(speaker, dict) else speaker)


def _agreement_text(pred: Item) -> str:
    parts = [pred.get(k) for k in ("text", "topic", "content")]
    evidence = pred.get("evidence")
    for ev in evidence if isinstance(evidence, list) else [evidence]:
        if isinstance(ev, dict):
            parts.append(ev.get("text"))
    return " ".join(p for p in parts if isinstance(p, str)).lower()


def _keywords_held(gold: Item, pred: Item) -> bool:
    """At least two thirds of the gold keywords appear in the agreement's text or evidence."""
    text = _agreement_text(pred)
    held = sum(k.lower() in text for k in gold["keywords"])
    return 3 * held >= 2 * len(gold["keywords"])


def _location_name(pred: Item) -> str:
    location = pred.get("location")
    if isinstance(location, dict):
        location = " ".join(str(location.get(k) or "") for k in ("name", "text"))
    return " ".join(t for t in words(location) if t not in LOCATION_NOISE)


# --- one article ---------------------------------------------------------------------------


def _label(doc_id: str) -> Callable[[Item], str]:
    def label(item: Item) -> str:
        shown = {k: item.get(k) for k in ("name", "participants", "date", "speaker", "quote",
                                            "keywords", "text") if item.get(k)}  # fmt: skip
        return f"{doc_id} {json.dumps(shown, ensure_ascii=False)[:200]}"

    return label


def score_article(report: Report, gold: Item, records: list[Item]) -> None:
    by_type: dict[str, list[Item]] = {}
    for record in records:
        by_type.setdefault(record.get("type") or "", []).append(record)
    scores = report.scores
    doc_id = gold["doc_id"]
    label = _label(doc_id)

    _score_published(scores["published"], gold, by_type.get("document", []), label)
    _score_people(scores["people"], gold, by_type.get("person", []), label)
    _score_meetings(report, gold, by_type.get("meeting", []), label)
    _score_statements(scores, gold, by_type.get("statement", []), label)
    agreed = [r for r in by_type.get("agreement", []) if r.get("status") in SCORED_STATUSES]
    match(scores["agreements"], gold.get("agreements", []), agreed, _keywords_held, label)


def _score_published(score: Score, gold: Item, documents: list[Item], label) -> None:
    if not gold.get("published") or not gold.get("published_in_text", True):
        return
    found = documents[0].get("published") if documents else None
    if isinstance(found, dict):
        found = found.get("value")
    if found and str(found)[:10] == gold["published"]:
        score.tp += 1
    else:
        score.fn += 1
        score.misses.append(f"{label({})} published {gold['published']}, got {found}")


def _score_people(score: Score, gold: Item, persons: list[Item], label) -> None:
    golds = [p for p in gold.get("people", [])
             if p.get("role", "actor") == "actor" or not p.get("required", True)]  # fmt: skip
    preds, seen = [], set()
    for person in persons:
        key = name_tokens(person.get("name"))
        if key and key not in seen:
            seen.add(key)
            preds.append(person)
    match(score, golds, preds, lambda g, p: name_tokens(g["name"]) == name_tokens(p.get("name")),
          label)  # fmt: skip


def _score_meetings(report: Report, gold: Item, meetings: list[Item], label) -> None:
    """Predictions with fewer than two named participants are not scored; the same
    participants on the same date count once (on participants alone for `meetings_loose`)."""
    scores = report.scores
    scored = [m for m in meetings if len(_person_names(m.get("participants"))) >= 2]

    def once(key: Callable[[Item], Any]) -> list[Item]:
        out, seen = [], set()
        for m in scored:
            if key(m) not in seen:
                seen.add(key(m))
                out.append(m)
        return out

    def date_value(m: Item) -> Any:
        date = m.get("date")
        return date.get("value") if isinstance(date, dict) else date

    preds = once(lambda m: (_person_names(m.get("participants")), date_value(m)))
    golds = gold.get("meetings", [])

    def same(g: Item, p: Item) -> bool:
        return _person_names(g["participants"]) == _person_names(p.get("participants"))

    def exact(g: Item, p: Item) -> bool:
        return same(g, p) and date_matches(p.get("date"), g)

    used = match(scores["meetings"], golds, preds, exact, label)
    for g in golds:
        taken = next((preds[j] for j in sorted(used) if exact(g, preds[j])), None)
        if taken is not None and g.get("location"):
            report.location_total += 1
            found = _location_name(taken)
            report.location_ok += any(
                (name := " ".join(t for t in words(n) if t not in LOCATION_NOISE)) and name in found
                for n in g["location"]
            )

    def overlap(g: Item, p: Item) -> bool:
        a, b = _person_names(g["participants"]), _person_names(p.get("participants"))
        return bool(a | b) and len(a & b) >= 0.5 * len(a | b) and date_matches(p.get("date"), g)

    match(scores["meetings_partial"], golds, preds, overlap, label)
    loose_golds, seen = [], set()
    for g in golds:
        key = _person_names(g["participants"])
        if key not in seen:
            seen.add(key)
            required = any(x.get("required", True) for x in golds
                           if _person_names(x["participants"]) == key)  # fmt: skip
            loose_golds.append(dict(g, required=required))
    loose = once(lambda m: _person_names(m.get("participants")))
    match(scores["meetings_loose"], loose_golds, loose, same, label)


def _score_statements(scores: dict[str, Score], gold: Item, statements: list[Item], label) -> None:
    """A quote given to the wrong person, or to anyone where the gold speaker is null, is a
    false positive; statements with no named speaker are not scored. In `statements_direct`
    a gold reported statement only excuses; in `statements_all` one by a named speaker is
    required whatever its flag, and one by an unnamed speaker only excuses."""

    def accepts(g: Item, p: Item) -> bool:
        quote = p.get("quote") or p.get("text")
        return _quote_matches(g["quote"], quote) and _speaker(p) == name_tokens(g.get("speaker"))

    named = [s for s in statements if _speaker(s)]
    golds = gold.get("statements", [])
    direct = [g for g in golds if g.get("direct", True)]
    direct += [dict(g, required=False) for g in golds if not g.get("direct", True)]
    direct_preds = [s for s in named if s.get("direct", True)]
    match(scores["statements_direct"], direct, direct_preds, accepts, label)
    every = [
        dict(g, required=g.get("required", True) or not g.get("direct", True))
        if g.get("speaker")
        else dict(g, required=False)
        for g in golds
    ]
    match(scores["statements_all"], every, named, accepts, label)


# --- whole sets ----------------------------------------------------------------------------


class GoldError(Exception):
    """A gold file that cannot be read or scored; the message names the file and the reason."""


# The file each gold article was read from, for error messages.
GOLD_PATH_KEY = "__gold_path__"


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    gold = {}
    for path in sorted(gold_dir.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise GoldError(f"{path}: cannot read: {exc.strerror or exc}") from exc
        except (ValueError, RecursionError) as exc:
            raise GoldError(f"{path}: not a gold file: malformed JSON ({exc})") from exc
        if not isinstance(data, dict):
            raise GoldError(f"{path}: not a gold file: not a JSON object")
        doc_id = data.get("doc_id") or path.stem
        if not isinstance(doc_id, str):
            raise GoldError(f"{path}: not a gold file: doc_id is not a string")
        gold[doc_id] = {**data, GOLD_PATH_KEY: str(path)}
    return gold


def doc_id_of(record: Item) -> Any:
    doc_id = record.get("doc_id")
    evidence = record.get("evidence")
    if doc_id is None and isinstance(evidence, dict):
        doc_id = evidence.get("doc_id")
    return doc_id


def evaluate(gold: dict[str, Item], records: Iterable[Item]) -> Report:
    per_doc: dict[Any, list[Item]] = {}
    for record in records:
        per_doc.setdefault(doc_id_of(record), []).append(record)
    report = Report(scores={c: Score() for c in CATEGORIES})
    for doc_id, gold_article in gold.items():
        if doc_id not in per_doc:
            report.missing_articles.append(doc_id)
        report.articles += 1
        try:
            score_article(report, gold_article, per_doc.get(doc_id, []))
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            where = gold_article.get(GOLD_PATH_KEY, doc_id)
            raise GoldError(
                f"{where}: not a gold file: {type(exc).__name__}: {exc} (see SPEC.md)"
            ) from exc
    return report


def read_records(path: Path) -> tuple[list[Item], int]:
    """The records of a summitx JSON Lines output, and how many lines were not JSON objects."""
    records, bad = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            bad += 1
            continue
        if isinstance(record, dict):
            records.append(record)
        else:
            bad += 1
    return records, bad


def report_lines(report: Report) -> list[str]:
    """Every category's figures, one line each, then the location accuracy."""
    lines = [f"{'category':20} {'P':>6} {'R':>6} {'F1':>6}   tp   fp   fn"]
    for name, score in report.scores.items():
        f = score.figures()
        lines.append(f"{name:20} {f['p']:6.3f} {f['r']:6.3f} {f['f1']:6.3f} "
                     f"{score.tp:4d} {score.fp:4d} {score.fn:4d}")  # fmt: skip
    accuracy = report.location_accuracy
    shown = "n/a" if accuracy is None else f"{accuracy:.3f}"
    lines.append(f"meeting_location_acc {shown} ({report.location_ok}/{report.location_total})")
    return lines
