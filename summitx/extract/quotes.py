"""Find quotation spans in raw text: straight, curly and mixed double quotes, and single quotes
that are not apostrophes. A quote never crosses a paragraph break: news style leaves a
paragraph's quote open when the next paragraph continues it, and reopens a quote without
closing it when the next sentence goes on ("...unity. "That is ..."); such a quote ends where
the next one opens, and `continues` tells that the next one goes on with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

DOUBLE_OPEN = "“„«‟"
DOUBLE_CLOSE = "”»"
STRAIGHT = '"'
MAX_SINGLE_QUOTE_WORDS = 15


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end when left open)
    inner_start: int
    inner_end: int
    closed: bool


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _opens_here(text: str, i: int) -> bool:
    """A straight mark after a space and before a word opens a quote, even inside another:
    news style leaves a quote open when the next sentence of it opens again ("...unity. "That
    is ...")."""
    before = text[i - 1 : i]
    after = text[i + 1 : i + 2]
    return (
        (not before or before.isspace() or before in "([—–")
        and bool(after)
        and not (after.isspace() or after in ".,;:!?")
    )


def _closes_here(text: str, i: int) -> bool:
    """An opening curly mark typed for the closing one: right after a word or punctuation
    and before a space or the line's end ('“It is rare,“ said X'), inside an open quote."""
    before = text[i - 1 : i]
    after = text[i + 1 : i + 2]
    return bool(before) and not before.isspace() and (not after or after.isspace())


def _spaced_opening(text: str, i: int) -> bool:
    """A straight mark set off by spaces on both sides ('was " a worrying issue".') opens a
    quote when the next straight mark of its paragraph closes one: after a word, before
    punctuation, a space or the line's end."""
    if text[i - 1 : i] != " " or text[i + 1 : i + 2] != " ":
        return False
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    close = text.find(STRAIGHT, i + 1, end)
    if close < 0 or text[close - 1].isspace():
        return False
    after = text[close + 1 : close + 2]
    return not after or not after.isalnum()


_NON_SPACE = re.compile(r"\S")


def _nested_close(
    text: str, open_at: int, marks: list[tuple[int, str]], k: int, close_after: list[bool]
) -> int | None:
    """Where a quote of the other family of marks, opening at mark `k` inside the quote
    open at `open_at`, closes: a curly pair inside a straight one ('"It is not about “fair
    play” anymore."') or a straight pair inside a curly one, closed by the very next mark;
    None when mark `k` is no such opening (the outer quote's own close typed in the other
    family, a stray mark). `close_after[k]`: a closing curly mark follows mark `k` in its
    paragraph."""
    i, char = marks[k]
    if k + 1 >= len(marks) or not _NON_SPACE.search(text, open_at + 1, i):
        return None  # '"“...': two opening marks together open one quote
    close, after = marks[k + 1]
    if text[open_at] == STRAIGHT and char in DOUBLE_OPEN:
        return close if after in DOUBLE_CLOSE and not _closes_here(text, i) else None
    # A straight pair closed after a word, the outer quote closing after it in its family.
    inner_straight = text[open_at] in DOUBLE_OPEN and char == STRAIGHT and _opens_here(text, i)
    closed = after == STRAIGHT and not text[close - 1].isspace() and close_after[k + 1]
    return close if inner_straight and closed else None


def _closing_after(marks: list[tuple[int, str]]) -> list[bool]:
    """For each mark, whether a closing curly mark follows it before the paragraph ends."""
    found = [False] * len(marks)
    seen = False
    for k in range(len(marks) - 1, -1, -1):
        found[k] = seen
        char = marks[k][1]
        seen = False if char == "\n" else seen or char in DOUBLE_CLOSE
    return found


# The only characters find_double_quotes acts on: a regex jumps between them in C.
_QUOTE_OR_NEWLINE = re.compile("[\n" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT) + "]")


