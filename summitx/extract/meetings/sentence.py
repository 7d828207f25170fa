"""One sentence read for meetings: a pure function of the article, the sentence and what the
sentences before it told, giving back what the article has told after it.

Each trigger word's participant sets become meeting mentions; a set two triggers share is one
meeting (the first trigger owns it, the later one may give its ordinal). Dates and places go
to the nearest trigger of their own clause; a named event ('the G20 summit') lets them pass to
the meeting it is mentioned with, and with a date of its own is an earlier meeting of the
same people.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from summitx.extract import tokens_of
from summitx.extract.meetings.groups import Scopes, groups, split_then
from summitx.extract.meetings.merge import MeetingMention
from summitx.extract.meetings.participants import Reading, read
from summitx.extract.meetings.source import Source, Told
from summitx.extract.meetings.tense import apart, modal, negated, planned
from summitx.extract.meetings.triggers import (
    governor,
    named_event,
    ordinal_before,
    rule_name,
    trigger_kind,
)
from summitx.extract.meetings.when import (
    Dated,
    attached,
    clause_dates,
    dates_the_report,
    own_date,
    same_clause,
    sentence_dates,
)
from summitx.extract.meetings.where import (
    location,
    own_places,
    sentence_places,
    visited_places,
)
from summitx.extract.meetings.words import ATTENDANCE_KINDS

# One person at a summit ('X is at a summit in Brenn'): the sentence, the trigger's reading
# and the place (name, country) of the summit.
Attendance = tuple[Span, Reading, tuple[str | None, str | None]]
# The place (name, country) and date of a face-to-face meeting word, whoever took part.
TriggerPlace = tuple[str, str | None, str | None]


@dataclass(frozen=True)
class SentenceReading:
    told: Told  # what the article has told after the sentence, its meetings included
    attendance: tuple[Attendance, ...] = ()
    trigger_places: tuple[TriggerPlace, ...] = ()
    # The places a visit verb takes as its object ('visiting Brenn'; see visited_places).
    visited: tuple[TriggerPlace, ...] = ()


def read_sentence(src: Source, sent: Span, told: Told) -> SentenceReading:
    readings = [
        read(src, t, kind)
        for t in src.trigger_tokens(sent)
        if (kind := trigger_kind(src, t)) is not None
        and not src.in_quote(t)
        and not src.excluded(t)
        and not negated(t)
        and not apart(t)
    ]
    dates = sentence_dates(src, sent, told.context_date)
    places = sentence_places(src, sent)
    # 'X, visiting Brenn, said': where the article's meetings are, though no one is met.
    visited = tuple(
        (*location([p], p.root.head), own_date(p.root.head, dates)) for p in visited_places(places)
    )
    if not readings:
        # A sentence with no meeting word dates what it tells: 'the next day' may count
        # from it, but an undated meeting borrows its date only when it tells what someone
        # named did ('Lee on Jan. 13 called for ...'; not 'the loan is due on Tuesday').
        acted = any(
            t.dep_ in ("nsubj", "nsubjpass") and src.people.person_at(t.i) is not None
            for t in tokens_of(src.doc)[sent.start : sent.end]
        )
        return SentenceReading(
            told.dated([value for _ent, value in dates], meeting=acted), visited=visited
        )
    strong = any(len(r.keys) >= 2 for r in readings)
    chosen: list[tuple[Reading, list[int], str]] = []
    # A trigger naming the same people as an earlier one in the sentence is the same
    # meeting ('spoke on the phone ... phone calls between the leaders'): it owns nothing.
    owner: dict[int, int] = {}
    scopes: Scopes = {}
    attendance: list[Attendance] = []
    for reading in readings:
        told_here = any(
            r.trigger.pos_ == "VERB" and r.trigger.i < reading.trigger.i for r in readings
        )
        sets, how = groups(src, sent, reading, strong, told.found, told_here)
        if how == "syntax" and reading.subjects:
            sets, scoped = split_then(src, reading, sets)
            scopes.update(scoped)
        if (
            not any(len(g) >= 2 for g in sets)
            and len(reading.keys) == 1
            and reading.kind in ATTENDANCE_KINDS
            and not modal(reading.trigger)
        ):
            attendance.append((sent, reading, location(places, reading.trigger)))
        for group in sets:
            if len(group) < 2:
                continue
            same = next((c for c in chosen if set(c[1]) == set(group)), None)
            if same is None:
                chosen.append((reading, group, how))
            else:
                owner.setdefault(reading.trigger.i, same[0].trigger.i)
    first = next((t for t in sent if not src.excluded(t) and not t.is_space), sent[0])
    chosen_triggers = {c[0].trigger.i for c in chosen}
    # Dates and places go to the nearest trigger; a named event ('the G20 summit') lets
    # them pass to the meeting it is mentioned with.
    magnets = [
        r.trigger.i
        for r in readings
        if r.trigger.i in chosen_triggers or not named_event(src, r.trigger)
    ]

    def nearest(span: Span) -> int:
        if not magnets:
            return -1  # only named events: no trigger draws the sentence's places
        best = min(magnets, key=lambda i: (abs(i - span.start), i))
        return owner.get(best, best)

    trigger_places = []
    for reading in readings:
        if reading.kind != "call":
            name, country = location(own_places(reading.trigger, places, nearest), reading.trigger)
            if name:
                trigger_places.append((name, country, own_date(reading.trigger, dates)))
    earlier = list(told.found)
    out: list[MeetingMention] = []
    used: set[int] = set()
    for reading, participants, how in chosen:
        trigger = reading.trigger
        mine, my_places = _dates_and_places(
            src, reading, readings, participants, dates, places, nearest, scopes
        )
        if mine:
            used.add(mine[0][0].start)
        mention = _mention(src, sent, reading, participants, mine, my_places, first, told)
        mention = replace(mention, rule=rule_name(reading, how))
        if mention.date and any(c.lower_ == "also" for c in governor(trigger).children):
            earlier = _date_what_came_before(earlier, mention)
        if how in ("pair", "reference") and mention.date is None and mention.ordinal is None:
            mention = _join_earlier(earlier, mention)
        out.append(mention)
    # A second trigger for the same meeting often carries its ordinal ('held a summit ...,
    # marking their fourth formal meeting'): the meeting keeps it.
    for index, (reading, _group, _how) in enumerate(chosen):
        if out[index].ordinal is None:
            ordinal = _duplicate_ordinal(sent, reading.trigger, owner)
            out[index] = replace(out[index], ordinal=ordinal)
    out.extend(_earlier_events(src, sent, readings, chosen, dates, places, used, first, told))
    values = [value for ent, value in dates if not chosen or ent.start in used]
    after = Told(tuple(earlier) + tuple(out), told.context_date, told.meeting_date)
    return SentenceReading(
        after.dated(values, meeting=True), tuple(attendance), tuple(trigger_places), visited
    )


def _dates_and_places(
    src: Source,
    reading: Reading,
    readings: list[Reading],
    participants: list[int],
    dates: list[Dated],
    places: list[Span],
    nearest,
    scopes: Scopes,
) -> tuple[list[Dated], list[Span]]:
    """The dates (the first is the meeting's) and places of one chosen trigger."""
    trigger = reading.trigger
    # 'the October summit in X': a date modifying another meeting noun is that one's.
    others = {r.trigger.i for r in readings if r.trigger.pos_ != "VERB"} - {trigger.i}
    pool = [
        d
        for d in clause_dates(trigger, dates)
        if same_clause(d[0], trigger) and d[0].root.head.i not in others
    ]
    between = [r.trigger.i for r in readings if r.trigger.i != trigger.i]
    mine = [d for d in pool if attached(d[0], trigger, between)]
    verb = governor(trigger)
    if not mine and verb.dep_ == "relcl" and verb.head.i in src.meeting_nouns:
        # 'the spring summit in Valmora, in which they met alone': the meeting the clause
        # tells of is the summit, and its date is the summit's.
        mine = [d for d in dates if d[0].root.head.i == verb.head.i]
    if not mine:
        mine = _date_of_the_next(trigger, verb, readings, dates)
    # A meeting still to come is not on the day someone said it would be ('X said on
    # Monday she will meet Y').
    mine = mine or [
        d
        for d in pool
        if nearest(d[0]) == trigger.i and not (planned(trigger) and dates_the_report(d[0], trigger))
    ]
    my_places = own_places(trigger, places, nearest)
    scope = scopes.get(frozenset(participants))
    if scope is not None:
        mine = [d for d in dates if d[0].start in scope]
        my_places = [p for p in places if p.start in scope]
    elif scopes:
        taken = set().union(*scopes.values())
        mine = [d for d in mine if d[0].start not in taken]
        my_places = [p for p in my_places if p.start not in taken]
    return mine, my_places


def _date_of_the_next(
    trigger: Token, verb: Token, readings: list[Reading], dates: list[Dated]
) -> list[Dated]:
    """'X held talks with Y, before seeing Z on Tuesday': a meeting told undated right
    before (or after) a dated one of its own clause was held that day."""
    nouns = {r.trigger.i for r in readings}
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("before", "after"):
            continue
        for other in prep.children:
            if other.dep_ == "pcomp" and other.i in nouns and other.i != trigger.i:
                return [d for d in dates if attached(d[0], other, [])]
    return []


def _duplicate_ordinal(sent: Span, trigger: Token, owner: dict[int, int]) -> int | None:
    """The ordinal of a later trigger of the same meeting, the first that has one."""
    for duplicate, target in owner.items():
        if target == trigger.i:
            ordinal = ordinal_before(sent, trigger.doc[duplicate])
            if ordinal is not None:
                return ordinal
    return None


def _earlier_events(
    src: Source,
    sent: Span,
    readings: list[Reading],
    chosen: list[tuple[Reading, list[int], str]],
    dates: list[Dated],
    places: list[Span],
    used: set[int],
    first: Token,
    told: Told,
) -> list[MeetingMention]:
    """'their fourth meeting following the G20 summit in X in May 2019': the named event
    with a date of its own is an earlier meeting of the same people."""
    if not chosen:
        return []
    chosen_triggers = {c[0].trigger.i for c in chosen}
    positions = [r.trigger.i for r in readings]
    out = []
    for reading in readings:
        if reading.trigger.i in chosen_triggers or not named_event(src, reading.trigger):
            continue
        own = [
            d
            for d in dates
            if d[0].start not in used
            and d[1] is not None
            and min(positions, key=lambda i: abs(i - d[0].start)) == reading.trigger.i
        ]
        if own:
            near_places = [
                p
                for p in places
                if min(positions, key=lambda i: abs(i - p.start)) == reading.trigger.i
            ]
            mention = _mention(src, sent, reading, chosen[0][1], own, near_places, first, told)
            out.append(replace(mention, rule="earlier-event"))
    return out


def _mention(
    src: Source,
    sent: Span,
    reading: Reading,
    participants: list[int],
    dates: list[Dated],
    places: list[Span],
    first: Token,
    told: Told,
) -> MeetingMention:
    trigger = reading.trigger
    date_span, date = dates[0] if dates else (None, None)
    name, country = location(places, trigger)
    is_planned = planned(trigger)
    return MeetingMention(
        participants=participants,
        date=date,
        date_text=date_span.text if date_span is not None else None,
        location=name,
        location_country=country,
        kind=reading.kind,
        ordinal=ordinal_before(sent, trigger),
        planned=is_planned,
        start=first.idx,
        end=sent.end_char,
        # A date the text gives but no anchor resolves: not to be replaced by another.
        context_date=_context_date(src, told, is_planned) if date_span is None else None,
    )


def _context_date(src: Source, told: Told, is_planned: bool) -> str | None:
    """The date the article was last talking about, for an undated mention: 'X spoke on
    Monday ... she will meet Y' is no meeting on Monday, since a meeting still to come lies
    after the day of the report."""
    context = told.meeting_date
    if is_planned and context and src.published and context < src.published:
        return None
    return context


def _date_what_came_before(
    earlier: list[MeetingMention], mention: MeetingMention
) -> list[MeetingMention]:
    """'X also on Monday held talks with Z': the meeting of X told just before, undated,
    was on Monday too."""
    for index in range(len(earlier) - 1, -1, -1):
        before = earlier[index]
        if not set(before.participants) & set(mention.participants):
            continue
        if (
            before.date is None
            and before.date_text is None
            and before.context_date is None
            and not before.planned
            and before.kind != "call"
        ):
            return [*earlier[:index], replace(before, date=mention.date), *earlier[index + 1 :]]
        return earlier
    return earlier


def _join_earlier(earlier: list[MeetingMention], mention: MeetingMention) -> MeetingMention:
    """'the meeting', 'their talks': the latest meeting of the same people told before."""
    for before in reversed(earlier):
        if set(before.participants) == set(mention.participants):
            return replace(
                mention,
                date=before.date,
                date_text=before.date_text,
                kind=before.kind,
                context_date=None,
            )
    return mention
