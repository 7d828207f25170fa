"""Merge per-article records into corpus-level facts: events, people and linked quotes.

A pure function over record objects: `consolidate(records)` returns new records and never
touches the input. The rules are general and each merge leaves a note saying why:

- People are one person when their names have the same tokens (`Kim Min Jun` =
  `Kim Min-jun`, `Meloni Giorgia` = `Giorgia Meloni`); a shorter name (`Meloni`) joins the
  only longer name that contains it.
- Meetings with the same participants are one event when their dates overlap (a month holds
  its days, an ISO week its days), their kinds describe the same sort of occasion (talks vs a
  visit vs a call; `meeting` fits any) and, for dates coarser than a day, their places are
  compatible (a city fits its prefecture/province and country; a venue fits any city).
  Same day and same kind is one occasion even when the places differ (a conflict then).
- Different days are different events, except when two events of the same kind lie at most
  MAX_DATE_SLIP_DAYS apart and no article reports both: the sources then disagree about
  one occasion, which becomes one event with a `date` conflict. An article that reports both
  days proves they are two occasions.
- An undated meeting joins the event of the same people and kind nearest to its article's
  publication date.
- Same day, same kind, participant sets overlapping by half or more (and no article reporting
  both) is one event with a `participants` conflict.

Every field on which the sources of an event disagree (date, location, participants, ordinal)
becomes a `Conflict` listing each value with the doc_ids behind it; the consensus is the
value most sources support, and the conflict stays visible. A quote that several articles
report is linked; a quote given to different speakers is a `speaker` conflict.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from summitx.lexicon import capitals, country_of_name, load_pattern
from summitx.names import name_key
from summitx.records import (
    AgreementRecord,
    Conflict,
    ConflictField,
    ConflictValue,
    DocumentRecord,
    EventRecord,
    Location,
    MeetingRecord,
    MergedPersonRecord,
    PersonRecord,
    PersonRef,
    QuoteLinkRecord,
    Source,
    StatementRecord,
)

# Sources that date one occasion a day or two apart (time zones, a story filed the next
# day, "Tuesday" resolved against the wrong anchor) still describe one occasion.
MAX_DATE_SLIP_DAYS = 1
# Two reports of a quote are one quote when the shorter one's words are (almost) all in
# the longer one and it is long enough not to be a stock phrase.
QUOTE_MIN_TOKENS = 5
QUOTE_CONTAINMENT = 0.8
# Precision ranks of dates: smaller is more precise.
DAY, WEEK, MONTH, YEAR = 0, 1, 2, 3


def _id(kind: str, members: Iterable[str]) -> str:
    key = kind + "|" + "|".join(sorted(members))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# --- Names ----------------------------------------------------------------------------------


@dataclass
class _Person:
    index: int
    keys: set[frozenset[str]] = field(default_factory=set)
    forms: Counter[str] = field(default_factory=Counter)
    titles: Counter[str] = field(default_factory=Counter)
    countries: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    doc_ids: set[str] = field(default_factory=set)
    records: list[PersonRecord] = field(default_factory=list)

    @property
    def longest(self) -> int:
        return max(len(k) for k in self.keys)

    @property
    def name(self) -> str:
        # The most reported form among the fullest ones.
        full = [f for f in self.forms if len(name_key(f)) == self.longest]
        return max(full, key=lambda f: (self.forms[f], f))

    @property
    def country(self) -> str | None:
        if not self.countries:
            return None
        return max(self.countries, key=lambda c: (len(self.countries[c]), c))

    @property
    def title(self) -> str | None:
        return max(self.titles, key=lambda t: (self.titles[t], t)) if self.titles else None

    def ref(self) -> PersonRef:
        return PersonRef(name=self.name, title=self.title, country=self.country)


class PersonIndex:
    """People across articles, keyed by name tokens, so records can be compared by person."""

    def __init__(self, records: Sequence[Any]) -> None:
        self.people: list[_Person] = []
        self._by_key: dict[frozenset[str], _Person] = {}
        self._by_token: dict[str, set[frozenset[str]]] = defaultdict(set)
        mentions: list[tuple[str, str | None, str | None, str, PersonRecord | None]] = []
        for r in records:
            if isinstance(r, PersonRecord):
                mentions.append((r.name, r.title, r.country, r.doc_id, r))
            for ref in _refs_of(r):
                mentions.append((ref.name, ref.title, ref.country, r.doc_id, None))
        # Fullest names first, so a bare surname finds the full name it belongs to.
        mentions.sort(key=lambda m: -len(name_key(m[0])))
        for name, title, country, doc_id, record in mentions:
            key = name_key(name)
            if not key:
                continue
            person = self._by_key.get(key) or self._contained_in(key, country)
            if person is None:
                person = _Person(index=len(self.people))
                self.people.append(person)
            person.keys.add(key)
            self._by_key[key] = person
            for token in key:
                self._by_token[token].add(key)
            person.forms[name] += 1
            person.doc_ids.add(doc_id)
            if title:
                person.titles[title] += 1
            if country:
                person.countries[country].add(doc_id)
            if record is not None:
                person.records.append(record)

    def _contained_in(self, key: frozenset[str], country: str | None) -> _Person | None:
        """The only known person whose fuller name holds every token of `key`."""
        fuller = set.intersection(*(self._by_token.get(t, set()) for t in key))
        owners = (self._by_key[k] for k in fuller if key < k)
        found = {
            id(p): p for p in owners if country is None or not p.countries or country in p.countries
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def find(self, name: str) -> _Person | None:
        key = name_key(name)
        return self._by_key.get(key) or self._contained_in(key, None)


def _refs_of(record: Any) -> list[PersonRef]:
    if isinstance(record, MeetingRecord):
        return list(record.participants)
    if isinstance(record, StatementRecord) and record.speaker is not None:
        return [record.speaker]
    return []


# --- Dates and places -----------------------------------------------------------------------


@dataclass(frozen=True)
class DateSpan:
    first: date
    last: date
    precision: int

    def overlaps(self, other: DateSpan) -> bool:
        return self.first <= other.last and other.first <= self.last


def parse_date(value: str | None) -> DateSpan | None:
    """The days an ISO value covers: `2026-01-13`, `2026-W02`, `2025-10` or `2025`."""
    if not value:
        return None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return DateSpan(day, day, DAY)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return DateSpan(monday, monday + timedelta(days=6), WEEK)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            first = date(int(m[1]), int(m[2]), 1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return DateSpan(first, following - timedelta(days=1), MONTH)
        if m := re.fullmatch(r"(\d{4})", value):
            return DateSpan(date(int(m[1]), 1, 1), date(int(m[1]), 12, 31), YEAR)
    except ValueError:
        return None
    return None


def dates_compatible(a: str, b: str) -> bool:
    """A month-precision date is compatible with a day inside it; two days must be equal."""
    sa, sb = parse_date(a), parse_date(b)
    return sa is None or sb is None or sa.overlaps(sb)


@cache
def _merge_rules() -> dict[str, Any]:
    return load_pattern("merge.json")


@cache
def _kind_classes() -> dict[str, str]:
    table = {}
    for cls, kinds in _merge_rules()["kind_classes"].items():
        if not cls.startswith("_"):
            table.update({k: cls for k in kinds})
    return table


def kind_class(kind: str | None) -> str:
    """The sort of occasion a meeting kind names; unknown kinds are their own class."""
    if not kind:
        return "generic"
    return _kind_classes().get(kind.lower(), kind.lower())


def _kind_rank(kind: str) -> int:
    """Ties between kinds go to the one listed first (`summit` before `talks` and `banquet`)."""
    ordered = [
        k for ks in _merge_rules()["kind_classes"].values() if isinstance(ks, list) for k in ks
    ]
    return ordered.index(kind.lower()) if kind.lower() in ordered else len(ordered)


def kinds_compatible(a: str, b: str, same_day: bool = False) -> bool:
    """Same sort of occasion; on one day, talks and the banquet around them go together."""
    if a == b or "generic" in (a, b):
        return True
    return same_day and any({a, b} <= set(pair) for pair in _merge_rules()["same_day"])


@dataclass(frozen=True)
class Place:
    name: str
    norm: str  # lowercase name without admin words ("Osaka Prefecture" -> "osaka")
    country: str | None
    level: str  # country | place | venue


def parse_place(name: str | None, country: str | None = None) -> Place | None:
    if not name or not name.strip():
        return None
    rules = _merge_rules()
    head, _, tail = name.partition(",")  # "Lyon, France"
    if tail and country is None:
        country = country_of_name(tail.strip())
    whole_country = country_of_name(name)
    if whole_country:
        return Place(name, whole_country.lower(), whole_country, "country")
    words = [w for w in re.findall(r"[\w'-]+", head.lower()) if w not in ("the", "of")]
    venue = any(w in rules["venue_words"] for w in words)
    norm = " ".join(w for w in words if w not in rules["admin_words"]) or head.lower()
    country = country or capitals().get(norm)
    return Place(name, norm, country, "venue" if venue else "place")


def places_compatible(a: Place | None, b: Place | None) -> bool:
    """Same place, a place inside a region/country, or a venue somewhere in a city."""
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.norm == b.norm or "country" in (a.level, b.level):
        return True
    if a.level != b.level:  # a venue lies in some city: unknown which, so no disagreement
        return True
    ta, tb = set(a.norm.split()), set(b.norm.split())
    return ta <= tb or tb <= ta


# --- Consensus and conflicts ----------------------------------------------------------------


def vote(
    name: ConflictField,
    values: Sequence[tuple[str | None, str]],
    compatible: Callable[[str, str], bool] = str.__eq__,
    specificity: Callable[[str], int] = lambda v: 0,
    group: Callable[[str], str] = lambda v: v,
) -> tuple[str | None, Conflict | None]:
    """The consensus of (value, doc_id) pairs, and a Conflict when two values are incompatible.

    A value's support is the number of articles giving a value compatible with it; ties go to
    the more specific value, then to the one given literally by more articles. `group` maps
    spellings of one value to a key (`Osaka Prefecture` and `Osaka` vote together).
    """
    docs: dict[str, set[str]] = defaultdict(set)
    shown: dict[str, Counter[str]] = defaultdict(Counter)
    for value, doc_id in values:
        if value is None:
            continue
        docs[group(value)].add(doc_id)
        shown[group(value)][value] += 1
    if not docs:
        return None, None
    keys = list(docs)

    def label(key: str) -> str:
        return max(shown[key], key=lambda v: (shown[key][v], specificity(v), v))

    def support(key: str) -> int:
        return len(set().union(*(docs[k] for k in keys if compatible(label(k), label(key)))))

    best = max(keys, key=lambda k: (support(k), specificity(label(k)), len(docs[k])))
    consensus = label(best)
    clash = any(not compatible(label(a), label(b)) for a in keys for b in keys if a < b)
    if not clash:
        return consensus, None
    ordered = sorted(keys, key=lambda k: (-len(docs[k]), label(k)))
    return consensus, Conflict(
        field=name,
        consensus=consensus,
        values=[ConflictValue(value=label(k), doc_ids=sorted(docs[k])) for k in ordered],
    )


# --- Events ---------------------------------------------------------------------------------


@dataclass
class _Claim:
    """One article's meeting, seen through the merge rules."""

    record: MeetingRecord
    people: frozenset[int]
    span: DateSpan | None
    place: Place | None
    kclass: str


