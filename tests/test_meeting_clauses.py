"""Meetings whose date, place or partner sits in a clause the trigger word governs only through
the syntax around it: a meeting noun that is the subject of the verbs it is raised into ('the
summit is due to take place in X on Friday'). Invented sentences, exact output."""

from __future__ import annotations

import pytest


def _told(records: list) -> list[tuple[list[str], str | None, str | None]]:
    """Each meeting as (sorted participant names, date, location name), in order."""
    return [
        (sorted(p.name for p in r.participants), r.date, r.location.name if r.location else None)
        for r in records
        if r.type == "meeting"
    ]


# Published Wednesday 2024-05-08.
@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            "The meeting between Acme chief Karl Vennor and Brio's Tom Haskell is due to take "
            "place on Friday in Geneva.",
            [(["Karl Vennor", "Tom Haskell"], "2024-05-10", "Geneva")],
            id="due-to-take-place",
        ),
        pytest.param(
            "The summit between President Lena Varga and Prime Minister Omar Castell is "
            "expected to take place in Lisbon next month.",
            [(["Lena Varga", "Omar Castell"], "2024-06", "Lisbon")],
            id="expected-to-take-place-next-month",
        ),
        pytest.param(
            "A meeting between Chancellor Ines Moreau and President Pavel Dorn is scheduled to "
            "begin on Monday in Oslo.",
            [(["Ines Moreau", "Pavel Dorn"], "2024-05-13", "Oslo")],
            id="scheduled-to-begin",
        ),
        pytest.param(
            "Talks between Minister Ines Moreau and Minister Pavel Dorn were due to start in "
            "Riga on Monday.",
            [(["Ines Moreau", "Pavel Dorn"], "2024-05-06", "Riga")],
            id="past-were-due-to-start",
        ),
        pytest.param(
            "Talks between President Lena Varga and President Omar Castell took place in Oslo "
            "on Monday.",
            [(["Lena Varga", "Omar Castell"], "2024-05-06", "Oslo")],
            id="took-place",
        ),
    ],
)
def test_subject_meeting_takes_the_dates_and_places_of_its_raising_verbs(extract_text, text, told):
    assert _told(extract_text(text, "2024-05-08")) == told


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "President Lena Varga and Prime Minister Omar Castell have spoken out against the "
            "plan in Oslo.",
            id="spoke-out-against",
        ),
        pytest.param(
            "Ministers Ines Moreau and Pavel Dorn talked up the trade deal in Riga on Monday.",
            id="talked-up",
        ),
        pytest.param(
            "Chancellor Ines Moreau and Senator Pavel Dorn spoke up for the farmers on Friday.",
            id="spoke-up-for",
        ),
    ],
)
def test_partner_verb_with_a_stance_particle_is_no_meeting(extract_text, text):
    assert _told(extract_text(text, "2024-05-08")) == []


def test_speaking_without_a_particle_is_still_talks(extract_text):
    text = "President Lena Varga and Prime Minister Omar Castell spoke in Oslo on Monday."
    assert _told(extract_text(text, "2024-05-08")) == [
        (["Lena Varga", "Omar Castell"], "2024-05-06", "Oslo")
    ]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            "During the second day of the Geneva trial, Karl Vennor said he often met Tom Haskell.",
            [(["Karl Vennor", "Tom Haskell"], None, None)],
            id="place-naming-a-trial",
        ),
        pytest.param(
            "Karl Vennor met Tom Haskell in the Oslo bourse dispute last year.",
            [(["Karl Vennor", "Tom Haskell"], "2023", None)],
            id="place-naming-a-dispute",
        ),
        pytest.param(
            "Karl Vennor met Tom Haskell at the Geneva airport on Monday.",
            [(["Karl Vennor", "Tom Haskell"], "2024-05-06", "Geneva airport")],
            id="place-naming-an-airport",
        ),
        pytest.param(
            "Karl Vennor met Tom Haskell on the platform at Brenton station on Monday.",
            [(["Karl Vennor", "Tom Haskell"], "2024-05-06", "Brenton station")],
            id="place-naming-a-station",
        ),
        pytest.param(
            "Karl Vennor held talks with Tom Haskell in the Lisbon talks on Monday.",
            [(["Karl Vennor", "Tom Haskell"], "2024-05-06", "Lisbon")],
            id="place-naming-a-meeting",
        ),
    ],
)
def test_place_that_modifies_a_noun_is_a_place_only_for_a_venue(extract_text, text, told):
    assert _told(extract_text(text, "2024-05-08")) == told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            "Karl Vennor, 52, met Tom Haskell in Oslo on Monday.",
            [(["Karl Vennor", "Tom Haskell"], "2024-05-06", "Oslo")],
            id="age-of-the-subject",
        ),
        pytest.param(
            "Minister Ines Moreau, 61, held talks with President Pavel Dorn, 70, in Riga last "
            "week.",
            [(["Ines Moreau", "Pavel Dorn"], "2024-W18", "Riga")],
            id="ages-of-both",
        ),
        pytest.param(
            "Tom Haskell met Karl Vennor, 48, on Friday.",
            [(["Karl Vennor", "Tom Haskell"], "2024-05-03", None)],
            id="age-of-the-object",
        ),
    ],
)
def test_an_age_is_not_the_meetings_date(extract_text, text, told):
    assert _told(extract_text(text, "2024-05-08")) == told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            "The report says on 13 March Lord Haskell met Minister Karl Vennor.",
            [(["Haskell", "Karl Vennor"], "2024-03-13", None)],
            id="says-on-day-x-met-y",
        ),
        pytest.param(
            "The memoir claims in April Senator Ines Moreau met President Pavel Dorn in Riga.",
            [(["Ines Moreau", "Pavel Dorn"], "2024-04", "Riga")],
            id="claims-in-month-x-met-y",
        ),
    ],
)
def test_date_the_parser_glued_onto_a_name_dates_the_meeting(extract_text, text, told):
    assert _told(extract_text(text, "2024-05-08")) == told


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Foreign Secretary Karl Vennor, who will hold talks in Oslo on Thursday, said the "
            "code was more effective. Mr Vennor said the ban was wrong. Shadow minister Tom "
            "Haskell said the move would be wrong. Mr Haskell argued the government was giving "
            "in. Mr Vennor said it was a question of trust.",
            id="bare-talks-of-one-person",
        ),
        pytest.param(
            "Police chief Ana Ruiz said the powers were too weak. After the meeting, Ms Ruiz "
            "said closures did not work. Minister Lena Varga said it was not her job. Ms Varga "
            "insisted the concerns had been met. Ms Ruiz said the law was unclear.",
            id="the-meeting-of-one-person",
        ),
    ],
)
def test_main_pair_never_named_together_met_no_one(extract_text, text):
    assert _told(extract_text(text, "2024-05-08")) == []


def test_main_pair_named_together_stands_for_bare_talks(extract_text):
    text = (
        "Foreign Secretary Karl Vennor met Tom Haskell in Oslo on Monday. Mr Vennor said the "
        "ban was wrong. Mr Haskell argued the government was giving in. Mr Vennor will hold "
        "talks in the capital on Friday."
    )
    assert _told(extract_text(text, "2024-05-08")) == [
        (["Karl Vennor", "Tom Haskell"], "2024-05-06", "Oslo"),
        (["Karl Vennor", "Tom Haskell"], "2024-05-10", None),
    ]
