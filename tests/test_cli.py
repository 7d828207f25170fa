"""The command line, driven through click's testing runner."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import GOLD_SEEDS, ROOT, SEEDS, needs_seed_gold

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
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0])[:6] == ["id", "doc_id", "participants", "participant_titles",
                                 "participant_countries", "date"]  # fmt: skip
    assert rows and all(r["kind"] and r["participants"] for r in rows)


def test_unknown_type_is_a_usage_error():
    result = CliRunner().invoke(cli, ["extract", str(SEEDS), "--type", "banana"])
    assert result.exit_code == 2
    assert "banana" in result.output


def test_table_output_lists_each_record_type():
    result = invoke("extract", str(SEEDS), "--format", "table", "-q")
    for heading in ("documents", "people", "meetings", "statements", "agreements"):
        assert heading in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80  # COLUMNS unset: 80


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


@needs_seed_gold
def test_eval_prints_every_category_and_min_f1_gates():
    result = invoke("eval", str(GOLD_SEEDS), str(SEEDS))
    for category in ("people", "meetings", "statements_direct", "statements_all", "agreements"):
        assert category in result.stdout
    gated = CliRunner().invoke(cli, ["eval", str(GOLD_SEEDS), str(SEEDS), "--min-f1", "1.01"])
    assert gated.exit_code == 1


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"summitx {name}" in readme


EXAMPLES = ROOT / "examples"


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("out.jsonl", lambda p: json.loads(p.read_text().splitlines()[0])["type"] == "document"),
        ("out.json", lambda p: len(json.loads(p.read_text())["documents"]) == 1),
        ("out.csv", lambda p: p.read_text().startswith("type,id,doc_id,")),
        ("out.db", None),
        ("out.html", lambda p: p.read_text().startswith("<!DOCTYPE html>")),
        ("out.txt", lambda p: json.loads(p.read_text().splitlines()[0])["type"] == "document"),
    ],
)
def test_the_format_follows_the_output_suffix(tmp_path, name, check):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    target = tmp_path / name
    result = invoke("extract", str(article), "-o", str(target), "-q")
    assert result.exit_code == 0 and result.stdout == ""
    if name.endswith(".db"):
        assert sqlite3.connect(target).execute("select count(*) from documents").fetchone() == (1,)
    else:
        assert check(target)


@pytest.mark.parametrize("command", ["extract", "report"])
@pytest.mark.parametrize(
    ("output", "message"),
    [
        (
            "{tmp}/missing/out.html",
            "Invalid value for -o: cannot write {tmp}/missing/out.html: "
            "folder {tmp}/missing does not exist",
        ),
        ("{tmp}", "Invalid value for '-o' / '--output': File '{tmp}' is a directory."),
    ],
)
def test_a_bad_output_path_is_refused_before_any_extraction(
    tmp_path, monkeypatch, command, output, message
):
    import summitx.cli as cli_module

    def no_work(*args, **kwargs):
        raise AssertionError("extraction started before the output path was checked")

    monkeypatch.setattr(cli_module, "run_extraction", no_work)
    target = output.format(tmp=tmp_path)
    result = CliRunner().invoke(cli, [command, str(EXAMPLES / "articles"), "-o", target])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Error: " + message.format(tmp=tmp_path)


def test_eval_refuses_a_gold_folder_without_gold_files(tmp_path):
    # Articles where the gold folder goes: nothing to score, so no 1.000 everywhere.
    result = CliRunner().invoke(
        cli, ["eval", str(EXAMPLES / "articles"), str(EXAMPLES / "articles"), "--min-f1", "0.9"]
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"Error: Invalid value for GOLD_DIR: no gold files (*.json) in {EXAMPLES / 'articles'}: "
        "the gold folder comes first, as in `summitx eval GOLD_DIR ARTICLES...`"
    )
    (tmp_path / "records.json").write_text('{"schema_version": "1.0", "documents": []}')
    result = CliRunner().invoke(cli, ["eval", str(tmp_path), str(EXAMPLES / "articles")])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"Error: Invalid value for GOLD_DIR: {tmp_path}: records.json is not a gold annotation "
        "(no people, meetings, statements or agreements)"
    )


def test_the_examples_eval_passes():
    result = invoke("eval", str(EXAMPLES / "gold"), str(EXAMPLES / "articles"),
                    str(EXAMPLES / "articles.jsonl"), "--min-f1", "0.9")  # fmt: skip
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-2:] == [
        "published             1.000  1.000  1.000    4    0    0",
        "meeting_location_acc 1.000 (3/3)",
    ]


UNDATED = "Prime Minister Lina Moss of Iceland met President Otto Brandt of Austria.\n"


@pytest.mark.parametrize("flag", ["--strict", "-v"])
def test_strict_and_verbose_name_each_warned_file_and_its_warning(tmp_path, flag):
    (tmp_path / "dated.txt").write_text("March 3, 2026\n\n" + UNDATED)
    (tmp_path / "undated.txt").write_text(UNDATED)
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--format", "jsonl", flag])
    assert result.exit_code == (1 if flag == "--strict" else 0)
    assert result.stderr.splitlines() == [
        f"warning: {tmp_path / 'undated.txt'}: no publication date found: relative dates stay "
        "unresolved",
        "summitx: 2 file(s), 2 document(s), 8 record(s), 0 with errors, 1 with warnings",
    ]


def test_fail_on_conflict_says_which_sources_disagree_even_when_quiet():
    result = CliRunner().invoke(
        cli, ["extract", str(EXAMPLES / "articles"), "--fail-on-conflict", "-q", "--type", "event"]
    )
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "conflict: event 2026-03-11 talks: Aaro Mattila · Kadri Lepik: date: 2026-03-10 "
        "(Northwind Wire (wire-talks)) vs 2026-03-11 (The Harbour Gazette (harbour-gazette))"
    ]
    assert [json.loads(line)["type"] for line in result.stdout.splitlines()] == ["event"]


def test_info_describes_the_installation_without_loading_spacy(tmp_path):
    from summitx import __version__
    from summitx.cache import code_fingerprint
    from summitx.nlp import model_identity

    (tmp_path / "ab").mkdir()
    (tmp_path / "ab" / "ab12.json").write_text("[]")
    result = invoke("info", "--cache", str(tmp_path))
    lines = result.stdout.splitlines()
    assert [line.split(":", 1)[0] for line in lines] == [
        "summitx", "python", "spacy", "model", "patterns", "cache"
    ]  # fmt: skip
    assert lines[0].startswith(f"summitx:   {__version__} (code {code_fingerprint()}, ")
    assert lines[3].startswith(f"model:     {model_identity()} (package ")
    patterns = ROOT / "summitx" / "patterns"
    rule_files = len([*patterns.glob("*.json"), *patterns.glob("*.jsonl")])
    assert lines[4] == f"patterns:  {patterns} ({rule_files} files)"
    assert lines[5] == f"cache:     {tmp_path} (1 article(s), 0.0 MB)"
    assert invoke("info").stdout.splitlines()[5] == (
        "cache:     off (pass --cache DIR or set $SUMMITX_CACHE)"
    )


def test_the_cache_option_reads_its_environment_variable(tmp_path):
    article = tmp_path / "in" / "a.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE)
    cache = tmp_path / "cache"
    result = CliRunner().invoke(
        cli, ["extract", str(article), "-q", "--format", "jsonl"], env={"SUMMITX_CACHE": str(cache)}
    )
    assert result.exit_code == 0
    assert len(list(cache.glob("*/*.json"))) == 1


def test_eval_refuses_inputs_that_hold_none_of_the_gold_articles(tmp_path):
    (tmp_path / "other.txt").write_text(ARTICLE)
    result = CliRunner().invoke(cli, ["eval", str(EXAMPLES / "gold"), str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for PATHS: none of the 4 gold articles is among the inputs (gold: "
        "coastal-daily-0313, coastal-daily-0314, harbour-gazette, ... (4 in all); inputs: other)"
    )


def test_an_unwritable_cache_is_refused_before_any_extraction(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = CliRunner().invoke(
        cli, ["extract", str(EXAMPLES / "articles"), "--cache", str(blocker / "cache")]
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--cache' (env var: 'SUMMITX_CACHE'): cannot write into "
        f"{blocker / 'cache'}: {blocker} is a file"
    )


def test_table_shows_each_agreements_status():
    text = "Spain and Morocco could sign a fisheries accord next week.\n"
    result = invoke("extract", "-", "--type", "agreement", "--format", "table", "-q", input=text)
    assert result.exit_code == 0
    assert "sign (hypothetical)" in result.stdout
