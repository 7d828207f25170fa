"""Where a meeting took place: the places of its sentence (marked by the places component),
those of the trigger's own clause, and the one a reader takes for the meeting's."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from summitx import lexicon
from summitx.components.places import BUILDING_ID, HEAD_EXTENSION, PLACE_LABELS, place_words
from summitx.extract import ents_in, sent_of, text_of
from summitx.extract.meetings.source import Source
from summitx.extract.meetings.tense import negated, planned
from summitx.extract.meetings.triggers import governor
from summitx.extract.meetings.when import same_clause

# A place's country written after it: 'Brenn, Valmora', 'Brenn, New Valmora'.
COUNTRY_AFTER = re.compile(r",\s*((?:[A-Z][\w.]*\s?){1,3})")


def sentence_places(src: Source, sent: Span) -> list[Span]:
    """The sentence's places: its venue-like place entities, then its unnamed buildings,
    leaving out those in a quotation, a dateline or a person's name."""
    named = []
    buildings = []
    for place in src.places:
        if place.label == BUILDING_ID:
            head = src.doc[place._.get(HEAD_EXTENSION)]
            inside = sent.start <= head.i < sent.end
            if inside and not src.in_quote(head) and not src.excluded(head):
                buildings.append(place)
        elif place.start >= sent.start and place.end <= sent.end:
            if src.in_quote(place[0]) or src.excluded(place[0]):
                continue
            if any(src.people.person_at(i) is not None for i in range(place.start, place.end)):
                continue
            named.append(place)
    return named + buildings


def visited_places(places: list[Span]) -> list[Span]:
    """'X, visiting Brenn, said ...', 'X toured Valmora': places a visit verb takes as its
    object (no meeting: no person is visited), where the visitor's meetings of the article
    took place. Not a visit denied or still to come."""
    verbs = place_words()["visit_verbs"]
    return [
        p
        for p in places
        if p.label != BUILDING_ID
        and p.root.dep_ == "dobj"
        and p.root.head.lemma_.lower() in verbs
        and not negated(p.root.head)
        and not planned(p.root.head)
    ]


def own_places(trigger: Token, places: list[Span], nearest: Callable[[Span], int]) -> list[Span]:
    """The places of the trigger's own clause ('met in Paris'; not 'the plans agreed in
    Valmora'): the antecedent of 'where' when the trigger's clause is one ('the United
    States, where he met X'), else those nearest this trigger, else any of its clause."""
    verb = governor(trigger)
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        antecedent = verb.head
        named = [e for e in ents_in(sent_of(trigger)) if e.label_ in PLACE_LABELS]
        where = [e for e in named if e.start <= antecedent.i < e.end]
        if where:
            # 'Brenn, Valmora, where ...': the city, not the country after it.
            doc = trigger.doc
            city = [e for e in named if e.end + 1 == where[0].start and doc[e.end].text == ","]
            return city if city and lexicon.country_of_name(where[0].text) else where
    own = [p for p in places if same_clause(p, trigger)]
    return [p for p in own if nearest(p) == trigger.i] or own


def location(places: list[Span], trigger: Token) -> tuple[str | None, str | None]:
    """The place (name, country) of the meeting among `places`: a city beats a country; a
    place after "in"/"at" beats one elsewhere; then the nearest."""
    if not places:
        return None, None
    doc = trigger.doc

    def rank(ent: Span) -> tuple[int, int, int, int]:
        is_country = lexicon.country_of_name(ent.text) is not None
        before = {doc[i].lower_ for i in range(max(0, ent.start - 2), ent.start)}
        # 'in Brenn', 'in the capital, Valmora' (an apposition of the preposition's object).
        prep = bool(before & {"in", "at", "to", "of"}) or (
            ent.root.dep_ == "appos" and ent.root.head.dep_ == "pobj"
        )
        # 'the lakeside resort of Brenn': the place is Brenn, not the lake that names it.
        modifier = ent.root.dep_ == "compound" and ent.root.head.i >= ent.end
        return (int(is_country), int(modifier), int(not prep), abs(ent.start - trigger.i))

    best = min(places, key=rank)
    name = re.sub(r"^the\s+", "", best.text, flags=re.I).strip()
    country = lexicon.country_of_name(name)
    if country is None:
        after = text_of(doc)[best.end_char : best.end_char + 40]
        match = COUNTRY_AFTER.match(after)
        if match:
            country = lexicon.country_of_name(match.group(1).strip())
    if country is None:
        country = lexicon.capitals().get(name.lower())
    return name, country
