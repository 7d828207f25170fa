"""Attribution rules beyond 'said', each in several forms, with the exact statements expected.

Every case is an invented article; the expected list holds every statement extracted from it
as (speaker name or None, direct, quote, rule), so a rule that over-fires fails too.
"""

from __future__ import annotations

import pytest

INTRO = "Canadian Prime Minister Elena Marsh met Chilean President Tomas Ruiz in Ottawa on Monday. "

COMPLEMENT_CUES = [
    # A cue that names what it reports (call, describe, refer to ... as, label, thank ... for)
    # governs a quote in its complement, not only one right beside it.
    (
        'Marsh called the proposal "a dead end".',
        [("Elena Marsh", True, "a dead end", "cue_governing")],
    ),
    (
        "Ruiz described the talks as “frank and useful.”",
        [("Tomas Ruiz", True, "frank and useful.", "cue_governing")],
    ),
    (
        "Marsh referred to the treaty as 'a living document' after the meeting.",
        [("Elena Marsh", True, "a living document", "cue_governing")],
    ),
    (
        'Ruiz has repeatedly labelled the plan "reckless".',
        [("Tomas Ruiz", True, "reckless", "cue_governing")],
    ),
    (
        "Ruiz thanked his hosts for “a warm welcome”.",
        [("Tomas Ruiz", True, "a warm welcome", "cue_governing")],
    ),
]

MANNER_VERBS = [
    # Verbs of the manner of speaking are reporting cues like "said".
    (
        '"We will not retreat," Marsh shouted.',
        [("Elena Marsh", True, "We will not retreat,", "cue_after")],
    ),
    ('"Only on Tuesdays," quipped Ruiz.', [("Tomas Ruiz", True, "Only on Tuesdays,", "cue_after")]),
    (
        'Ruiz interjected: "That is not true."',
        [("Tomas Ruiz", True, "That is not true.", "cue_before")],
    ),
    ("“Never,” she exclaimed.", [("Elena Marsh", True, "Never,", "cue_after")]),
]

CLAUSE_SUBJECT = [
    # A quoted fragment in a clause whose subject is a person, under no reporting verb.
    (
        'Marsh pushed her promise of "cheaper trains" during the visit.',
        [("Elena Marsh", True, "cheaper trains", "clause_subject")],
    ),
    (
        "Ruiz will champion “a fairer tariff regime” at the next summit.",
        [("Tomas Ruiz", True, "a fairer tariff regime", "clause_subject")],
    ),
    # Not a person: the quote keeps no speaker.
    ('The two delegations ended the day in a "stalemate".', [(None, True, "stalemate", None)]),
    # A name in quotation marks is no one's speech.
    (
        'Marsh later visited the "Blue Harbour Club" with her staff.',
        [(None, True, "Blue Harbour Club", None)],
    ),
]

COLON_LINES = [
    # A name, or a clause with a person as its subject, closing the words before a colon.
    (
        'Pollster Ivo Brandt: "The race is open."',
        [("Ivo Brandt", True, "The race is open.", "colon_paragraph")],
    ),
    (
        'Ivo Brandt, The Evening Ledger: "Voters are tired."',
        [("Ivo Brandt", True, "Voters are tired.", "colon_paragraph")],
    ),
    (
        'Here is Marsh on Tuesday: "Ottawa will not wait."',
        [("Elena Marsh", True, "Ottawa will not wait.", "colon_paragraph")],
    ),
    (
        'Ruiz put it bluntly: "Nobody wins a trade war."',
        [("Tomas Ruiz", True, "Nobody wins a trade war.", "colon_paragraph")],
    ),
    # The paragraph before ends with the colon; the quote is a paragraph of its own.
    (
        'Marsh wrote:\n\n"We will keep talking."',
        [("Elena Marsh", True, "We will keep talking.", "colon_paragraph")],
    ),
    (
        "\n\nRuiz released the following statement:\n\n“Chile stands ready.”",
        [("Tomas Ruiz", True, "Chile stands ready.", "colon_paragraph")],
    ),
]

TITLES = [
    # Titles of shows, films and books in quotation marks are not speech.
    (
        "Speaking on the network’s “Morning Round Table,” Marsh said the talks had gone well.",
        [
            (None, True, "Morning Round Table,", None),
            ("Elena Marsh", False, "the talks had gone well", "reported_clause"),
        ],
    ),
    (
        'Ruiz, star of the film "Long Road Home," praised the host city.',
        [(None, True, "Long Road Home,", None)],
    ),
]

CONTINUATION = [
    # A quote opening the sentence after a cue goes on with it, whatever space parts them.
    (
        '"We sue," she said.\xa0"Everyone sues."',
        [
            ("Elena Marsh", True, "We sue,", "cue_after"),
            ("Elena Marsh", True, "Everyone sues.", "previous_speech"),
        ],
    ),
    (
        '"We sue," she said. "Everyone sues."',
        [
            ("Elena Marsh", True, "We sue,", "cue_after"),
            ("Elena Marsh", True, "Everyone sues.", "previous_speech"),
        ],
    ),
]

PARTICIPLE_CUES = [
    # A participle cue after a quote in someone's reported speech is still theirs, though the
    # parser hangs it on the reported clause's verb.
    (
        'Marsh said the process of drafting the budget could be "messy," adding, "Democracy is '
        'messy."',
        [
            ("Elena Marsh", True, "messy,", "cue_after"),
            ("Elena Marsh", True, "Democracy is messy.", "cue_before"),
        ],
    ),
    (
        'Marsh told reporters that Tomas Ruiz "had a reckless policy of tariffs which was '
        'harmful," adding, "He lost all of the farm vote."',
        [
            (
                "Elena Marsh",
                True,
                "had a reckless policy of tariffs which was harmful,",
                "cue_after",
            ),
            ("Elena Marsh", True, "He lost all of the farm vote.", "cue_before"),
        ],
    ),
]

CASES = (
    PARTICIPLE_CUES
    + COMPLEMENT_CUES
    + MANNER_VERBS
    + CLAUSE_SUBJECT
    + COLON_LINES
    + TITLES
    + CONTINUATION
)


def _summary(records: list) -> list[tuple]:
    return [
        (r.speaker.name if r.speaker else None, r.direct, r.quote, r.rule and r.rule.value)
        for r in records
        if r.type == "statement"
    ]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_attribution_rule(extract_text, text: str, expected: list) -> None:
    assert _summary(extract_text(INTRO + text)) == expected


def test_headline_quote_has_no_source(extract_text) -> None:
    """'Name: "Quote"' as a headline sums up the article; no statement comes of it."""
    text = "Marsh: ‘Trains Will Run’\n\n" + INTRO + "The leaders spoke for an hour."
    assert _summary(extract_text(text)) == []