def find_double_quotes(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: int | None = None

    def close_open(at: int) -> None:
        # The quote left open ends where the next one (or the paragraph) begins.
        assert open_at is not None
        s, e = _trim(text, open_at + 1, at)
        if e > s:
            spans.append(QuoteSpan(open_at, e, s, e, closed=False))

    # A quote of the other family inside an open quote is kept whole and the outer quote
    # goes on after it: marks up to `skip_to` belong to it.
    skip_to = -1
    marks = [(m.start(), m.group()) for m in _QUOTE_OR_NEWLINE.finditer(text)]
    close_after = _closing_after(marks)
    for k, (i, char) in enumerate(marks):
        if i < skip_to:
            continue
        if open_at is not None and char != "\n":
            close = _nested_close(text, open_at, marks, k, close_after)
            if close is not None:
                s, e = _trim(text, i + 1, close)
                spans.append(QuoteSpan(i, close + 1, s, e, closed=True))
                skip_to = close + 1
                continue
        if char == "\n":
            if open_at is not None:
                close_open(i)
                open_at = None
            continue
        if char in DOUBLE_OPEN and not (open_at is not None and _closes_here(text, i)):
            if open_at is not None:
                close_open(i)
            open_at = i
        elif char in DOUBLE_OPEN or char in DOUBLE_CLOSE:
            if open_at is not None:
                s, e = _trim(text, open_at + 1, i)
                spans.append(QuoteSpan(open_at, i + 1, s, e, closed=True))
                open_at = None
            elif _opens_here(text, i):
                open_at = i  # a closing mark typed for the opening one: 'said ”Look
        elif char == STRAIGHT:
            if open_at is None:
                nxt = text[i + 1 : i + 2]
                if (nxt and not nxt.isspace()) or _spaced_opening(text, i):
                    open_at = i
            elif _opens_here(text, i) and text[open_at] == STRAIGHT:
                close_open(i)
                open_at = i
            else:
                s, e = _trim(text, open_at + 1, i)
                spans.append(QuoteSpan(open_at, i + 1, s, e, closed=True))
                open_at = None
    if open_at is not None:
        close_open(len(text))
    # A value in markup (`author="@name"`) is no quotation. An outer quote is appended after
    # the quotes nested in it: the list goes in text order.
    kept = [q for q in spans if q.inner_end > q.inner_start and text[q.start - 1 : q.start] != "="]
    return sorted(kept, key=lambda q: q.start)


def continues(text: str, first: QuoteSpan, second: QuoteSpan) -> bool:
    """`second` goes on with a quote `first` left open (a new sentence or paragraph of it)."""
    return (
        not first.closed
        and first.end <= second.start
        and not text[first.end : second.start].strip()
    )


def nesting(quotes: list[QuoteSpan]) -> dict[QuoteSpan, QuoteSpan]:
    """Each quote that lies inside another quote's marks, to that outer quote: one pass in
    text order, keeping the quote that reaches furthest so far."""
    nested: dict[QuoteSpan, QuoteSpan] = {}
    reach: QuoteSpan | None = None
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if reach is not None and reach.start < quote.start and quote.end <= reach.end:
            nested[quote] = reach
        elif reach is None or quote.end > reach.end:
            reach = quote
    return nested


# An opening single quote follows a space or bracket and precedes a letter; the closing one
# follows a non-space and precedes a non-letter. Apostrophes inside words ("don't", "There’s")
# are part of the quote, never its end.
SINGLE_QUOTE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=[A-Za-z])"
    r"((?:[^'‘’\n]|(?<=[A-Za-z])['’](?=[A-Za-z])){1,400}?[^\s'‘’])['’](?![A-Za-z])",
    re.M,
)
# Spoken sentences in single quotes (British style) end with punctuation and may be long.
MAX_SPOKEN_SINGLE_QUOTE_WORDS = 60


def find_single_quotes(text: str, taken: list[QuoteSpan]) -> list[QuoteSpan]:
    out = []
    for match in SINGLE_QUOTE.finditer(text):
        inner = match.group(1)
        limit = MAX_SPOKEN_SINGLE_QUOTE_WORDS if inner[-1] in ",.!?" else MAX_SINGLE_QUOTE_WORDS
        if len(inner.split()) > limit:
            continue
        # "the nations' ... leaders' " is possessive: the closing mark after an 's'.
        if (
            inner.endswith("s")
            and text[match.end() : match.end() + 1] == " "
            and " " in inner
            and not inner[0].isupper()
        ):
            continue
        start, end = match.span()
        if any(q.start <= start < q.end for q in taken):
            continue
        out.append(QuoteSpan(start, end, match.start(1), match.end(1), closed=True))
    return out


def find_quotes(text: str) -> list[QuoteSpan]:
    # A fresh list each call (callers may filter it); the scan itself runs once per text.
    return list(_find_quotes(text))


@lru_cache(maxsize=8)
def _find_quotes(text: str) -> tuple[QuoteSpan, ...]:
    """Meetings and statements both ask for the quotes of the same article text."""
    doubles = find_double_quotes(text)
    return tuple(sorted(doubles + find_single_quotes(text, doubles), key=lambda q: q.start))
