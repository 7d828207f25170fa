"""The meeting rule components on invented sentences: the meeting triggers (kind and the
argument shape left for the people index to confirm) and the places (venue-like place
entities and unnamed buildings), read from the spans they write."""

from __future__ import annotations

import pytest
from spacy.strings import get_string_id

from summitx.components import spans_of
from summitx.components.meeting_triggers import (
    MEETING_TRIGGERS,
    MEETING_WORDS,
    SHAPE_EXTENSION,
    kinds,
)
from summitx.components.places import PLACES

LABELS = {"gpe", "loc", "fac", "venue", "destination", "building"}


def _triggers(doc) -> list[tuple[str, str, str]]:
    return [
        (s.text, kinds()[s.label], s._.get(SHAPE_EXTENSION))
        for s in spans_of(doc, MEETING_TRIGGERS)
    ]


def _places(doc) -> list[tuple[str, str]]:
    names = {get_string_id(label): label for label in LABELS}
    return [(s.text, names[s.label]) for s in spans_of(doc, PLACES)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Verbs in several tenses; their object must name a person (left to the extractor).
        pytest.param(
            "Prime Minister Ana Lisboa met President Karel Dvorsky in Valmora on Monday.",
            [("met", "meeting", "object")],
            id="past-verb",
        ),
        pytest.param(
            "Ana Lisboa will meet Karel Dvorsky on Friday.",
            [("meet", "meeting", "object")],
            id="future-verb",
        ),
        pytest.param(
            "Karel Dvorsky meets Ana Lisboa every spring.",
            [("meets", "meeting", "object")],
            id="present-verb",
        ),
        pytest.param(
            "President Dvorsky has visited the old harbour twice.",
            [("visited", "visit", "object")],
            id="perfect-verb-with-object",
        ),
        pytest.param(
            "Lisboa welcomed the decision.",
            [("welcomed", "meeting", "object")],
            id="object-left-to-the-people-index",
        ),
        # A verb that meets only someone, with no object, tells no meeting.
        pytest.param("President Dvorsky visited on Tuesday.", [], id="visit-without-object"),
        pytest.param(
            "Dvorsky called on Lisboa at her office.", [("called", "visit", "")], id="courtesy-call"
        ),
        pytest.param("Dvorsky called on Lisboa to resign.", [], id="appeal-is-no-call"),
        pytest.param("Lisboa saw him as a rival.", [], id="perception-is-no-meeting"),
        pytest.param(
            "Lisboa saw Dvorsky on Monday.", [("saw", "meeting", "object")], id="saw-someone"
        ),
        # Verbs of talking need a partner or a plural subject; by phone they are a call.
        pytest.param(
            "Dvorsky spoke by phone with Lisboa.", [("spoke", "call", "")], id="spoke-by-phone"
        ),
        pytest.param(
            "Dvorsky spoke with Lisboa on Tuesday.",
            [("spoke", "talks", "partner")],
            id="spoke-with",
        ),
        pytest.param(
            "The ministers discussed fishing quotas.",
            [("discussed", "talks", "partner")],
            id="discussed-a-topic",
        ),
        # Nouns: by lemma, by two words, with the partner some of them need.
        pytest.param(
            "The leaders held talks in Valmora.", [("talks", "talks", "")], id="talks-noun"
        ),
        pytest.param(
            "The two leaders held a summit last week.",
            [("summit", "summit", "")],
            id="summit-noun",
        ),
        pytest.param(
            "It was their third face-to-face contact this year.",
            [("contact", "meeting", "")],
            id="two-word-noun-after-hyphens",
        ),
        pytest.param(
            "The ministers gave a joint press conference.",
            [("conference", "press conference", "")],
            id="press-conference",
        ),
        pytest.param(
            "The phone calls lasted an hour.", [("calls", "call", "")], id="phone-calls-plural"
        ),
        pytest.param(
            "Lisboa made a call with Dvorsky on Sunday.",
            [("call", "call", "")],
            id="call-with-partner",
        ),
        pytest.param("Dvorsky answered the call.", [], id="bare-call-is-no-meeting"),
        pytest.param(
            "Dvorsky was granted an audience with the king.",
            [("audience", "meeting", "")],
            id="audience-with",
        ),
        pytest.param("Lisboa told the audience that the plan would work.", [], id="the-audience"),
        # A capitalised programme item inside a sentence is a title, at its start a meeting.
        pytest.param(
            "Lisboa hosted a Breakfast with Dvorsky on Monday.",
            [("hosted", "meeting", "object")],
            id="programme-title",
        ),
        pytest.param(
            "Breakfast with Dvorsky began early.",
            [("Breakfast", "breakfast", "")],
            id="sentence-initial-meal",
        ),
    ],
)
def test_meeting_triggers(nlp, text, expected):
    assert _triggers(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The leaders held talks in Valmora.", [("talks", "talks")], id="noun"),
        pytest.param("Lisboa met Dvorsky in Valmora.", [], id="a-verb-is-no-meeting-noun"),
        pytest.param(
            "Lisboa hosted a Breakfast with Dvorsky on Monday.",
            [("Breakfast", "breakfast")],
            id="programme-title-is-still-a-meeting-noun",
        ),
    ],
)
def test_meeting_words(nlp, text, expected):
    words = [(s.text, kinds()[s.label]) for s in spans_of(nlp(text), MEETING_WORDS)]
    assert words == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Prime Minister Ana Lisboa met President Karel Dvorsky in Brenn on Monday.",
            [("Brenn", "gpe")],
            id="town-after-in",
        ),
        pytest.param(
            "Dvorsky hosted Lisboa at the Tessaro Palace.",
            [("the Tessaro Palace", "fac")],
            id="named-venue",
        ),
        pytest.param(
            "Talks were held at the Grand Orvel Hotel in Valmora.",
            [("the Grand Orvel Hotel", "fac"), ("Valmora", "gpe")],
            id="named-venue-and-town",
        ),
        pytest.param(
            "The leaders will travel to Kestrel on Friday.",
            [("Kestrel", "destination")],
            id="destination-the-model-took-for-a-person",
        ),
        pytest.param(
            "The two leaders met at the presidential residence on Monday.",
            [("presidential residence", "building")],
            id="unnamed-building",
        ),
        pytest.param(
            "The ministers met at the headquarters of the federation.",
            [("headquarters of the federation", "building")],
            id="unnamed-building-of-someone",
        ),
        pytest.param(
            "Dvorsky called on Lisboa at her office.",
            [("office", "building")],
            id="unnamed-office",
        ),
        pytest.param(
            "Lisboa arrived in the coastal city on Sunday.",
            [("coastal city", "building")],
            id="town-named-by-what-it-is",
        ),
        pytest.param("Defence spending in Europe rose.", [], id="place-named-in-passing"),
        pytest.param("Lisboa spoke about relations with Valmora.", [], id="no-venue"),
    ],
)
def test_places(nlp, text, expected):
    assert _places(nlp(text)) == expected


