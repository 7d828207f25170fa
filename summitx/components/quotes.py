"""The quotations of a text: extract/quotes.py's character scanner (linear, and it knows the
conventions of news text: quotes left open over paragraphs, reopened sentences, single
quotes that are not apostrophes) run once per Doc.

Each quotation becomes a span of `doc.spans[QUOTES]` over the tokens its marks touch
(alignment "expand": a mark may be glued to a word), labelled "closed" or "open" (left
open at a paragraph's end or where the next quote opens). A quote's exact character
offsets, with and without its marks, are kept as a QuoteSpan, in the spans' order, in the
group's `attrs["quotes"]`; the extractors work from those, since a token span cannot hold a
mark that shares a token with a word.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, SpanGroup

from summitx.components import SPANS_PREFIX, group_of
from summitx.extract.quotes import QuoteSpan, find_quotes

NAME = "summitx_quotes"
QUOTES = SPANS_PREFIX + "quotes"
# The attrs key of the QuoteSpans: span extensions are keyed by character offsets alone,
# so two quotes over the same tokens would share one value.
QUOTE_SPANS = "quotes"
CLOSED, OPEN = "closed", "open"
CLOSED_ID, OPEN_ID = get_string_id(CLOSED), get_string_id(OPEN)


class Quotes:
    def __call__(self, doc: Doc) -> Doc:
        spans, kept = [], []
        for quote in find_quotes(doc.text):
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is None:  # a quote of whitespace only; the scanner yields none
                continue
            spans.append(Span(doc, span.start, span.end, label=CLOSED if quote.closed else OPEN))
            kept.append(quote)
        doc.spans[QUOTES] = SpanGroup(doc, name=QUOTES, spans=spans, attrs={QUOTE_SPANS: kept})
        return doc


def quotes_of(doc: Doc) -> list[QuoteSpan]:
    """The quotations the component found, in text order, with their character offsets."""
    return list(group_of(doc, QUOTES).attrs[QUOTE_SPANS])


@Language.factory(NAME, assigns=["doc.spans"])
def make_quotes(nlp: Language, name: str) -> Quotes:
    return Quotes()