@dataclass(eq=False)  # events are compared by identity
class _Event:
    claims: list[_Claim]
    notes: list[str] = field(default_factory=list)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    def add(self, claims: list[_Claim], note: str | None = None) -> None:
        self.claims.extend(claims)
        self._memo.clear()
        if note:
            self.notes.append(note)

    def _get(self, name: str, compute: Callable[[], Any]) -> Any:
        if name not in self._memo:
            self._memo[name] = compute()
        return self._memo[name]

    @property
    def docs(self) -> set[str]:
        return self._get("docs", lambda: {c.record.doc_id for c in self.claims})

    @property
    def people(self) -> frozenset[int]:
        return self._get(
            "people", lambda: Counter(c.people for c in self.claims).most_common(1)[0][0]
        )

    @property
    def kclass(self) -> str:
        def compute() -> str:
            specific = [c.kclass for c in self.claims if c.kclass != "generic"]
            return Counter(specific).most_common(1)[0][0] if specific else "generic"

        return self._get("kclass", compute)

    def date(self) -> str | None:
        def compute() -> str | None:
            pairs = [(c.record.date, c.record.doc_id) for c in self.claims if c.span]
            return vote(ConflictField.DATE, pairs, dates_compatible, _date_specificity)[0]

        return self._get("date", compute)

    def day(self) -> date | None:
        span = parse_date(self.date())
        return span.first if span and span.precision == DAY else None

    def place(self) -> Place | None:
        def compute() -> Place | None:
            places = [c.place for c in self.claims if c.place]
            if not places:
                return None
            norm = Counter(p.norm for p in places).most_common(1)[0][0]
            return next(p for p in places if p.norm == norm)

        return self._get("place", compute)

    def fits(self, claim: _Claim, same_day: bool) -> bool:
        if not kinds_compatible(self.kclass, claim.kclass, same_day):
            return False
        spans = [c.span for c in self.claims if c.span]
        if claim.span and not all(claim.span.overlaps(s) for s in spans):
            return False
        if not same_day:
            return all(places_compatible(claim.place, c.place) for c in self.claims)
        return True