def test_components_built_inside_a_memory_zone_still_label_after_it(nlp):
    """The components may be built while spaCy runs in a memory zone, which forgets the
    strings added in it: their spans must still be read in the next zone."""
    from summitx.components.meeting_triggers import NAME as TRIGGERS
    from summitx.components.meeting_triggers import MeetingTriggers
    from summitx.components.places import BUILDING_ID, Places
    from summitx.components.places import NAME as PLACES_NAME

    with nlp.memory_zone():
        triggers, places = MeetingTriggers(nlp), Places(nlp)
    text = "Lisboa met Dvorsky at the presidential residence."
    with nlp.memory_zone():
        with nlp.select_pipes(disable=[TRIGGERS, PLACES_NAME]):
            doc = places(triggers(nlp(text)))
        found = (
            [(s.text, kinds()[s.label]) for s in spans_of(doc, MEETING_TRIGGERS)],
            [(s.text, s.label == BUILDING_ID) for s in spans_of(doc, PLACES)],
        )
    assert found == ([("met", "meeting")], [("presidential residence", True)])


def test_a_doc_parsed_without_the_components_is_an_error():
    import spacy

    doc = spacy.blank("en")("Lisboa met Dvorsky.")
    with pytest.raises(LookupError, match=r"summitx\.meeting_triggers"):
        spans_of(doc, MEETING_TRIGGERS)
