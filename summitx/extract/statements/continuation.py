"""A quote whose own sentence names no speaker: it goes on with the speech of the sentence
before (a reporting verb, or a quote with its cue), or it is a paragraph of its own after
a paragraph about one person."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from summitx.components.speech_cues import PHRASAL, REPORTED_SPEECH, STATEMENT_NOUN
from summitx.extract import sent_of
from summitx.extract.quotes import QuoteSpan
from summitx.extract.statements.base import (
    SUBJECT_DEPS,
    Attribution,
    Context,
    SpeechEvent,
    inside,
    paragraph,
)
from summitx.extract.statements.cues import cue_tokens, has_class, is_negated
from summitx.extract.statements.frame import tokens_between
from summitx.extract.statements.labels import in_heading
from summitx.extract.statements.sources import speaking_source
from summitx.extract.statements.speaker import subject_attribution, subject_of
from summitx.records import StatementRule

SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’]?\s+|\s*\n\s*")


def verb_events(ctx: Context) -> list[SpeechEvent]:
    """Reporting verbs outside quotes, each ending with its sentence (in its paragraph); a
    phrasal one too ('..., and her aide chimed in. "..."'), which reports no clause but
    announces the words that follow."""
    events = []
    for token in cue_tokens(ctx.doc, REPORTED_SPEECH, PHRASAL):
        if token.pos_ != "VERB":
            continue
        if has_class(token, PHRASAL) and not closes_sentence(token):
            continue  # ('went on a tour': what was done, not said)
        if inside(token, ctx.quotes) or is_negated(token):
            continue
        if ctx.meta.is_excluded(token.idx, token.idx + len(token)):
            continue
        subject = subject_of(token)
        if subject is None:
            continue
        attribution = subject_attribution(ctx, token, subject)
        p_end = paragraph(ctx.text, token.idx)[1]
        end = min(sent_of(token).end_char, p_end)
        events.append(SpeechEvent(attribution, end, announces=has_class(token, PHRASAL)))
    return events


def closes_sentence(verb: Token) -> bool:
    """A phrasal cue whose particle ends its sentence ('..., and Y chimed in.'): it
    announces the words that follow."""
    doc = verb.doc
    after = verb.i + 2
    return after < len(doc) and doc[after].text in (".", ":", "!")


def follows_sentence(ctx: Context, end: int, start: int) -> bool:
    """The quote at `start` opens the sentence right after the one ending near `end`."""
    if end > start:
        return False
    # A sentence may end with a whitespace token of its own (a no-break space).
    while end > 0 and ctx.text[end - 1].isspace():
        end -= 1
    gap = ctx.text[end:start]
    if re.search(r"[.!?][\"”’]?$", ctx.text[max(0, end - 2) : end]) and not gap.strip():
        return True
    parts = SENTENCE_BREAK.split(gap)
    return len(parts) >= 2 and not parts[-1].strip() and all(not p.strip() for p in parts[1:-1])


def sentence_opening(ctx: Context, quote: QuoteSpan) -> int:
    """Where the sentence the quote opens starts: at a conjunction right before it ('But
    "the treaty is stronger."', 'And "..."' goes on with the speech before, as a quote
    opening the sentence does), else at the quote."""
    before = tokens_between(ctx, max(0, quote.start - 12), quote.start)
    words = [t for t in before if not t.is_space]
    if words and words[-1].pos_ == "CCONJ" and words[-1].is_sent_start:
        return words[-1].idx
    return quote.start


def continued(ctx: Context, quote: QuoteSpan, events: list[SpeechEvent]) -> Attribution | None:
    before = [e for e in events if e.end <= quote.start]
    if not before or in_heading(ctx, quote):
        return None
    # (Of two in one sentence, one that announces the words to come: '"...," X said, and
    # Y chimed in. "..."'.)
    last = max(before, key=lambda e: (e.end, e.announces))
    if not follows_sentence(ctx, last.end, sentence_opening(ctx, quote)):
        return None
    return replace(
        last.attribution, start=quote.start, end=quote.end, rule=StatementRule.PREVIOUS_SPEECH
    )


def paragraph_subject(ctx: Context, quote: QuoteSpan) -> Attribution | None:
    """A paragraph that is one cue-less quote, after a paragraph without quotes whose last
    sentence has a named person (or he/she naming one) as the subject of its main verb:
    'Roe praised the plan.\n\n"We need it."' News style gives such a quote to the person
    the paragraph before was about; any quote there would make the speaker unclear."""
    p_start, p_end = paragraph(ctx.text, quote.start)
    line = ctx.text[p_start:p_end].strip()
    own = ctx.text[quote.start : quote.end].strip()
    if not line.startswith(own) or len(line) - len(own) > 2:
        return None  # the quote is not the whole paragraph
    if not quote.closed or in_heading(ctx, quote):
        return None
    prev_end = len(ctx.text[:p_start].rstrip())
    if prev_end == 0:
        return None
    prev_start = paragraph(ctx.text, prev_end - 1)[0]
    if prev_start < ctx.meta.body_start or ctx.quotes.overlaps(prev_start, prev_end):
        return None
    last = tokens_between(ctx, prev_start, prev_end)
    if not last or last[-1].text not in (".", "!"):
        return None
    root = sent_of(last[-1]).root
    if root.idx < prev_start or root.pos_ not in ("VERB", "AUX") or is_negated(root):
        return None
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.idx < prev_start:
        return None
    if subject.pos_ == "PRON" and subject.lower_ not in ("he", "she"):
        return None  # 'they', 'we': a group, not one speaker
    # An institution that issued a statement speaks it too: 'The ministry released a
    # statement on Monday.\n\n"..."'.
    issued = speaking_source(subject) and issues_statement(root)
    if ctx.people.resolve(subject) is None and not issued:
        return None
    attribution = subject_attribution(ctx, root, subject)
    if attribution.speaker is None and not issued:
        return None
    return replace(
        attribution, start=quote.start, end=quote.end, rule=StatementRule.PARAGRAPH_SUBJECT
    )


def issues_statement(verb: Token) -> bool:
    """The verb's object is a noun for what a statement is made in: 'released a statement',
    'put out a video'."""
    return any(c.dep_ == "dobj" and has_class(c, STATEMENT_NOUN) for c in verb.children)
