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
        # A surname that is also a place ends a name the model reads as a person.
        pytest.param(
            "Celebrities Julia Marsh, Nora Washington and Amy Lund went on Twitter to applaud"
            " the plan.",
            ["Julia Marsh", "Nora Washington", "Amy Lund"],
            id="place-surname-in-a-list",
        ),
        pytest.param(
            "The actress Dana Jordan joined the campaign on Monday.",
            ["Dana Jordan"],
            id="place-surname-after-a-job-word",
        ),
        # A capitalised preposition opening a sentence is no given name, though the model
        # reads it and the place after it as a PERSON.
        pytest.param(
            "Across Wales, rallies were staged by striking nurses in several towns.",
            [],
            id="preposition-and-country",
        ),
        pytest.param(
            "Across Devon, pickets were mounted by striking postal workers.",
            [],
            id="preposition-and-county",
        ),
        pytest.param(
            "Along Kent, pickets were held by striking dockers.",
            [],
            id="other-preposition",
        ),
        pytest.param(
            "With Petra Lind at his side, Olav Berg spoke to the press.",
            ["Petra Lind", "Olav Berg"],
            id="name-after-an-opening-preposition",
        ),
        # An institution's word after a title word is no one-word name ("General").
        pytest.param(
            "Ministers will unveil the spending plan in March, weeks ahead of the General"
            " Election.",
            [],
            id="election-after-a-rank",
        ),
        pytest.param(
            "Leaders will gather at the UN General Assembly in New York next week.",
            [],
            id="assembly-after-a-rank",
        ),
        pytest.param(
            "Will Grayson met Theresa Moss on Monday.",
            ["Will Grayson", "Theresa Moss"],
            id="given-name-the-model-tags-a-modal",
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


def _direct_speakers(records: list) -> list[tuple[str | None, str]]:
    return [
        (r.speaker.name if r.speaker else None, r.quote)
        for r in records
        if r.type == "statement" and r.direct
    ]


def _speakers(records: list) -> list[tuple]:
    return [
        (r.speaker.name if r.speaker else None, r.speaker_text, r.quote)
        for r in records
        if r.type == "statement"
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
    assert _direct_speakers(extract_text(text, None)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The bare place-surname is the person where the model reads it as one, or where an
        # apposition says what person it is.
        pytest.param(
            "Celebrities Julia Marsh, Nora Washington and Amy Lund went on Twitter to applaud"
            " the plan. Washington, star of a television drama, thanked Marsh for “taking"
            " these steps to keep us safe.”",
            [("Nora Washington", "Washington", "taking these steps to keep us safe.")],
            id="apposition-after-the-surname",
        ),
        pytest.param(
            "The actress Dana Jordan joined the campaign on Monday. Jordan, an actress known for"
            " her stage work, said the plan was “long overdue.”",
            [("Dana Jordan", "Jordan", "long overdue.")],
            id="apposition-with-a-job-word",
        ),
        pytest.param(
            "Singer Paul Georgia opened the show. “We are here for the kids,” Georgia, host of"
            " the evening, told the crowd.",
            [("Paul Georgia", "Georgia", "We are here for the kids,")],
            id="apposition-after-an-inverted-cue",
        ),
        # Elsewhere the word is the place: no mention of the person.
        pytest.param(
            "Nora Washington spoke at the gala on Sunday. Washington said on Monday that the"
            " sanctions would “stay in place.”",
            [(None, "Washington", "stay in place.")],
            id="bare-place-word-stays-a-place",
        ),
    ],
)
def test_place_surname_speaker(extract_text, text, expected):
    assert _speakers(extract_text(text, None)) == expected


# A heading in Title Case below the opening paragraph: the model runs a name on into the
# heading's verb ("Ivan Petrov Tells"), which the body writes in lower case.
LEAD = "The vote was held on Sunday in the capital.\n\n"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param(
            LEAD + "Ivan Petrov Tells Voters To Stay Home\n\n"
            "Petrov said that he tells voters the truth.",
            ["Ivan Petrov"],
            id="present-tense-heading-verb",
        ),
        pytest.param(
            LEAD + "Tom Ng Blasts Rivals For Mocking His Plan\n\n"
            "Tom Ng said his rivals had mocked the plan in blasts of anger.",
            ["Tom Ng"],
            id="heading-verb-after-a-name-the-body-uses",
        ),
        pytest.param(
            LEAD + "Chip Wells, Dana Ortiz, Lee Park And Amy Stone Met\n\n"
            "Dana Ortiz said the group met on Monday and agreed.",
            ["Chip Wells", "Dana Ortiz", "Lee Park", "Amy Stone"],
            id="a-list-of-names-in-title-case-keeps-every-name",
        ),
        pytest.param(
            LEAD + "Nora Rush Reports From The Capital Today\n\nRush said the rush was over.",
            ["Nora Rush Reports"],
            id="a-lone-word-left-keeps-the-name-whole",
        ),
        pytest.param(
            LEAD + "Ivan Petrov Tells Voters To Stay Home\n\nPetrov said that voters were tired.",
            ["Ivan Petrov"],
            id="heading-verb-the-body-never-writes",
            marks=pytest.mark.xfail(
                strict=True,
                reason="nothing in the article shows that 'Tells' is no name word: the body"
                " never writes it in lower case and never names Ivan Petrov in full",
            ),
        ),
    ],
)
def test_names_in_title_case_headings(extract_text, text, people):
    assert _people(extract_text(text, None)) == people


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Roe Pins Blame On Rivals For Defeat", True),
        ("5 / Roe Sent Tom Ng A Message About Farmers.", True),
        ("Chip Wells, Dana Ortiz And Amy Stone", True),
        ("Roe Wins Vote", False),  # three capitalised words: a label as much as a heading
        ("Roe pins the blame on her rivals", False),
        ("", False),
    ],
)
def test_title_case_line(line, heading):
    from summitx.extract.people.headlines import title_case_line

    assert title_case_line(line) is heading


@pytest.mark.parametrize(
    ("heading", "body", "names"),
    [
        # The body names Anna Kowal in full: the heading's name ends where hers does.
        ("Anna Kowal Pins Blame On Rivals", "Anna Kowal spoke.", ["Anna Kowal", "Anna Kowal"]),
        # 'pins' is a common word of the body: the name stops before it.
        ("Anna Kowal Pins Blame On Rivals", "Kowal spoke of pins.", ["Anna Kowal", "Kowal"]),
        # Nothing shows where the name ends: it stays as found.
        ("Anna Kowal Pins Blame On Rivals", "Kowal spoke.", ["Anna Kowal Pins", "Kowal"]),
    ],
)
def test_trim_heading_names(nlp, heading, body, names):
    from summitx.extract.people.headlines import trim_heading_names

    doc = nlp(f"{heading}\n\n{body}")
    body_start = len(heading) + 2
    body_name = doc.char_span(body_start, body_start + len(body.split(" spoke")[0]))
    spans = [(0, 3, False), (body_name.start, body_name.end, False)]
    assert [doc[s:e].text for s, e, _ in trim_heading_names(doc, spans)] == names
