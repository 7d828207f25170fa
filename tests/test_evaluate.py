"""summitx's scorers on invented gold and predictions: the exact figures SPEC.md's metric gives,
and, where ../shared holds the reference scorers, the same figures as they report."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SHARED

from summitx.cli import cli
from summitx.evaluate import date_matches, evaluate, load_gold
from summitx.evaluate_polnear import polnear_figures, quoted_spans, score_polnear

SCORE_PY = SHARED / "tools" / "score.py"
SCORE_POLNEAR_PY = SHARED / "tools" / "score_polnear.py"
needs_score_py = pytest.mark.skipif(not SCORE_PY.exists(), reason="no ../shared/tools/score.py")
needs_score_polnear = pytest.mark.skipif(
    not SCORE_POLNEAR_PY.exists(), reason="no ../shared/tools/score_polnear.py"
)


def _person(doc: str, name: str) -> dict:
    return {"type": "person", "doc_id": doc, "name": name}


def _meeting(doc: str, names: list[str], date: str | None, place: str | None = None) -> dict:
    return {"type": "meeting", "doc_id": doc, "participants": [{"name": n} for n in names],
            "date": date, "location": {"name": place} if place else None}  # fmt: skip


def _statement(doc: str, speaker: str | None, quote: str, direct: bool = True) -> dict:
    return {"type": "statement", "doc_id": doc, "direct": direct, "quote": quote,
            "speaker": {"name": speaker} if speaker else None}  # fmt: skip


def _agreement(doc: str, text: str, status: str | None = "agreed") -> dict:
    record = {"type": "agreement", "doc_id": doc, "text": text, "evidence": {"text": text}}
    return record if status is None else dict(record, status=status)


GOLD = {
    "a1": {
        "doc_id": "a1",
        "published": "2031-04-09",
        "people": [
            {"name": "Mara Velloso"},
            {"name": "Tomasz Ilyin-Berg"},
            {"name": "Jo Reporter", "role": "author"},
            {"name": "Ines Quarry", "role": "mentioned", "required": False},
        ],
        "meetings": [
            {
                "participants": ["Mara Velloso", "Tomasz Ilyin-Berg"],
                "date": "2031-04-08",
                "location": ["Porto Azul"],
            },
            {"participants": ["Mara Velloso", "Ines Quarry"], "date": None},
            {
                "participants": ["Mara Velloso", "Tomasz Ilyin-Berg", "Ines Quarry"],
                "date": "2031-03",
                "required": False,
            },
        ],
        "statements": [
            {
                "speaker": "Mara Velloso",
                "quote": "We will open the river crossing this summer",
                "direct": True,
            },
            {"speaker": None, "quote": "the talks went badly", "direct": True, "required": False},
            {
                "speaker": "Tomasz Ilyin-Berg",
                "quote": "the crossing would bring trade",
                "direct": False,
                "required": False,
            },
        ],
        "agreements": [
            {"keywords": ["river crossing", "summer", "tolls"]},
            {"keywords": ["fishing quotas", "2032"], "required": False},
        ],
    },
    "a2": {
        "doc_id": "a2",
        "published": "2031-05-02",
        "published_in_text": False,
        "people": [{"name": "Lee Oyelaran"}, {"name": "Kasia Dunmore"}],
        "meetings": [
            {"participants": ["Lee Oyelaran", "Kasia Dunmore"], "date": "2031-W17"},
            {
                "participants": ["Lee Oyelaran", "Kasia Dunmore"],
                "date": "2031-04",
                "date_range": ["2031-04-20", "2031-04-30"],
            },
        ],
        "statements": [],
        "agreements": [],
    },
}

PREDICTIONS = [
    {"type": "document", "doc_id": "a1", "published": "2031-04-09"},
    _person("a1", "Velloso Mara"),
    _person("a1", "mara velloso"),  # the same name twice counts once
    _person("a1", "Tomasz Ilyin Berg"),
    _person("a1", "Ines Quarry"),  # excused: an optional gold person
    _person("a1", "Jo Reporter"),  # a byline is not a person of the article
    _meeting("a1", ["Mara Velloso", "Tomasz Ilyin-Berg"], "2031-04-08", "the City of Porto Azul"),
    _meeting("a1", ["Mara Velloso", "Tomasz Ilyin-Berg"], "2031-04-08"),  # duplicate
    _meeting("a1", ["Mara Velloso", "Ines Quarry"], "2031-04-07"),  # gold date null: no match
    _meeting("a1", ["Mara Velloso", "Tomasz Ilyin-Berg", "Ines Quarry"], "2031-03-02"),
    _meeting("a1", ["Mara Velloso"], "2031-04-08"),  # one participant: not scored
    _statement("a1", "Mara Velloso", "We will open the river crossing this summer, she said"),
    _statement("a1", "Tomasz Ilyin-Berg", "the talks went badly"),  # gold speaker is null
    _statement("a1", "Tomasz Ilyin-Berg", "the crossing would bring trade", direct=False),
    _statement("a1", None, "no named speaker, not scored"),
    _agreement("a1", "they agreed to open the river crossing this summer"),
    _agreement("a1", "fishing quotas for 2032", status="expected"),  # not scored
    _agreement("a1", "a deal on tolls", status="denied"),  # not scored
    _agreement("a1", "tolls on the river crossing"),  # 2 of 3 keywords, but the gold is taken
    {"type": "document", "doc_id": "a2", "published": None},
    _person("a2", "Lee Oyelaran"),
    _meeting("a2", ["Lee Oyelaran", "Kasia Dunmore"], "2031-04-22"),  # in the week and the range
    _meeting("a2", ["Kasia Dunmore", "Lee Oyelaran"], "2031-04-25"),
    {"type": "statement", "doc_id": "elsewhere", "speaker": {"name": "X Y"}, "quote": "q"},
]

EXPECTED = {
    "meetings": {"p": 0.75, "r": 0.75, "f1": 0.75, "tp": 3, "fp": 1, "fn": 1},
    "meetings_partial": {"p": 0.75, "r": 0.75, "f1": 0.75, "tp": 3, "fp": 1, "fn": 1},
    "meetings_loose": {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 3, "fp": 0, "fn": 0},
    "statements_direct": {"p": 0.5, "r": 1.0, "f1": 0.667, "tp": 1, "fp": 1, "fn": 0},
    "statements_all": {"p": 0.667, "r": 1.0, "f1": 0.8, "tp": 2, "fp": 1, "fn": 0},
    "agreements": {"p": 0.5, "r": 1.0, "f1": 0.667, "tp": 1, "fp": 1, "fn": 0},
    "people": {"p": 0.75, "r": 0.75, "f1": 0.75, "tp": 3, "fp": 1, "fn": 1},
    "published": {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0},
}


@pytest.fixture
def fixture_files(tmp_path: Path) -> tuple[Path, Path]:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for doc_id, gold in GOLD.items():
        (gold_dir / f"{doc_id}.json").write_text(json.dumps(gold), encoding="utf-8")
    predictions = tmp_path / "predictions.jsonl"
    predictions.write_text("".join(json.dumps(r) + "\n" for r in PREDICTIONS), encoding="utf-8")
    return gold_dir, predictions


def test_figures_of_the_invented_set(fixture_files):
    gold_dir, _ = fixture_files
    report = evaluate(load_gold(gold_dir), PREDICTIONS)
    assert {name: score.figures() for name, score in report.scores.items()} == EXPECTED
    assert (report.location_ok, report.location_total) == (1, 1)


@needs_score_py
def test_figures_equal_the_reference_scorer(fixture_files):
    gold_dir, predictions = fixture_files
    run = subprocess.run([sys.executable, str(SCORE_PY), str(gold_dir), str(predictions),
                          "--json"], capture_output=True, text=True, check=True)  # fmt: skip
    reference = json.loads(run.stdout)
    report = evaluate(load_gold(gold_dir), PREDICTIONS)
    assert {name: score.figures() for name, score in report.scores.items()} == {
        name: reference[name] for name in EXPECTED
    }
    assert report.location_accuracy == reference["meeting_location_acc"]


def test_eval_command_scores_a_records_file(fixture_files):
    gold_dir, predictions = fixture_files
    result = CliRunner().invoke(cli, ["eval", str(gold_dir), "--records", str(predictions)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1:] == [
        "meetings              0.750  0.750  0.750    3    1    1",
        "meetings_partial      0.750  0.750  0.750    3    1    1",
        "meetings_loose        1.000  1.000  1.000    3    0    0",
        "statements_direct     0.500  1.000  0.667    1    1    0",
        "statements_all        0.667  1.000  0.800    2    1    0",
        "agreements            0.500  1.000  0.667    1    1    0",
        "people                0.750  0.750  0.750    3    1    1",
        "published             1.000  1.000  1.000    1    0    0",
        "meeting_location_acc 1.000 (1/1)",
    ]


@pytest.mark.parametrize(
    ("pred", "gold", "expected"),
    [
        pytest.param(None, {"date": None}, True, id="null-matches-null"),
        pytest.param("2031-04-08", {"date": None}, False, id="null-gold-refuses-a-date"),
        pytest.param("2031-04", {"date": "2031-04-08"}, False, id="coarser-than-gold"),
        pytest.param("2031-04-08", {"date": "2031-04"}, True, id="inside-the-month"),
        pytest.param("2031-W15", {"date": "2031-04"}, True, id="week-inside-the-month"),
        pytest.param("2031-04-09T10:00:00", {"date": "2031-04-09"}, True, id="timestamp"),
        pytest.param(
            "2031-05-01", {"date": "2031-05-01", "date_range": ["2031-04-01", "2031-04-30"]},
            False, id="range-wins-over-date",
        ),
        pytest.param("not a date", {"date": None}, True, id="unreadable-is-no-date"),
    ],
)  # fmt: skip
def test_date_matches(pred, gold, expected):
    assert date_matches(pred, gold) is expected


# --- PolNeAR -------------------------------------------------------------------------------


def _relation(source: str, content: str) -> dict:
    return {"source": {"text": source}, "cue": {"text": "said"}, "content": {"text": content}}


POLNEAR_GOLD = [
    {
        "filename": "p1",
        "text": "invented",
        "attributions": [
            _relation("Senator Ada Quill", "\u201cWe will win the vote,\u201d and more"),
            _relation("he", '"The count is wrong" and "it must stop"'),
            _relation("a spokeswoman", "''No comment today''"),
            _relation("Governor Ben Ruddy", "that taxes would rise"),  # no quote: not gold
        ],
    },
    {"filename": "p2", "text": "invented", "attributions": []},
]
POLNEAR_PREDICTIONS = [
    _statement("p1", "Ada Quill", "We will win the vote"),
    _statement("p1", "Someone Else", "The count is wrong"),  # pronoun source: not checked
    dict(_statement("p1", None, "No comment today"), speaker_text="the spokeswoman"),
    _statement("p1", "Ben Ruddy", "taxes would rise", direct=False),  # not direct: not scored
    _statement("p1", None, "an unnamed, unworded speaker is not scored"),
    _statement("p2", "Ada Quill", "an extra quote"),
    _statement("p9", "Ada Quill", "an article without gold is not counted"),
]


def test_quoted_spans_are_the_gold_items():
    assert [(s.quote, s.source) for s in quoted_spans(POLNEAR_GOLD[0])] == [
        ("We will win the vote,", "Senator Ada Quill"),
        ("The count is wrong", "he"),
        ("it must stop", "he"),
        ("No comment today", "a spokeswoman"),
    ]


def test_polnear_figures_of_the_invented_set():
    figures = polnear_figures(score_polnear(POLNEAR_GOLD, POLNEAR_PREDICTIONS))
    assert figures == {"p": 0.75, "r": 0.75, "f1": 0.75, "tp": 3, "fp": 1, "fn": 1}


@needs_score_polnear
def test_polnear_figures_equal_the_reference_scorer(tmp_path):
    gold = tmp_path / "polnear.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in POLNEAR_GOLD), encoding="utf-8")
    predictions = tmp_path / "predictions.jsonl"
    predictions.write_text("".join(json.dumps(r) + "\n" for r in POLNEAR_PREDICTIONS), "utf-8")
    run = subprocess.run([sys.executable, str(SCORE_POLNEAR_PY), str(gold), str(predictions)],
                         capture_output=True, text=True, check=True)  # fmt: skip
    assert polnear_figures(score_polnear(POLNEAR_GOLD, POLNEAR_PREDICTIONS)) == json.loads(
        run.stdout
    )
    result = CliRunner().invoke(cli, ["eval", str(gold), "--records", str(predictions)])
    assert result.output == f"direct-quote attribution {run.stdout.strip()}\n"


def test_eval_refuses_a_gold_file_that_is_not_polnear(tmp_path):
    other = tmp_path / "notes.jsonl"
    other.write_text('{"id": "a", "text": "an article, not gold"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(other), "--records", str(other)])
    assert result.exit_code == 2
    assert "neither a gold folder nor PolNeAR JSON Lines" in result.output


def test_eval_of_a_gold_folder_needs_articles_or_records(fixture_files):
    gold_dir, _ = fixture_files
    result = CliRunner().invoke(cli, ["eval", str(gold_dir)])
    assert result.exit_code == 2
    assert "PATHS" in result.output
