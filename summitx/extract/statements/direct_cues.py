"""The cue of a direct quote in its own sentence: right after it (`"...," he said`), right
before it (`X told the BBC: "..."`), or governing the quoted words in the parse (`X said
the deal was "historic"`), else the reporting verb of its sentence nearest to it."""

from __future__ import annotations

from bisect import bisect_left
from itertools import islice

from spacy.tokens import Token

from summitx.components.speech_cues import ADDRESSEE, SPEECH
from summitx.extract import sent_of
from summitx.extract.quotes import QuoteSpan
from summitx.extract.statements.base import (
    COMPLEMENTIZERS,
    CONTRAST_MARKS,
    CUE_BEFORE_WINDOW,
    FINITE_TAGS,
    SUBJECT_DEPS,
    Context,
    inside,
    paragraph,
)
from summitx.extract.statements.cues import (
    coordinate_clause,
    has_class,
    is_cue,
    reported_contrast,
)
from summitx.extract.statements.frame import sentence_tokens, tokens_between
from summitx.extract.statements.speaker import skip_forward, subject_of
from summitx.records import StatementRule

# How far up the parse a quote's governing cue is looked for. In real sentences it is a few
# levels up; a sentence that never ends (thousands of `said "`) has chains thousands deep,
# and walking them for every quote was quadratic.
MAX_CUE_DEPTH = 40
# The words of a sentence that only names who spoke: 'Roe said.', 'said the minister.'
BARE_CUE_POS = {"PROPN", "PRON", "VERB", "AUX", "ADV", "DET", "NOUN", "ADJ"}
# Tokens after a quote before its cue: `"...," the French president said`.
CUE_AFTER_WINDOW = 8
# Tokens after a quote to the end of a sentence of a noun phrase and a cue the tagger took
# for a noun: '"...," a narrator in the video states.'
NOUN_CUE_WINDOW = 12
# How the parser may hang the speaker named right after an inverted cue ('..., added a
# party official').
INVERTED_SUBJECT_DEPS = ("dobj", "attr", "npadvmod", "appos", "oprd")
# What that noun phrase may be headed by: '..., read one' ("one" a numeral).
INVERTED_SUBJECT_POS = ("NOUN", "PROPN", "NUM")
# How the quoted words hang on a verb that calls something by them: 'called it "a mess"'.
NAMING_COMPLEMENT_DEPS = ("oprd", "dobj", "attr")
# How far past a name after a quote its apposition may run before the cue: '"...," Roe,
# the party's candidate in the state and its leader, said'.
APPOSITION_WINDOW = 40
# How many characters may stand between a cue and a quote it introduces: 'writes back, '.
CUE_INTRO_GAP = 30
# How a clause of its own hangs on a verb: a sentence-final cue with one reports it, not
# the words before the comma ('..., Roe said the plan failed').
CLAUSE_DEPS = ("ccomp", "xcomp", "advcl", "conj", "parataxis", "csubj", "mark")
# Words of a speaker's noun phrase before a sentence-final cue: ', the French president
# said', ', Mr. Roe of the party said'.
NOUN_PHRASE_POS = {"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "ADP", "PART", "PUNCT"}


def complement_of_cue(ctx: Context, quote: QuoteSpan) -> bool:
    """The quoted words complement a reporting verb before them that has a subject of
    its own: 'what X called "a model," the club ...' (a verb after such a quote is not
    its cue)."""
    inner = tokens_between(ctx, quote.inner_start, quote.inner_end)
    if not inner:
        return False
    root = next((t for t in inner if not inner[0].i <= t.head.i <= inner[-1].i), None)
    if root is None or root.dep_ not in NAMING_COMPLEMENT_DEPS:
        return False
    head = root.head
    return (
        head.i < inner[0].i
        and is_cue(head, ctx.quotes, adjacent=True)
        and any(c.dep_ == "nsubj" for c in head.children)
    )


def quote_words(ctx: Context, quote: QuoteSpan) -> str:
    """The quoted words without the spaces and nested closing marks at their end ('..., ’',
    '...?’”'), so that their last character is their own punctuation."""
    return ctx.text[quote.inner_start : quote.inner_end].rstrip(" '’\"”")


def cue_after(ctx: Context, quote: QuoteSpan) -> tuple[Token, StatementRule] | None:
    """`"...," he said` / `"...," said X`: a cue within a few words after the quote."""
    if complement_of_cue(ctx, quote):
        return None
    inner = quote_words(ctx, quote)
    gap = ctx.text[quote.end : quote.end + 3]
    p_end = paragraph(ctx.text, quote.start)[1]
    tokens = tokens_between(ctx, quote.end, p_end)
    if not (
        inner.endswith((",", "!", "?", "—", "–")) or gap.lstrip(" ").startswith((",", "—", "–"))
    ):
        return bare_cue_sentence(ctx, tokens)
    apposed = cue_after_apposition(ctx, tokens)
    if apposed is not None:
        return apposed, StatementRule.CUE_AFTER
    for token in tokens[:CUE_AFTER_WINDOW]:
        if token.text in (".", "!", "?"):
            break
        if inside(token, ctx.quotes) or token.text == ";":
            return None
        if token.dep_ == "cc" or token.lower_ in CONTRAST_MARKS:
            # '"...", but insisted': a second statement, not this one's cue; so is a
            # contrasting clause ('... as "X," while Y says ...').
            return None
        if is_cue(token, ctx.quotes, adjacent=True):
            if reports_other_words(ctx, quote, token):
                return None
            return token, StatementRule.CUE_AFTER
    verb = closing_verb(tokens) or noun_tagged_cue(ctx, quote, tokens)
    if verb is None or cue_before(ctx, quote) is not None:
        # ('Roe was asked: "Why?" He laughed.': the cue before the quote reports it.)
        return None
    return verb, StatementRule.CUE_AFTER


def reports_other_words(ctx: Context, quote: QuoteSpan, cue: Token) -> bool:
    """A cue after a quote that reports words of its own: a clause ('"Why now?" She joked
    that it was late.') or, after a quote that ends its sentence, a quote it introduces
    ('"Why now?" Roe writes back, "You look tired."'); a quote closed with a comma and
    resumed ('"We won," Roe said, "and we will win again."') is one speech."""
    if any(
        c.dep_ == "ccomp" and c.i > cue.i and finite(c) and not inside(c, ctx.quotes)
        for c in cue.children
    ):
        return True
    inner = quote_words(ctx, quote)
    if not inner.endswith(("?", "!")):
        return False
    after = next((q for q in ctx.quotes if q.start > cue.idx), None)
    if after is None:
        return False
    between = ctx.text[cue.idx + len(cue) : after.start]
    opening = ctx.text[after.inner_start : after.inner_start + 1]
    return (
        between.rstrip().endswith((",", ":"))
        and len(between) <= CUE_INTRO_GAP
        and not any(mark in between for mark in ".!?\n")
        and opening.isupper()
    )


def finite(verb: Token) -> bool:
    """A clause with a tense of its own ('that the polls were wrong', 'it was late'), not a
    participle hung on the cue ('referring to ...', 'recalled him saying')."""
    return (
        verb.tag_ in FINITE_TAGS
        or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)
        or any(c.dep_ == "mark" for c in verb.children)
    )


