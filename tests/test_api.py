"""The Python API, walked through as a notebook user would: cell by cell, exact results."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

import summitx
from summitx.records import (
    DocumentRecord,
    EventRecord,
    MeetingRecord,
    PersonRecord,
    StatementRecord,
)

TEXT = (
    "Prime Minister Lina Moss of Iceland met President Otto Brandt of Austria in Vienna on "
    'Monday.\n\n"We will open the new air route in June," Moss said.\n'
)


def test_import_summitx_loads_neither_spacy_nor_pydantic():
    code = "import sys, summitx; print(sorted({'spacy', 'pydantic'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]"


def test_a_string_is_an_article():
    records = list(summitx.extract(TEXT))
    assert [type(r) for r in records] == [
        DocumentRecord, PersonRecord, PersonRecord, MeetingRecord, StatementRecord,
    ]  # fmt: skip
    document, moss, brandt, meeting, statement = records
    assert (document.doc_id, document.path, document.published) == ("text-1", "<text>", None)
    assert [(p.name, p.title, p.country) for p in (moss, brandt)] == [
        ("Lina Moss", "Prime Minister", "IS"),
        ("Otto Brandt", "President", "AT"),
    ]
    assert [p.name for p in meeting.participants] == ["Lina Moss", "Otto Brandt"]
    assert (meeting.date, meeting.date_text, meeting.location.name) == (None, "Monday", "Vienna")
    assert (statement.speaker.name, statement.quote, statement.direct) == (
        "Lina Moss", "We will open the new air route in June,", True,
    )  # fmt: skip
    assert TEXT[statement.evidence.start : statement.evidence.end] == statement.evidence.text


def test_a_dict_and_an_article_carry_their_publication_date_and_outlet():
    given = [
        {"id": "n1", "text": TEXT, "outlet": "North Post", "published": "2026-05-06"},
        summitx.Article(doc_id="n2", path="", text=TEXT, outlet="South", published="2026-05-07"),
    ]
    records = list(summitx.extract(given))
    documents = [r for r in records if r.type == "document"]
    assert [(d.doc_id, d.outlet, d.published) for d in documents] == [
        ("n1", "North Post", "2026-05-06"),
        ("n2", "South", "2026-05-07"),
    ]
    meetings = [r for r in records if r.type == "meeting"]
    # "on Monday" resolves against each article's own publication date.
    assert [(m.doc_id, m.date, m.date_start) for m in meetings] == [
        ("n1", "2026-05-04", "2026-05-04"),
        ("n2", "2026-05-04", "2026-05-04"),
    ]


def test_paths_and_merge_give_the_records_of_the_cli(tmp_path):
    from click.testing import CliRunner

    from summitx.cli import cli

    folder = ROOT / "examples" / "articles"
    records = list(summitx.extract(Path(folder), merge=True))
    cli_out = CliRunner().invoke(cli, ["extract", str(folder), "--merge", "--format", "jsonl",
                                       "-q"], catch_exceptions=False)  # fmt: skip
    import json

    assert [r.model_dump(mode="json") for r in records] == [
        json.loads(line) for line in cli_out.stdout.splitlines()
    ]
    (event,) = [r for r in records if isinstance(r, EventRecord)]
    assert (event.date, [c.field for c in event.conflicts]) == ("2026-03-11", ["date"])


def test_an_unreadable_article_is_a_document_with_its_reason_not_an_exception(tmp_path):
    records = list(summitx.extract([" \n", {"id": "x", "text": ""}, tmp_path / "nope.txt"]))
    assert [(r.doc_id, r.errors) for r in records] == [
        ("text-1", ["empty article (only whitespace)"]),
        ("x", ["empty article (only whitespace)"]),
        ("nope", ["no such file or folder"]),
    ]


def test_anything_else_is_a_type_error_naming_the_article():
    with pytest.raises(TypeError) as raised:
        list(summitx.extract([TEXT, 42]))
    assert str(raised.value) == "article 2: expected str, Path, dict or summitx.Article, not int"


def test_summitx_extract_stays_the_api_once_the_extractors_subpackage_is_imported():
    import inspect

    import summitx.extract.people
    from summitx.api import extract

    assert summitx.extract is extract
    assert str(inspect.signature(summitx.extract)) == (
        "(articles: 'ArticleLike | Iterable[ArticleLike]', *, model: 'str | None' = None, "
        "merge: 'bool' = False, max_chars: 'int' = 200000) -> 'Iterator[Record]'"
    )
