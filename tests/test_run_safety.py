"""Issue 13, the run: output complete or untouched, signals, dead workers, OS errors, the
cache, hostile text on the terminal and in CSV, pathological articles in bounded time."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS

from summitx.cli import cli

ARTICLE = (
    "President Lena Ortiz of Peru met Chancellor Tomas Rieger in Oslo on Friday.\n\n"
    '"We agreed to open the border," Ortiz told reporters after the talks.\n'
)
OLD = b"the previous output\n"


def summitx(*args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "summitx", *args],
        stdout=kwargs.pop("stdout", subprocess.PIPE),
        stderr=kwargs.pop("stderr", subprocess.PIPE),
        stdin=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
        **kwargs,
    )


def run(*args: str, timeout: float = 300, **kwargs) -> tuple[int, str, str]:
    process = summitx(*args, **kwargs)
    out, err = process.communicate(timeout=timeout)
    return process.returncode, (out or b"").decode(), err.decode()


def corpus(folder: Path, count: int) -> Path:
    path = folder / "batch.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            handle.write(json.dumps({"id": f"a{n}", "text": ARTICLE}) + "\n")
    return path


def children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(c) for c in text.split()]


def workers(pid: int) -> list[int]:
    """The worker processes of a summitx run (not multiprocessing's resource tracker)."""
    found = []
    for child in children(pid):
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in cmdline:
            found.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(condition, seconds: float = 240) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.1)


# --- interrupted runs -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signum", "status", "jobs"),
    [(signal.SIGTERM, 143, "1"), (signal.SIGINT, 130, "1"), (signal.SIGTERM, 143, "2")],
)
def test_an_interrupted_run_keeps_the_old_output_and_says_how_far_it_got(
    tmp_path, signum, status, jobs
):
    source = corpus(tmp_path, 400)
    target = tmp_path / "out" / "records.jsonl"
    target.parent.mkdir()
    target.write_bytes(OLD)
    process = summitx("extract", str(source), "-o", str(target), "--jobs", jobs)

    def writing() -> bool:  # records are streaming into the temporary file
        parts = list(target.parent.glob(".records.jsonl.*.part"))
        return bool(parts) and parts[0].stat().st_size > 0

    wait_for(writing)
    pool = workers(process.pid)
    process.send_signal(signum)
    err = process.communicate(timeout=120)[1].decode()
    assert process.returncode == status
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in target.parent.iterdir()) == ["records.jsonl"]
    name = signal.Signals(signum).name
    assert f"summitx: interrupted by {name} after " in err
    assert f"document(s); {target} left as it was" in err
    assert "Traceback" not in err
    assert len(pool) == (2 if jobs == "2" else 0)
    wait_for(lambda: not any(alive(w) for w in pool), 30)