def closing_verb(tokens: list[Token]) -> Token | None:
    """'"...," an angry Roe retaliated.': a sentence of nothing but a speaker and a verb
    after a quote reports the quote, whatever the verb (retorted, fumed, interrupted)."""
    stop = next(
        (k for k, t in enumerate(tokens[:CUE_AFTER_WINDOW]) if t.text in (".", "!", "?")), None
    )
    if stop is None or stop < 2:
        return None
    words = [t for t in tokens[:stop] if not t.is_punct]
    verbs = [t for t in words if t.pos_ == "VERB"]
    if len(verbs) != 1 or verbs[0].tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    verb = verbs[0]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > verb.i or subject.left_edge.i != words[0].i:
        return None
    if any(t.i > verb.i and t.dep_ not in ("advmod", "prt") for t in words):
        return None  # an object or a clause: the verb does something else
    if any(t.pos_ not in NOUN_PHRASE_POS for t in words if t.i < verb.i):
        return None
    return verb


def noun_tagged_cue(ctx: Context, quote: QuoteSpan, tokens: list[Token]) -> Token | None:
    """'"...," a narrator in the video states.', '"...," the memo notes.': a quote that
    opens its sentence, then nothing but a noun phrase and a reporting word in -s right
    after a noun, where the tagger took the verb for a plural noun ending the phrase. The
    word reports the quote. (Not a quoted title with an apposition after it: 'X praised
    "Roads," his book of field notes.')"""
    p_start = paragraph(ctx.text, quote.start)[0]
    before = ctx.text[p_start : quote.start].rstrip()
    if before and not before.endswith((".", "!", "?", ":", '"', "”", "'", "’")):
        return None
    stop = next(
        (k for k, t in enumerate(tokens[:NOUN_CUE_WINDOW]) if t.text in (".", "!", "?")), None
    )
    if stop is None or stop < 3:
        return None
    words = [t for t in tokens[:stop] if not t.is_space]
    cue = words[-1]
    if (
        cue.pos_ != "NOUN"
        or cue.tag_ != "NNS"
        or not cue.lower_.endswith("s")
        or not has_class(cue, SPEECH)
        or inside(cue, ctx.quotes)
        or cue.nbor(-1).pos_ not in ("NOUN", "PROPN")
    ):
        return None
    phrase = [t for t in words[:-1] if not t.is_punct]
    if not phrase or any(t.pos_ not in NOUN_PHRASE_POS for t in phrase):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in phrase) or phrase[0].pos_ == "ADP":
        return None
    return cue


