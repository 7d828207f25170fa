"""Find quotation spans in raw text: straight, curly and mixed double quotes, and single quotes
that are not apostrophes. A quote never crosses a paragraph break: news style leaves a
paragraph's quote open when the next paragraph continues it.
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


# The only characters find_double_quotes acts on: a regex jumps between them in C.
_QUOTE_OR_NEWLINE = re.compile("[\n" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT) + "]")


def find_double_quotes(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for match in _QUOTE_OR_NEWLINE.finditer(text):
        i, char = match.start(), match.group()
        if char == "\n":
            if open_at is not None:
                s, e = _trim(text, open_at + 1, i)
                if e - s > 0:
                    spans.append(QuoteSpan(open_at, e, s, e, closed=False))
                open_at = None
            continue
        if char in DOUBLE_OPEN:
            open_at = i
        elif char in DOUBLE_CLOSE:
            if open_at is not None:
                s, e = _trim(text, open_at + 1, i)
                spans.append(QuoteSpan(open_at, i + 1, s, e, closed=True))
                open_at = None
        elif char == STRAIGHT:
            if open_at is None:
                nxt = text[i + 1 : i + 2]
                if nxt and not nxt.isspace():
                    open_at = i
            else:
                s, e = _trim(text, open_at + 1, i)
                spans.append(QuoteSpan(open_at, i + 1, s, e, closed=True))
                open_at = None
    if open_at is not None:
        s, e = _trim(text, open_at + 1, len(text))
        if e > s:
            spans.append(QuoteSpan(open_at, e, s, e, closed=False))
    return [q for q in spans if q.inner_end > q.inner_start]


# An opening single quote follows a space or bracket and precedes a letter; the closing one
# follows a non-space and precedes a non-letter. Apostrophes inside words never match.
SINGLE_QUOTE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=[A-Za-z])([^'‘’\n]{1,200}?[^\s'‘’])['’](?![A-Za-z])", re.M
)


def find_single_quotes(text: str, taken: list[QuoteSpan]) -> list[QuoteSpan]:
    out = []
    for match in SINGLE_QUOTE.finditer(text):
        inner = match.group(1)
        if len(inner.split()) > MAX_SINGLE_QUOTE_WORDS:
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
