"""Agreement verbs in a sense that states no accord: sharing a view ('the panel agreed with the
companies'), signing what one side signs alone ('signed a motion'), one party's decision
('will adopt a new strategy'), and a number that counts a modifier ('a three-judge panel'), not
the parties. Invented sentences, exact records."""

from __future__ import annotations

import pytest


def _agreements(records: list) -> list[tuple[str, str, str, list[str]]]:
    return [
        (r.status.value, r.cue, r.text, [p.name for p in r.parties])
        for r in records
        if r.type == "agreement"
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A three-judge panel agreed with the companies, finding that the case could not "
            "be brought.",
            id="panel-agreed-with-companies",
        ),
        pytest.param(
            "Minister Karl Vennor agreed with the critics on Monday.", id="agreed-with-critics"
        ),
        pytest.param(
            "The regulators have agreed with the assessment of the auditors.",
            id="agreed-with-assessment",
        ),
        pytest.param(
            "They have signed a parliamentary motion calling for a ban on the sale.",
            id="signed-a-motion",
        ),
        pytest.param(
            "More than 20,000 residents signed a petition against the new runway.",
            id="signed-a-petition",
        ),
        pytest.param(
            "In its next meeting Acme Holdings will adopt a charm offensive to woo its rival.",
            id="one-firm-adopts-a-strategy",
        ),
        pytest.param(
            "The board of Brio Motors approved a bonus for its chief executive.",
            id="one-board-approves-a-bonus",
        ),
    ],
)
def test_not_an_accord(extract_text, text):
    assert _agreements(extract_text(text, "2024-05-08")) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "Minister Karl Vennor agreed with Minister Tom Haskell to cut tariffs.",
            [
                (
                    "agreed",
                    "agreed",
                    "Minister Karl Vennor agreed with Minister Tom Haskell to cut tariffs",
                    ["Karl Vennor"],
                )
            ],
            id="agreed-with-someone-to-act",
        ),
        pytest.param(
            "Karl Vennor agreed a trade deal with Tom Haskell on Monday.",
            [
                (
                    "agreed",
                    "agreed",
                    "Karl Vennor agreed a trade deal with Tom Haskell on Monday",
                    ["Karl Vennor"],
                )
            ],
            id="agreed-a-deal-with",
        ),
        pytest.param(
            "Minister Karl Vennor and Minister Tom Haskell signed a memorandum on energy.",
            [
                (
                    "signed",
                    "signed",
                    "Minister Karl Vennor and Minister Tom Haskell signed a memorandum on energy",
                    ["Karl Vennor", "Tom Haskell"],
                )
            ],
            id="signed-a-memorandum",
        ),
        pytest.param(
            "Peru has signed a letter of intent with the fund.",
            [
                (
                    "signed",
                    "signed",
                    "Peru has signed a letter of intent with the fund",
                    ["Peru"],
                )
            ],
            id="signed-a-letter-of-intent",
        ),
        pytest.param(
            "The two sides adopted a joint approach to the crisis.",
            [("agreed", "adopted", "The two sides adopted a joint approach to the crisis", [])],
            id="two-sides-adopt",
        ),
    ],
)
def test_still_an_accord(extract_text, text, found):
    assert _agreements(extract_text(text, "2024-05-08")) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "Ana Ruiz, the Brenton MP, whose constituency includes the club's Varna ground, has "
            "pledged to take the matter to the minister.",
            [
                (
                    "unilateral",
                    "pledged",
                    "Ana Ruiz, the Brenton MP, whose constituency includes the club's Varna "
                    "ground, has pledged to take the matter to the minister",
                    ["Ana Ruiz"],
                )
            ],
            id="whose-clause",
        ),
        pytest.param(
            "Minister Karl Vennor, who met Tom Haskell and Ines Moreau last week, pledged to cut "
            "tariffs.",
            [
                (
                    "unilateral",
                    "pledged",
                    "Minister Karl Vennor, who met Tom Haskell and Ines Moreau last week, "
                    "pledged to cut tariffs",
                    ["Karl Vennor"],
                )
            ],
            id="who-clause",
        ),
    ],
)
def test_people_of_a_relative_clause_are_not_parties(extract_text, text, found):
    assert _agreements(extract_text(text, "2024-05-08")) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "Brio Motors last week agreed a compensation package with its partner Acme Holdings.",
            [
                (
                    "agreed",
                    "agreed",
                    "Brio Motors last week agreed a compensation package with its partner Acme "
                    "Holdings",
                    ["Brio Motors"],
                )
            ],
            id="agreed-a-package-with",
        ),
        pytest.param(
            "Creditors agreed on Friday to suspend interest payments until 2027.",
            [
                (
                    "agreed",
                    "agreed",
                    "Creditors agreed on Friday to suspend interest payments until 2027",
                    [],
                )
            ],
            id="plural-subject-agreed-to",
        ),
        pytest.param(
            "Pilots at Brio Airways have agreed to a new contract that cuts pay by 8%.",
            [
                (
                    "agreed",
                    "agreed",
                    "Pilots at Brio Airways have agreed to a new contract that cuts pay by 8",
                    ["Brio Airways"],
                )
            ],
            id="agreed-to-a-contract",
        ),
    ],
)
def test_accepting_terms_is_an_accord(extract_text, text, found):
    assert _agreements(extract_text(text, "2024-05-08")) == found


def test_plural_subject_sharing_a_view_is_no_accord(extract_text):
    assert _agreements(extract_text("Analysts agreed that the plan was bold.", "2024-05-08")) == []


@pytest.mark.xfail(
    strict=True,
    reason="the partner in the 'with' phrase of the agreed noun ('agreed a package with Y') is "
    "not read as a party: parties come from the subject and the verb's own phrases",
)
def test_partner_of_the_agreed_noun_is_a_party(extract_text):
    text = "Brio Motors last week agreed a compensation package with its partner Acme Holdings."
    (agreement,) = _agreements(extract_text(text, "2024-05-08"))
    assert agreement[3] == ["Brio Motors", "Acme Holdings"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "Officials have confirmed the budget was discussed when the senator visited.",
            [],
            id="plural-subject-confirming-is-no-accord",
        ),
        pytest.param(
            "Lena Varga agreed to an hour-long interview with the radio station.",
            [],
            id="agreed-to-an-interview",
        ),
        pytest.param(
            "Ana Ruiz, the Brenton Central MP, has pledged to take the matter to the minister.",
            [
                (
                    "unilateral",
                    "pledged",
                    "Ana Ruiz, the Brenton Central MP, has pledged to take the matter to the "
                    "minister",
                    ["Ana Ruiz"],
                )
            ],
            id="pledge-of-one-described-party",
        ),
        pytest.param(
            "The unions agreed to the conditions on Monday.",
            [("agreed", "agreed", "The unions agreed to the conditions on Monday", [])],
            id="agreed-to-the-conditions",
        ),
    ],
)
def test_plural_subjects_and_terms(extract_text, text, found):
    assert _agreements(extract_text(text, "2024-05-08")) == found
