"""Analyst outputs: per-type CSV, date bounds, SQLite through sqlite-utils, the terminal view."""

from __future__ import annotations

import csv
import io
import json

import pytest
import sqlite_utils
from click.testing import CliRunner
from conftest import ROOT

from summitx.cli import cli
from summitx.daterange import iso_bounds
from summitx.rows import columns

EXAMPLES = ROOT / "examples"
ARTICLES, JSONL = EXAMPLES / "articles", EXAMPLES / "articles.jsonl"


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, env=env)


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2026-03-10", ("2026-03-10", "2026-03-10")),
        ("2026-02", ("2026-02-01", "2026-02-28")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2025-12", ("2025-12-01", "2025-12-31")),
        ("2026-W02", ("2026-01-05", "2026-01-11")),
        ("2026", ("2026-01-01", "2026-12-31")),
        ("2026-02-30", (None, None)),
        (None, (None, None)),
    ],
)
def test_every_date_precision_has_iso_day_bounds(value, bounds):
    assert iso_bounds(value) == bounds


def test_statement_csv_has_the_speaker_evidence_and_article_columns():
    result = run("extract", str(JSONL), "--type", "statement", "--format", "csv", "-q")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == columns("statement")
    assert [
        (r["doc_id"], r["speaker_name"], r["speaker_title"], r["speaker_country"], r["direct"],
         r["quote"], r["evidence_text"], r["document_title"], r["outlet"], r["published"])
        for r in rows
    ] == [
        ("coastal-daily-0313", "Kadri Lepik", "Prime Minister", "EE", "True",
         "Latvia has a place in this from the first day,",
         '"Latvia has a place in this from the first day," Lepik said',
         "Lepik briefs Riga on cable talks", "Coastal Daily", "2026-03-13"),
        ("coastal-daily-0313", "Ilze Ozola", "Prime Minister", "LV", "False",
         "Riga would send a liaison officer to the patrol headquarters",
         "Ozola said Riga would send a liaison officer to the patrol headquarters",
         "Lepik briefs Riga on cable talks", "Coastal Daily", "2026-03-13"),
        ("coastal-daily-0314", "Juris Kalns", "Foreign Minister", "LV", "True",
         "Cables do not stop at borders,", '"Cables do not stop at borders," Kalns said',
         "Ministers to meet in Riga next month", "Coastal Daily", "2026-03-14"),
    ]  # fmt: skip


def test_meeting_csv_carries_iso_day_bounds_beside_the_date():
    result = run("extract", str(JSONL), "--type", "meeting", "--format", "csv", "-q")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    keys = ("participants", "kind", "date", "date_start", "date_end")
    dated = [tuple(r[k] for k in keys) for r in rows]
    assert dated == [
        ("Kadri Lepik; Ilze Ozola", "call", "2026-03-12", "2026-03-12", "2026-03-12"),
        ("Juris Kalns; Sanna Aho", "meeting", "2026-04", "2026-04-01", "2026-04-30"),
    ]  # fmt: skip


def test_jsonl_records_carry_date_bounds_too():
    result = run("extract", str(JSONL), "--type", "meeting", "--format", "jsonl", "-q")
    dated = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(m["date"], m["date_start"], m["date_end"]) for m in dated] == [
        ("2026-03-12", "2026-03-12", "2026-03-12"),
        ("2026-04", "2026-04-01", "2026-04-30"),
    ]


def test_the_mixed_csv_names_each_records_article():
    result = run("extract", str(JSONL), "--format", "csv", "-q")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    statement = next(r for r in rows if r["type"] == "statement")
    assert (statement["outlet"], statement["published"], statement["speaker_title"]) == (
        "Coastal Daily", "2026-03-13", "Prime Minister",
    )  # fmt: skip


def test_sqlite_writes_one_table_per_type_and_upserts_on_a_rerun(tmp_path):
    target = tmp_path / "records.db"
    first = run("extract", str(ARTICLES), "-o", str(target), "-q")  # format from the suffix
    assert first.exit_code == 0 and first.stdout == ""
    db = sqlite_utils.Database(target)
    counts = {name: db.table(name).count for name in db.table_names()}
    assert counts == {"documents": 2, "people": 4, "meetings": 2, "statements": 4,
                      "agreements": 2}  # fmt: skip
    assert all(db.table(name).pks == ["id"] for name in db.table_names())
    # A re-run over a grown corpus adds the new articles and duplicates nothing.
    again = run("extract", str(ARTICLES), str(JSONL), "--merge", "-o", str(target), "-q")
    assert again.exit_code == 0
    counts = {name: db.table(name).count for name in db.table_names()}
    assert counts == {"documents": 4, "people": 8, "meetings": 4, "statements": 7,
                      "agreements": 2, "merged_people": 5, "events": 3}  # fmt: skip
    rows = list(db.query(
        "select m.date, m.date_start, m.participants, d.outlet from meetings m"
        " join documents d on d.doc_id = m.doc_id order by m.date_start"
    ))  # fmt: skip
    assert rows == [
        {"date": "2026-03-10", "date_start": "2026-03-10",
         "participants": "Kadri Lepik; Aaro Mattila", "outlet": "Northwind Wire"},
        {"date": "2026-03-11", "date_start": "2026-03-11",
         "participants": "Aaro Mattila; Kadri Lepik", "outlet": "The Harbour Gazette"},
        {"date": "2026-03-12", "date_start": "2026-03-12",
         "participants": "Kadri Lepik; Ilze Ozola", "outlet": "Coastal Daily"},
        {"date": "2026-04", "date_start": "2026-04-01",
         "participants": "Juris Kalns; Sanna Aho", "outlet": "Coastal Daily"},
    ]  # fmt: skip
    (event,) = db.query("select date, conflicts from events where conflicts != ''")
    assert event == {
        "date": "2026-03-11",
        "conflicts": "date: 2026-03-10 (wire-talks) vs 2026-03-11 (harbour-gazette)",
    }


