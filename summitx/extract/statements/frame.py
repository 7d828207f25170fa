"""The frame of a quote: the tokens between two offsets, the sentences a quote is in and
their words outside quotation marks (or only the cues among them), each computed once per
document."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from summitx.components.quotes import quotes_of
from summitx.extract import per_doc, sents_of, text_of, tokens_of
from summitx.extract.document import DocumentMeta
from summitx.extract.people import People
from summitx.extract.quotes import QuoteSpan
from summitx.extract.statements.base import Context, QuoteList, inside, paragraph
from summitx.extract.statements.cues import is_cue
from summitx.extract.statements.speaker import name_parts


def make_context(doc: Doc, meta: DocumentMeta, people: People) -> Context:
    """The Context of a Doc parsed by summitx's pipeline (its rule components ran)."""
    return Context(
        doc=doc,
        text=text_of(doc),
        meta=meta,
        people=people,
        quotes=QuoteList(quotes_of(doc)),
        name_parts=name_parts(people),
    )


def tokens_between(ctx: Context, start: int, end: int) -> list[Token]:
    """The tokens wholly inside the character range [start, end)."""
    span = ctx.doc.char_span(start, end, alignment_mode="contract")
    return tokens_of(ctx.doc)[span.start : span.end] if span is not None else []


def sentence_numbers(ctx: Context, quote: QuoteSpan) -> list[int]:
    """The numbers of the sentences the quote overlaps (sentences are sorted and apart)."""
    ends = per_doc(ctx.doc, "sent_ends", lambda d: [sent.end_char for sent in sents_of(d)])
    sents = sents_of(ctx.doc)
    numbers = []
    n = bisect_right(ends, quote.start)  # the first sentence ending after it
    while n < len(sents) and sents[n].start_char < quote.end:
        numbers.append(n)
        n += 1
    return numbers


def outside(ctx: Context, n: int, cues: bool = False) -> list[Token]:
    """The tokens (or only the cues) of sentence `n` outside every quote, computed once
    per sentence: recomputed for each quote, a long sentence full of quotes made the
    attribution quadratic."""
    cache: dict[tuple[int, bool], list[Token]] = per_doc(ctx.doc, "outside_quotes", lambda d: {})
    if (n, cues) not in cache:
        if cues:
            found = [t for t in outside(ctx, n) if is_cue(t, ctx.quotes)]
        else:
            sent = sents_of(ctx.doc)[n]
            found = [
                t for t in tokens_of(ctx.doc)[sent.start : sent.end] if not inside(t, ctx.quotes)
            ]
        cache[(n, cues)] = found
    return cache[(n, cues)]


def in_paragraph(tokens: list[Token], p_start: int, p_end: int) -> list[Token]:
    """The run of `tokens` (sorted by offset) that lies within [p_start, p_end)."""
    low = bisect_left(tokens, p_start, key=lambda t: t.idx)
    high = bisect_left(tokens, p_end, key=lambda t: t.idx)
    return tokens[low:high]


def sentence_tokens(ctx: Context, quote: QuoteSpan, cues: bool = False) -> list[Token]:
    """Tokens outside quotes of the sentences the quote is in, within its paragraph
    (with `cues`, only the reporting cues among them)."""
    p_start, p_end = paragraph(ctx.text, quote.start)
    out = []
    for n in sentence_numbers(ctx, quote):
        out.extend(in_paragraph(outside(ctx, n, cues), p_start, p_end))
    return out
