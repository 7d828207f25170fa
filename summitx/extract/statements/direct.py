"""Direct quotes with their speakers: each quote that is no label takes the attribution of
its own sentence, else of the quote it goes on with, else of the sentence or paragraph
before; then a quote left open over a paragraph break takes the speaker of the part that
goes on with it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from summitx.components.speech_cues import SPEECH
from summitx.extract import sents_of, tokens_of
from summitx.extract.quotes import QuoteSpan, continues, nesting
from summitx.extract.statements.base import (
    Attribution,
    Context,
    SpeechEvent,
    Statement,
    inside,
    paragraph,
)
from summitx.extract.statements.continuation import continued, paragraph_subject, verb_events
from summitx.extract.statements.cues import (
    according_to,
    addressed_passive,
    agent_of,
    has_class,
    is_negated,
)
from summitx.extract.statements.direct_cues import (
    cue_after,
    cue_before,
    cue_final,
    cue_governing,
    final_subject,
    inverted_object,
    noun_cue_subject,
)
from summitx.extract.statements.frame import sentence_numbers, sentence_tokens, tokens_between
from summitx.extract.statements.labels import in_headline, is_label
from summitx.extract.statements.sources import (
    clause_subject,
    colon_speaker,
    speech_noun_owner,
    statement_phrase,
    words_owner,
)
from summitx.extract.statements.speaker import (
    opening_participle_subject,
    stranded_subject,
    subject_attribution,
    subject_of,
)
from summitx.records import StatementRule


def explicit(ctx: Context, quote: QuoteSpan) -> Attribution | None:
    """The attribution a quote's own sentence gives it: a cue or 'according to'."""
    if in_headline(ctx, quote):
        # A headline ('Roe: "Quote"', 'Roe calls plan "dead"') sums up the article; the
        # quote is attributed where the body gives it.
        return None
    for find in (cue_after, cue_before, cue_governing, cue_final):
        found = find(ctx, quote)
        if found is not None:
            cue, rule = found
            if addressed_passive(cue, ctx.quotes):
                return replace(put_to_subject(ctx, cue), rule=rule)
            if cue.pos_ == "NOUN":
                # ('"...," a narrator in the video states.': a verb the tagger took for a noun.)
                subject = noun_cue_subject(ctx, quote, cue)
            elif rule == StatementRule.CUE_FINAL:
                subject = final_subject(cue)
            else:
                subject = subject_of(cue)
            if subject is not None and inside(subject, ctx.quotes):
                subject = None  # a misparse: the quoted words do not name who spoke
            if subject is None and rule == StatementRule.CUE_AFTER:
                subject = inverted_subject(ctx, quote, cue)
            if subject is None:
                subject = main_clause_subject(ctx, cue)
            if subject is None:
                subject = stranded_subject(ctx, cue, rule == StatementRule.CUE_AFTER)
            if subject is None:
                subject = opening_participle_subject(ctx, cue)
            attribution = subject_attribution(ctx, cue, subject)
            if (
                rule == StatementRule.CUE_GOVERNING
                and attribution.start <= quote.start
                and quote.end <= cue.idx
            ):
                # Between the speaker's name and the cue: words of the phrase that
                # describes the speaker ('X, wearing "Y" pins, said'), not what was said.
                continue
            if attribution.speaker is None and attribution.speaker_text is None:
                # The parse gave the cue no subject: a name before 'in a statement'.
                return statement_phrase(ctx, quote) or replace(attribution, rule=rule)
            return replace(attribution, rule=rule)
    source = according_to(sentence_tokens(ctx, quote))
    if source is not None:
        attribution = subject_attribution(ctx, source.head.head, source)
        return replace(attribution, cue="according to", rule=StatementRule.ACCORDING_TO)
    return (
        statement_phrase(ctx, quote)
        or words_owner(ctx, quote)
        or colon_speaker(ctx, quote)
        or clause_subject(ctx, quote)
        or speech_noun_owner(ctx, quote)
    )


