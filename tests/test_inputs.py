"""Hostile inputs: every file gets a document record, problems are errors, the batch goes on."""

from __future__ import annotations

import errno
import gzip
import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from summitx.cli import cli
from summitx.loader import Article, load_articles, read_jsonl

# An invented article: a meeting and a direct quote with curly quotation marks and a dash.
ARTICLE = (
    "WASHINGTON \u2014 President Maria Lopez of Chile met Prime Minister John Carter of Canada "
    "on Tuesday in Geneva.\n\n"
    "\u201cWe agreed to deepen trade ties,\u201d Lopez told reporters after the talks.\n\n"
    "Carter said the two countries would hold a second summit next year.\n"
)
# The same in the characters latin-1 can hold.
ARTICLE_LATIN1 = (
    "GENÈVE - President Maria Lopez of Chile met Prime Minister John Carter of Canada on "
    'Tuesday in Genève.\n\n"We agreed to deepen trade ties," Lopez told reporters après the '
    "talks.\n"
)
JAPANESE = "首相は火曜日、東京で大統領と会談した。「両国の関係は重要だ」と首相は記者団に述べた。\n"
GERMAN = (
    "Die Bundeskanzlerin traf am Dienstag den französischen Präsidenten in Berlin. "
    "„Wir sind uns einig“, sagte sie nach dem Treffen. Beide Regierungen wollen die "
    "Zusammenarbeit in der Energiepolitik vertiefen.\n"
)


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00")
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


def extract(*args: str, input: str | bytes | None = None):
    """Run `summitx extract ... --format jsonl`; returns (result, records by doc_id)."""
    result = CliRunner().invoke(
        cli, ["extract", *args, "--format", "jsonl"], input=input, catch_exceptions=False
    )
    by_doc: dict[str, list[dict]] = {}
    for line in result.stdout.splitlines():
        record = json.loads(line)
        by_doc.setdefault(record["doc_id"], []).append(record)
    return result, by_doc


def loaded(path: Path) -> dict[str, Article]:
    return {a.doc_id: a for a in load_articles([str(path)])}


def assert_offsets_valid(records: list[dict], text: str) -> int:
    checked = 0
    for record in records:
        if record["type"] == "document":
            continue
        evidence = record["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]
        checked += 1
    return checked


def test_empty_whitespace_and_binary_files_are_errors_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_blank.txt").write_bytes(b"  \n\t\r\n  \n")
    (tmp_path / "c_image.png").write_bytes(tiny_png())
    (tmp_path / "d_archive.txt.gz").write_bytes(gzip.compress(ARTICLE.encode() * 20))
    (tmp_path / "e_blob.bin").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "f_good.txt").write_text(ARTICLE, encoding="utf-8")
    result, by_doc = extract(str(tmp_path))
    assert result.exit_code == 1
    assert set(by_doc) == {"a_empty", "b_blank", "c_image", "d_archive.txt", "e_blob", "f_good"}
    reasons = {doc_id: records[0]["errors"] for doc_id, records in by_doc.items()}
    assert reasons["a_empty"] == ["empty file"]
    assert "whitespace" in reasons["b_blank"][0]
    assert "PNG" in reasons["c_image"][0]
    assert "gzip" in reasons["d_archive.txt"][0]
    assert "binary" in reasons["e_blob"][0]
    for doc_id, records in by_doc.items():
        assert records[0]["type"] == "document"
        if doc_id != "f_good":
            assert len(records) == 1, "a failed file has its document record only"
            assert doc_id in result.stderr  # each problem is reported on stderr
    assert reasons["f_good"] == []
    assert {"person", "statement"} <= {r["type"] for r in by_doc["f_good"]}
    assert "6 document(s)" in result.stderr and "5 with errors" in result.stderr


@pytest.mark.parametrize(
    ("name", "text", "encoding"),
    [
        ("cp1252", ARTICLE, "cp1252"),
        ("latin1", ARTICLE_LATIN1, "latin-1"),
        ("utf16", ARTICLE, "utf-16"),  # Python writes the byte order mark
        ("utf16le", ARTICLE, "utf-16-le"),  # no byte order mark
        ("utf8bom", ARTICLE, "utf-8-sig"),
        ("crlf", ARTICLE.replace("\n", "\r\n"), "utf-8"),
        ("sjis", JAPANESE, "shift_jis"),
    ],
)
def test_encodings_are_detected_and_offsets_refer_to_the_decoded_text(
    tmp_path, name, text, encoding
):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(text.encode(encoding))
    article = loaded(path)[name]
    assert article.errors == []
    assert article.text == text  # nothing lost, CRLF kept, the BOM gone
    result, by_doc = extract(str(path))
    assert result.exit_code == 0
    records = by_doc[name]
    checked = assert_offsets_valid(records, text)
    if name != "sjis":
        assert checked > 0
        quotes = [r["quote"] for r in records if r["type"] == "statement"]
        assert any("deepen trade ties" in q for q in quotes)


