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
    (
        "Earlier, Marsh said the new quotas were not unfair, arguing they would make the "
        "system simpler for small farms.",
        [
            (
                "Elena Marsh",
                False,
                "the new quotas were not unfair, arguing they would make the system simpler for "
                "small farms",
                "said",
                "reported_clause",
            )
        ],
    ),
    # A cue sharing the subject of the one before is a second report, though the parse runs
    # the first clause over it.
    (
        "Ruiz has said his comments may have been offensive but were not racist, and said "
        "earlier this week he would not apologise even if Marsh asked.",
        [
            (
                "Tomas Ruiz",
                False,
                "his comments may have been offensive but were not racist, and said earlier this "
                "week he would not apologise even if Marsh asked",
                "said",
                "reported_clause",
            ),
            (
                "Tomas Ruiz",
                False,
                "he would not apologise even if Marsh asked",
                "said",
                "reported_clause",
            ),
        ],
    ),
]


CLAUSE_SHAPES = [
    # A clause with an impersonal subject joined to the cue is more of what was reported.
    (
        'Party chairman Carl Dorn said the tariff was "fixed for good" and there was no point in'
        " reopening it.",
        [
            ("Carl Dorn", True, "fixed for good", "said", "cue_governing"),
            (
                "Carl Dorn",
                False,
                'the tariff was "fixed for good" and there was no point in reopening it',
                "said",
                "reported_clause",
            ),
        ],
    ),
    (
        "Ruiz said the border would reopen in May and it was too early to talk of a deal.",
        [
            (
                "Tomas Ruiz",
                False,
                "the border would reopen in May and it was too early to talk of a deal",
                "said",
                "reported_clause",
            )
        ],
    ),
    # A cue set inside the clause it reports: the whole sentence, the cue's words in it.
    (
        "Only the Liberals opposed the war, Ruiz said, and they had also opposed the tax plans.",
        [
            (
                "Tomas Ruiz",
                False,
                "Only the Liberals opposed the war, Ruiz said, and they had also opposed the tax "
                "plans",
                "said",
                "reported_clause",
            )
        ],
    ),
    # 'Roe, who said A': the name the relative clause hangs on is who spoke.
    (
        "The plan was repeated by Finance Minister Carl Dorn, who said the budget should now be "
        "left alone.",
        [("Carl Dorn", False, "the budget should now be left alone", "said", "reported_clause")],
    ),
    (
        "Marsh, who has said the talks will fail, left early.",
        [("Elena Marsh", False, "the talks will fail", "said", "reported_clause")],
    ),
    # ... not a description's: background given in passing.
    (
        "The visitors were greeted by the senator, who had told the press that her dream was "
        "to sail.",
        [],
    ),
    # An appeal to someone: the person appealed to and the infinitive.
    (
        "Ruiz has urged the two parties to settle their differences before the vote.",
        [
            (
                "Tomas Ruiz",
                False,
                "the two parties to settle their differences before the vote",
                "urged",
                "reported_clause",
            )
        ],
    ),
    (
        "Marsh warned her ministers not to discuss the budget in public.",
        [
            (
                "Elena Marsh",
                False,
                "her ministers not to discuss the budget in public",
                "warned",
                "reported_clause",
            )
        ],
    ),
    (
        "Marsh told the crowd to go home.",
        [("Elena Marsh", False, "the crowd to go home", "told", "reported_clause")],
    ),
    # Asking someone about something, or being asked, is no appeal.
    ("Ruiz asked Marsh about the border dispute on Tuesday.", []),
    (
        "Asked whether the border would reopen, Marsh said the question was premature.",
        [("Elena Marsh", False, "the question was premature", "said", "reported_clause")],
    ),
    # Cues of pleading, confiding, revealing and demanding.
    (
        '"We cannot wait any longer," implored Ruiz.',
        [("Tomas Ruiz", True, "We cannot wait any longer,", "implored", "cue_after")],
    ),
    (
        '"That was a disaster," Ruiz confided.',
        [("Tomas Ruiz", True, "That was a disaster,", "confided", "cue_after")],
    ),
    (
        'Ruiz demanded: "Who leaked the budget?"',
        [("Tomas Ruiz", True, "Who leaked the budget?", "demanded", "cue_before")],
    ),
    (
        "Marsh revealed that the talks had nearly collapsed on Monday.",
        [
            (
                "Elena Marsh",
                False,
                "the talks had nearly collapsed on Monday",
                "revealed",
                "reported_clause",
            )
        ],
    ),
    # Alleging, confirming, vowing that ... reports a clause.
    (
        "Ruiz has rejected any new tariffs, alleging they will hurt farmers.",
        [("Tomas Ruiz", False, "they will hurt farmers", "alleging", "reported_clause")],
    ),
    (
        "Marsh confirmed she would vote against the budget.",
        [
            (
                "Elena Marsh",
                False,
                "she would vote against the budget",
                "confirmed",
                "reported_clause",
            )
        ],
    ),
    (
        "Ruiz vowed that the border would stay open.",
        [("Tomas Ruiz", False, "the border would stay open", "vowed", "reported_clause")],
    ),
    # A demand's object and an 'argued for' are what was said.
    (
        "Ruiz demanded an immediate inquiry into the leak of the budget.",
        [
            (
                "Tomas Ruiz",
                False,
                "an immediate inquiry into the leak of the budget",
                "demanded",
                "reported_clause",
            )
        ],
    ),
    (
        "Marsh also argued for a common market of all three countries.",
        [
            (
                "Elena Marsh",
                False,
                "argued for a common market of all three countries",
                "argued",
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


@pytest.mark.parametrize(("text", "expected"), CASES + CLAUSE_SHAPES)
def test_reported_speech(extract_text, text: str, expected: list) -> None:
    assert _summary(extract_text(INTRO + text)) == expected


# Whom a pronoun stands for, as the speaker of reported speech (whole texts, no intro).
PRONOUNS = [
    # Not anyone named in what the pronoun's own reporting verb reports.
    (
        "Canadian Trade Minister Paul Okafor said the campaign would be tough. Nobody could "
        "picture the opposition in power. They could, however, picture Tomas Ruiz doing it. "
        "And Tomas Ruiz would be in the front line of that campaign, he said.",
        [
            ("Paul Okafor", False, "the campaign would be tough", "said", "reported_clause"),
            (
                "Paul Okafor",
                False,
                "And Tomas Ruiz would be in the front line of that campaign",
                "said",
                "reported_clause",
            ),
        ],
    ),
    (
        "Paul Okafor spoke to reporters. Tomas Ruiz had been in Lima. Tomas Ruiz would lead "
        "the talks, he said.",
        [("Paul Okafor", False, "Tomas Ruiz would lead the talks", "said", "reported_clause")],
    ),
    # The subject of a reporting verb goes on with who last spoke when the sentence before
    # names people only as objects.
    (
        "Trade Minister Paul Okafor said the campaign would focus on jobs. They could, however, "
        "picture Carl Dorn or Tomas Ruiz doing it. So the campaign was right to examine their "
        "record, he said.",
        [
            ("Paul Okafor", False, "the campaign would focus on jobs", "said", "reported_clause"),
            (
                "Paul Okafor",
                False,
                "So the campaign was right to examine their record",
                "said",
                "reported_clause",
            ),
        ],
    ),
    (
        "Paul Okafor said the vote was close. Voters liked Carl Dorn. The count would end on "
        "Monday, he said.",
        [
            ("Paul Okafor", False, "the vote was close", "said", "reported_clause"),
            ("Paul Okafor", False, "The count would end on Monday", "said", "reported_clause"),
        ],
    ),
    # After 'X's spokesman said', 'he' is the spokesman, whom the article does not name.
    (
        "Tomas Ruiz's spokesman said the president would not attend. He said the decision was "
        "final.",
        [],
    ),
    (
        "On Monday, Prime Minister Tomas Ruiz's official spokesman declined to say whether the "
        'prime minister backed the plans. He said: "What matters is that the process goes on."',
        [(None, True, "What matters is that the process goes on.", "said", "cue_before")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_reported_speech_pronouns(extract_text, text: str, expected: list) -> None:
    assert _summary(extract_text(text)) == expected
