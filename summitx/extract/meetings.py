"""Meetings: who met whom, when, where, and what kind of meeting it was.

A sentence mentions a meeting through a trigger word (summit, talks, met, visit, call, ...).
Its participants are the people the sentence names outside quotes, completed with the
article's two main people when the sentence says "the two leaders", "their" or refers back
to "the summit". Its date is the date expression nearest the trigger, resolved against the
publication date; its place the nearest place. Mentions of the same meeting within one
article are then merged: same participants and compatible dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from summitx import lexicon
from summitx.extract.dates import resolve_date
from summitx.extract.document import DocumentMeta
from summitx.extract.people import PersonIndex
from summitx.extract.quotes import QuoteSpan, find_quotes

PLACE_LABELS = ("GPE", "LOC", "FAC")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3}  # fmt: skip
# Words that point back to the article's main pair of people.
PAIR_WORDS = re.compile(
    r"\b(?:their|the two leaders|both leaders|the leaders|the two men|the two women|"
    r"the pair|both men|the two sides|both sides)\b",
    re.IGNORECASE,
)
# Verbs that only make a meeting when their object is a person ("welcomed the decision").
PERSON_OBJECT_VERBS = {"host", "welcome", "receive", "greet"}
KIND_RANK = ["summit", "talks", "meeting", "bilateral", "visit", "call", "banquet",
             "press conference", "dinner", "lunch", "breakfast", "reception", "ceremony"]  # fmt: skip


@dataclass
class MeetingMention:
    participants: list[int]
    date: str | None
    date_text: str | None
    location: str | None
    location_country: str | None
    kind: str
    ordinal: int | None
    planned: bool
    start: int
    end: int
    merged: list[tuple[int, int]] = field(default_factory=list)


def _trigger_kind(token: Token) -> str | None:
    low = token.lemma_.lower()
    if token.pos_ in ("NOUN", "PROPN"):
        prev = token.nbor(-1).lower_ if token.i > 0 else ""
        two = f"{prev} {token.lower_}"
        if two in lexicon.meeting_nouns():
            return lexicon.meeting_nouns()[two]
        if low == "call" and prev not in ("phone", "telephone", "video", "conference"):
            return (
                None
                if not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
                else "call"
            )
        return lexicon.meeting_nouns().get(low) or lexicon.meeting_nouns().get(token.lower_)
    if token.pos_ == "VERB":
        kind = lexicon.meeting_verbs().get(low)
        if kind is None:
            return None
        children = list(token.children)
        if low == "call":
            # "called on X to do" and "called for" are appeals; "called on X" is a courtesy call.
            if any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in children):
                return None
            if not any(c.lower_ == "on" for c in children):
                return None
        if low in PERSON_OBJECT_VERBS and not any(c.dep_ == "dobj" for c in children):
            return None
        return kind
    return None


class MeetingFinder:
    def __init__(self, doc: Doc, meta: DocumentMeta, people: PersonIndex, published: str | None):
        self.doc = doc
        self.meta = meta
        self.people = people
        self.published = published
        self.quotes: list[QuoteSpan] = find_quotes(doc.text)
        self.context_date: str | None = None

    def _in_quote(self, token: Token) -> bool:
        return any(q.start <= token.idx < q.end for q in self.quotes)

    def mentions(self) -> list[MeetingMention]:
        found: list[MeetingMention] = []
        for sent in self.doc.sents:
            if self.meta.is_excluded(sent.start_char, sent.end_char) and self.meta.is_excluded(
                sent.start_char, sent.start_char + 1
            ):
                continue
            found.extend(self._sentence(sent))
        return found

    def _dates(self, sent: Span) -> list[tuple[Span, str]]:
        out = []
        for ent in sent.ents:
            if ent.label_ not in ("DATE", "TIME") or self._in_quote(ent[0]):
                continue
            value = resolve_date(ent.text, self.published, None, self.context_date)
            if value:
                out.append((ent, value))
        return out

    def _places(self, sent: Span) -> list[Span]:
        out = []
        for ent in sent.ents:
            if ent.label_ not in PLACE_LABELS or self._in_quote(ent[0]):
                continue
            if any(self.people.person_at(i) is not None for i in range(ent.start, ent.end)):
                continue
            out.append(ent)
        return out

    def _participants(self, sent: Span, trigger: Token) -> list[int]:
        keys: list[int] = []
        for i in range(sent.start, sent.end):
            token = self.doc[i]
            if self._in_quote(token):
                continue
            key = self.people.person_at(i)
            if (
                key is None
                and token.lower_ in ("he", "she", "him", "her")
                and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            ):
                key = self.people.pronoun_person(token)
            if key is not None and key not in keys:
                keys.append(key)
        refers_back = PAIR_WORDS.search(sent.text) or (
            any(c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in trigger.children)
        )
        if len(keys) < 2 and refers_back:
            for key in self.people.main_pair():
                if key not in keys:
                    keys.append(key)
                if len(keys) >= 2:
                    break
        return keys

    def _sentence(self, sent: Span) -> list[MeetingMention]:
        triggers = [
            (t, kind)
            for t in sent
            # The cheap word test first: most tokens are no trigger, and few are in quotes.
            if (kind := _trigger_kind(t)) is not None and not self._in_quote(t)
        ]
        if not triggers:
            for _ent, value in self._dates(sent):
                if len(value) == 10:
                    self.context_date = value
            return []
        dates = self._dates(sent)
        places = self._places(sent)
        out = []

        # Each date and place goes to the trigger nearest to it.
        def nearest_trigger(span: Span) -> int:
            return min(range(len(triggers)), key=lambda k: abs(triggers[k][0].i - span.start))

        for index, (trigger, kind) in enumerate(triggers):
            participants = self._participants(sent, trigger)
            if len(participants) < 2:
                continue
            my_dates = [d for d in dates if nearest_trigger(d[0]) == index] or (
                dates if len(triggers) == 1 else []
            )
            my_places = [p for p in places if nearest_trigger(p) == index] or places
            date_span, date = my_dates[0] if my_dates else (None, None)
            location, country = self._location(my_places, trigger)
            ordinal = None
            for t in self.doc[max(sent.start, trigger.i - 4) : trigger.i]:
                if t.lower_ in ORDINALS:
                    ordinal = ORDINALS[t.lower_]
            planned = any(
                t.lower_ in ("will", "shall", "plans", "planned", "scheduled") for t in sent
            )
            out.append(
                MeetingMention(
                    participants=participants,
                    date=date,
                    date_text=date_span.text if date_span is not None else None,
                    location=location,
                    location_country=country,
                    kind=kind,
                    ordinal=ordinal,
                    planned=planned,
                    start=sent.start_char,
                    end=sent.end_char,
                )
            )
        for _ent, value in dates:
            if len(value) == 10:
                self.context_date = value
        return out

    def _location(self, places: list[Span], trigger: Token) -> tuple[str | None, str | None]:
        if not places:
            return None, None

        # A city beats a country; a place after "in"/"at" beats one elsewhere.
        def rank(ent: Span) -> tuple[int, int, int]:
            is_country = lexicon.country_of_name(ent.text) is not None
            prep = ent.start > 0 and self.doc[ent.start - 1].lower_ in ("in", "at", "to", "of")
            return (int(is_country), int(not prep), abs(ent.start - trigger.i))

        best = min(places, key=rank)
        name = re.sub(r"^the\s+", "", best.text, flags=re.I).strip()
        country = lexicon.country_of_name(name)
        if country is None:
            after = self.doc.text[best.end_char : best.end_char + 40]
            match = re.match(r",\s*((?:[A-Z][\w.]*\s?){1,3})", after)
            if match:
                country = lexicon.country_of_name(match.group(1).strip())
        if country is None:
            country = lexicon.capitals().get(name.lower())
        return name, country


def _contains(outer: str, inner: str) -> bool:
    """A coarser ISO date contains a finer one ('2025' contains '2025-10-03')."""
    return len(outer) < len(inner) and "W" not in outer and inner.startswith(outer)


def merge_mentions(mentions: list[MeetingMention]) -> list[MeetingMention]:
    """One meeting per (participants, date); undated and coarser mentions join a dated one."""
    groups: dict[frozenset[int], list[MeetingMention]] = {}
    for mention in mentions:
        groups.setdefault(frozenset(mention.participants), []).append(mention)
    merged: list[MeetingMention] = []
    for group in groups.values():
        by_date: dict[str | None, MeetingMention] = {}
        for mention in group:
            if mention.date in by_date:
                _absorb(by_date[mention.date], mention)
            else:
                by_date[mention.date] = mention
        dates = [d for d in by_date if d is not None]
        for date in sorted(dates, key=len):
            finer = [d for d in dates if _contains(date, d)]
            if finer and date in by_date:
                _absorb(by_date[finer[0]], by_date.pop(date))
        if None in by_date and len(by_date) > 1:
            undated = by_date.pop(None)
            first = min(by_date.values(), key=lambda m: m.start)
            _absorb(first, undated)
        merged.extend(by_date.values())
    return sorted(merged, key=lambda m: m.start)


def _absorb(into: MeetingMention, other: MeetingMention) -> None:
    into.merged.append((other.start, other.end))
    if into.location is None and other.location is not None:
        into.location, into.location_country = other.location, other.location_country
    if into.ordinal is None:
        into.ordinal = other.ordinal
    if (
        KIND_RANK.index(other.kind) < KIND_RANK.index(into.kind)
        if (other.kind in KIND_RANK and into.kind in KIND_RANK)
        else False
    ):
        into.kind = other.kind
    into.planned = into.planned and other.planned


def extract_meetings(
    doc: Doc, meta: DocumentMeta, people: PersonIndex, published: str | None
) -> list[MeetingMention]:
    return merge_mentions(MeetingFinder(doc, meta, people, published).mentions())
