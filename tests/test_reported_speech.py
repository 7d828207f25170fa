"""Reported speech in invented sentences: clauses with quoted words in them, participle cues,
reports a sentence gives to another source, reports nested in the same speaker's report.
Each case lists every statement expected, exactly: (speaker, direct, quote, cue, rule)."""

from __future__ import annotations

import pytest

INTRO = "Canadian Prime Minister Elena Marsh met Chilean President Tomas Ruiz in Ottawa. "

CASES = [
    # A reported clause of which under half is quoted is reported speech as well as the
    # quoted words; one mostly quoted is only the direct quote.
    (
        'Ruiz said the ministers would never win the farmers over "with that kind of plan".',
        [
            ("Tomas Ruiz", True, "with that kind of plan", "said", "cue_governing"),
            (
                "Tomas Ruiz",
                False,
                'the ministers would never win the farmers over "with that kind of plan"',
                "said",
                "reported_clause",
            ),
        ],
    ),
    (
        'Marsh says the Liberals "share the same values" as the farmers of the north.',
        [
            ("Elena Marsh", True, "share the same values", "says", "cue_governing"),
            (
                "Elena Marsh",
                False,
                'the Liberals "share the same values" as the farmers of the north',
                "says",
                "reported_clause",
            ),
        ],
    ),
    (
        'Ruiz told the senate the treaty was "a fair and lasting settlement for both nations".',
        [
            (
                "Tomas Ruiz",
                True,
                "a fair and lasting settlement for both nations",
                "told",
                "cue_governing",
            )
        ],
    ),
    # A participle cue on a verb of doing is the statement: 'rejected X, saying ...'.
    (
        "Ruiz rejected the criticism, saying the plan had always been fair.",
        [("Tomas Ruiz", False, "the plan had always been fair", "saying", "reported_clause")],
    ),
    (
        "Marsh has defended the new port tax, arguing that it is the only way to pay for roads.",
        [
            (
                "Elena Marsh",
                False,
                "it is the only way to pay for roads",
                "arguing",
                "reported_clause",
            )
        ],
    ),
    # After a preposition too, even under a reporting verb: 'replied by saying ...'.
    (
        "Ruiz answered the charge by saying his ministers had done nothing wrong.",
        [
            (
                "Tomas Ruiz",
                False,
                "his ministers had done nothing wrong",
                "saying",
                "reported_clause",
            )
        ],
    ),
    # On a reporting verb a participle is a side remark: 'said A, adding that B'.
    (
        "Marsh said the vote was fair, adding that the count would be checked.",
        [("Elena Marsh", False, "the vote was fair", "said", "reported_clause")],
    ),
    # A sentence that names its real source: the report is the source's, not the subject's.
    (
        "Ruiz declined the offer, saying that ties with Peru are also vital, according to "
        "sources close to the talks.",
        [],
    ),
    ("Marsh said the deal was close, according to aides.", []),
    # ... but a document in 'according to' is what the clause follows, not who spoke.
    (
        "Marsh told the senate the full report should have been published, according to the "
        "ethics code.",
        [
            (
                "Elena Marsh",
                False,
                "the full report should have been published, according to the ethics code",
                "told",
                "reported_clause",
            )
        ],
    ),
    # A report inside the same speaker's report is part of it, not a second statement.
    (
        "Marsh told reporters she believed the changes would be enough to satisfy the senate.",
        [
            (
                "Elena Marsh",
                False,
                "she believed the changes would be enough to satisfy the senate",
                "told",
                "reported_clause",
            )
        ],
    ),
    (
        "Ruiz has said he thinks the border will reopen in May.",
        [
            (
                "Tomas Ruiz",
                False,
                "he thinks the border will reopen in May",
                "said",
                "reported_clause",
            )
        ],
    ),
]


def _summary(records: list) -> list[tuple]:
    return [
        (r.speaker.name if r.speaker else None, r.direct, r.quote, r.cue, r.rule and r.rule.value)
        for r in records
        if r.type == "statement"
    ]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_speech(extract_text, text: str, expected: list) -> None:
    assert _summary(extract_text(INTRO + text)) == expected