def _date_specificity(value: str) -> int:
    span = parse_date(value)
    return -span.precision if span else -9


def _cluster(claims: list[_Claim], published: dict[str, str | None]) -> list[_Event]:
    by_people: dict[frozenset[int], list[_Claim]] = defaultdict(list)
    for claim in claims:
        by_people[claim.people].append(claim)
    events = [e for group in by_people.values() for e in _cluster_group(group, published)]
    _merge_participant_overlaps(events)
    return events


def _cluster_group(claims: list[_Claim], published: dict[str, str | None]) -> list[_Event]:
    """Events of one set of participants."""
    events: list[_Event] = []
    dated = sorted(
        (c for c in claims if c.span),
        key=lambda c: (c.span.precision, c.span.first, c.record.doc_id),  # type: ignore[union-attr]
    )
    for claim in dated:
        same_day = claim.span is not None and claim.span.precision == DAY
        # Same day and same kind is one occasion even if the places differ; a coarser date
        # also needs compatible places.
        fitting = [e for e in events if e.fits(claim, same_day)]
        if fitting:
            best = max(
                fitting,
                key=lambda e: (places_compatible(claim.place, e.place()), len(e.docs)),
            )
            best.add([claim])
        else:
            events.append(_Event([claim]))
    _merge_date_slips(events)
    for claim in (c for c in claims if not c.span):
        _attach_undated(claim, events, published.get(claim.record.doc_id))
    return events