def noun_cue_subject(ctx: Context, quote: QuoteSpan, cue: Token) -> Token | None:
    """The head of the noun phrase between a quote and the reporting word after it that the
    tagger took for a noun (noun_tagged_cue): the first of its words whose head lies
    outside the phrase."""
    words = tokens_between(ctx, quote.end, cue.idx)
    while words and words[0].is_punct:
        words = words[1:]
    if not words:
        return None
    first = words[0].i
    return next(
        (t for t in words if not first <= t.head.i < cue.i or t.head.i == t.i),
        None,
    )


def cue_after_apposition(ctx: Context, tokens: list[Token]) -> Token | None:
    """'"...," Roe, the party's candidate in the state and its leader, said': a person
    named right after the quote, then an apposition set off by commas, however long,
    then the cue."""
    words = [t for t in tokens[:3] if not t.is_space]
    if not words or words[0].is_punct or ctx.people.person_at(words[0].i) is None:
        return None
    mention = ctx.people.mention_at(words[0].i)
    doc = ctx.doc
    if mention is None or mention.end >= len(doc) or doc[mention.end].text != ",":
        return None
    for k in range(mention.end + 1, min(len(doc) - 1, mention.end + APPOSITION_WINDOW)):
        token = doc[k]
        if token.text in (".", "!", "?", ";") or inside(token, ctx.quotes):
            return None
        if token.text == ",":
            cue = doc[skip_forward(doc, k + 1)]
            if is_cue(cue, ctx.quotes, adjacent=True):
                return cue
    return None


def bare_cue_sentence(ctx: Context, tokens: list[Token]) -> tuple[Token, StatementRule] | None:
    """'"... are missing." Roe said.': a quote closed with a full stop, then a sentence of
    nothing but a speaker and a cue (a stop typed for the comma)."""
    stop = next((k for k, t in enumerate(tokens[:6]) if t.text in (".", "!", "?")), None)
    if stop is None or not 2 <= stop <= 4 or tokens[stop - 1].text in ("Mr", "Ms", "Mrs"):
        return None
    words = tokens[:stop]
    if not all(t.pos_ in BARE_CUE_POS for t in words) or inside(words[0], ctx.quotes):
        return None
    cues = [t for t in words if is_cue(t, ctx.quotes, adjacent=True)]
    return (cues[0], StatementRule.CUE_AFTER) if len(cues) == 1 else None


