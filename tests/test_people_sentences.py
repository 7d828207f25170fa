"""People read from invented sentences: who is a person of the article, and by which name."""

from __future__ import annotations

import pytest


def _people(records: list) -> list[str]:
    return [r.name for r in records if r.type == "person"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param(
            "The Zorvani, who hold the north, refused to attend. Zorvani fighters said no.",
            [],
            id="one-word-group-is-no-person",
        ),
        pytest.param(
            "Brixco sued the state on Monday. Brixco lost the case.",
            [],
            id="one-word-firm-is-no-person",
        ),
        pytest.param(
            "Foreign Minister Zhou met John Harlan on Monday. Zhou said the talks went well.",
            ["Zhou", "John Harlan"],
            id="one-word-name-after-a-title",
        ),
        pytest.param(
            "Mr Okafor arrived in Lagos. Okafor said he was pleased.",
            ["Okafor"],
            id="one-word-name-after-an-honorific",
        ),
        pytest.param(
            "Innocent Malaysians are dying, Deputy Editor Maria Lopes said.",
            ["Maria Lopes"],
            id="plural-demonym-and-job-word",
        ),
        pytest.param(
            "Analyst Jorge Ramos said the deal was weak.",
            ["Jorge Ramos"],
            id="job-word-before-a-name",
        ),
        pytest.param(
            "President Abd-Salam Idris Farah arrived in Harar. Farah spoke.",
            ["Abd-Salam Idris Farah"],
            id="hyphenated-given-name-counts-as-one-word",
        ),
        pytest.param(
            "The Lib Dem leader Jo Penrose spoke. Lib Dem members cheered.",
            ["Jo Penrose"],
            id="party-label-is-no-name",
        ),
    ],
)
def test_people_of_a_sentence(extract_text, text, people):
    assert _people(extract_text(text, None)) == people


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("Park Min-jun", "Park Min Jun", id="hyphen"),
        pytest.param("Tanaka Hiroko", "Hiroko Tanaka", id="order"),
        pytest.param("John W. Raymond", "John W Raymond", id="initial"),
        pytest.param("Robert O’Brien", "robert o'brien", id="apostrophe"),
    ],
)
def test_one_name_key_everywhere(a, b):
    from summitx.consolidate import name_key as merge_key
    from summitx.extract.people import name_key as people_key
    from summitx.names import name_key

    assert name_key(a) == name_key(b)
    assert people_key is name_key and merge_key is name_key


def _speakers(records: list) -> list[tuple[str | None, str]]:
    return [
        (r.speaker.name if r.speaker else None, r.quote)
        for r in records
        if r.type == "statement" and r.direct
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Senator Ana Vidal met voters on Monday. "We will win," Vidal said.\n\n'
            "Vidal and her husband, former Governor Marco Vidal, toured the fair.\n\n"
            '"The fair was lovely," Vidal said. "We stayed late," she added.',
            [
                ("Ana Vidal", "We will win,"),
                ("Ana Vidal", "The fair was lovely,"),
                ("Ana Vidal", "We stayed late,"),
            ],
            id="the-surname-stays-whose-it-was-when-a-namesake-comes",
        ),
        pytest.param(
            "Minister Jonas Berg opened the port on Tuesday. Berg thanked the crews. "
            "His brother, Karl Berg, who runs the yard, watched.\n\n"
            "“It took ten years,” Berg told reporters.",
            [("Jonas Berg", "It took ten years,")],
            id="a-brother-named-later-does-not-take-the-short-form",
        ),
    ],
)
def test_shared_surname(extract_text, text, expected):
    assert _speakers(extract_text(text, None)) == expected