def test_a_completed_run_replaces_the_output_and_keeps_its_mode(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / "out.jsonl"
    target.write_bytes(OLD)
    target.chmod(0o640)
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt"), "-o", str(target), "-q"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(target.read_text().splitlines()[0])["doc_id"] == "a"
    assert oct(target.stat().st_mode & 0o777) == "0o640"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.jsonl"]


# --- workers ------------------------------------------------------------------------------


def records_of(chunk, *_args):
    from summitx.pipeline import document_record

    return [[document_record(article, None)] for article in chunk]


def die_on_poison(chunk, *_args):
    if any(article.text == "poison" for article in chunk):
        os.kill(os.getpid(), signal.SIGKILL)
    return records_of(chunk)


def test_a_chunk_whose_worker_dies_twice_gets_errors_and_the_others_are_kept():
    from summitx.loader import Article
    from summitx.parallel import run_chunks
    from summitx.workers import WorkerPool

    texts = ["fine"] * 40 + ["poison"] + ["fine"] * 40
    articles = [Article(doc_id=f"d{n}", path="p", text=t) for n, t in enumerate(texts)]
    with WorkerPool(2, die_on_poison, ()) as pool:
        groups = list(run_chunks(articles, pool.submit, 4))
    errors = {g[0].doc_id: g[0].errors for g in groups}
    assert list(errors) == [f"d{n}" for n in range(81)]
    dead = {doc_id for doc_id, e in errors.items() if e}
    assert dead == {f"d{n}" for n in range(32, 64)}  # the poisoned article's chunk of 32
    assert {tuple(errors[d]) for d in dead} == {("worker died: killed by SIGKILL",)}


def fail_on_poison(chunk, *_args):
    if any(article.text == "poison" for article in chunk):
        raise RuntimeError("no such model")
    return records_of(chunk)


def test_a_retry_that_fails_gives_its_reason_and_one_that_works_gives_its_records():
    from summitx.loader import Article
    from summitx.workers import run_in_fresh_process

    chunk = [Article(doc_id="p", path="p", text="poison"), Article(doc_id="q", path="q", text="ok")]
    failed = run_in_fresh_process(fail_on_poison, chunk, ())
    assert [g[0].errors for g in failed] == [["worker died: RuntimeError: no such model"]] * 2
    fine = [Article(doc_id="q", path="q", text="ok")]
    assert [g[0].doc_id for g in run_in_fresh_process(fail_on_poison, fine, ())] == ["q"]


def test_a_worker_killed_during_a_real_run_is_replaced_and_nothing_is_lost(tmp_path):
    source = corpus(tmp_path, 150)
    with (tmp_path / "stderr").open("wb") as stderr:
        process = summitx("extract", str(source), "--jobs", "2", "--format", "jsonl", stderr=stderr)
        first = process.stdout.readline()  # a first chunk is done: the workers are busy
        assert json.loads(first)["type"] == "document"
        victims = workers(process.pid)
        assert victims
        os.kill(victims[0], signal.SIGKILL)
        out = first + process.stdout.read()
        process.wait(timeout=300)
    err = (tmp_path / "stderr").read_text()
    documents = [r for r in map(json.loads, out.decode().splitlines()) if r["type"] == "document"]
    assert [d["doc_id"] for d in documents] == [f"a{n}" for n in range(150)]
    assert all(d["errors"] == [] for d in documents)
    assert process.returncode == 0, err
    assert "Traceback" not in err


# --- the output file is never an input ----------------------------------------------------


def test_output_onto_an_article_in_an_input_folder_is_refused(tmp_path):
    article = tmp_path / "corpus" / "records.jsonl"
    article.parent.mkdir()
    article.write_text(json.dumps({"id": "k", "text": ARTICLE}) + "\n", encoding="utf-8")
    before = article.read_bytes()
    result = CliRunner().invoke(cli, ["extract", str(article.parent), "-o", str(article)])
    assert result.exit_code == 2
    assert f"{article} is also an input (found as {article}); write elsewhere" in result.stderr
    assert article.read_bytes() == before


@pytest.mark.parametrize("link", ["hard", "symbolic"])
def test_output_that_links_to_an_input_is_refused(tmp_path, link):
    folder = tmp_path / "corpus"
    folder.mkdir()
    article = folder / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / "out.jsonl"
    if link == "hard":
        os.link(article, target)
    else:
        target.symlink_to(article)
    for inputs in ([str(folder)], [str(article)]):
        result = CliRunner().invoke(cli, ["extract", *inputs, "-o", str(target)])
        assert result.exit_code == 2
        assert "is also an input" in result.stderr
    assert article.read_text(encoding="utf-8") == ARTICLE


# --- OS errors: one line, the documented status ------------------------------------------


def test_output_to_a_full_device_is_one_error_line():
    status, _out, err = run("extract", str(SEEDS / "000_ec330866001769bf.txt"), "-o", "/dev/full")
    assert status == 1
    assert err.splitlines()[0] == (
        "error: cannot write /dev/full: No space left on device (/dev/full left as it was)"
    )
    assert "Traceback" not in err


def test_stdout_to_a_full_device_and_closed_stdout():
    with open("/dev/full", "w") as full:
        status, _out, err = run("extract", str(SEEDS), "--format", "jsonl", stdout=full)
    assert status == 1
    assert (
        "error: cannot write stdout: No space left on device "
        "(the output on stdout is incomplete)" in err
    )
    assert "Traceback" not in err
    closed = subprocess.run(
        f"{sys.executable} -m summitx extract {SEEDS} >&-",
        shell=True, capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert closed.returncode == 2
    assert "stdout is closed; write to a file with -o" in closed.stderr
    assert "Traceback" not in closed.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "seeds", "-o", "/proc/version"], "cannot write /proc/version"),
        (["report", "seeds", "-o", "/no/such/dir/r.html"], "cannot write /no/such/dir/r.html"),
        (
            ["extract", "seeds", "--cache", f"{SEEDS}/000_ec330866001769bf.txt/c"],
            f"cannot write into {SEEDS}/000_ec330866001769bf.txt/c",
        ),
    ],
)
def test_unwritable_output_or_cache_is_a_usage_error_before_work(args, message):
    started = time.monotonic()
    status, out, err = run(*args, timeout=60)
    assert status == 2
    assert message in err and "Traceback" not in err and out == ""
    assert time.monotonic() - started < 30  # refused before the model is even loaded