def _merge_date_slips(events: list[_Event]) -> None:
    """Same people, same kind, days at most MAX_DATE_SLIP_DAYS apart, no article reporting
    both: the sources disagree about one occasion."""
    while True:
        pairs = []
        for a in events:
            for b in events:
                day_a, day_b = a.day(), b.day()
                if a is b or day_a is None or day_b is None:
                    continue
                gap = abs((day_a - day_b).days)
                if (
                    0 < gap <= MAX_DATE_SLIP_DAYS
                    and len(a.docs) <= len(b.docs)
                    and kinds_compatible(a.kclass, b.kclass)
                    and not (a.docs & b.docs)
                    and places_compatible(a.place(), b.place())
                ):
                    pairs.append((len(a.docs), gap, day_a, a, b))
        if not pairs:
            return
        _, gap, _, small, big = min(pairs, key=lambda p: p[:3])
        note = (
            f"{', '.join(sorted(small.docs))} date(s) it {small.date()}, {gap} day(s) from "
            f"{big.date()}; same people and kind, and no article reports both: one occasion"
        )
        big.add(small.claims, note)
        events.remove(small)


def _attach_undated(claim: _Claim, events: list[_Event], published: str | None) -> None:
    """An undated meeting is most likely the one in the news: nearest the publication date."""
    fitting = [
        e
        for e in events
        if kinds_compatible(e.kclass, claim.kclass) and places_compatible(claim.place, e.place())
    ]
    anchor = parse_date(published)

    def distance(event: _Event) -> int:
        span = parse_date(event.date())
        if span is None or anchor is None:
            return 10**6
        return min(abs((span.first - anchor.first).days), abs((span.last - anchor.first).days))

    if not fitting:
        events.append(_Event([claim]))
        return
    best = min(fitting, key=lambda e: (distance(e), -len(e.docs)))
    note = None
    if best.date():
        note = (
            f"{claim.record.doc_id} gives no date: joined the event of the same people and "
            "kind nearest to its publication date"
        )
    best.add([claim], note)


