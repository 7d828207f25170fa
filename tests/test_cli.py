"""The command line, driven through click's testing runner."""

from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import ROOT, SEEDS

from summitx.cli import cli


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_jsonl_output_is_one_record_per_line():
    result = invoke("extract", str(SEEDS), "--format", "jsonl", "-q")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    types = {r["type"] for r in records}
    assert {"document", "person", "meeting", "statement", "agreement"} <= types
    assert all(r["schema_version"] for r in records)


def test_json_groups_records_by_type():
    result = invoke("extract", str(SEEDS), "--format", "json", "-q")
    data = json.loads(result.stdout)
    assert len(data["documents"]) == 5
    assert data["meetings"] and all(m["type"] == "meeting" for m in data["meetings"])


def test_type_filter_and_csv():
    result = invoke("extract", str(SEEDS), "--format", "csv", "--type", "meeting", "-q")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("type,id,doc_id")
    assert lines[1:] and all(line.startswith("meeting,") for line in lines[1:])


def test_unknown_type_is_a_usage_error():
    result = CliRunner().invoke(cli, ["extract", str(SEEDS), "--type", "banana"])
    assert result.exit_code == 2
    assert "banana" in result.output


def test_table_output_lists_each_record_type():
    result = invoke("extract", str(SEEDS), "--format", "table", "-q")
    for heading in ("documents", "people", "meetings", "statements", "agreements"):
        assert heading in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 100


def test_stdin_text_and_jsonl():
    text = (SEEDS / "004_bfb738631fdef862.txt").read_text(encoding="utf-8")
    result = invoke("extract", "-", "--format", "jsonl", "-q", input=text)
    assert any(json.loads(line)["type"] == "statement" for line in result.stdout.splitlines())
    line = json.dumps({"id": "x1", "text": text, "published": "2026-01-12", "outlet": "Wire"})
    result = invoke("extract", "-", "--format", "jsonl", "-q", input=line + "\n")
    doc = json.loads(result.stdout.splitlines()[0])
    assert (doc["doc_id"], doc["outlet"], doc["published"]) == ("x1", "Wire", "2026-01-12")


def test_missing_file_is_reported_and_exit_code_is_1(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.txt"), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr and "no such file" in result.stderr


def test_output_file(tmp_path):
    target = tmp_path / "out.json"
    result = invoke("extract", str(SEEDS), "--format", "json", "-o", str(target), "-q")
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(target.read_text())["people"]


ARTICLE = "President Anna Berg of Norway met Prime Minister Ravi Kumar in Geneva on Monday.\n"


def test_output_over_an_input_file_is_refused_and_the_input_kept(tmp_path):
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps({"id": "a", "text": ARTICLE}) + "\n")
    before = source.read_bytes()
    result = CliRunner().invoke(cli, ["extract", str(source), "-o", str(source), "-q"])
    assert result.exit_code == 2
    assert "also an input" in result.stderr
    assert source.read_bytes() == before


def test_output_inside_an_input_folder_is_not_read_as_an_article(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    target = tmp_path / "records.jsonl"
    for _run in range(2):  # the second run finds the first run's output already there
        result = invoke("extract", str(tmp_path), "--format", "jsonl", "-o", str(target))
        assert result.exit_code == 0, result.stderr
        records = [json.loads(line) for line in target.read_text().splitlines()]
        assert [r["doc_id"] for r in records if r["type"] == "document"] == ["a"]
        assert "1 document(s)" in result.stderr


def test_schema_lists_every_record_type():
    schema = json.loads(invoke("schema").stdout)
    text = json.dumps(schema)
    for name in ("DocumentRecord", "MeetingRecord", "StatementRecord", "AgreementRecord"):
        assert name in text


def test_eval_prints_every_category_and_min_f1_gates():
    result = invoke("eval", str(ROOT / "tests" / "data" / "gold_seeds"), str(SEEDS))
    for category in ("people", "meetings", "statements_direct", "statements_all", "agreements"):
        assert category in result.stdout
    gated = CliRunner().invoke(
        cli, ["eval", str(ROOT / "tests" / "data" / "gold_seeds"), str(SEEDS), "--min-f1", "1.01"]
    )
    assert gated.exit_code == 1


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"summitx {name}" in readme


def test_table_shows_each_agreements_status():
    text = "Spain and Morocco could sign a fisheries accord next week.\n"
    result = invoke("extract", "-", "--type", "agreement", "--format", "table", "-q", input=text)
    assert result.exit_code == 0
    assert "status" in result.stdout
    assert "hypothetical" in result.stdout
