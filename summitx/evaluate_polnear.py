"""Direct-quote attribution scored on PolNeAR-format JSON Lines, as SPEC.md defines it.

A PolNeAR line is one article (`filename`, `text`, `publication_date`, `title`) with its
attribution relations (`source`, `cue`, `content`, each with its `text`). Every quoted span
of a relation's content is a gold item: a direct statement matches it when it holds at least
80% of the span's tokens (at most 3x + 10 tokens long) and its speaker's name shares a word
with the relation's source, or, for an unnamed speaker, a word of its `speaker_text` does
('a spokeswoman'). A source that is only a pronoun, or none, is not checked: the corpus has
no coreference gold. Statements with neither a speaker nor speaker words are not scored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summitx.evaluate import Score, doc_id_of, words

PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you", "his", "her", "their"})
ARTICLES = frozenset({"a", "an", "the"})
# A quoted span: between double quotation marks (straight or curly, no double mark inside),
# or between two pairs of apostrophes, the convention of some news archives.
DOUBLE_QUOTED = re.compile(r"[\"\u201c](?P<double>[^\"\u201c\u201d]+)[\"\u201d]")
APOSTROPHE_QUOTED = re.compile(r"''(?P<single>[^'\"\u201c\u201d]+?)''")
QUOTED = re.compile(f"{DOUBLE_QUOTED.pattern}|{APOSTROPHE_QUOTED.pattern}")


@dataclass(frozen=True)
class QuotedSpan:
    quote: str
    source: str


def is_polnear(path: Path) -> bool:
    """A JSON Lines file whose first record carries PolNeAR attribution relations."""
    if not path.is_file():
        return False
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                try:
                    first = json.loads(line)
                except json.JSONDecodeError:
                    return False
                return isinstance(first, dict) and "attributions" in first
    return False


def read_polnear(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                yield json.loads(line)


def article_fields(record: dict[str, Any]) -> dict[str, Any]:
    """The article of a PolNeAR record as summitx reads a JSON Lines input line."""
    return {"id": record["filename"], "text": record["text"],
            "published": record.get("publication_date"), "title": record.get("title")}  # fmt: skip


def polnear_articles(path: Path, max_chars: int) -> Iterator[Any]:
    """The corpus's articles as summitx Articles (doc_id = PolNeAR filename)."""
    from summitx.loader import Article, InputError, article_from_json

    for number, record in enumerate(read_polnear(path), 1):
        try:
            yield article_from_json(article_fields(record), f"{path.stem}:{number}", str(path),
                                    max_chars)  # fmt: skip
        except (InputError, KeyError) as exc:
            yield Article(doc_id=f"{path.stem}:{number}", path=str(path), errors=[str(exc)])


def quoted_spans(record: dict[str, Any]) -> list[QuotedSpan]:
    spans = []
    for relation in record.get("attributions", []):
        content = (relation.get("content") or {}).get("text") or ""
        source = (relation.get("source") or {}).get("text") or ""
        for found in QUOTED.finditer(content):
            quote = found.group("double") or found.group("single")
            if words(quote):
                spans.append(QuotedSpan(quote, source))
    return spans


def _speaker_words(statement: dict[str, Any]) -> set[str]:
    """The speaker's name words, or for an unnamed speaker the words naming it."""
    speaker = statement.get("speaker")
    name = speaker.get("name") if isinstance(speaker, dict) else speaker
    if name:
        return set(words(name))
    return set(words(statement.get("speaker_text"))) - PRONOUNS - ARTICLES


def _scored(statement: dict[str, Any]) -> bool:
    speaker = statement.get("speaker")
    named = speaker.get("name") if isinstance(speaker, dict) else speaker
    return (
        statement.get("type") == "statement"
        and statement.get("direct", True)
        and bool(named or statement.get("speaker_text"))
    )


def _covers(span: list[str], statement: dict[str, Any]) -> bool:
    quote = words(statement.get("quote"))
    held = set(quote)
    return (
        bool(quote)
        and sum(t in held for t in span) >= 0.8 * len(span)
        and len(quote) <= 3 * len(span) + 10
    )


def score_polnear(gold: Iterable[dict[str, Any]], records: Iterable[dict[str, Any]]) -> Score:
    """Each quoted span takes the first unused direct statement of its article that covers
    it and names its source; statements of articles without gold are not counted."""
    per_doc: dict[Any, list[dict[str, Any]]] = {}
    for record in records:
        if _scored(record):
            per_doc.setdefault(doc_id_of(record), []).append(record)
    score = Score()
    articles = {a["filename"]: a for a in gold}  # a file listed twice counts once, its last
    for article in articles.values():
        statements = per_doc.get(article["filename"], [])
        used: set[int] = set()
        for span in quoted_spans(article):
            tokens, source = words(span.quote), set(words(span.source))
            unchecked = not (source - PRONOUNS)
            hit = next(
                (
                    j
                    for j, s in enumerate(statements)
                    if j not in used
                    and _covers(tokens, s)
                    and (unchecked or _speaker_words(s) & source)
                ),
                None,
            )
            if hit is None:
                score.fn += 1
                score.misses.append(f"{article['filename']}: {span.source}: {span.quote[:70]}")
            else:
                used.add(hit)
                score.tp += 1
        score.fp += len(statements) - len(used)
    return score


def polnear_figures(score: Score) -> dict[str, float | int]:
    """P, R and F1 as the PolNeAR figures state them: 0 (not 1) when nothing is predicted."""
    p = score.tp / (score.tp + score.fp) if score.tp + score.fp else 0.0
    r = score.tp / (score.tp + score.fn) if score.tp + score.fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3),
            "tp": score.tp, "fp": score.fp, "fn": score.fn}  # fmt: skip
