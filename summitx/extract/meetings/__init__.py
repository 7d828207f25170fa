"""Meetings: who met whom, when, where, and what kind of meeting it was.

A sentence mentions a meeting through a trigger word (summit, talks, met, hosted, called on,
spoke by phone, ...; the meeting triggers component marks them). Its participants come from
the syntax of the trigger (participants.py); only phrases that stand for people count, and
those who only report ('Y said') or are denied a part ('was not invited') are left out. 'The
two leaders', 'they' and 'their meeting' stand for the article's main pair; 'the meeting' for
the meeting just told (groups.py). Its date is a date expression of the trigger's own clause
(else the nearest one), resolved against the publication date with the verb's tense
(when.py, tense.py); its place a venue-like place ('in X', 'at X', 'a tour of X'; where.py).

The sentences are read in order (sentence.py), each a pure function of the sentence and what
the ones before it told (source.Told: the meetings found so far, the last full dates);
merge.py then merges the mentions of one article; words.py holds the word classes
(from patterns/meetings.json) the rules share.
"""

from __future__ import annotations

from spacy.tokens import Doc

from summitx.extract import sents_of, tokens_of
from summitx.extract.document import DocumentMeta
from summitx.extract.meetings.merge import (
    MeetingMention,
    merge_mentions,
    place_by_article,
    place_by_dateline,
)
from summitx.extract.meetings.sentence import Attendance, TriggerPlace, read_sentence
from summitx.extract.meetings.source import Source, Told, source_of
from summitx.extract.people import People


def extract_meetings(
    doc: Doc, meta: DocumentMeta, people: People, published: str | None
) -> list[MeetingMention]:
    src = source_of(doc, meta, people, published)
    mentions, trigger_places, visited = read_mentions(src)
    meetings = merge_mentions(mentions)
    place_by_dateline(meetings, meta, published)
    place_by_article(meetings, trigger_places)
    # 'X, visiting Brenn, spoke at a news conference with Y': with no meeting word placed,
    # the place the article's visitor visited.
    place_by_article(meetings, visited)
    return meetings


def read_mentions(
    src: Source,
) -> tuple[list[MeetingMention], list[TriggerPlace], list[TriggerPlace]]:
    """The meeting mentions of the article, in order, the place of every face-to-face
    meeting word and every place a visit verb takes as its object (where the article's
    meetings happen, for a meeting placed nowhere: see place_by_article)."""
    told = Told()
    attendance: list[Attendance] = []
    trigger_places: list[TriggerPlace] = []
    visited: list[TriggerPlace] = []
    tokens = tokens_of(src.doc)
    for sent in sents_of(src.doc):
        # A sentence may begin inside a dateline or header: only its other tokens count.
        if all(src.excluded(t) for t in tokens[sent.start : sent.end] if not t.is_space):
            continue
        reading = read_sentence(src, sent, told)
        told = reading.told
        attendance.extend(reading.attendance)
        trigger_places.extend(reading.trigger_places)
        visited.extend(reading.visited)
    return list(told.found) or _attendance_meeting(attendance), trigger_places, visited


def _attendance_meeting(attendance: list[Attendance]) -> list[MeetingMention]:
    """'X is at a summit in Brenn' ... 'Speaking after the summit meeting, Y said': an
    article that tells no meeting between named people but names two or more who each
    took part in its summit reports one meeting of them all."""
    keys: list[int] = []
    for _sent, reading, _location in attendance:
        if reading.keys[0] not in keys:
            keys.append(reading.keys[0])
    if len(keys) < 2:
        return []
    first_sent, first, _ = attendance[0]
    location = next((loc for _s, _r, loc in attendance if loc[0]), (None, None))
    return [
        MeetingMention(
            participants=keys,
            date=None,
            date_text=None,
            location=location[0],
            location_country=location[1],
            kind=first.kind,
            ordinal=None,
            planned=False,
            start=first_sent.start_char,
            end=first_sent.end_char,
            rule="attendance",
        )
    ]
