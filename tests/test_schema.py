"""The committed JSON Schema (docs/schema.json) is the schema the code emits and validates.

When a record model changes on purpose, review the diff and regenerate the file with
    SUMMITX_REGENERATE=1 pytest tests/test_schema.py
The switch is refused in CI, so CI can only compare, never rewrite.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping

import pytest
from click.testing import CliRunner
from conftest import ROOT
from jsonschema import Draft202012Validator

from summitx.cli import cli
from summitx.records import SCHEMA_VERSION, DocumentRecord, json_schema

SCHEMA_FILE = ROOT / "docs" / "schema.json"
# The fields SPEC.md promises for each record type: they must stay in the schema.
SPEC_FIELDS = {
    "DocumentRecord": {"path", "title", "outlet", "published", "authors", "errors"},
    "PersonRecord": {"name", "aliases", "title", "country", "evidence"},
    "MeetingRecord": {"participants", "date", "date_text", "location", "kind", "evidence"},
    "StatementRecord": {"speaker", "speaker_text", "quote", "direct", "cue", "evidence"},
    "AgreementRecord": {"parties", "text", "cue", "evidence"},
}


def regenerate_requested(env: Mapping[str, str]) -> bool:
    """True when golden files may be rewritten: SUMMITX_REGENERATE=1, and never in CI."""
    if env.get("SUMMITX_REGENERATE") != "1":
        return False
    if env.get("CI"):
        raise AssertionError("SUMMITX_REGENERATE must not be set in CI: golden files only compare")
    return True


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"


def test_regeneration_switch_is_off_in_ci():
    assert regenerate_requested({}) is False
    assert regenerate_requested({"SUMMITX_REGENERATE": "0"}) is False
    with pytest.raises(AssertionError):
        regenerate_requested({"CI": "true", "SUMMITX_REGENERATE": "1"})
    # The environment this suite runs in: raises when CI runs with the switch on.
    regenerate_requested(os.environ)


def test_committed_schema_matches_the_code():
    current = schema_text()
    if regenerate_requested(os.environ):
        SCHEMA_FILE.write_text(current, encoding="utf-8")
    committed = SCHEMA_FILE.read_text(encoding="utf-8")
    assert committed == current, (
        "docs/schema.json differs from the record models: if the change is intended, run "
        "SUMMITX_REGENERATE=1 pytest tests/test_schema.py and commit the file"
    )


def test_schema_command_prints_the_committed_schema():
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == SCHEMA_FILE.read_text(encoding="utf-8")


def test_schema_keeps_the_spec_fields_and_names_its_version():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert SCHEMA_VERSION in schema["$comment"]
    for model, fields in SPEC_FIELDS.items():
        properties = schema["$defs"][model]["properties"]
        assert fields | {"type", "doc_id", "id", "schema_version"} <= set(properties), model


def test_every_record_validates_against_the_committed_schema(seed_records):
    validator = Draft202012Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    failed = DocumentRecord(doc_id="x", path="x.txt", errors=["empty file"]).with_id()
    records = [*seed_records, failed]
    assert {r.type for r in records} == {"document", "person", "meeting", "statement", "agreement"}
    for record in records:
        data = record.model_dump(mode="json")
        assert data["schema_version"] == SCHEMA_VERSION
        errors = [e.message for e in validator.iter_errors(data)]
        assert errors == [], (record.type, errors)
    bad = {**failed.model_dump(mode="json"), "errors": "not a list"}
    assert list(validator.iter_errors(bad)), "the schema must reject a malformed record"


def test_closed_vocabularies_print_as_their_values():
    from summitx.records import AgreementStatus, MeetingKind

    assert str(MeetingKind.PRESS_CONFERENCE) == "press conference"
    assert f"{AgreementStatus.SIGNED}|{MeetingKind.CALL:>6}" == "signed|  call"
    assert MeetingKind("summit") is MeetingKind.SUMMIT


@pytest.mark.parametrize(
    ("definition", "values"),
    [
        ("ConflictField", ["date", "location", "participants", "ordinal", "speaker", "country"]),
        ("AgreementStatus", ["agreed", "signed", "expected", "hypothetical", "denied",
                             "unilateral"]),
    ],
)  # fmt: skip
def test_schema_lists_each_closed_vocabulary(definition, values):
    from summitx.records import json_schema

    assert json_schema()["$defs"][definition]["enum"] == values