def _merge_participant_overlaps(events: list[_Event]) -> None:
    """Same day, same kind, participant sets overlapping by at least half, no article
    reporting both: one occasion."""
    by_day: dict[date, list[_Event]] = defaultdict(list)
    for event in events:
        if (day := event.day()) is not None:
            by_day[day].append(event)
    removed: set[int] = set()
    for same_day in by_day.values():
        by_person: dict[int, list[_Event]] = defaultdict(list)
        for event in same_day:
            for person in event.people:
                by_person[person].append(event)
        for a in sorted(same_day, key=lambda e: len(e.docs)):
            if id(a) in removed:
                continue
            nearby = {id(b): b for p in a.people for b in by_person[p]}
            fitting = [
                b
                for b in nearby.values()
                if b is not a
                and id(b) not in removed
                and len(a.docs) <= len(b.docs)
                and _overlapping(a.people, b.people)
                and kinds_compatible(a.kclass, b.kclass, same_day=True)
                and not (a.docs & b.docs)
            ]
            if fitting:
                b = max(fitting, key=lambda e: (len(e.docs), len(a.people & e.people)))
                note = (
                    f"{', '.join(sorted(a.docs))} list(s) other participants for the same "
                    "day and kind: one occasion"
                )
                b.add(a.claims, note)
                removed.add(id(a))
    events[:] = [e for e in events if id(e) not in removed]


def _overlapping(a: frozenset[int], b: frozenset[int]) -> bool:
    common = a & b
    return a != b and len(common) >= 2 and len(common) * 2 >= len(a | b)


def _source(claim: _Claim) -> Source:
    r = claim.record
    return Source(
        doc_id=r.doc_id,
        record_id=r.id,
        record_type=r.type,
        evidence=r.evidence,
        date=r.date,
        date_text=r.date_text,
        location=r.location.name if r.location else None,
        kind=r.kind,
        ordinal=r.ordinal,
        planned=r.planned,
    )


def _event_record(event: _Event, people: PersonIndex) -> EventRecord:
    claims = event.claims
    conflicts = []

    def names(ids: frozenset[int]) -> str:
        return "; ".join(sorted(people.people[i].name for i in ids))

    participant_votes = [(names(c.people), c.record.doc_id) for c in claims]
    consensus_people, conflict = vote(ConflictField.PARTICIPANTS, participant_votes)
    if conflict:
        conflicts.append(conflict)
    chosen = next(c.people for c in claims if names(c.people) == consensus_people)
    date_value, conflict = vote(
        ConflictField.DATE,
        [(c.record.date, c.record.doc_id) for c in claims],
        dates_compatible,
        _date_specificity,
    )
    if conflict:
        conflicts.append(conflict)
    places = {c.place.name: c.place for c in claims if c.place}
    place_name, conflict = vote(
        ConflictField.LOCATION,
        [(c.place.name, c.record.doc_id) for c in claims if c.place],
        lambda a, b: places_compatible(places[a], places[b]),
        lambda v: {"venue": 0, "place": 1, "country": -1}[places[v].level],
        lambda v: places[v].norm,
    )
    if conflict:
        conflicts.append(conflict)
    ordinal, conflict = vote(
        ConflictField.ORDINAL,
        [(str(c.record.ordinal), c.record.doc_id) for c in claims if c.record.ordinal],
        specificity=lambda v: -int(v),
    )
    if conflict:
        conflicts.append(conflict)
    kinds = Counter(c.record.kind for c in claims)
    specific = [k for k in kinds if kind_class(k) != "generic"] or list(kinds)
    location = None
    if place_name:
        place = places[place_name]
        country = next(
            (c.record.location.country for c in claims
             if c.record.location and c.record.location.name == place_name
             and c.record.location.country),
            place.country,
        )  # fmt: skip
        location = Location(name=place_name, country=country)
    meeting_ids = sorted(c.record.id for c in claims)
    return EventRecord(
        id=_id("event", meeting_ids),
        participants=sorted((people.people[i].ref() for i in chosen), key=lambda p: p.name),
        date=date_value,
        location=location,
        kind=min(specific, key=lambda k: (-kinds[k], _kind_rank(k), k)),
        kinds=sorted(kinds),
        ordinal=int(ordinal) if ordinal else None,
        planned=all(c.record.planned for c in claims),
        meetings=meeting_ids,
        doc_ids=sorted(event.docs),
        sources=[_source(c) for c in sorted(claims, key=lambda c: (c.record.doc_id, c.record.id))],
        conflicts=conflicts,
        merge_notes=event.notes,
    )


