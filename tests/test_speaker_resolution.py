"""Who a cue's subject is: a pronoun after an adverbial clause set before it, and a verb the
parser gives a second, quoted subject.

Every case is an invented article; the expected list holds every statement extracted from it
as (speaker name or None, speaker_text, quote).
"""

from __future__ import annotations

import pytest

PREPOSED_CLAUSE_PRONOUNS = [
    # A subject pronoun after an adverbial clause before it ("Although X admitted ...,
    # he said") stands for the clause's subject, not for the subject of the sentence before.
    pytest.param(
        "Tom Reyes met Luis Vega in Lima. Vega was upbeat. Although Reyes admitted that the"
        " talks had been “hard going,” he said they would “go on.”",
        [("Tom Reyes", "he", "hard going,"), ("Tom Reyes", "he", "go on.")],
        id="although-clause",
    ),
    pytest.param(
        "Tom Reyes met Luis Vega in Lima. Vega was upbeat. When Reyes arrived, he said the"
        " talks would “go on.”",
        [("Tom Reyes", "he", "go on.")],
        id="when-clause",
    ),
    pytest.param(
        "Lena Okafor met Karen Doyle in Lima. Doyle was upbeat. After Okafor landed, she told"
        " reporters: “We are ready.”",
        [("Lena Okafor", "she", "We are ready.")],
        id="after-clause-colon-quote",
    ),
    # Only the clause's subject: a name elsewhere in it leaves the pronoun to the sentences
    # before.
    pytest.param(
        "Tom Reyes met Luis Vega in Lima. Vega was upbeat. After the talks with Reyes ended,"
        " he said they would “go on.”",
        [("Luis Vega", "he", "go on.")],
        id="name-not-the-clause-subject",
    ),
]

QUOTED_SECOND_SUBJECT = [
    # 'X, star of "Y," thanked Z for "..."': the parser may take the quoted title for a
    # second subject of the verb; the speaker is the subject outside quotation marks.
    pytest.param(
        "Celebrities Julia Marsh, Kerry Washington and Amy Lund went on Twitter to applaud the"
        " plan. Washington, star of television’s “Hearts,” thanked Lund for “taking these"
        " steps to make us ALL safer.”",
        [
            ("Kerry Washington", "Washington", "Hearts,"),
            ("Kerry Washington", "Washington", "taking these steps to make us ALL safer."),
        ],
        id="quoted-title-before-the-verb",
    ),
    pytest.param(
        "The singer Rosa Delgado and the actor Tom Reyes joined the march. Delgado, host of"
        ' "Late Talk," praised Reyes for "standing firm."',
        [(None, None, "Late Talk,"), ("Rosa Delgado", "Delgado", "standing firm.")],
        id="quoted-title-straight-quotes",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PREPOSED_CLAUSE_PRONOUNS + QUOTED_SECOND_SUBJECT)
def test_speaker_resolution(extract_text, text: str, expected: list) -> None:
    statements = [r for r in extract_text(text) if r.type == "statement"]
    assert [
        (r.speaker.name if r.speaker else None, r.speaker_text, r.quote) for r in statements
    ] == expected
