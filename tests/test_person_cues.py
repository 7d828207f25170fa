"""The person-cues component: which titles, honorifics, demonyms and country names it marks
in invented sentences, and with which labels."""

from __future__ import annotations

import pytest

from summitx.components.person_cues import (
    COUNTRY_NAMES,
    DEMONYMS,
    HONORIFICS,
    NAME,
    TITLES,
    PersonCues,
    label_of,
)

GROUPS = {"titles": TITLES, "honorifics": HONORIFICS, "demonyms": DEMONYMS, "names": COUNTRY_NAMES}


def _cues(doc) -> dict[str, list[tuple[str, str]]]:
    """(text, label) of each group's spans, groups with none left out."""
    found = {
        short: [(span.text, label_of(span)) for span in doc.spans[key]]
        for short, key in GROUPS.items()
    }
    return {short: spans for short, spans in found.items() if spans}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "President Ilse Varga opened the fair.",
            {"titles": [("President", "President")]},
            id="title-before-a-name",
        ),
        pytest.param(
            "Deputy Prime Minister Tomas Reyl will travel on Friday.",
            {
                "titles": [
                    ("Deputy Prime Minister", "Deputy Prime Minister"),
                    ("Prime Minister", "Prime Minister"),
                    ("Minister", "Minister"),
                ]
            },
            id="nested-titles-all-marked",
        ),
        pytest.param(
            "The PM and Sen. Odile Marsh spoke to the foreign secretary.",
            {
                "titles": [
                    ("PM", "Prime Minister"),
                    ("Sen.", "Senator"),
                    ("foreign secretary", "Foreign Secretary"),
                    ("secretary", "Secretary"),
                ]
            },
            id="abbreviations-and-lower-case",
        ),
        pytest.param(
            "Mr Halvorsen met Mrs. Ekwueme and Dr Pell.",
            {
                "honorifics": [("Mr", "m"), ("Mrs.", "f"), ("Dr", "unmarked")],
            },
            id="honorifics-and-their-gender",
        ),
        pytest.param(
            "Dame Rula Ostrova thanked Lord Benn.",
            {"honorifics": [("Dame", "f"), ("Lord", "m")]},
            id="honorifics-of-rank",
        ),
        pytest.param(
            "The Brazilian president and South Korean Foreign Minister Han Sol met.",
            {
                "titles": [
                    ("president", "President"),
                    ("Foreign Minister", "Foreign Minister"),
                    ("Minister", "Minister"),
                ],
                "demonyms": [("Brazilian", "BR"), ("South Korean", "KR"), ("Korean", "KR")],
            },
            id="demonym-and-title",
        ),
        pytest.param(
            "Kenya's foreign minister flew to the U.S. and then to Guinea-Bissau.",
            {
                "titles": [("foreign minister", "Foreign Minister"), ("minister", "Minister")],
                "demonyms": [("U.S.", "US")],
                "names": [
                    ("Kenya", "KE"),
                    ("U.S.", "US"),
                    ("Guinea", "GN"),
                    ("Guinea-Bissau", "GW"),
                ],
            },
            id="country-names",
        ),
        pytest.param(
            "Trade between Chile and Norway grew in the spring.",
            {"names": [("Chile", "CL"), ("Norway", "NO")]},
            id="country-names-without-people",
        ),
        pytest.param(
            "The weather stayed dry and the harvest came in early.",
            {},
            id="none",
        ),
    ],
)
def test_person_cues(nlp, text, expected):
    assert _cues(nlp(text)) == expected


def test_vice_president_is_read_word_for_word(nlp):
    """A title is matched word for word, as the extractor always read titles: the tokenizer
    splits "Vice-President", so only its "President" is a title."""
    assert _cues(nlp("Vice-President Aldo Rinn spoke."))["titles"] == [("President", "President")]


def test_labels_built_inside_a_memory_zone_still_work_after_it(nlp):
    """The component may be built while spaCy runs in a memory zone, which forgets the strings
    added in it: its labels must still be read in the next zone."""
    with nlp.memory_zone():
        built_in_a_zone = PersonCues(nlp)
    with nlp.memory_zone():
        with nlp.select_pipes(disable=[NAME]):
            doc = built_in_a_zone(nlp("Chancellor Mia Holt visited Peru."))
        assert _cues(doc) == {"titles": [("Chancellor", "Chancellor")], "names": [("Peru", "PE")]}


