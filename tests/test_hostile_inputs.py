"""Issue 13, inputs: unique doc_ids, bad metadata fields, almost-UTF-8 text, a gzip named
.jsonl, empty and deeply nested folders, --max-chars in characters. Loader level: no model."""

from __future__ import annotations

import gzip
import json

import pytest

from summitx.loader import load_articles
from summitx.metadata import clean_metadata
from summitx.utf8 import decode_mostly_utf8

TEXT = "President Lena Ortiz of Peru met Chancellor Tomas Rieger in Oslo on Friday.\n"


def jsonl(path, *objects: dict) -> str:
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return str(path)


def test_a_repeated_jsonl_id_is_made_distinct_with_a_warning(tmp_path):
    source = jsonl(tmp_path / "batch.jsonl", {"id": "x1", "text": TEXT}, {"id": "x1", "text": TEXT})
    first, second = load_articles([source])
    assert (first.doc_id, first.warnings) == ("x1", [])
    assert second.doc_id == "x1#2"
    assert second.warnings == [
        f"doc_id 'x1' already used (by an article of {source}): renamed 'x1#2'"
    ]


def test_a_file_given_twice_gets_two_doc_ids(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(TEXT, encoding="utf-8")
    ids = [a.doc_id for a in load_articles([str(path), str(path), str(path)])]
    assert ids == ["note", "note#2", "note#3"]


def test_file_names_differing_only_in_invalid_bytes_get_distinct_doc_ids(tmp_path):
    import os

    folder = os.fsencode(tmp_path)
    for name in (b"caf\xe9.txt", b"caf\xff.txt"):
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(TEXT.encode())
    assert [a.doc_id for a in load_articles([str(tmp_path)])] == ["caf\ufffd", "caf\ufffd#2"]


@pytest.mark.parametrize(
    ("field", "value", "warning"),
    [
        ("published", "2026-13-45", "field 'published' dropped: not an ISO date ('2026-13-45')"),
        ("published", "yesterday", "field 'published' dropped: not an ISO date ('yesterday')"),
        ("published", 12345, "field 'published' dropped: not an ISO date (12345)"),
        ("title", ["a", "list"], "field 'title' dropped: not a string (['a', 'list'])"),
        ("outlet", {"name": "Wire"}, "field 'outlet' dropped: not a string ({'name': 'Wire'})"),
        ("language", 7, "field 'language' dropped: not a language code (7)"),
    ],
)
def test_a_bad_metadata_field_is_dropped_with_a_warning_naming_it(tmp_path, field, value, warning):
    (article,) = load_articles([jsonl(tmp_path / "a.jsonl", {"text": TEXT, field: value})])
    assert article.errors == []
    assert getattr(article, field) is None or field == "language"
    assert warning in article.warnings
    assert article.text == TEXT


def test_good_metadata_is_kept_and_a_datetime_gives_its_date():
    values, warnings = clean_metadata(
        {"published": "2026-02-03T09:30:00Z", "title": "Talks", "outlet": 17, "language": "EN"}
    )
    assert values == {"published": "2026-02-03", "title": "Talks", "outlet": "17", "language": "en"}
    assert warnings == []


def test_a_huge_number_in_an_unused_field_is_ignored(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": ' + json.dumps(TEXT) + ', "score": 1e999}\n', encoding="utf-8")
    (article,) = load_articles([str(path)])
    assert (article.errors, article.warnings, article.text) == ([], [], TEXT)


def test_utf8_with_a_stray_byte_is_utf8_with_a_replacement_and_a_warning(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"The talks\xc3 ended. Ministers from S\xc3\xa3o Tom\xc3\xa9 agreed.\n" * 3)
    (article,) = load_articles([str(path)])
    assert article.text == "The talks\ufffd ended. Ministers from São Tomé agreed.\n" * 3
    assert article.warnings == ["not valid UTF-8: 3 invalid byte(s) replaced by U+FFFD"]


def test_ascii_with_one_implausible_byte_is_utf8_and_legacy_text_is_not():
    assert decode_mostly_utf8(b"The talks\xc3 ended on Friday.") == (
        "The talks\ufffd ended on Friday.",
        1,
    )
    # cp1252 curly quotes and an accent in a word read as cp1252: left to detection.
    assert decode_mostly_utf8(b"\x93We agreed,\x94 said the caf\xe9 owner.") is None
    assert decode_mostly_utf8(b"plain ascii") is None


def test_a_gzip_file_named_jsonl_is_one_binary_file_error(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(gzip.compress((json.dumps({"text": TEXT}) + "\n").encode() * 50))
    articles = list(load_articles([str(path)]))
    assert [(a.doc_id, a.errors) for a in articles] == [
        ("batch", ["binary file (gzip archive), not text"])
    ]


def test_an_empty_folder_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / ".hidden").write_text("x")
    articles = list(load_articles([str(tmp_path / "empty")]))
    assert [(a.doc_id, a.errors) for a in articles] == [
        ("empty", ["empty folder: no files to read"])
    ]


def test_a_thousand_nested_folders_are_walked(tmp_path):
    deep = tmp_path
    for _ in range(1000):  # os.makedirs recurses too deep for this
        deep = deep / "d"
        deep.mkdir()
    (deep / "story.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "top.txt").write_text(TEXT, encoding="utf-8")
    try:
        articles = list(load_articles([str(tmp_path)]))
        assert [a.doc_id for a in articles] == ["d/" * 1000 + "story", "top"]
        assert all(a.errors == [] for a in articles)
    finally:  # pytest's clean-up (shutil.rmtree) recurses too deep for this tree
        (deep / "story.txt").unlink()
        while deep != tmp_path:
            deep.rmdir()
            deep = deep.parent


def test_max_chars_counts_characters_of_the_decoded_text_not_bytes_of_the_line(tmp_path):
    text = "\u00e9\u4e16" * 2500  # 5,000 characters; json.dumps writes 30,000 bytes of escapes
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": text}) + "\n", encoding="ascii")
    assert path.stat().st_size > 5000 * 4 + 4096  # the old per-line byte limit
    (article,) = load_articles([str(path)], max_chars=5000)
    assert (article.errors, len(article.text)) == ([], 5000)
    (article,) = load_articles([str(path)], max_chars=4999)
    assert article.errors == ["line 1: article too large: 5,000 characters > --max-chars 4,999"]


def test_max_chars_counts_characters_in_a_json_file_too(tmp_path):
    text = "\u00e9\u4e16" * 2500
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"text": text}), encoding="ascii")
    (article,) = load_articles([str(path)], max_chars=5000)
    assert (article.errors, len(article.text)) == ([], 5000)
