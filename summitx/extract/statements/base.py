"""What the statement modules share: the records they build (Attribution, Statement,
SpeechEvent), the document they read (Context), the quotes as a searchable list, and the
paragraph a character offset lies in."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from summitx import lexicon
from summitx.extract import text_of
from summitx.extract.document import DocumentMeta
from summitx.extract.people import People
from summitx.extract.quotes import QuoteSpan
from summitx.records import StatementRule

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Verb tags of a clause with a tense of its own ("were", "says", "will").
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
_WORDS = lexicon.load_pattern("statements.json")
CONTRAST_MARKS = frozenset(_WORDS["contrast_marks"])
COMPLEMENTIZERS = frozenset(_WORDS["complementizers"])
CONTRAST_CONJUNCTIONS = frozenset(_WORDS["contrast_conjunctions"])
# Tokens before a quote back to the cue that introduces it: `X told reporters in Lima: "`.
CUE_BEFORE_WINDOW = 25


@dataclass
class Attribution:
    speaker: int | None
    speaker_text: str | None
    cue: str | None
    start: int  # char span of the cue and speaker words, for the evidence
    end: int
    rule: StatementRule | None = None


@dataclass
class Statement:
    speaker: int | None
    speaker_text: str | None
    quote: str
    direct: bool
    cue: str | None
    start: int
    end: int
    quote_start: int
    quote_end: int
    rule: StatementRule | None = None


@dataclass
class SpeechEvent:
    """Someone speaking, for a cue-less quote in the next sentence to continue."""

    attribution: Attribution
    end: int
    # A phrasal cue ('cut in', 'shot back'): it announces the words that follow rather
    # than reporting a clause.
    announces: bool = False


@dataclass(frozen=True)
class Context:
    """One document as the attribution reads it: its parse and text, its metadata, the
    people named in it, every quotation the summitx_quotes component found, and the name
    parts (of five letters or more) by which a misspelt surname is recognised."""

    doc: Doc
    text: str
    meta: DocumentMeta
    people: People
    quotes: QuoteList
    name_parts: dict[str, int]


class QuoteList(list[QuoteSpan]):
    """The quotes of a text, with the union of their spans kept sorted, so "is this offset
    inside a quote?" is a binary search. A linear scan over every quote for every token was
    quadratic: 2,500 repeats of `said "` took minutes."""

    def __init__(self, quotes: Iterable[QuoteSpan]) -> None:
        super().__init__(quotes)
        self.starts: list[int] = []
        self.ends: list[int] = []
        for quote in sorted(self, key=lambda q: q.start):
            if quote.start >= quote.end:
                continue
            if self.ends and quote.start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], quote.end)
            else:
                self.starts.append(quote.start)
                self.ends.append(quote.end)

    def covers(self, offset: int) -> bool:
        """Some quote has start <= offset < end."""
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Some quote has q.start < end and q.end > start."""
        i = bisect_right(self.ends, start)  # the first span ending after `start`
        return i < len(self.starts) and self.starts[i] < end


def inside(token: Token, quotes: list[QuoteSpan]) -> bool:
    """The token starts inside one of the quotes (marks included)."""
    if isinstance(quotes, QuoteList):
        return quotes.covers(token.idx)
    return any(q.start <= token.idx < q.end for q in quotes)


def paragraph(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the line (paragraph) holding offset `pos`."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def clip_left(doc: Doc, left: int, anchor: int) -> int:
    """Move `left` into the paragraph of token `anchor`: the parser may run a sentence over a
    paragraph break (a headline above)."""
    p_start = paragraph(text_of(doc), doc[anchor].idx)[0]
    while left < anchor and doc[left].idx < p_start:
        left += 1
    return left