def cue_before(ctx: Context, quote: QuoteSpan) -> tuple[Token, StatementRule] | None:
    """`X told the BBC: "..."`, `X said, "..."`: the cue that introduces the quote."""
    before = ctx.text[: quote.start].rstrip()
    if not before.endswith((":", ",")):
        # A cue right before the quote: 'He promised "the most positive campaign"'.
        last = tokens_between(ctx, max(0, len(before) - 40), len(before))
        if last and is_cue(last[-1], ctx.quotes, adjacent=True):
            cue = last[-1]
            if any(c.dep_ in SUBJECT_DEPS for c in cue.children) and not (
                coordinate_clause(cue) and not reported_contrast(cue)
            ):
                # A clause of its own inside a clause another cue reports, as for a cue
                # that governs the quote: 'X said he expected that voters will say "no"'
                # is X's. (Not a participle: 'items labelled "Made here"' names no one.)
                cue = outer_cue(ctx, cue)
            return cue, StatementRule.CUE_BEFORE
        return None
    p_start = paragraph(ctx.text, quote.start)[0]
    tokens = tokens_between(ctx, p_start, len(before))[-CUE_BEFORE_WINDOW:]
    for token in reversed(tokens):
        if inside(token, ctx.quotes):
            break
        if is_cue(token, ctx.quotes, adjacent=True):
            return token, StatementRule.CUE_BEFORE
    return None


def inverted_object(cue: Token) -> Token | None:
    """'..., added a party official': the noun phrase right after an inverted cue, which
    the parser may take for its object, is who spoke."""
    return next(
        (
            c
            for c in cue.children
            if c.i > cue.i
            and c.dep_ in INVERTED_SUBJECT_DEPS
            and c.pos_ in INVERTED_SUBJECT_POS
            and c.left_edge.i == cue.i + 1
        ),
        None,
    )


def final_subject(cue: Token) -> Token | None:
    """Who speaks by a sentence-final cue: its subject after the comma that sets it off
    (the parser may give it a second one, the reported sentence's), else the noun phrase
    right after it."""
    sent = sent_of(cue)
    comma = max((t.i for t in sent if t.text == "," and t.i < cue.i), default=sent.start)
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i > comma]
    return min(subjects, key=lambda c: abs(c.i - cue.i)) if subjects else inverted_object(cue)


def cue_final(ctx: Context, quote: QuoteSpan) -> tuple[Token, StatementRule] | None:
    """'The plan to "fix the roads" wins votes, said Roe, a pollster.', '..., Roe told
    reporters.': a cue ending the quote's sentence after a comma, with only its speaker
    (and who was told, when, where) beside it, reports the whole sentence before the comma,
    however the parser hung the two (it may take the content's subject for the cue's)."""
    inner = tokens_between(ctx, quote.inner_start, quote.inner_end)
    if not inner:
        return None
    sent = sent_of(inner[-1])
    p_end = paragraph(ctx.text, quote.start)[1]
    words = [t for t in tokens_between(ctx, quote.end, sent.end_char) if not t.is_space]
    if not words or words[-1].idx >= p_end:
        return None
    # (Other quotes may stand in the reported words: 'The promise to "A" and "B" wins ...'.)
    cues = [t for t in words if is_cue(t, ctx.quotes, adjacent=True)]
    if len(cues) != 1:
        return None
    cue = cues[0]
    comma = max((k for k, t in enumerate(words) if t.text == "," and t.i < cue.i), default=None)
    if comma is None:
        return None
    tail = [t for t in words[comma + 1 :] if not t.is_punct or t.i < cue.i]
    if any(inside(t, ctx.quotes) for t in words[comma:]):
        return None
    if any(t.dep_ in CLAUSE_DEPS and t.head.i == cue.i for t in tail):
        return None
    subject = final_subject(cue)
    before = [t for t in tail if t.i < cue.i]
    if before:
        # 'Roe said', 'the French president told reporters': the speaker, then the cue.
        if subject is None or subject.i > cue.i:
            return None
        if any(t.pos_ not in NOUN_PHRASE_POS and t.dep_ not in ("aux", "advmod") for t in before):
            return None
    elif subject is None or subject.i < cue.i:
        # 'said Roe, a pollster': the cue, then the speaker.
        return None
    return cue, StatementRule.CUE_FINAL


