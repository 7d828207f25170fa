"""The offset map of summitx.text.offsets: random texts and random edits map back exactly."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summitx.text.offsets import Edit, OffsetMap, Step, apply

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzñé", min_size=1, max_size=8)
# Separators (no letters in them) like the marks normalizers rewrite: spaces, breaks,
# numeric entities, invisibles, guillemets.
SEPARATORS = st.sampled_from(
    [" ", "  ", "\n", " \n", "\u00a0", "\u200b ", " &#38; ", " « ", " \u00ad", "\r\n", ". "]
)
REPLACEMENTS = st.sampled_from(["", " ", "\n\n", " & ", "“", "”", "--", "."])


@st.composite
def texts_and_edits(draw):
    """A text of words and separators, and edits that replace some separators only."""
    words = draw(st.lists(WORDS, min_size=1, max_size=12))
    seps = draw(st.lists(SEPARATORS, min_size=len(words) + 1, max_size=len(words) + 1))
    text, word_spans, sep_spans = "", [], []
    for word, sep in zip(words, seps[:-1], strict=True):
        sep_spans.append((len(text), len(text) + len(sep)))
        text += sep
        word_spans.append((len(text), len(text) + len(word)))
        text += word
    sep_spans.append((len(text), len(text) + len(seps[-1])))
    text += seps[-1]
    edits = []
    for k, (start, end) in enumerate(sep_spans):
        if draw(st.booleans()):
            replacement = draw(REPLACEMENTS)
            if 0 < k < len(sep_spans) - 1 and not replacement:
                replacement = " "  # two words keep something between them
            edits.append(Edit(start, end, replacement))
    return text, word_spans, edits


def _view_word_spans(view: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^\W\d_]+", view)]


@given(texts_and_edits())
def test_word_spans_of_the_view_map_back_to_the_same_words(case):
    text, word_spans, edits = case
    view = apply(text, edits)
    offsets = OffsetMap().then(edits)
    view_words = _view_word_spans(view)
    assert [view[s:e] for s, e in view_words] == [text[s:e] for s, e in word_spans]
    for i in range(len(word_spans)):
        for j in range(i, len(word_spans)):
            start, end = offsets.span(view_words[i][0], view_words[j][1])
            assert (start, end) == (word_spans[i][0], word_spans[j][1])


@given(texts_and_edits(), st.data())
def test_two_rounds_of_edits_compose(case, data):
    text, word_spans, edits = case
    first = apply(text, edits)
    # A second round on the view: every plain space doubled, every newline dropped to a space.
    second_edits = [
        Edit(m.start(), m.end(), "  " if m.group() == " " else " ")
        for m in re.finditer(r" |\n", first)
        if data.draw(st.booleans())
    ]
    view = apply(first, second_edits)
    offsets = OffsetMap().then(edits).then(second_edits)
    view_words = _view_word_spans(view)
    for (vs, ve), (os_, oe) in zip(view_words, word_spans, strict=True):
        assert offsets.span(vs, ve) == (os_, oe)
        assert text[os_:oe] == view[vs:ve]


@given(st.text(max_size=60), st.data())
def test_unedited_characters_map_back_one_for_one(text, data):
    positions = sorted(data.draw(st.sets(st.integers(0, len(text)), max_size=6)))
    edits = []
    for start, end in zip(positions[::2], positions[1::2], strict=False):
        edits.append(Edit(start, end, data.draw(st.text(max_size=3))))
    view = apply(text, edits)
    step = Step(edits)
    edited = set()
    shift = 0
    for edit in edits:
        edited.update(range(edit.start + shift, edit.start + shift + len(edit.replacement)))
        shift += len(edit.replacement) - (edit.end - edit.start)
    for v in range(len(view)):
        if v not in edited:
            assert text[step.start(v)] == view[v]
            assert step.end(v + 1) == step.start(v) + 1
    starts = [step.start(v) for v in range(len(view) + 1)]
    ends = [step.end(v) for v in range(len(view) + 1)]
    assert starts == sorted(starts) and ends == sorted(ends)  # monotonic
    assert step.end(0) == 0
    assert step.start(len(view)) == len(text)


@pytest.mark.parametrize(
    ("edits", "view_span", "original_span"),
    [
        ([], (2, 5), (2, 5)),
        # "&amp;" (1..6) became "&": the span holding it covers the whole entity.
        ([Edit(1, 6, "&")], (0, 3), (0, 7)),
        ([Edit(1, 6, "&")], (1, 2), (1, 6)),
        # A deleted soft hyphen at the edge of a span stays outside it.
        ([Edit(2, 3, "")], (2, 4), (3, 5)),
        ([Edit(2, 3, "")], (0, 2), (0, 2)),
        # "« " (0..2) became "“": the quote's span starts at the guillemet.
        ([Edit(0, 2, "“"), Edit(5, 7, "”")], (0, 5), (0, 7)),
        # A view span inside a longer replacement covers all its source.
        ([Edit(0, 4, "ab")], (1, 2), (0, 4)),
    ],
)
def test_span_examples(edits, view_span, original_span):
    assert OffsetMap().then(edits).span(*view_span) == original_span


def test_no_edits_is_the_identity_map():
    offsets = OffsetMap().then([])
    assert offsets.identity
    assert offsets.span(3, 9) == (3, 9)


def test_overlapping_edits_are_refused():
    with pytest.raises(ValueError):
        Step([Edit(0, 4, ""), Edit(3, 5, "")])