def _date_sort_key(value: str | None) -> tuple[int, date]:
    span = parse_date(value)
    return (0, span.first) if span else (1, date.max)


# --- People ---------------------------------------------------------------------------------


def _person_record(person: _Person) -> MergedPersonRecord:
    country_conflict = None
    if len(person.countries) > 1:
        _, country_conflict = vote(
            ConflictField.COUNTRY, [(c, d) for c, docs in person.countries.items() for d in docs]
        )
    person_ids = sorted(r.id for r in person.records)
    return MergedPersonRecord(
        id=_id("merged_person", person_ids or sorted(person.forms)),
        name=person.name,
        aliases=sorted(set(person.forms) - {person.name}),
        title=person.title,
        titles=sorted(person.titles),
        country=person.country,
        countries=sorted(person.countries),
        doc_ids=sorted(person.doc_ids),
        person_ids=person_ids,
        mentions=sum(r.mentions for r in person.records),
        conflicts=[country_conflict] if country_conflict else [],
    )


# --- Quotes ---------------------------------------------------------------------------------


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _shared_needed(short: int) -> int:
    """Words a quote of `short` words must share with a longer one to be the same quote."""
    return math.ceil(QUOTE_CONTAINMENT * short - 1e-9)


def _same_quote(a: set[str], b: set[str]) -> bool:
    short = min(len(a), len(b))
    return short >= QUOTE_MIN_TOKENS and len(a & b) >= _shared_needed(short)