def test_non_english_articles_are_processed_and_their_language_noted(tmp_path):
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "ja.txt").write_bytes(JAPANESE.encode("shift_jis"))
    result, by_doc = extract(str(tmp_path))
    assert result.exit_code == 0
    for doc_id, language in (("de", "de"), ("ja", "ja")):
        document = by_doc[doc_id][0]
        assert document["errors"] == [] and document["language"] == language
        assert any("language" in w for w in document["warnings"])
    assert_offsets_valid(by_doc["de"], GERMAN)


FRENCH = (
    "Le président a rencontré mardi le chancelier allemand à Paris. Les deux dirigeants ont "
    "convenu de renforcer leur coopération en matière d'énergie, a déclaré un porte-parole du "
    "gouvernement. C'était leur troisième rencontre cette année et ils se reverront à l'automne."
)
DUTCH = (
    "De president heeft dinsdag de Duitse bondskanselier in Den Haag ontmoet. Beide leiders "
    "zijn het eens geworden over nauwere samenwerking op het gebied van energie, zei een "
    "woordvoerder van de regering. Het was hun derde ontmoeting dit jaar."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [(ARTICLE * 2, "en"), (ARTICLE[:60], "en"), (GERMAN * 2, "de"), (FRENCH, "fr"), (DUTCH, "nl")],
)
def test_language_detection(text, language):
    from summitx.loader import detect_language

    assert detect_language(text) == language