def outer_cue(ctx: Context, cue: Token) -> Token:
    """'X said Y had told him there was "no daylight"': a cue inside the clause another cue
    reports is part of what the outer speaker said; the quote is the outer speaker's."""
    child = cue
    for ancestor in islice(cue.ancestors, MAX_CUE_DEPTH):
        if (
            coordinate_clause(ancestor)
            and any(c.dep_ in SUBJECT_DEPS and c.i != child.i for c in ancestor.children)
            and not reported_contrast(ancestor)
        ):
            return cue
        if child.dep_ in SUBJECT_DEPS:
            return cue
        if (
            child.dep_ == "ccomp"
            and is_cue(ancestor, ctx.quotes)
            and subject_of(ancestor) is not None
        ):
            cue = ancestor  # (one that names no speaker leaves the inner one's)
        child = ancestor
    return cue


def addressing_cue(ctx: Context, token: Token, cue: Token) -> Token | None:
    """'Roe tells voters who ask why she is calm that she "was raised that way"': a cue in
    a relative clause on whom another cue addresses, where that cue reports nothing of its
    own, and the quoted words in a that-clause the parser hung deeper in the relative clause
    (not on its cue unless as a second clause: 'told voters who asked that she "step down"'
    is theirs). The addressing cue reports the quote."""
    noun = cue.head
    if cue.dep_ != "relcl" or noun.dep_ not in ("dobj", "dative"):
        return None
    outer = noun.head
    if (
        not has_class(outer, ADDRESSEE)
        or not is_cue(outer, ctx.quotes)
        or subject_of(outer) is None
        or any(c.dep_ in ("ccomp", "xcomp") for c in outer.children)
    ):
        return None
    for clause in (token, *islice(token.ancestors, MAX_CUE_DEPTH)):
        if clause.i == cue.i:
            break
        if not any(c.dep_ == "mark" and c.lower_ in COMPLEMENTIZERS for c in clause.children):
            continue
        # (On the relative clause's cue itself only as a second clause after one it has:
        # 'who wonder why she ran that she ...'.)
        if clause.head.i != cue.i or any(
            c.dep_ == "ccomp" and c.i < clause.i for c in cue.children
        ):
            return outer
    return None


def cue_governing(ctx: Context, quote: QuoteSpan) -> tuple[Token, StatementRule] | None:
    """The nearest reporting verb above the quoted words: `X said the deal was "historic"`,
    else the reporting verb of the sentence nearest to the quote."""
    inner = tokens_between(ctx, quote.inner_start, quote.inner_end) or tokens_between(
        ctx, quote.start, quote.end
    )
    p_start, p_end = paragraph(ctx.text, quote.start)
    for token in inner[:1] + [
        t for t in inner[1:] if t.head.i < inner[0].i or t.head.i > inner[-1].i
    ]:
        child = token
        blocked = False
        for ancestor in islice(token.ancestors, MAX_CUE_DEPTH):
            if not p_start <= ancestor.idx < p_end:
                break  # the parser ran the sentence over a paragraph break
            # A cue that names what it reports only beside it governs its complement
            # too: 'X called the plan "dead on arrival"', 'described it as "a step"'.
            complement = child.i > ancestor.i and child.dep_ not in SUBJECT_DEPS
            if is_cue(ancestor, ctx.quotes, adjacent=complement):
                if child.dep_ in SUBJECT_DEPS and child.i != token.i:
                    # Inside the cue's subject ('X, whose book praises "bold" ideas, said
                    # ...'): the words describe the speaker, the cue reports other words.
                    blocked = True
                    break
                addresser = addressing_cue(ctx, token, ancestor)
                if addresser is not None:
                    return addresser, StatementRule.CUE_GOVERNING
                return outer_cue(ctx, ancestor), StatementRule.CUE_GOVERNING
            if (
                coordinate_clause(ancestor)
                and any(c.dep_ in SUBJECT_DEPS and c.i != child.i for c in ancestor.children)
                and not inside(ancestor, ctx.quotes)
                and not reported_contrast(ancestor)
            ):
                # A clause of its own with another subject ("..., while Labour criticised
                # "extravagant" promises"): a cue above it reports something else.
                blocked = True
                break
            child = ancestor
        if blocked:
            return None
    frame = sentence_tokens(ctx, quote, cues=True)
    if not frame:
        return None
    # The nearest to the quote's start, the earlier of two as near (as min() would pick).
    j = bisect_left(frame, quote.start, key=lambda t: t.idx)
    near = frame[max(0, j - 1) : j + 1]
    return min(near, key=lambda t: abs(t.idx - quote.start)), StatementRule.CUE_IN_SENTENCE