def _candidate_pairs(tokens: Sequence[set[str]]) -> set[tuple[int, int]]:
    """Pairs that may be one quote, without comparing every pair of a large corpus.

    If the shorter quote B shares QUOTE_CONTAINMENT of its words with A, then A holds at
    least one of any (1 - QUOTE_CONTAINMENT) * |B| + 1 words of B: probing the index with
    B's rarest words finds every such A.
    """
    index: dict[str, list[int]] = defaultdict(list)
    for i, words in enumerate(tokens):
        for word in words:
            index[word].append(i)
    pairs = set()
    for i, words in enumerate(tokens):
        if len(words) < QUOTE_MIN_TOKENS:
            continue
        probes = len(words) - _shared_needed(len(words)) + 1
        for word in sorted(words, key=lambda w: (len(index[w]), w))[:probes]:
            for j in index[word]:
                if j != i and len(tokens[j]) >= len(words):
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def link_quotes(
    statements: Sequence[StatementRecord], people: PersonIndex
) -> list[QuoteLinkRecord]:
    """Statements reported by two or more articles, with speaker conflicts."""
    tokens = [_tokens(s.quote) for s in statements]
    parent = list(range(len(statements)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _candidate_pairs(tokens):
        if statements[i].doc_id != statements[j].doc_id and _same_quote(tokens[i], tokens[j]):
            parent[root(j)] = root(i)
    groups: dict[int, list[StatementRecord]] = defaultdict(list)
    for i, statement in enumerate(statements):
        groups[root(i)].append(statement)
    links = []
    for members in groups.values():
        if len({s.doc_id for s in members}) < 2:
            continue
        speakers: dict[str, _Person] = {}
        votes = []
        for s in members:
            person = people.find(s.speaker.name) if s.speaker else None
            if person is not None:
                speakers[person.name] = person
                votes.append((person.name, s.doc_id))
        speaker, conflict = vote(ConflictField.SPEAKER, votes)
        canonical = max(members, key=lambda s: (s.direct, len(s.quote)))
        ids = sorted(s.id for s in members)
        links.append(
            QuoteLinkRecord(
                id=_id("quote_link", ids),
                quote=canonical.quote,
                speaker=speakers[speaker].ref() if speaker else None,
                statements=ids,
                doc_ids=sorted({s.doc_id for s in members}),
                sources=[
                    Source(
                        doc_id=s.doc_id,
                        record_id=s.id,
                        record_type=s.type,
                        evidence=s.evidence,
                        speaker=s.speaker.name if s.speaker else s.speaker_text,
                    )
                    for s in sorted(members, key=lambda s: (s.doc_id, s.evidence.start))
                ],
                conflicts=[conflict] if conflict else [],
            )
        )
    return sorted(links, key=lambda q: (q.doc_ids[0], q.sources[0].evidence.start))


# --- Statements and agreements of an event --------------------------------------------------


def _attach_related(
    events: list[EventRecord],
    records: Sequence[Any],
    people: PersonIndex,
    published: dict[str, str | None],
) -> None:
    """Give each statement/agreement to an event of its article that involves its speaker or
    parties: the one nearest the publication date (the news of the day), then best sourced."""
    by_doc: dict[str, list[EventRecord]] = defaultdict(list)
    for event in events:
        for doc_id in event.doc_ids:
            by_doc[doc_id].append(event)

    def nearest(candidates: list[EventRecord], doc_id: str) -> EventRecord | None:
        anchor = parse_date(published.get(doc_id))

        def key(event: EventRecord) -> tuple[int, int]:
            span = parse_date(event.date)
            gap = abs((span.first - anchor.first).days) if span and anchor else 10**6
            return (gap, -len(event.doc_ids))

        return min(candidates, key=key) if candidates else None

    def names_of(event: EventRecord) -> set[str]:
        return {p.name for p in event.participants}

    for record in records:
        if isinstance(record, StatementRecord) and record.speaker:
            person = people.find(record.speaker.name)
            events_here = [
                e for e in by_doc[record.doc_id] if person and person.name in names_of(e)
            ]
            if event := nearest(events_here, record.doc_id):
                event.statements.append(record.id)
        elif isinstance(record, AgreementRecord):
            parties = {p.name for p in record.parties} | {
                p.country for p in record.parties if p.country
            }
            named = {found.name for n in parties if (found := people.find(n))}
            events_here = [
                e
                for e in by_doc[record.doc_id]
                if named & names_of(e) or parties & {p.country for p in e.participants if p.country}
            ]
            if event := nearest(events_here, record.doc_id):
                event.agreements.append(record.id)


# --- Entry point ----------------------------------------------------------------------------


def consolidate(records: Iterable[Any]) -> list[Any]:
    """Corpus-level records from per-article ones: merged people, events, quote links."""
    records = list(records)
    people = PersonIndex(records)
    published = {r.doc_id: r.published for r in records if isinstance(r, DocumentRecord)}
    claims = []
    for r in records:
        if not isinstance(r, MeetingRecord):
            continue
        found = {p.index for ref in r.participants if (p := people.find(ref.name))}
        if len(found) < 2:
            continue
        claims.append(
            _Claim(
                record=r,
                people=frozenset(found),
                span=parse_date(r.date),
                place=parse_place(r.location.name, r.location.country) if r.location else None,
                kclass=kind_class(r.kind),
            )
        )
    events = [_event_record(e, people) for e in _cluster(claims, published)]
    events.sort(key=lambda e: (_date_sort_key(e.date), e.id))
    _attach_related(events, records, people, published)
    statements = [r for r in records if isinstance(r, StatementRecord)]
    merged_people = sorted(
        (_person_record(p) for p in people.people if p.records or p.doc_ids),
        key=lambda p: (-len(p.doc_ids), p.name),
    )
    return [*merged_people, *events, *link_quotes(statements, people)]


def count_conflicts(records: Iterable[Any]) -> int:
    return sum(len(getattr(r, "conflicts", []) or []) for r in records)