def test_english_corpus_never_loads_the_language_model():
    """Plainly English text is recognised without py3langid (about 80 MB resident)."""
    code = (
        "import sys; from summitx.loader import load_articles; "
        "docs = list(load_articles([sys.argv[1]])); "
        "assert docs and all(d.language == 'en' for d in docs), [d.language for d in docs]; "
        "print('py3langid' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "seeds")],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )  # fmt: skip
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize(
    "text",
    [
        'The minister said "we will never agree to this.\n\nThe talks went on.',
        "\u201cOuter words \u2018inner quote\u2019 and more,\u201d the president said.",
        "He said: \u201cone \u201ctwo \u201cthree\u201d four\u201d five\u201d six.",
        "\u201d\u201c\u201d\u201c said \u2018 \u2019\u2019 \u00ab \u00bb \u00bb\u00ab"
        ' \u201e\u201c " " "',
        "\u300c\u9996\u76f8\u300d said \u300e\u300c nested \u300d\u300f said \u300c unclosed",
        '"""""""""" said said said \u201c\u201c\u201c\u201c',
    ],
)
def test_unbalanced_and_nested_quotation_marks(extract_text, text):
    records = extract_text(text)
    assert records[0].errors == []
    for record in records[1:]:
        assert text[record.evidence.start : record.evidence.end] == record.evidence.text


def test_a_50_mb_file_is_refused_with_a_clear_error_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        line = b"The delegates talked about trade and security for many hours. " * 16 + b"\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert big.stat().st_size >= 50 * 1024 * 1024
    (tmp_path / "small.txt").write_text(ARTICLE, encoding="utf-8")
    result, by_doc = extract(str(tmp_path))
    assert result.exit_code == 1
    error = by_doc["big"][0]["errors"][0]
    assert "too large" in error and "--max-chars" in error
    assert len(by_doc["big"]) == 1
    assert by_doc["small"][0]["errors"] == [] and len(by_doc["small"]) > 1


def test_max_chars_is_configurable(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result, by_doc = extract(str(path), "--max-chars", "100")
    assert result.exit_code == 1
    assert "article too large" in by_doc["article"][0]["errors"][0]
    result, by_doc = extract(str(path), "--max-chars", str(len(ARTICLE)))
    assert result.exit_code == 0 and len(by_doc["article"]) > 1


def test_a_file_without_read_permission(tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "open.txt").write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:
        # root reads mode-000 files anyway: make opening this one fail as it would for a user.
        real_open = Path.open

        def guarded_open(self, *args, **kwargs):
            if self == locked:
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", guarded_open)
    try:
        result, by_doc = extract(str(tmp_path))
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 1
    assert by_doc["locked"][0]["errors"] == ["cannot read: permission denied"]
    assert len(by_doc["locked"]) == 1
    assert "locked.txt" in result.stderr
    assert by_doc["open"][0]["errors"] == [] and len(by_doc["open"]) > 1


def test_broken_symlink_symlink_loops_and_a_fifo_in_a_folder(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    result, by_doc = extract(str(tmp_path))
    assert result.exit_code == 1
    assert by_doc["dangling"][0]["errors"] == ["broken symlink"]
    assert by_doc["self"][0]["errors"] == ["symlink loop"]
    assert by_doc["sub/up"][0]["errors"][0].startswith("symlink loop")
    assert "not a regular file" in by_doc["pipe"][0]["errors"][0]
    assert by_doc["good"][0]["errors"] == [] and len(by_doc["good"]) > 1
    # A broken symlink named on the command line is reported too.
    result, by_doc = extract(str(tmp_path / "dangling.txt"))
    assert result.exit_code == 1 and by_doc["dangling"][0]["errors"] == ["broken symlink"]


def test_same_file_names_in_subfolders_or_with_other_extensions_get_distinct_doc_ids(tmp_path):
    for folder in ("politics", "sport"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "001.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "README.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "README.md").write_text(ARTICLE, encoding="utf-8")
    _, by_doc = extract(str(tmp_path))
    assert set(by_doc) == {"politics/001", "sport/001", "README.txt", "README.md"}
    ids = [r["id"] for records in by_doc.values() for r in records]
    assert len(ids) == len(set(ids))


def test_malformed_jsonl_lines_name_their_line_and_the_others_are_processed(tmp_path):
    good = {"id": "first", "text": ARTICLE, "published": "2026-03-04"}
    separator = {"id": "sep", "text": "The president said \u2028 the talks\u2029 went well."}
    lines = [
        json.dumps(good),
        "{not json",
        "[" * 100_000,  # nested too deep for the JSON parser
        json.dumps({"id": "no-text"}),
        "",
        json.dumps({"text": "   "}),
        json.dumps(separator, ensure_ascii=False),  # U+2028 is not a line break in JSON Lines
        '{"id": "surrogate", "text": "Lone \\ud800 surrogate in a text about talks in Geneva."}',
        json.dumps({"text": ARTICLE}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result, by_doc = extract(str(path))
    assert result.exit_code == 1
    errors = {d: r[0]["errors"] for d, r in by_doc.items() if r[0]["errors"]}
    assert errors["batch:2"][0].startswith("line 2: malformed JSON")
    assert errors["batch:3"] == ["line 3: could not process: RecursionError"]
    assert errors["batch:4"] == ["line 4: no string field 'text'"]
    assert "line 6" in errors["batch:6"][0] and "whitespace" in errors["batch:6"][0]
    assert set(errors) == {"batch:2", "batch:3", "batch:4", "batch:6"}
    for doc_id in ("first", "sep", "surrogate", "batch:9"):
        assert by_doc[doc_id][0]["errors"] == []
    assert by_doc["first"][0]["published"] == "2026-03-04"
    assert len(by_doc["first"]) > 1 and len(by_doc["batch:9"]) > 1
    assert any("surrogate" in w for w in by_doc["surrogate"][0]["warnings"])
    assert "line 2" in result.stderr


def test_a_jsonl_line_that_is_not_an_object():
    (article,) = read_jsonl(["[1, 2, 3]"], "s", "s.jsonl", max_chars=1000)
    assert article.errors == ["line 1: not a JSON object"]


def test_a_jsonl_line_above_max_chars_is_an_error_and_the_next_line_is_read(tmp_path):
    path = tmp_path / "long.jsonl"
    lines = [json.dumps({"text": "word " * 5000}), json.dumps({"id": "ok", "text": ARTICLE})]
    path.write_text("\n".join(lines), encoding="utf-8")
    articles = list(load_articles([str(path)], max_chars=1000))
    assert "line 1: line too long" in articles[0].errors[0]
    assert articles[1].doc_id == "ok" and articles[1].errors == []


HTML_PAGE = """<!DOCTYPE html><html><head><title>Leaders meet in Geneva | World Wire</title>
<meta property="og:site_name" content="World Wire">
<meta property="article:published_time" content="2026-03-04T09:30:00Z">
<link rel="canonical" href="https://example.org/news/leaders-meet">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Leaders meet in Geneva</h1>
<p>GENEVA - President Maria Lopez of Chile met Prime Minister John Carter of Canada on
Tuesday, the two governments said.</p>
<p>&ldquo;We agreed to deepen trade ties,&rdquo; Lopez told reporters after the talks.</p>
<p>The two leaders also agreed to hold a second summit next year.</p>
</article><footer>Copyright 2026 World Wire. Cookie policy.</footer></body></html>"""


def test_html_main_text_and_publication_date_from_page_metadata(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    article = loaded(page)["page"]
    assert "<p>" not in article.text and "Cookie policy" not in article.text
    assert "deepen trade ties" in article.text
    assert (article.published, article.outlet) == ("2026-03-04", "World Wire")
    result, by_doc = extract(str(page))
    assert result.exit_code == 0
    records = by_doc["page"]
    assert records[0]["published"] == "2026-03-04"
    assert records[0]["title"] and "Leaders meet in Geneva" in records[0]["title"]
    # Offsets of an HTML article refer to its extracted main text.
    assert assert_offsets_valid(records, article.text) > 0
    assert any(r["type"] == "statement" for r in records)


def test_html_without_date_metadata_and_html_without_text(tmp_path):
    undated = HTML_PAGE.replace(
        '<meta property="article:published_time" content="2026-03-04T09:30:00Z">', ""
    )
    (tmp_path / "undated.html").write_text(undated, encoding="utf-8")
    (tmp_path / "blank.html").write_text("<html><body><nav></nav></body></html>")
    articles = loaded(tmp_path)
    assert articles["undated"].errors == [] and articles["undated"].published is None
    assert articles["blank"].errors == ["HTML page without extractable main text"]


def test_quiet_prints_errors_but_no_summary(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result, by_doc = extract(str(tmp_path), "-q")
    assert result.exit_code == 1 and set(by_doc) == {"good", "empty"}
    assert result.stderr.strip().splitlines() == [f"error: {tmp_path / 'empty.txt'}: empty file"]
    result, _ = extract(str(tmp_path))
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith("summitx: 2 file(s), 2 document(s)") and "1 with errors" in summary


def test_strict_turns_warnings_into_exit_code_1(tmp_path):
    path = tmp_path / "undated.txt"  # nothing in the text gives its publication date
    path.write_text(ARTICLE, encoding="utf-8")
    result, by_doc = extract(str(path))
    assert result.exit_code == 0
    assert any("publication date" in w for w in by_doc["undated"][0]["warnings"])
    result, _ = extract(str(path), "--strict")
    assert result.exit_code == 1


def run_summitx(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "summitx", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        check=False,
    )


@pytest.mark.parametrize(
    "args",
    [
        ["extract"],
        ["extract", "seeds", "--format", "xml"],
        ["extract", "seeds", "--max-chars", "0"],
        ["extract", "seeds", "--max-chars", "many"],
        ["extract", "seeds", "--no-such-option"],
        ["extract", "seeds", "-o", "/nonexistent-folder/out.jsonl"],
        ["no-such-command"],
    ],
)
def test_usage_errors_exit_2(args):
    completed = run_summitx(*args)
    assert completed.returncode == 2, completed.stderr
    assert completed.stdout == ""
    assert "Traceback" not in completed.stderr


def test_file_errors_exit_1_and_success_exits_0(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    assert run_summitx("extract", str(tmp_path), "-q").returncode == 0
    (tmp_path / "empty.txt").write_bytes(b"")
    completed = run_summitx("extract", str(tmp_path), "--format", "jsonl")
    assert completed.returncode == 1
    assert "empty.txt: empty file" in completed.stderr
    assert {json.loads(line)["doc_id"] for line in completed.stdout.splitlines()} >= {"good"}


def test_exit_codes_are_documented_in_help_and_readme():
    help_text = CliRunner().invoke(cli, ["extract", "--help"]).output
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for text in (help_text, readme):
        assert "Exit codes" in text
        for code in ("0", "1", "2"):
            assert code in text.split("Exit codes", 1)[1][:400]


def stderr_on_a_terminal(*args: str) -> str:
    """Run summitx with stderr on a pseudo-terminal (stdout piped); returns what stderr showed."""
    import pty

    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100", "TERM": "xterm"}
    process = subprocess.Popen(
        [sys.executable, "-m", "summitx", *args],
        stdout=subprocess.PIPE,
        stderr=follower,
        stdin=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )
    os.close(follower)
    shown = bytearray()
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:  # EIO: the process closed the terminal
            break
        if not data:
            break
        shown += data
    process.communicate()
    os.close(leader)
    return shown.decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_and_quiet_silences_it():
    shown = stderr_on_a_terminal("extract", "seeds", "--format", "jsonl")
    assert "extracting" in shown and "articles" in shown
    assert "summitx: 5 file(s), 5 document(s)" in shown
    assert stderr_on_a_terminal("extract", "seeds", "--format", "jsonl", "-q").strip() == ""


def test_a_file_name_that_is_not_utf8_is_reported_readably(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as handle:
        handle.write(ARTICLE.encode("utf-8"))
    result, by_doc = extract(str(tmp_path))
    assert result.exit_code == 0
    assert list(by_doc) == ["caf\ufffd"]
    assert by_doc["caf\ufffd"][0]["path"].endswith("caf\ufffd.txt")
