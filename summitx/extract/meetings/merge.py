"""Meeting mentions and how the mentions of one article become meetings.

Mentions with the same participants merge when their dates agree (a coarser date joins a
finer one); an undated mention takes the date the article was last talking about or joins the
first compatible meeting; a face-to-face meeting placed nowhere takes the dateline's place.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from summitx import lexicon
from summitx.extract.document import DocumentMeta

KIND_RANK = [
    "summit",
    "talks",
    "meeting",
    "bilateral",
    "visit",
    "signing",
    "call",
    "banquet",
    "press conference",
    "dinner",
    "lunch",
    "breakfast",
    "reception",
    "ceremony",
]


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
    # The last full date the article gave before this mention: the date of an undated one.
    context_date: str | None = None
    # The pattern that found the mention (MeetingRecord.rule).
    rule: str | None = None


def _contains(outer: str, inner: str) -> bool:
    """A coarser ISO date contains a finer one ('2025' contains '2025-10-03')."""
    return len(outer) < len(inner) and "W" not in outer and inner.startswith(outer)


def _compatible(a: MeetingMention, b: MeetingMention) -> bool:
    """Could two mentions be the same meeting? A call is not a face-to-face meeting, and the
    'first' summit is not the 'second'."""
    if (a.kind == "call") != (b.kind == "call"):
        return False
    return a.ordinal is None or b.ordinal is None or a.ordinal == b.ordinal


def merge_mentions(mentions: list[MeetingMention]) -> list[MeetingMention]:
    """One meeting per (participants, date). A coarser mention joins a finer one; an undated one
    takes the date the article was last talking about, or joins the first compatible meeting."""
    groups: dict[frozenset[int], list[MeetingMention]] = {}
    for mention in mentions:
        groups.setdefault(frozenset(mention.participants), []).append(mention)
    merged: list[MeetingMention] = []
    for group in groups.values():
        by_date: dict[str | None, MeetingMention] = {}
        undated: list[MeetingMention] = []
        for mention in group:
            if mention.date is None:
                undated.append(mention)
            elif mention.date in by_date:
                _absorb(by_date[mention.date], mention)
            else:
                by_date[mention.date] = mention
        dates = [d for d in by_date if d is not None]
        for date in sorted(dates, key=len):
            finer = [d for d in dates if _contains(date, d)]
            if finer and date in by_date:
                _absorb(by_date[finer[0]], by_date.pop(date))
        leftovers: list[MeetingMention] = []
        for mention in undated:
            context = mention.context_date
            target = by_date.get(context) if context else None
            if target is not None and _compatible(target, mention):
                _absorb(target, mention)
                continue
            # 'when X and Y met in Helsinki' after 'the July 2018 summit in Finland': the
            # same people in the same place met that once, not on the day last told.
            placed = [
                m for m in by_date.values() if _compatible(m, mention) and _same_place(m, mention)
            ]
            if placed:
                _absorb(placed[0], mention)
                continue
            if (
                context
                and context not in by_date
                and mention.kind != "call"
                and not _first_before(mention, context, group)
            ):
                # 'Speaking during a summit with X' after 'on Jan. 13': that day's meeting.
                compatible = [m for m in by_date.values() if _compatible(m, mention)]
                if not any(m.date and _contains(m.date, context) for m in compatible):
                    mention.date, mention.date_text = context, None
                    by_date[context] = mention
                    continue
            leftovers.append(mention)
        for mention in leftovers:
            compatible = sorted(
                (m for m in by_date.values() if _compatible(m, mention)), key=lambda m: m.start
            )
            if compatible:
                _absorb(compatible[0], mention)
            elif None in by_date:
                _absorb(by_date[None], mention)
            else:
                by_date[None] = mention
        merged.extend(by_date.values())
    return sorted(merged, key=lambda m: m.start)


def _same_place(a: MeetingMention, b: MeetingMention) -> bool:
    """Are two mentions placed in the same town, or in towns of the same country?"""
    if not a.location or not b.location:
        return False
    if a.location.lower() == b.location.lower():
        return True
    return a.location_country is not None and a.location_country == b.location_country


def _first_before(mention: MeetingMention, context: str, group: list[MeetingMention]) -> bool:
    """'the leaders' first summit in X', told after a meeting of theirs in July 2018: the
    first meeting of the people was no later than any other, so not on the day the article
    was last talking about."""
    return mention.ordinal == 1 and any(m.date and m.date < context for m in group)


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


def place_by_dateline(
    meetings: list[MeetingMention], meta: DocumentMeta, published: str | None
) -> None:
    """A face-to-face meeting the report places nowhere, held the day of the report or the day
    before, took place where the dateline says the report was filed."""
    if not meta.dateline_place or not published:
        return
    day = dt.date.fromisoformat(published)
    for meeting in meetings:
        if meeting.location or meeting.planned or meeting.kind == "call" or not meeting.date:
            continue
        if len(meeting.date) != 10:
            continue
        if abs((dt.date.fromisoformat(meeting.date) - day).days) <= 1:
            meeting.location = meta.dateline_place
            meeting.location_country = lexicon.country_of_any(meta.dateline_place)


def place_by_article(
    meetings: list[MeetingMention], trigger_places: list[tuple[str, str | None, str | None]]
) -> None:
    """A face-to-face meeting placed nowhere took place where the article's meetings do: the
    place most often given to a meeting word of the article (the first of equals), e.g. 'the
    visit to London' for 'X held talks with Y on Monday'. A place told with another date
    ('in Brenn last October') is another occasion's."""
    for meeting in meetings:
        if meeting.location or meeting.planned or meeting.kind == "call":
            continue
        places = [
            (name, country)
            for name, country, when in trigger_places
            if when is None
            or meeting.date is None
            or when == meeting.date
            or _contains(when, meeting.date)
            or _contains(meeting.date, when)
        ]
        if not places:
            continue
        counts = Counter(name for name, _country in places)
        best = max(counts, key=lambda name: counts[name])  # the first of equals
        meeting.location = best
        meeting.location_country = next(c for name, c in places if name == best)