def _person_refs(records: list) -> list[tuple[str, str | None, str | None]]:
    return [(r.name, r.title, r.country) for r in records if r.type == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Japanese Prime Minister Aiko Tanabe arrived on Monday.",
            [("Aiko Tanabe", "Prime Minister", "JP")],
            id="demonym-title-name",
        ),
        pytest.param(
            "Kenya's Foreign Minister Odhiambo Wekesa spoke first.",
            [("Odhiambo Wekesa", "Foreign Minister", "KE")],
            id="possessive-country-title-name",
        ),
        pytest.param(
            "Aiko Tanabe, Japan's prime minister, arrived on Monday.",
            [("Aiko Tanabe", "Prime Minister", "JP")],
            id="apposition-after-the-name",
        ),
        pytest.param(
            "Senator Lia Soto voted against the bill.",
            [("Lia Soto", "Senator", None)],
            id="title-without-a-country",
        ),
        pytest.param(
            "Mr Halvorsen said the vote would wait.",
            [("Halvorsen", None, None)],
            id="honorific-and-one-word-name",
        ),
        pytest.param(
            "The envoys held talks with Chile.\n\nPresident Ana Lisboa arrived later.",
            [("Ana Lisboa", "President", None)],
            id="country-ending-the-paragraph-before",
        ),
        pytest.param(
            "Trade rose with Kenya. Senator Lia Soto welcomed it.",
            [("Lia Soto", "Senator", None)],
            id="country-ending-the-sentence-before",
        ),
        pytest.param(
            "Talks with Peru went well, Chilean President Ana Lisboa said.",
            [("Ana Lisboa", "President", "CL")],
            id="demonym-in-the-same-sentence-after-another-country",
        ),
    ],
)
def test_people_read_the_cues(extract_text, text, expected):
    assert _person_refs(extract_text(text, None)) == expected


def test_people_index_is_complete_when_built(nlp):
    """index_people returns a finished index: its people, mentions and persons do not change."""
    from dataclasses import FrozenInstanceError

    from summitx.extract.document import detect_metadata
    from summitx.extract.people import index_people

    text = "President Ilse Varga met Mr Tomas Reyl. Varga said he was late."
    people = index_people(nlp(text), detect_metadata(text))
    assert [p.name for p in people.people.values()] == ["Ilse Varga", "Tomas Reyl"]
    assert [(m.start, m.end, m.kind) for m in people.mentions] == [
        (1, 3, "name"),
        (5, 7, "name"),
        (8, 9, "surname"),
    ]
    with pytest.raises(TypeError):
        people.people[5] = people.people[0]  # type: ignore[index]
    with pytest.raises(FrozenInstanceError):
        people.people[0].key = 7  # type: ignore[misc]
    assert isinstance(people.mentions, tuple)


@pytest.mark.parametrize(
    ("text", "word", "title", "country"),
    [
        pytest.param(
            "Japanese Prime Minister Aiko Tanabe spoke.",
            "Aiko",
            (1, "Prime Minister"),
            (0, "JP"),
            id="demonym-and-two-word-title",
        ),
        pytest.param(
            "Kenya's Deputy Prime Minister Odhiambo Wekesa spoke.",
            "Odhiambo",
            (2, "Deputy Prime Minister"),
            (0, "KE"),
            id="possessive-country-and-longest-title",
        ),
        pytest.param(
            "The U.S. Ambassador Dana Whitcombe spoke.",
            "Dana",
            (2, "Ambassador"),
            (0, "US"),
            id="the-and-a-country-name",
        ),
        pytest.param(
            "Then Senator Lia Soto spoke.",
            "Lia",
            (1, "Senator"),
            None,
            id="title-and-no-country",
        ),
        pytest.param("Then Lia Soto spoke.", "Lia", None, None, id="neither"),
    ],
)
def test_title_and_country_before_a_name(nlp, text, word, title, country):
    """The people extractor's reading of the cues: the title ending before a name, and the
    country ending before that title."""
    from summitx.extract.people.cues import match_country_before, match_title

    doc = nlp(text)
    name = next(t.i for t in doc if t.text == word)
    assert match_title(doc, name) == title
    assert match_country_before(doc, title[0] if title else name) == country
