"""Property-based tests (hypothesis): random Unicode never crashes, offsets always hold."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summitx.loader import InputError, decode_bytes, iter_lines, read_jsonl
from summitx.pipeline import split_text

# Pieces of news prose mixed into random text, so the extractors' rules actually fire.
FRAGMENTS = [
    "President Maria Lopez",
    " of Chile ",
    "Prime Minister John Carter",
    " met ",
    " said ",
    " told reporters ",
    " agreed to ",
    " on Tuesday ",
    " in Geneva",
    " at the summit",
    ". ",
    "\n\n",
    "\r\n",
    "\u201c",
    "\u201d",
    '"',
    "'",
    "\u2018",
    "\u2019",
    "\u00ab",
    "\u00bb",
    "\u300c",
    "\u300d",
    ": ",
    ", ",
    " \u2014 ",
    "-",
    "\u200b",
    "\ufeff",
    "\u2028",
]
news_text = st.lists(
    st.one_of(st.text(max_size=12), st.sampled_from(FRAGMENTS)), min_size=1, max_size=40
).map("".join)
common = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@common
@given(text=news_text)
def test_random_text_never_fails_and_every_offset_is_valid(extract_text, text):
    records = extract_text(text)
    document = records[0]
    assert document.type == "document"
    assert document.errors == []  # an extractor exception would be recorded here
    for record in records[1:]:
        evidence = record.evidence
        assert 0 <= evidence.start <= evidence.end <= len(text)
        assert text[evidence.start : evidence.end] == evidence.text


@common
@given(data=st.binary(max_size=2000))
def test_decoding_random_bytes_gives_text_or_a_clean_error(data):
    try:
        text, _note = decode_bytes(data)
    except InputError as exc:
        assert str(exc)
    else:
        assert isinstance(text, str) and "\x00" not in text


@common
@given(text=st.text(min_size=1))
def test_utf8_text_decodes_to_itself(text):
    try:
        decoded, note = decode_bytes(text.encode("utf-8"))
    except InputError:
        return  # control characters make it binary; that is a clean refusal
    assert decoded == text and note is None


@common
@given(text=st.text(max_size=3000), size=st.integers(min_value=1, max_value=400))
def test_text_pieces_join_back_to_the_text(text, size):
    pieces = split_text(text, size)
    assert "".join(pieces) == text
    assert all(len(p) <= size for p in pieces)


@common
@given(
    lines=st.lists(st.binary(max_size=50).map(lambda b: b.replace(b"\n", b"")), max_size=30),
    chunk=st.integers(min_value=1, max_value=64),
)
def test_streamed_lines_match_a_split(lines, chunk):
    data = b"\n".join(lines)
    position = 0

    def read(_size: int) -> bytes:
        nonlocal position
        piece = data[position : position + chunk]
        position += chunk
        return piece

    expected = data.split(b"\n")
    if expected and expected[-1] == b"":
        expected.pop()
    assert list(iter_lines(read, limit=10_000)) == expected


@common
@given(text=st.text(min_size=1, max_size=300))
def test_any_text_survives_a_json_lines_round_trip(text):
    line = json.dumps({"id": "x", "text": text}, ensure_ascii=False)
    (article,) = read_jsonl([line.encode("utf-8")], "s", "s.jsonl", max_chars=10_000)
    if text.strip():
        assert article.errors == [] and article.text == text
    else:
        assert "whitespace" in article.errors[0]