def test_eval_on_a_malformed_gold_file_is_one_error_line(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold), str(SEEDS)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {gold / 'a.json'}: not a gold file: malformed JSON")
    # Gold for the article given, but of the wrong shape: found when it is scored.
    (gold / "a.json").write_text(
        '{"doc_id": "000_ec330866001769bf", "meetings": 3}', encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["eval", str(gold), str(SEEDS / "000_ec330866001769bf.txt")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {gold / 'a.json'}: not a gold file:")


# --- the cache reads only what it wrote ---------------------------------------------------


@pytest.mark.parametrize("entry", ['[{"foo": 1}]', "[]", "{}", "folder", "other article"])
def test_a_cache_entry_of_the_wrong_shape_is_a_miss_and_rewritten(tmp_path, entry):
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    other = tmp_path / "b.txt"
    other.write_text(ARTICLE.replace("Oslo", "Lima"), encoding="utf-8")
    cache = tmp_path / "cache"

    def extract(path: Path) -> str:
        result = CliRunner().invoke(
            cli, ["extract", str(path), "--cache", str(cache), "--format", "jsonl", "-q"]
        )
        assert result.exit_code == 0, result.stderr
        return result.stdout

    expected = extract(source)
    (path,) = [p for p in cache.rglob("*.json")]
    if entry == "folder":
        path.unlink()
        path.mkdir()
    elif entry == "other article":
        extract(other)
        (other_path,) = [p for p in cache.rglob("*.json") if p != path]
        path.write_bytes(other_path.read_bytes())
    else:
        path.write_text(entry, encoding="utf-8")
    assert extract(source) == expected
    assert json.loads(path.read_text(encoding="utf-8"))["records"][0]["doc_id"] == "a"


# --- hostile text --------------------------------------------------------------------------


def test_markup_and_escapes_in_article_text_are_shown_not_interpreted_in_the_table(tmp_path):
    path = tmp_path / "a.jsonl"
    text = (
        "President Lena Ortiz of Peru met Chancellor Tomas Rieger in Oslo on Friday.\n\n"
        '"We agreed [/i] to [bold]open\x1b]0;owned\x07 the border\x1b[2J," Ortiz told reporters.\n'
    )
    path.write_text(json.dumps({"id": "m", "text": text, "title": "[/i]\x1b[31m"}) + "\n")
    result = CliRunner().invoke(cli, ["extract", str(path), "--format", "table", "-q"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "[/i]" in result.stdout and "[bold]open\\x1b]0;owned\\x07" in result.stdout


def test_escapes_in_file_names_are_shown_escaped_in_error_lines(tmp_path):
    (tmp_path / "evil\x1b]0;x\x07.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr
    assert f"error: {tmp_path}/evil\\x1b]0;x\\x07.txt: empty file" in result.stderr


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("plain words", "plain words"),
        (12, 12),
    ],
)  # fmt: skip
def test_csv_cells_that_would_start_a_formula_get_an_apostrophe(value, written):
    from summitx.csv_safe import neutralise

    assert neutralise(value) == written


def test_a_csv_quote_starting_a_formula_is_neutralised_in_the_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "Chancellor Tomas Rieger met President Lena Ortiz in Oslo on Friday.\n\n"
        'Rieger said: "=SUM(A1:A9) is what we agreed on the border."\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli, ["extract", str(path), "--format", "csv", "--type", "statement"]
    )
    assert result.exit_code == 0
    assert ",'=SUM(A1:A9) is what we agreed on the border.," in result.stdout


# --- bounded time ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ['said "' * 2500, 'said "\n' * 2500, 'He said "' * 2500, '"' * 17000, "\u201c" * 17000]
)
def test_pathological_articles_finish_in_bounded_time(tmp_path, text):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    status, out, err = run("extract", str(path), "--format", "jsonl", "-q", timeout=170)
    assert status == 0, err
    assert json.loads(out.splitlines()[0])["errors"] == []


def test_the_time_budget_turns_a_runaway_article_into_an_error_record(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE * 50, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["extract", str(path), "--timeout-per-article", "0.001", "--format", "jsonl"]
    )
    assert result.exit_code == 1
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["errors"] == ["timed out after 0.001 s (--timeout-per-article)"]


@pytest.fixture
def full_disk(tmp_path):
    """A real file system with 4 kB left (a 64 kB tmpfs), holding an old output file."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; /dev/full covers the case above")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)])
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here; /dev/full covers the case above")
    try:
        (mount / "old.jsonl").write_bytes(OLD)
        (mount / "filler").write_bytes(b"x" * 56 * 1024)
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_a_full_file_system_keeps_the_old_output_and_is_one_error_line(full_disk):
    target = full_disk / "old.jsonl"
    status, _out, err = run("extract", str(SEEDS), "-o", str(target), "-q")
    assert status == 1
    assert err.splitlines() == [
        f"error: cannot write {target}: No space left on device ({target} left as it was)"
    ]
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler", "old.jsonl"]
    report = full_disk / "report.html"
    status, _out, err = run("report", str(SEEDS), "-o", str(report), "-q")
    assert status == 1
    assert err.splitlines() == [
        f"error: cannot write {report}: No space left on device ({report} left as it was)"
    ]
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler", "old.jsonl"]


def test_a_cache_on_a_full_file_system_is_a_warning_and_the_records_are_written(full_disk):
    status, out, err = run(
        "extract", str(SEEDS), "--cache", str(full_disk / "cache"), "--format", "jsonl", "-q"
    )
    assert status == 0
    assert len([line for line in out.splitlines() if '"type": "document"' in line]) == 5
    (warning,) = err.splitlines()
    assert warning.startswith(f"warning: cache: cannot write {full_disk / 'cache'}/")
    assert warning.endswith(": No space left on device")


def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path):
    source = corpus(tmp_path, 300)  # far more output than a pipe holds
    process = summitx("extract", str(source), "--format", "jsonl", "-q")
    assert json.loads(process.stdout.readline())["doc_id"] == "a0"
    process.stdout.close()  # like `| head -1`
    err = process.stderr.read().decode()
    assert process.wait(timeout=300) == 141
    assert err == ""


def test_report_onto_an_input_is_refused_before_work(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["report", str(tmp_path), "-o", str(article)])
    assert result.exit_code == 2
    assert f"{article} is also an input (found as {article}); write elsewhere" in result.stderr
    assert article.read_text(encoding="utf-8") == ARTICLE


@pytest.mark.parametrize("run", [199, 200, 201, 450, 1000])
def test_a_run_without_spaces_is_parsed_in_pieces_of_at_most_200(run):
    from summitx.pipeline import split_text

    text = "It ended. " + "\u201c" * run + " Then talks."
    pieces = split_text(text)
    assert "".join(pieces) == text
    lengths = [len(p) for p in pieces]
    if run < 200:
        assert lengths == [len(text)]
    else:
        cuts = run // 200 - (run % 200 == 0)
        assert lengths == [10] + [200] * cuts + [len(text) - 10 - 200 * cuts]


def test_workers_exit_when_their_parent_is_killed(tmp_path):
    source = corpus(tmp_path, 400)
    process = summitx("extract", str(source), "--jobs", "2", "--format", "jsonl", "-q")
    assert json.loads(process.stdout.readline())["type"] == "document"
    pool = workers(process.pid)
    assert len(pool) == 2
    process.kill()  # SIGKILL: the parent runs no clean-up at all
    process.wait(timeout=30)
    wait_for(lambda: not any(alive(w) for w in pool), 30)