def put_to_subject(ctx: Context, cue: Token) -> Attribution:
    """'X was asked by a reporter, "..."': the words were put to X; the agent, when there
    is one, spoke them."""
    agent = agent_of(cue)
    if agent is not None and ctx.people.resolve(agent) is not None:
        return subject_attribution(ctx, cue, agent)
    text = ctx.doc[agent.left_edge.i : agent.i + 1].text if agent is not None else None
    return Attribution(None, text, cue.text.lower(), cue.idx, cue.idx + len(cue))


def main_clause_subject(ctx: Context, cue: Token) -> Token | None:
    """'X did Y, telling the crowd, "..."' where the parser hangs the participle on a verb
    inside the quote: the participle's subject is that of the sentence's main verb."""
    root = cue.sent.root
    if cue.tag_ != "VBG" or not inside(cue.head, ctx.quotes):
        return None
    if root.i >= cue.i or inside(root, ctx.quotes):
        return None
    subject = subject_of(root)
    return None if subject is None or inside(subject, ctx.quotes) else subject


def inverted_subject(ctx: Context, quote: QuoteSpan, cue: Token) -> Token | None:
    """'"...," added a party official': the cue right after the quote and the noun
    phrase right after the cue, which the parser may take for its object, is who spoke."""
    if any(not t.is_punct for t in tokens_between(ctx, quote.end, cue.idx)):
        return None
    return inverted_object(cue)


def direct_statements(ctx: Context) -> Iterator[Statement]:
    """The direct quotes of the document outside its excluded parts (a byline, a caption),
    each with the speaker its context gives, in text order."""
    events = verb_events(ctx)
    # (quote, attribution, how sure: "cue" from its own sentence or the quote it goes on
    # with, "context" from the sentence before, "" for none)
    made: list[tuple[QuoteSpan, Attribution | None, str]] = []
    quotes = [q for q in ctx.quotes if not ctx.meta.is_excluded(q.start, q.end)]
    # A quote inside a quote ('"It is not about “fair play” anymore."') is part of the outer
    # quote's speech: it takes the outer quote's speaker once that is settled.
    nested = nesting(quotes)
    for quote in [q for q in quotes if q not in nested]:
        attribution: Attribution | None = None
        strength = ""
        previous = made[-1] if made else None
        if not is_label(ctx.doc, quote):
            attribution = explicit(ctx, quote)
            strength = "cue" if attribution is not None else ""
            if attribution is None and previous and continues(ctx.text, previous[0], quote):
                attribution, strength = previous[1], previous[2]
                if attribution is not None:
                    attribution = replace(attribution, rule=StatementRule.CONTINUED_QUOTE)
            if attribution is None:
                attribution = continued(ctx, quote, events)
                strength = "context" if attribution is not None else ""
            if attribution is None:
                attribution = paragraph_subject(ctx, quote)
                strength = "context" if attribution is not None else ""
        if attribution is not None and attribution.cue:
            events.append(SpeechEvent(attribution, max(quote.end, attribution.end)))
        made.append((quote, attribution, strength))
    # A quote left open takes the speaker named by the part that goes on with it when its
    # own sentence names none: '"First paragraph ...\n\n"Second," Modi said.'
    for n in range(len(made) - 2, -1, -1):
        quote, _, strength = made[n]
        nxt_quote, nxt, nxt_strength = made[n + 1]
        if (
            strength != "cue"
            and nxt_strength == "cue"
            and continues(ctx.text, quote, nxt_quote)
            # Across a paragraph break only: inside a paragraph, a quote running into the
            # next one lacks its closing mark, and what follows it is not the same speech.
            and "\n" in ctx.text[quote.end : nxt_quote.start]
        ):
            made[n] = (quote, nxt and replace(nxt, rule=StatementRule.NEXT_PART), "cue")
    settled = {quote: attribution for quote, attribution, _ in made}
    for inner, outer in nested.items():
        cues = cues_within(ctx, inner, outer)
        if not cues:
            attribution = settled.get(outer)
            attribution = attribution and replace(attribution, rule=StatementRule.NESTED_QUOTE)
        else:
            cue = governing(ctx, inner, cues)
            attribution = named_within(ctx, cue, outer) if cue is not None else None
        made.append((inner, attribution, ""))
    made.sort(key=lambda item: item[0].start)
    for quote, attribution, _ in made:
        if attribution is not None and paragraph(ctx.text, attribution.start) != paragraph(
            ctx.text, quote.start
        ):
            # Taken from another paragraph or sentence: the evidence is the quote itself.
            attribution = replace(attribution, start=quote.start, end=quote.end)
        yield make_statement(ctx, quote, attribution)


