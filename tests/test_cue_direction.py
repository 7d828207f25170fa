"""Which way a cue points: words put to someone ('X was asked, "..."') are not theirs, and a
cue after a quote that reports words of its own ('"Why?" She joked that ...', '"Why?" Y
writes back, "..."') is not that quote's. Invented articles, every statement expected."""

from __future__ import annotations

import pytest

INTRO = "Canadian Prime Minister Elena Marsh met Chilean President Tomas Ruiz in Ottawa on Monday. "


def _summary(records: list) -> list[tuple]:
    return [
        (
            r.speaker.name if r.speaker else None,
            r.speaker_text,
            r.direct,
            r.quote,
            r.rule and r.rule.value,
        )
        for r in records
        if r.type == "statement"
    ]


PUT_TO_SUBJECT = [
    # The passive subject of a verb of asking or telling is who the words were put to.
    (
        "Marsh was asked, “What is the hardest part of the job?”",
        [(None, None, True, "What is the hardest part of the job?", "cue_before")],
    ),
    (
        'In an interview on Sunday, Ruiz was asked: "Do you trust her?" He laughed.',
        [(None, None, True, "Do you trust her?", "cue_before")],
    ),
    (
        'Marsh is often told, "You cannot win."',
        [(None, None, True, "You cannot win.", "cue_before")],
    ),
    # The agent, when there is one, spoke them.
    (
        "Ruiz was asked by a reporter, 'Will you run again?'",
        [(None, "a reporter", True, "Will you run again?", "cue_before")],
    ),
    (
        "Marsh was asked by Ruiz, “Will you stay?”",
        [("Tomas Ruiz", "Ruiz", True, "Will you stay?", "cue_before")],
    ),
    # Reported speech put to someone by no one named is no one's statement.
    ("Ruiz had been told that he would probably lose.", []),
    ("Ruiz was warned by aides that the vote would be close.", []),
    # A passive verb that is no verb of asking or telling leaves the subject the speaker.
    (
        "Ruiz was quoted as saying, “We will win.”",
        [("Tomas Ruiz", "Ruiz", True, "We will win.", "cue_before")],
    ),
    (
        "Ruiz told reporters, 'We will win.'",
        [("Tomas Ruiz", "Ruiz", True, "We will win.", "cue_before")],
    ),
]

CUE_WITH_WORDS_OF_ITS_OWN = [
    # After a quote that ends its sentence, a cue introducing a quote of its own is that
    # quote's; the first quote keeps the cue before it.
    (
        "Marsh writes to Ruiz with, “Why now? Why here?” Ruiz then writes back, “You look tired.”",
        [
            ("Elena Marsh", "Marsh", True, "Why now? Why here?", "cue_before"),
            ("Tomas Ruiz", "Ruiz", True, "You look tired.", "cue_before"),
        ],
    ),
    (
        '"Is this the end?" Marsh wondered aloud. "No," Ruiz answered, "it is the start."',
        [
            ("Elena Marsh", "Marsh", True, "Is this the end?", "cue_after"),
            ("Tomas Ruiz", "Ruiz", True, "No,", "cue_after"),
            ("Tomas Ruiz", "Ruiz", True, "it is the start.", "cue_before"),
        ],
    ),
    # A quote resumed in lower case, or after a comma, is the same speech.
    (
        "'Who will pay?' Ruiz asked, 'and who will build it?'",
        [
            ("Tomas Ruiz", "Ruiz", True, "Who will pay?", "cue_after"),
            ("Tomas Ruiz", "Ruiz", True, "and who will build it?", "cue_before"),
        ],
    ),
    (
        "“We won,” Ruiz said, “and we will win again.”",
        [
            ("Tomas Ruiz", "Ruiz", True, "We won,", "cue_after"),
            ("Tomas Ruiz", "Ruiz", True, "and we will win again.", "cue_before"),
        ],
    ),
    # A participle hung on the cue is no clause of its own.
    (
        "“Is the party against us?” asked Mr. Ruiz, referring to the vote on the budget.",
        [("Tomas Ruiz", "Ruiz", True, "Is the party against us?", "cue_after")],
    ),
    # A cue with a clause of its own reports that clause.
    (
        "“Can we still win?” Ruiz joked that the polls were wrong.",
        [(None, None, True, "Can we still win?", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PUT_TO_SUBJECT + CUE_WITH_WORDS_OF_ITS_OWN)
def test_cue_direction(extract_text, text: str, expected: list) -> None:
    assert _summary(extract_text(INTRO + text)) == expected
