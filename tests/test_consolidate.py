"""Merging facts across articles: the rules on small synthetic corpora, then the seeds."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import GOLD_SEEDS, SEEDS, needs_seed_gold

from summitx.cli import cli
from summitx.consolidate import consolidate, dates_compatible, parse_place, places_compatible
from summitx.records import (
    DocumentRecord,
    Evidence,
    Location,
    MeetingRecord,
    PersonRecord,
    PersonRef,
    StatementRecord,
)

PEOPLE = {
    "Macron": PersonRef(name="Emmanuel Macron", title="President", country="FR"),
    "Scholz": PersonRef(name="Olaf Scholz", title="Chancellor", country="DE"),
    "Meloni": PersonRef(name="Giorgia Meloni", title="Prime Minister", country="IT"),
    "Kim": PersonRef(name="Kim Min-jun", title="President", country="KR"),
}
_offsets = iter(range(0, 10**6, 100))


def meeting(doc, who, date, place=None, kind="summit", country=None, **extra) -> MeetingRecord:
    start = next(_offsets)
    record = MeetingRecord(
        doc_id=doc,
        participants=[PEOPLE[w] if w in PEOPLE else PersonRef(name=w) for w in who],
        date=date,
        location=Location(name=place, country=country) if place else None,
        kind=kind,
        evidence=Evidence(start=start, end=start + 10, text="x" * 10),
        **extra,
    )
    return record.with_id()


def statement(doc, speaker, quote) -> StatementRecord:
    start = next(_offsets)
    record = StatementRecord(
        doc_id=doc,
        speaker=PersonRef(name=speaker) if speaker else None,
        quote=quote,
        direct=True,
        cue="said",
        evidence=Evidence(start=start, end=start + len(quote), text=quote),
    )
    return record.with_id()


def events(records):
    return [r for r in consolidate(records) if r.type == "event"]


def conflict(event, field):
    return next((c for c in event.conflicts if c.field == field), None)


PAIR = ("Macron", "Scholz")


def test_month_date_and_day_inside_it_are_one_event_with_the_precise_date():
    found = events([meeting("a", PAIR, "2024-05-14", "Berlin"), meeting("b", PAIR, "2024-05")])
    assert len(found) == 1
    assert found[0].date == "2024-05-14" and found[0].conflicts == []
    assert found[0].doc_ids == ["a", "b"]


def test_same_people_on_different_days_with_different_kinds_are_two_events():
    found = events(
        [
            meeting("a", PAIR, "2024-05-14", "Berlin", "summit"),
            meeting("a", PAIR, "2024-05-15", "Potsdam", "visit"),
            meeting("b", PAIR, "2024-05-14", "Berlin", "talks"),
            meeting("c", PAIR, "2024-05-15", None, "tour"),
        ]
    )
    assert [(e.date, e.kind, e.doc_ids) for e in found] == [
        ("2024-05-14", "summit", ["a", "b"]),
        ("2024-05-15", "visit", ["a", "c"]),
    ]
    assert all(e.conflicts == [] for e in found)


def test_sources_a_day_apart_about_one_occasion_are_one_event_with_a_date_conflict():
    records = [meeting(d, PAIR, "2024-05-14", "Berlin") for d in "abc"]
    records.append(meeting("d", PAIR, "2024-05-15", "Berlin", "talks"))
    (event,) = events(records)
    assert event.date == "2024-05-14" and event.doc_ids == ["a", "b", "c", "d"]
    dates = conflict(event, "date")
    assert dates.consensus == "2024-05-14"
    assert [(v.value, v.doc_ids) for v in dates.values] == [
        ("2024-05-14", ["a", "b", "c"]),
        ("2024-05-15", ["d"]),
    ]
    assert any("one occasion" in note for note in event.merge_notes)


def test_an_article_reporting_both_days_proves_two_occasions():
    found = events(
        [
            meeting("a", PAIR, "2024-05-14", "Berlin"),
            meeting("a", PAIR, "2024-05-15", "Berlin"),
            meeting("b", PAIR, "2024-05-15", "Berlin"),
        ]
    )
    assert [(e.date, e.doc_ids, e.conflicts) for e in found] == [
        ("2024-05-14", ["a"], []),
        ("2024-05-15", ["a", "b"], []),
    ]


def test_a_banquet_joins_the_talks_of_its_day_but_a_welcome_the_day_before_does_not():
    found = events(
        [
            meeting("a", PAIR, "2024-05-14", "Berlin", "summit"),
            meeting("b", PAIR, "2024-05-14", "Berlin", "banquet"),
            meeting("c", PAIR, "2024-05-13", "Berlin", "welcome"),
        ]
    )
    assert [(e.date, e.kind, e.doc_ids, e.conflicts) for e in found] == [
        ("2024-05-13", "welcome", ["c"], []),
        ("2024-05-14", "summit", ["a", "b"], []),
    ]
    assert found[1].kinds == ["banquet", "summit"]


def test_days_far_apart_are_different_events():
    found = events([meeting("a", PAIR, "2024-05-14"), meeting("b", PAIR, "2024-05-20")])
    assert len(found) == 2 and all(e.conflicts == [] for e in found)


def test_a_city_is_compatible_with_its_province_and_country_but_not_another_city():
    assert places_compatible(parse_place("Osaka"), parse_place("Osaka Prefecture"))
    assert places_compatible(parse_place("Munich", "DE"), parse_place("Germany"))
    assert places_compatible(parse_place("Lyon, France"), parse_place("France"))
    assert not places_compatible(parse_place("Munich", "DE"), parse_place("France"))
    assert not places_compatible(parse_place("Munich"), parse_place("Lyon"))
    # A venue lies in some city; which one is unknown, so it is no disagreement.
    assert places_compatible(parse_place("Elysee Palace"), parse_place("Paris"))
    assert dates_compatible("2024-05", "2024-05-31") and not dates_compatible("2024-05", "2024-06")
    assert dates_compatible("2026-W02", "2026-01-05") and not dates_compatible(
        "2026-W02", "2026-01-12"
    )


def test_month_precision_meetings_merge_only_with_compatible_places():
    same = events(
        [
            meeting("a", PAIR, "2024-05", "Munich", country="DE"),
            meeting("b", PAIR, "2024-05", "Germany"),
        ]
    )
    assert len(same) == 1 and same[0].location.name == "Munich"
    apart = events([meeting("a", PAIR, "2024-05", "Munich"), meeting("b", PAIR, "2024-05", "Lyon")])
    assert len(apart) == 2


def test_same_day_same_kind_with_different_places_is_one_event_with_a_location_conflict():
    (event,) = events(
        [
            meeting("a", PAIR, "2024-05-14", "Berlin", country="DE"),
            meeting("b", PAIR, "2024-05-14", "Berlin"),
            meeting("c", PAIR, "2024-05-14", "Paris", country="FR"),
        ]
    )
    places = conflict(event, "location")
    assert event.location.name == "Berlin" and places.consensus == "Berlin"
    assert [(v.value, v.doc_ids) for v in places.values] == [
        ("Berlin", ["a", "b"]),
        ("Paris", ["c"]),
    ]


def test_ordinal_claims_that_disagree_are_a_conflict():
    (event,) = events(
        [
            meeting("a", PAIR, "2024-05-14", "Berlin", ordinal=2),
            meeting("b", PAIR, "2024-05-14", "Berlin", ordinal=3),
            meeting("c", PAIR, "2024-05-14", "Berlin", ordinal=2),
        ]
    )
    ordinals = conflict(event, "ordinal")
    assert event.ordinal == 2 and ordinals.consensus == "2"
    assert [(v.value, v.doc_ids) for v in ordinals.values] == [("2", ["a", "c"]), ("3", ["b"])]


def test_names_are_normalized_before_comparing_participants():
    found = events(
        [
            meeting("a", ("Kim Min-jun", "Meloni"), "2024-07-02", "Rome"),
            meeting("b", ("Min Jun Kim", "Giorgia Meloni"), "2024-07-02", "Rome"),
        ]
    )
    assert len(found) == 1 and found[0].doc_ids == ["a", "b"]


def test_undated_meeting_joins_the_event_nearest_its_publication_date():
    records = [
        DocumentRecord(doc_id="c", path="c", published="2024-05-16"),
        meeting("a", PAIR, "2023-11", "Hamburg"),
        meeting("b", PAIR, "2024-05-14", "Berlin"),
        meeting("c", PAIR, None, None),
    ]
    found = events(records)
    assert [(e.date, e.doc_ids) for e in found] == [("2023-11", ["a"]), ("2024-05-14", ["b", "c"])]


def test_other_participants_for_the_same_occasion_are_a_participants_conflict():
    (event,) = events(
        [
            meeting("a", ("Macron", "Scholz", "Meloni"), "2024-05-14", "Berlin"),
            meeting("b", ("Macron", "Scholz", "Meloni"), "2024-05-14", "Berlin"),
            meeting("c", PAIR, "2024-05-14", "Berlin"),
        ]
    )
    who = conflict(event, "participants")
    assert len(event.participants) == 3
    assert [v.doc_ids for v in who.values] == [["a", "b"], ["c"]]


def test_people_merge_across_articles_with_every_spelling_title_and_country():
    records = [
        PersonRecord(doc_id="a", name="Kim Min-jun", title="President", country="KR",
                     evidence=Evidence(start=0, end=11, text="Kim Min-jun")),
        PersonRecord(doc_id="b", name="Min Jun Kim", title="leader", country=None,
                     evidence=Evidence(start=0, end=11, text="Min Jun Kim")),
        PersonRecord(doc_id="c", name="Kim", title=None, country="KR",
                     evidence=Evidence(start=0, end=3, text="Kim")),
    ]  # fmt: skip
    people = [r for r in consolidate([r.with_id() for r in records]) if r.type == "merged_person"]
    assert len(people) == 1
    person = people[0]
    assert person.name in ("Kim Min-jun", "Min Jun Kim")
    assert set(person.aliases) == {"Kim Min-jun", "Min Jun Kim", "Kim"} - {person.name}
    assert person.titles == ["President", "leader"] and person.countries == ["KR"]
    assert person.doc_ids == ["a", "b", "c"] and len(person.person_ids) == 3


def test_quotes_reported_by_several_outlets_are_linked_and_speaker_disagreement_is_a_conflict():
    words = "We will build a stronger and more secure partnership for the next decade"
    records = [
        statement("a", "Olaf Scholz", words),
        statement("b", "Olaf Scholz", "We will build a stronger and more secure partnership"),
        statement("c", "Emmanuel Macron", words + ", together"),
        statement("c", "Emmanuel Macron", "Energy prices must come down this winter for everyone"),
    ]
    links = [r for r in consolidate(records) if r.type == "quote_link"]
    assert len(links) == 1
    link = links[0]
    assert link.doc_ids == ["a", "b", "c"] and link.speaker.name == "Olaf Scholz"
    (speaker,) = link.conflicts
    assert speaker.field == "speaker"
    assert [(v.value, v.doc_ids) for v in speaker.values] == [
        ("Olaf Scholz", ["a", "b"]),
        ("Emmanuel Macron", ["c"]),
    ]


def test_consolidate_does_not_change_its_input():
    records = [meeting("a", PAIR, "2024-05-14"), meeting("b", PAIR, "2024-05-15")]
    before = [r.model_dump() for r in records]
    consolidate(records)
    assert [r.model_dump() for r in records] == before


# --- The seeds -------------------------------------------------------------------------------

LEE, TAKAICHI, XI = (
    frozenset({"lee", "jae", "myung"}),
    frozenset({"sanae", "takaichi"}),
    frozenset({"xi", "jinping"}),
)


def _who(event) -> set[frozenset[str]]:
    from summitx.consolidate import name_key

    return {name_key(p.name) for p in event.participants}


def _gold_as_records() -> list:
    """The seed annotations as a perfect extractor would report them."""
    records: list = []
    for path in sorted(GOLD_SEEDS.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = gold["doc_id"]
        records.append(DocumentRecord(doc_id=doc, path=doc, published=gold.get("published")))
        for m in gold["meetings"]:
            start = next(_offsets)
            records.append(
                MeetingRecord(
                    doc_id=doc,
                    participants=[PersonRef(name=n) for n in m["participants"]],
                    date=m.get("date"),
                    location=Location(name=m["location"][0]) if m.get("location") else None,
                    kind=m.get("kind") or "meeting",
                    ordinal=m.get("ordinal"),
                    evidence=Evidence(start=start, end=start + 1, text="x"),
                ).with_id()
            )
        for q in gold["statements"]:
            records.append(statement(doc, q["speaker"], q["quote"]))
    return records


@needs_seed_gold
def test_seed_annotations_merge_into_the_events_the_issue_lists():
    merged = consolidate(_gold_as_records())
    by_date = {(e.date, e.kind): e for e in merged if e.type == "event"}
    summit = by_date[("2026-01-13", "summit")]
    others = ["001_96ef3cfa7e428476", "002_869baf697406c617", "003_b0c2fa709b7ca97a",
              "004_bfb738631fdef862"]  # fmt: skip
    assert summit.doc_ids == ["000_ec330866001769bf", *others]
    dates = conflict(summit, "date")
    assert [(v.value, v.doc_ids) for v in dates.values] == [
        ("2026-01-13", others),
        ("2026-01-14", ["000_ec330866001769bf"]),
    ]
    ordinals = conflict(summit, "ordinal")  # "second formal meeting" vs "third contact"
    assert {v.value: v.doc_ids for v in ordinals.values} == {
        "2": ["003_b0c2fa709b7ca97a"],
        "3": ["002_869baf697406c617"],
    }
    visit = by_date[("2026-01-14", "visit")]
    assert visit.doc_ids == ["004_bfb738631fdef862"] and visit.conflicts == []
    gyeongju = by_date[("2025-10", "summit")]
    assert len(gyeongju.doc_ids) == 4 and gyeongju.location.name.startswith("Gyeongju")
    (beijing,) = [e for e in merged if e.type == "event" and _who(e) == {LEE, XI}]
    assert beijing.date == "2026-01-05" and len(beijing.doc_ids) == 2
    # The welcome the evening before is its own occasion, reported by one article.
    assert by_date[("2026-01-12", "welcome")].doc_ids == ["001_96ef3cfa7e428476"]


@pytest.fixture(scope="module")
def seed_merge(seed_records):
    return consolidate(seed_records)


def test_seeds_summit_of_january_13_with_a_date_conflict(seed_merge):
    summits = [
        e for e in seed_merge
        if e.type == "event" and e.date == "2026-01-13" and _who(e) == {LEE, TAKAICHI}
    ]  # fmt: skip
    assert len(summits) == 1
    summit = summits[0]
    assert summit.kind in ("summit", "talks") and "Nara" in summit.location.name
    dates = conflict(summit, "date")
    assert dates.consensus == "2026-01-13"
    values = {v.value: v.doc_ids for v in dates.values}
    # The temple article dates the talks Jan 14; the other articles support Jan 13.
    assert values["2026-01-14"] == ["000_ec330866001769bf"]
    # Every other article supports Jan 13.
    assert len(values["2026-01-13"]) == 4
    assert "000_ec330866001769bf" in summit.doc_ids
    assert len(set(summit.doc_ids)) == 5
    # "their second formal meeting" against "the third face-to-face contact": a conflict.
    ordinals = {v.value: v.doc_ids for v in conflict(summit, "ordinal").values}
    assert ordinals == {"2": ["003_b0c2fa709b7ca97a"], "3": ["002_869baf697406c617"]}


def test_seeds_temple_visit_of_january_14_stays_its_own_event(seed_merge):
    visits = [
        e for e in seed_merge
        if e.type == "event" and e.date == "2026-01-14" and _who(e) == {LEE, TAKAICHI}
    ]  # fmt: skip
    assert len(visits) == 1 and visits[0].kind in ("visit", "tour")
    assert visits[0].doc_ids == ["004_bfb738631fdef862"] and visits[0].conflicts == []


def test_seeds_gyeongju_meeting_and_beijing_meeting(seed_merge):
    event_list = [e for e in seed_merge if e.type == "event"]
    (gyeongju,) = [e for e in event_list if e.date == "2025-10" and _who(e) == {LEE, TAKAICHI}]
    assert gyeongju.location.name == "Gyeongju" and len(gyeongju.doc_ids) >= 2
    (beijing,) = [e for e in event_list if _who(e) == {LEE, XI}]
    assert beijing.location.name == "Beijing" and len(beijing.doc_ids) >= 2
    assert dates_compatible(beijing.date, "2026-W02")


def test_seeds_people_are_merged_across_spellings(seed_merge):
    (lee,) = [p for p in seed_merge if p.type == "merged_person" and "Lee" in p.name]
    assert {lee.name, *lee.aliases} >= {"Lee Jae-myung", "Lee Jae Myung"}
    assert len(lee.doc_ids) == 5 and lee.country == "KR"


def test_cli_merge_outputs_events_and_fail_on_conflict_exits_1():
    runner = CliRunner()
    args = ["extract", str(SEEDS), "--merge", "--format", "jsonl", "-q"]
    result = runner.invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0
    types = {json.loads(line)["type"] for line in result.stdout.splitlines()}
    assert {"meeting", "event", "merged_person", "quote_link"} <= types
    grouped = runner.invoke(cli, [*args[:3], "--format", "json", "-q"], catch_exceptions=False)
    data = json.loads(grouped.stdout)
    assert data["events"] and data["merged_people"] and data["quote_links"]
    failing = runner.invoke(cli, [*args, "--fail-on-conflict", "--type", "event"])
    assert failing.exit_code == 1
    assert all(json.loads(line)["type"] == "event" for line in failing.stdout.splitlines())