# A participle with an auxiliary is a verb of its own clause ('was written'), not a modifier.
AUX_DEPS = ("aux", "auxpass")


def cues_within(ctx: Context, inner: QuoteSpan, outer: QuoteSpan) -> list[Token]:
    """The reporting verbs the outer quote's own words give the inner quote's sentence
    ('"Roe cut in, saying “Not now.” The room fell silent."'): the outer quote is then an
    account of another speaker, whose words the inner quote are, not the outer speaker's."""
    sents = sents_of(ctx.doc)
    tokens = tokens_of(ctx.doc)
    cues = []
    for n in sentence_numbers(ctx, inner):
        for token in tokens[sents[n].start : sents[n].end]:
            if not outer.start < token.idx < outer.end or inner.start <= token.idx < inner.end:
                continue
            if token.pos_ != "VERB" or not has_class(token, SPEECH) or is_negated(token):
                continue
            if token.tag_ == "VBN" and not any(c.dep_ in AUX_DEPS for c in token.children):
                continue  # 'Written “at a time of crisis,” the text ...': what a text is
            cues.append(token)
    return cues


def governing(ctx: Context, inner: QuoteSpan, cues: list[Token]) -> Token | None:
    """Of the reporting verbs of the inner quote's sentence, the nearest one before it, else
    one after it whose clause holds it."""
    before = [t for t in cues if t.idx < inner.start]
    if before:
        return before[-1]
    words = tokens_between(ctx, inner.inner_start, inner.inner_end)
    return next((t for t in cues if words and t.is_ancestor(words[0])), None)


def named_within(ctx: Context, cue: Token, outer: QuoteSpan) -> Attribution | None:
    """The speaker a reporting verb inside a quote names: its subject inside the quote,
    when that is the name of a person of the article ('Roe cut in, saying “...”'); else no
    one (a pronoun inside someone's account may stand for anyone of it)."""
    subject = subject_of(cue)
    if subject is None or not outer.start < subject.idx < outer.end:
        return None
    if subject.pos_ != "PROPN" or ctx.people.resolve(subject) is None:
        return None
    attribution = subject_attribution(ctx, cue, subject)
    return replace(attribution, rule=StatementRule.CUE_IN_SENTENCE)


def make_statement(ctx: Context, quote: QuoteSpan, attribution: Attribution | None) -> Statement:
    if attribution is None:
        attribution = Attribution(None, None, None, quote.start, quote.end)
    near = abs(attribution.start - quote.start) < 400 and abs(attribution.end - quote.end) < 400
    start = min(quote.start, attribution.start) if near else quote.start
    end = max(quote.end, attribution.end) if near else quote.end
    return Statement(
        speaker=attribution.speaker,
        speaker_text=attribution.speaker_text,
        quote=ctx.text[quote.inner_start : quote.inner_end],
        direct=True,
        cue=attribution.cue,
        start=start,
        end=end,
        quote_start=quote.start,
        quote_end=quote.end,
        rule=attribution.rule,
    )
