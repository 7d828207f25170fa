"""Which of two people sharing a surname a gendered honorific names ("Mr. Brandt" beside
Karl and Hanna Brandt): the one whose gender, as the article shows it through the mentions
nobody shares (a gendered noun in apposition, pronouns in a sentence naming only them,
unshared honorifics), shows the one named last to be of the other gender.

Every case is an invented article; the expected list holds every statement extracted from it
as (speaker name, speaker_text, quote).
"""

from __future__ import annotations

import pytest

CASES = [
    pytest.param(
        "President Karl Brandt and his wife, Hanna Brandt, arrived in Lisbon on Tuesday."
        ' "We are glad to be here," Mr. Brandt said. "The city is beautiful," Mrs. Brandt said.',
        [
            ("Karl Brandt", "Brandt", "We are glad to be here,"),
            ("Hanna Brandt", "Brandt", "The city is beautiful,"),
        ],
        id="wife-in-apposition",
    ),
    pytest.param(
        "Former President Paul Dunmore campaigned for his wife, Senator Alice Dunmore."
        " “She will win,” Mr. Dunmore said. Later she spoke. “I will win,” Mrs. Dunmore said.",
        [
            ("Paul Dunmore", "Dunmore", "She will win,"),
            ("Alice Dunmore", "Dunmore", "I will win,"),
        ],
        id="wife-with-a-title-in-apposition",
    ),
    pytest.param(
        "Senator Alice Dunmore spoke in Ohio, where she promised jobs. Her husband, Paul"
        " Dunmore, stayed home. “I will win,” Mrs. Dunmore said. “She will win,” Mr. Dunmore"
        " said.",
        [
            ("Alice Dunmore", "Dunmore", "I will win,"),
            ("Paul Dunmore", "Dunmore", "She will win,"),
        ],
        id="pronoun-and-husband-in-apposition",
    ),
    pytest.param(
        "Queen Mara Solberg opened the session. Later Erik Solberg joined the talks, and he"
        " thanked the delegates. Ms. Solberg said: 'The talks will go on.'",
        [("Mara Solberg", "Solberg", "The talks will go on.")],
        id="pronoun-shows-the-man-named-last",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_gendered_honorific_names_the_person_it_fits(
    extract_text, text: str, expected: list
) -> None:
    statements = [r for r in extract_text(text) if r.type == "statement"]
    assert [(r.speaker.name, r.speaker_text, r.quote) for r in statements] == expected