def test_sqlite_needs_a_file():
    result = CliRunner().invoke(cli, ["extract", str(ARTICLES), "--format", "sqlite"])
    assert result.exit_code == 2
    assert "--format sqlite writes a file: add -o FILE.db" in result.stderr


def _table(*args: str, columns: int) -> list[str]:
    result = run("extract", *args, "--format", "table", "-q", env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


@pytest.mark.parametrize("width", [80, 120, 200])
def test_the_table_view_fits_the_terminal_width(width):
    lines = _table(str(ARTICLES), str(JSONL), "--merge", columns=width)
    assert max(len(line) for line in lines) == width


def test_the_table_view_labels_rows_by_outlet_and_gives_quotes_the_width():
    lines = _table(str(ARTICLES), "--type", "statement", columns=120)
    assert lines[:4] == [
        "statements (4)".ljust(120),
        "┏━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━┳" + "━" * 81 + "┓",
        "┃ article             ┃ speaker      ┃ quote" + " " * 75 + "┃",
        "┡━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━╇" + "━" * 81 + "┩",
    ]
    assert lines[4] == (
        "│ The Harbour Gazette │ Aaro Mattila │ “We cannot leave the seabed unguarded,”"
        + " " * 41
        + "│"
    )


def test_an_unattributed_quote_is_not_shown_as_empty_parentheses(tmp_path):
    article = tmp_path / "note.txt"
    article.write_text('"The border stays open," a spokeswoman said on Monday.\n')
    lines = _table(str(article), "--type", "statement", columns=80)
    body = "\n".join(lines)
    assert "()" not in body and "a spokeswoman" in body


def test_with_merge_events_and_conflicts_come_first():
    lines = _table(str(ARTICLES), "--merge", columns=100)
    titles = [line.strip() for line in lines if line and line[0] not in "┏┃┡│└"]
    assert titles == [
        "events (1)", "conflicts between sources (1)", "merged_people (2)", "documents (2)",
        "people (4)", "meetings (2)", "statements (4)", "agreements (2)",
    ]  # fmt: skip
    conflict = [line for line in lines if "Northwind Wire" in line or "Harbour" in line][:2]
    assert conflict == [
        "│ 2026-03-11 Aaro Mattila  │ date  │ 2026-03-10: Northwind Wire"
        + " " * 25
        + "│ tie      │",
        "│ · Kadri Lepik            │       │ 2026-03-11: The Harbour Gazette"
        + " " * 20
        + "│          │",
    ]


def test_sqlite_refuses_to_write_into_a_file_that_is_not_a_database(tmp_path):
    target = tmp_path / "notes.db"
    target.write_text("my notes\n")
    result = CliRunner().invoke(cli, ["extract", str(ARTICLES), "-o", str(target)])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"Error: Invalid value for -o: {target} exists and is not a SQLite database; records "
        "are upserted into a database"
    )
    assert target.read_text() == "my notes\n"


def test_article_words_in_square_brackets_are_shown_not_read_as_markup(tmp_path):
    article = tmp_path / "brackets.txt"
    article.write_text(
        "President Ines Kowal of Poland met Prime Minister Tor Lund of Norway in Oslo.\n\n"
        '"We [bold]reject[/] the [/red] claims," Kowal said.\n'
    )
    lines = _table(str(article), "--type", "statement", columns=100)
    assert "“We [bold]reject[/] the [/red] claims,”" in "\n".join(lines)


@pytest.mark.parametrize(
    ("status", "shown"),
    [("agreed", "agreed"), ("signed", "agreed"), (None, "agreed"),
     ("expected", "agreed (expected)"), ("denied", "agreed (denied)")],
)  # fmt: skip
def test_the_agreement_table_names_a_status_that_is_no_agreement(status, shown):
    from summitx.table_view import _agreement_cue

    assert _agreement_cue({"cue": "agreed", "status": status}) == shown
