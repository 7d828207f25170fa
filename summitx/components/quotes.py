"""The quotations of a text: extract/quotes.py's character scanner (linear, and it knows the
conventions of news text: quotes left open over paragraphs, reopened sentences, single
quotes that are not apostrophes) run once per Doc.

Each quotation becomes a span of `doc.spans[QUOTES]` over the tokens its marks touch
(alignment "expand": a mark may be glued to a word), labelled "closed" or "open" (left
open at a paragraph's end or where the next quote opens). A quote's exact character
offsets, with and without its marks, are in the span's `_.summitx_quote` extension (a
QuoteSpan); the extractors work from those, since a token span cannot hold a mark that
shares a token with a word.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from summitx.components import SPANS_PREFIX, spans_of
from summitx.extract.quotes import QuoteSpan, find_quotes

NAME = "summitx_quotes"
QUOTES = SPANS_PREFIX + "quotes"
QUOTE_EXTENSION = "summitx_quote"
CLOSED, OPEN = "closed", "open"
CLOSED_ID, OPEN_ID = get_string_id(CLOSED), get_string_id(OPEN)


class Quotes:
    def __init__(self) -> None:
        if not Span.has_extension(QUOTE_EXTENSION):
            Span.set_extension(QUOTE_EXTENSION, default=None)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for n, quote in enumerate(find_quotes(doc.text)):
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is None:  # a quote of whitespace only; the scanner yields none
                continue
            # spaCy keys a span's extension values by its offsets, label and id: the quote's
            # number as its id keeps two quotes over the same tokens apart.
            span = Span(
                doc, span.start, span.end, label=CLOSED if quote.closed else OPEN, span_id=n + 1
            )
            span._.set(QUOTE_EXTENSION, quote)
            spans.append(span)
        doc.spans[QUOTES] = spans
        return doc


def quotes_of(doc: Doc) -> list[QuoteSpan]:
    """The quotations the component found, in text order, with their character offsets."""
    return [span._.get(QUOTE_EXTENSION) for span in spans_of(doc, QUOTES)]


@Language.factory(NAME, assigns=["doc.spans"])
def make_quotes(nlp: Language, name: str) -> Quotes:
    return Quotes()
