"""Role descriptions as speakers ("the Ghanaian president said"): a description stands for a
person of the article only when what it says fits what is known of them (their title, their
country), else the speaker stays unnamed and keeps the description's words.

Every case is an invented article; the expected list holds every statement extracted from it
as (speaker name or None, speaker_text, quote).
"""

from __future__ import annotations

import pytest

DESCRIBING_MODIFIERS = [
    # Adjectives, numbers and hyphenated words that describe the holder stand between the
    # article and the office: the description still names the one holder of that title.
    pytest.param(
        'President Lena Okafor of Ghana met Senator Omar Pruitt. "The deal is fair," the'
        " two-term president said.",
        [("Lena Okafor", "the two-term president", "The deal is fair,")],
        id="hyphenated-modifier",
    ),
    pytest.param(
        "President Lena Okafor of Ghana met Senator Omar Pruitt. “The deal is fair,” the"
        " 61-year-old Ghanaian president told reporters.",
        [("Lena Okafor", "the 61-year-old Ghanaian president", "The deal is fair,")],
        id="age-and-demonym",
    ),
    pytest.param(
        "President Lena Okafor of Ghana met President Peter Hansen of Austria. Hansen spoke"
        ' first. "The deal is fair," the popular Ghanaian president said.',
        [("Lena Okafor", "the popular Ghanaian president", "The deal is fair,")],
        id="adjective-before-demonym",
    ),
    # A modifier that points to another holder names no one of the article.
    pytest.param(
        'President Lena Okafor of Ghana met Senator Omar Pruitt. "The deal is fair," the'
        " former president said.",
        [(None, "the former president", "The deal is fair,")],
        id="former-holder",
    ),
    pytest.param(
        "Senator Omar Pruitt met Senator Dana Whitfield. 'The deal is fair,' the other"
        " senator said.",
        [(None, "the other senator", "The deal is fair,")],
        id="other-holder",
    ),
]

LAST_NAMED_HOLDER = [
    # Of several holders of the title, the one named last before the description, though
    # another was the one a description stood for earlier.
    pytest.param(
        'Senator Dana Whitfield spoke on Monday. "We will win," the senator said. Senator Omar'
        ' Pruitt arrived later. "We will see," the senator replied.',
        [
            ("Dana Whitfield", "the senator", "We will win,"),
            ("Omar Pruitt", "the senator", "We will see,"),
        ],
        id="after-an-earlier-description",
    ),
    pytest.param(
        "Senator Dana Whitfield spoke on Monday, and the senator was upbeat. Senator Omar"
        ' Pruitt arrived later. "We will see," the senator said.',
        [("Omar Pruitt", "the senator", "We will see,")],
        id="after-a-description-outside-quotes",
    ),
]

UNTITLED_MAIN_FIGURE = [
    # An office no one of the article holds stands for a main figure (the person named
    # first, or most often), when they are untitled and the subject of a sentence just before.
    pytest.param(
        'Lena Okafor urged donors to give more. Okafor spoke for an hour. "The world has'
        ' spoken," the president said.',
        [
            ("Lena Okafor", "the president", "The world has spoken,"),
            ("Lena Okafor", "Lena Okafor", "donors to give more"),
        ],
        id="main-figure",
    ),
    # The nearest subject before is someone else (the host who asked the question): no one,
    # though the main figure spoke earlier.
    pytest.param(
        "Lena Okafor sat down with Karen Doyle on Sunday. Okafor said the race had changed."
        ' Okafor spoke of jobs. "Is that you?" Doyle asked. "That is me," the senator said.',
        [
            ("Karen Doyle", "Doyle", "Is that you?"),
            (None, "the senator", "That is me,"),
            ("Lena Okafor", "Okafor", "the race had changed"),
        ],
        id="another-speaker-in-between",
    ),
    pytest.param(
        "Lena Okafor sat down with Karen Doyle on Sunday. Okafor said the race had changed."
        ' "Is that you?" Doyle asked. Okafor laughed. "That is me," the senator said.',
        [
            ("Karen Doyle", "Doyle", "Is that you?"),
            ("Lena Okafor", "the senator", "That is me,"),
            ("Lena Okafor", "Okafor", "the race had changed"),
        ],
        id="main-figure-nearest-subject",
    ),
    # The subject just before is no main figure, and the main figure was last a subject
    # long before: no one.
    pytest.param(
        "Lena Okafor met Peter Hansen on Monday. Okafor spoke of the budget. The talks ran"
        " late into the night, with the plans for the coming year, the roads, the schools and"
        " the hospitals of the north all on the table, and the two sides agreed to meet again"
        " in the spring, after the new figures are out. Observers said the mood was calm and"
        " the tone friendly, though much remained to settle before the budget vote in the"
        ' chamber, where the margins are thin. Hansen replied to the critics. "We will see,"'
        " the governor said.",
        [(None, "the governor", "We will see,")],
        id="no-main-figure-near",
    ),
    # A description naming a country fits only a person known to be of it.
    pytest.param(
        "Lena Okafor praised Peter Hansen at length. Hansen thanked her. Okafor spoke again."
        ' "He is a bright man," the Russian leader said.',
        [(None, "the Russian leader", "He is a bright man,")],
        id="country-does-not-fit",
    ),
    pytest.param(
        "Lena Okafor praised Peter Hansen at length. Hansen thanked her. Okafor spoke again."
        ' "He is a bright man," the Ghanaian leader said.',
        [(None, "the Ghanaian leader", "He is a bright man,")],
        id="country-unknown",
    ),
    pytest.param(
        "President Ivan Sokolov of Russia praised Lena Okafor at length. Okafor thanked him."
        ' Sokolov spoke again. "She is a bright woman," the Russian leader said.',
        [("Ivan Sokolov", "the Russian leader", "She is a bright woman,")],
        id="country-fits-a-titled-person",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), DESCRIBING_MODIFIERS + LAST_NAMED_HOLDER + UNTITLED_MAIN_FIGURE
)
def test_role_description_speaker(extract_text, text: str, expected: list) -> None:
    statements = [r for r in extract_text(text) if r.type == "statement"]
    assert [
        (r.speaker.name if r.speaker else None, r.speaker_text, r.quote) for r in statements
    ] == expected
